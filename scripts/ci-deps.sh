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
