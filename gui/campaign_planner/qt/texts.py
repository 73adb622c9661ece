"""Translated sentences for data that comes from the core (rule problems, field names).

The core writes English templates (``rules.TEMPLATES``); they are listed here with
QT_TRANSLATE_NOOP so Qt's translation tools see them, and translated at display time.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.rules import TEMPLATES, Problem
from ..text import one_line

_RULES = {
    "dates": QT_TRANSLATE_NOOP("rules", "{id} on {slot} runs {start}..{end}, outside the plan's dates {plan_start}..{plan_end}"),
    "not_admitted": QT_TRANSLATE_NOOP("rules", "{id} on {slot}: no {platform} phase admits the category '{category}'"),
    "phase": QT_TRANSLATE_NOOP("rules", "{id} on {slot} starts {start}, before {platform} admits the category '{category}': first admitted in phase {phase} from {admitted}"),
    "flags": QT_TRANSLATE_NOOP("rules", "{id} on {slot} requires {flags}, which the mini program does not have"),
    "cap": QT_TRANSLATE_NOOP("rules", "{id} on {slot} is cap-bound on {days} day(s): {peak} units a day asked, the slot allows {cap}; the excess is not projected"),
    "overlap": QT_TRANSLATE_NOOP("rules", "{id} overlaps {other} on {slot} ({start}..{end})"),
}
assert _RULES == TEMPLATES, "qt/texts.py must list the same rule templates as core/rules.py"

FIELDS = {
    "kappa": QT_TRANSLATE_NOOP("fields", "Activity heterogeneity (kappa)"),
    "retention_7d": QT_TRANSLATE_NOOP("fields", "7-day retention"),
    "size": QT_TRANSLATE_NOOP("fields", "Segment size"),
    "impressions_per_unit": QT_TRANSLATE_NOOP("fields", "Impressions per unit"),
    "eligible_share": QT_TRANSLATE_NOOP("fields", "Eligible share"),
    "ctr": QT_TRANSLATE_NOOP("fields", "Click-through rate"),
}

LEVELS = {"error": QT_TRANSLATE_NOOP("levels", "Error"), "warning": QT_TRANSLATE_NOOP("levels", "Warning")}


def problem_text(p: Problem) -> str:
    """The problem's sentence in the window's language, on one line (names from the file
    escaped)."""
    return one_line(QCoreApplication.translate("rules", TEMPLATES[p.kind]).format(**dict(p.args)))


def field_text(name: str) -> str:
    return QCoreApplication.translate("fields", FIELDS.get(name, name))


def level_text(level: str) -> str:
    return QCoreApplication.translate("levels", LEVELS.get(level, level))
