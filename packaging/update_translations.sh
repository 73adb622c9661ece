#!/usr/bin/env bash
# Refresh the translations after changing user-visible strings:
#   1. lupdate collects the strings from the sources into the Chinese .ts file, and the
#      counted ones ("%n placement(s)") into the English one (its singular and plural forms),
#   2. translate the new entries (pyside6-linguist, or any editor: they are marked unfinished),
#   3. run this again: lrelease compiles the .qm files the app loads.
# tests/qt/test_translations.py fails while any string is untranslated or a .qm is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
sources=$(find gui/campaign_planner/qt -name '*.py' | sort)
for lang in zh_CN en; do
  ts=resources/translations/campaign_planner_$lang.ts
  extra=()
  if [ "$lang" = en ]; then extra=(-pluralonly -source-language en -target-language en); fi
  .venv/bin/pyside6-lupdate $sources -ts "$ts" -no-obsolete "${extra[@]}"
  .venv/bin/pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
