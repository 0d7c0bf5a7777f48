"""Runs the validators `trestle validate` and `trestle import` run, on one document.

Usage: trestle_validate.py <component-definition|assessment-results> FILE

trestle's command line is not installed everywhere the tests run (scripts/ci-deps.sh), so its
validators are called as its commands call them: duplicate uuids, responsible parties' roles,
links to back-matter resources. Prints the validators' verdicts as JSON; exits 1 with trestle's
message when one fails. The links validator only warns (and recognises version-4 uuids alone, so
it warns about our version-5 ones): its verdict is printed, never a failure.
"""
import json
import pathlib
import sys

from trestle.core.duplicates_validator import DuplicatesValidator
from trestle.core.links_validator import LinksValidator
from trestle.core.refs_validator import RefsValidator
from trestle.oscal.assessment_results import AssessmentResults
from trestle.oscal.component import ComponentDefinition

MODELS = {'component-definition': ComponentDefinition, 'assessment-results': AssessmentResults}


def main(argv):
    if len(argv) != 3 or argv[1] not in MODELS:
        print(__doc__, file=sys.stderr)
        return 2
    model = MODELS[argv[1]].oscal_read(pathlib.Path(argv[2]))
    verdicts = {type(v).__name__: v.model_is_valid(model, True) for v in (DuplicatesValidator(), RefsValidator(), LinksValidator())}
    print(json.dumps(verdicts))
    return 0 if verdicts['DuplicatesValidator'] and verdicts['RefsValidator'] else 1


if __name__ == '__main__':
    try:
        sys.exit(main(sys.argv))
    except Exception as e:  # trestle's own message, as the test shows it
        print(f'{type(e).__name__}: {e}', file=sys.stderr)
        sys.exit(1)
