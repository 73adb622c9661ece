#!/usr/bin/env bash
# Run the test suite: sets up what it needs (packaging/setup.sh --test), then pytest
# offscreen. Extra arguments go to pytest; --long runs the long variants.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup.sh --test
export QT_QPA_PLATFORM=offscreen
export PYTHONDONTWRITEBYTECODE=1
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
