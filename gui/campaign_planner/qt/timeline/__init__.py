from .view import SLOT_MIME, TimelineView

__all__ = ["SLOT_MIME", "TimelineView"]
