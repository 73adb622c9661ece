#!/usr/bin/env bash
# Run the test suite: sets up what it needs (packaging/setup.sh --test), checks the code's
# hygiene (ruff lint on everything, ruff format and mypy on the Qt-free layers, as configured
# in pyproject.toml), then pytest offscreen with warnings as errors. Extra arguments go to
# pytest; --long runs the long variants, --bundle builds (when missing or stale) and checks the
# PyInstaller bundle, .tar.gz and .deb (packaging/build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup.sh --test
echo "== ruff check"
.venv/bin/python -m ruff check gui tests
echo "== ruff format --check"
.venv/bin/python -m ruff format --check gui tests
echo "== mypy"
.venv/bin/python -m mypy
echo "== pytest"
export QT_QPA_PLATFORM=offscreen
export PYTHONDONTWRITEBYTECODE=1
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
