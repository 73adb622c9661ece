#!/usr/bin/env bash
# Refresh the Chinese translation after changing user-visible strings:
#   1. lupdate collects the strings from the sources into the .ts file,
#   2. translate the new entries (pyside6-linguist, or any editor: they are marked unfinished),
#   3. run this again: lrelease compiles the .qm the app loads.
# tests/qt/test_translations.py fails while any string is untranslated or the .qm is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
ts=resources/translations/campaign_planner_zh_CN.ts
.venv/bin/pyside6-lupdate $(find gui/campaign_planner/qt -name '*.py' | sort) -ts "$ts" -no-obsolete
.venv/bin/pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
