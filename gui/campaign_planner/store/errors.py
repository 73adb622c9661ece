"""The one error a plan file gives."""


class PlanFileError(Exception):
    """A plan file cannot be opened or saved; ``str(e)`` is a message for a person."""
