#!/usr/bin/env bash
# Tools some tests need that npm does not install: one place, called by .ci/run, safe to run again.
#
# pre-commit (PyPI), for test/install/pre-commit.test.ts: a virtualenv under the cache folder,
# made once and kept while it holds the pinned version. The test finds it through
# AI_SECURITY_PRE_COMMIT (printed below) or the same default path, and fails when it is missing.
set -euo pipefail

PRE_COMMIT_VERSION=4.6.2
cache="${XDG_CACHE_HOME:-$HOME/.cache}/ai-security-cop"
venv="$cache/pre-commit-$PRE_COMMIT_VERSION"

if ! "$venv/bin/pre-commit" --version 2>/dev/null | grep -qx "pre-commit $PRE_COMMIT_VERSION"; then
  rm -rf "$venv"
  mkdir -p "$cache"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "pre-commit==$PRE_COMMIT_VERSION"
fi
echo "ci-deps: $("$venv/bin/pre-commit" --version) at $venv/bin/pre-commit"

# python3's expat, a conforming XML parser, checks that --format junit is well-formed
# (test/cli/conventions.test.ts): the python3 above, which the test fails without.
python3 -c 'import xml.parsers.expat' && echo "ci-deps: python3 with expat for the JUnit XML test"

# compliance-trestle (PyPI), for the OSCAL tests (test/oscal/): a virtualenv of its own under the
# cache folder, like pre-commit's. Pinned to 3.9.3, the last release for OSCAL 1.1.3, the version
# the tool writes (trestle 4 reads OSCAL 1.2 only). The tests find it through AI_SECURITY_TRESTLE
# (its python, printed below) or the same default path, and fail when it is missing.
#
# Where the package index reached has no compliance-trestle (this project's machines reach a
# mirror without it and its command-line dependencies), the same release's source, vendored in
# scripts/vendor/ (see scripts/vendor/SOURCE.md), goes on the venv's path, with the packages its
# OSCAL models and profile resolver import: what the tests use. Its command line (`trestle`)
# needs more (ilcli, furl, cmarkgfm...), so it is only there on the first route.
TRESTLE_VERSION=3.9.3
trestle_venv="$cache/compliance-trestle-$TRESTLE_VERSION"
trestle_ok() {
  "$trestle_venv/bin/python" -c "import sys, trestle, trestle.oscal.catalog, trestle.core.profile_resolver; sys.exit(trestle.__version__ != '$TRESTLE_VERSION')" 2>/dev/null
}
if ! trestle_ok; then
  rm -rf "$trestle_venv"
  mkdir -p "$cache"
  python3 -m venv "$trestle_venv"
  pip_quiet=("$trestle_venv/bin/python" -m pip install --quiet --disable-pip-version-check)
  # Fail fast where the index cannot be reached (pip would retry for minutes).
  if ! "${pip_quiet[@]}" --retries 1 --timeout 20 "compliance-trestle==$TRESTLE_VERSION" 2>/dev/null; then
    echo "ci-deps: compliance-trestle==$TRESTLE_VERSION is not on the package index; its vendored source instead"
    # This index is a local mirror: no retries against an address it cannot reach.
    PIP_RETRIES=0 "${pip_quiet[@]}" -r "$(dirname "$0")/vendor/trestle-requirements.txt"
    site="$("$trestle_venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
    tar -xzf "$(dirname "$0")/vendor/compliance-trestle-$TRESTLE_VERSION.tar.gz" -C "$trestle_venv"
    echo "$trestle_venv/compliance-trestle-$TRESTLE_VERSION" > "$site/compliance-trestle.pth"
  fi
  trestle_ok || { echo "ci-deps: compliance-trestle $TRESTLE_VERSION could not be installed in $trestle_venv" >&2; exit 1; }
fi
echo "ci-deps: compliance-trestle $TRESTLE_VERSION at $trestle_venv/bin/python$([ -x "$trestle_venv/bin/trestle" ] && echo ", with its command line")"
