"""Built-in templates, read from ``resources/templates/*.json``."""

from __future__ import annotations

import os
from pathlib import Path

from .plan import Plan

BUILTIN_TEMPLATES = ("weibo-alipay-2019", "blank")


def resources_dir() -> Path:
    """The resources folder: beside ``gui/`` in a checkout or an editable install,
    or where a bundle says (``CAMPAIGN_PLANNER_RESOURCES``)."""
    env = os.environ.get("CAMPAIGN_PLANNER_RESOURCES")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "resources"


def template_text(template_id: str) -> str:
    if template_id not in BUILTIN_TEMPLATES:
        raise KeyError(template_id)
    return (resources_dir() / "templates" / f"{template_id}.json").read_text(encoding="utf-8")


def builtin_template(template_id: str) -> Plan:
    from .jsonio import plan_from_json_text  # here: the window needs resources_dir long before

    return plan_from_json_text(template_text(template_id))
