"""The one error a plan file gives."""


class PlanFileError(Exception):
    """A plan file cannot be opened or saved; ``str(e)`` is a message for a person, in
    English; ``message`` is the same message as the window translates it (a
    core.messages.Msg, or plain text)."""

    @property
    def message(self) -> str:
        return self.args[0] if self.args and isinstance(self.args[0], str) else str(self)
