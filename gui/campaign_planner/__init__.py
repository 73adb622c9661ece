"""Mini-Program Campaign Planner."""

__version__ = "0.1.0"
APP_NAME = "campaign-planner"
