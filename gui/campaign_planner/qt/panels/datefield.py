"""A date field a person can type into or pick from a calendar.

QDateEdit edits a date section by section: selecting all and typing "2020-03-05" gives
2019-03-05, and "2020/3/5" is refused. Here the text is the person's until they finish
(Enter, or leaving the field): then it is read as a date (``text.parse_date``: ISO, slashes,
dots, 2020年3月5日, 20200305) and either taken (``editingFinished``) or refused
(``sig_invalid`` with the text; the field shows the last date again). Up and Down step a
day, Page Up and Page Down a month; Alt+Down or the button opens a calendar.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from ...text import parse_date


class DateField(QWidget):
    editingFinished = Signal()   # a new valid date was typed, picked or stepped to
    sig_invalid = Signal(str)    # what was typed is not a date (the field shows its date again)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._date = QDate()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("yyyy-mm-dd"))
        self.line.setToolTip(self.tr("Type a date (2020-03-05, 2020/3/5, 2020年3月5日) or pick one; "
                                     "Up and Down change it by a day"))
        self.line.editingFinished.connect(self._typed)
        self.line.installEventFilter(self)
        self.button = QToolButton()
        self.button.setArrowType(Qt.DownArrow)
        self.button.setToolTip(self.tr("Pick a date from a calendar"))
        self.button.setFocusPolicy(Qt.NoFocus)
        self.button.clicked.connect(self.show_calendar)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.calendar: QCalendarWidget | None = None
        self._menu: QMenu | None = None

    # ---- the value
    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, d: QDate) -> None:
        """Show ``d`` (no signal: the program sets it)."""
        self._date = QDate(d)
        self.line.setText(d.toString("yyyy-MM-dd") if d.isValid() else "")
        self.line.setModified(False)

    def clear(self, placeholder: str = "") -> None:
        """No date (the fields of placements that do not share one): the placeholder says why."""
        self._date = QDate()
        self.line.clear()
        self.line.setPlaceholderText(placeholder or self.tr("yyyy-mm-dd"))

    def _take(self, d: QDate) -> None:
        if d != self._date:
            self.setDate(d)
            self.editingFinished.emit()
        else:
            self.setDate(d)

    def _typed(self):
        text = self.line.text()
        if not self.line.isModified() or (self._date.isValid() and text == self._date.toString("yyyy-MM-dd")):
            return
        d = parse_date(text)
        if d is None:
            if text.strip():
                self.setDate(self._date)
                self.sig_invalid.emit(text)
            else:
                self.setDate(self._date)
            return
        self._take(QDate(d.year, d.month, d.day))

    # ---- keys
    def eventFilter(self, obj, e):
        if obj is self.line and e.type() == e.Type.KeyPress:
            key = e.key()
            if key == Qt.Key_Down and e.modifiers() & Qt.AltModifier:
                self.show_calendar()
                return True
            steps = {Qt.Key_Up: (1, 0), Qt.Key_Down: (-1, 0), Qt.Key_PageUp: (0, 1), Qt.Key_PageDown: (0, -1)}
            if key in steps and self._date.isValid() and not e.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
                days, months = steps[key]
                self._take(self._date.addDays(days).addMonths(months))
                return True
        return super().eventFilter(obj, e)

    # ---- the calendar
    def show_calendar(self):
        if self._menu is None:
            self._menu = QMenu(self)
            self.calendar = QCalendarWidget()
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
            act = QWidgetAction(self._menu)
            act.setDefaultWidget(self.calendar)
            self._menu.addAction(act)
        assert self.calendar is not None
        self.calendar.setSelectedDate(self._date if self._date.isValid() else QDate.currentDate())
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, d: QDate):
        if self._menu is not None:
            self._menu.hide()
        self._take(d)
