"""Built-in templates, read from the package's data files (``resources/templates/*.json``)."""

from __future__ import annotations

from pathlib import Path

from .plan import Plan

BUILTIN_TEMPLATES = ("weibo-alipay-2019", "blank")


def resources_dir() -> Path:
    """The data files' folder (templates, translations, desktop files): the package
    ``campaign_planner.resources`` wherever it is installed (a wheel, an editable install,
    a PyInstaller bundle; pyproject.toml maps the top-level ``resources/`` folder there).
    Without that package (the code run from a checkout with ``PYTHONPATH=gui``, or an
    editable install made before the mapping) the checkout's ``resources/``."""
    from importlib.resources import files

    try:
        folder = Path(str(files("campaign_planner.resources")))
    except (ModuleNotFoundError, TypeError):
        folder = None
    if folder is not None and folder.is_dir():
        return folder
    return Path(__file__).resolve().parents[3] / "resources"


def template_text(template_id: str) -> str:
    if template_id not in BUILTIN_TEMPLATES:
        raise KeyError(template_id)
    return (resources_dir() / "templates" / f"{template_id}.json").read_text(encoding="utf-8")


def builtin_template(template_id: str) -> Plan:
    from .jsonio import plan_from_json_text  # here: the window needs resources_dir long before

    return plan_from_json_text(template_text(template_id))


def builtin_template_name(template_id: str) -> str:
    """A built-in template's name, as its file says it (English)."""
    import json

    name = json.loads(template_text(template_id)).get("name")
    return name if isinstance(name, str) else template_id
