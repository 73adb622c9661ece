"""What the user has selected in the open plan: placements, or one phase. It belongs to the
document (not to a view): the timeline, the inspector and the charts observe it, and an edit
that adds placements selects them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Selection(QObject):
    """Selected placement ids (of the current scenario) or one phase id; never both."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.placements: frozenset[str] = frozenset()
        self.phase: str | None = None

    def set_placements(self, ids) -> None:
        ids = frozenset(ids)
        if ids == self.placements and (not ids or self.phase is None):
            return
        self.placements = ids
        if ids:
            self.phase = None
        self.changed.emit()

    def set_phase(self, phase_id: str | None) -> None:
        if phase_id == self.phase and not self.placements:
            return
        self.placements = frozenset()
        self.phase = phase_id
        self.changed.emit()

    def clear(self) -> None:
        if self.placements or self.phase is not None:
            self.placements, self.phase = frozenset(), None
            self.changed.emit()

    def keep_only(self, placement_ids: set[str], phase_ids: set[str]) -> None:
        """Drop what no longer exists (after an edit or an undo)."""
        ids = self.placements & placement_ids
        phase = self.phase if self.phase in phase_ids else None
        if ids != self.placements or phase != self.phase:
            self.placements, self.phase = ids, phase
            self.changed.emit()
