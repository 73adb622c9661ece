"""The planner's data files, installed as the package ``campaign_planner.resources``
(pyproject.toml maps this folder there): built-in templates, compiled translations and
the desktop files. Read them with ``campaign_planner.core.catalog.resources_dir()``."""
