"""Loads OSCAL documents with compliance-trestle's own models, for test/oscal/trestle.ts.

  trestle_load.py load MODEL FILE        read FILE as MODEL (catalog, profile,
                                         component-definition, assessment-results,
                                         plan-of-action-and-milestones) with
                                         OscalBaseModel.oscal_read
  trestle_load.py resolve ROOT PROFILE   resolve PROFILE with trestle's profile resolver,
                                         ROOT being the trestle root (and the current folder,
                                         against which trestle reads a relative href)

Prints one JSON object on standard output: what was read. Any failure is trestle's own
exception, printed on standard error, with exit status 1.
"""
import json
import os
import pathlib
import sys

import trestle
from trestle.oscal.assessment_results import AssessmentResults
from trestle.oscal.catalog import Catalog
from trestle.oscal.component import ComponentDefinition
from trestle.oscal.poam import PlanOfActionAndMilestones
from trestle.oscal.profile import Profile

MODELS = {
    'catalog': Catalog,
    'profile': Profile,
    'component-definition': ComponentDefinition,
    'assessment-results': AssessmentResults,
    'plan-of-action-and-milestones': PlanOfActionAndMilestones,
}


def version_of(v):
    """The OSCAL version's text: trestle wraps it in a model of its own (pydantic's v1 API)."""
    return str(getattr(v, '__root__', getattr(v, 'root', v)))


def controls_of(groups, controls):
    """The ids of every control, depth first, as the catalog lists them."""
    out = []
    for c in controls or []:
        out.append(c.id)
        out.extend(controls_of(None, c.controls))
    for g in groups or []:
        out.extend(controls_of(g.groups, g.controls))
    return out


def main(argv):
    if len(argv) == 3 and argv[0] == 'load':
        model = MODELS[argv[1]]
        path = pathlib.Path(argv[2])
        if not path.is_file():
            raise FileNotFoundError(str(path))
        doc = model.oscal_read(path)
        if doc is None:
            raise ValueError(f'trestle read nothing from {path}')
        summary = {'trestle': trestle.__version__, 'model': type(doc).__name__, 'uuid': str(doc.uuid), 'oscal-version': version_of(doc.metadata.oscal_version)}
        if isinstance(doc, Catalog):
            summary['groups'] = [g.id for g in doc.groups or []]
            summary['controls'] = controls_of(doc.groups, doc.controls)
        print(json.dumps(summary))
        return 0
    if len(argv) == 3 and argv[0] == 'resolve':
        from trestle.core.profile_resolver import ProfileResolver
        root = pathlib.Path(argv[1]).resolve()
        os.chdir(root)
        resolved = ProfileResolver.get_resolved_profile_catalog(root, argv[2])
        print(json.dumps({'trestle': trestle.__version__, 'groups': [g.id for g in resolved.groups or []], 'controls': controls_of(resolved.groups, resolved.controls)}))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == '__main__':
    try:
        sys.exit(main(sys.argv[1:]))
    except Exception as e:  # trestle's message, whatever it raises
        print(f'{type(e).__name__}: {e}', file=sys.stderr)
        sys.exit(1)
