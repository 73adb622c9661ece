import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from campaign_planner.core.catalog import builtin_template
from campaign_planner.qt import dialogs
from campaign_planner.store.planfile import save_plan


class DialogRecorder:
    """Stands in for the user at every dialog: records what was asked, answers as told."""

    def __init__(self):
        self.errors = []
        self.asked_to_save = []
        self.save_answer = dialogs.DISCARD
        self.save_path = None
        self.open_path = None
        self.text = None
        self.external_answer = dialogs.CANCEL
        self.external_asked = []
        self.recover_answers = []      # answers to give, in order; LATER when they run out
        self.recover_asked = []
        self.text_asked = []           # (title, label, text shown) of each get_text
        self.confirm_answer = True
        self.confirm_asked = []        # (title, text) of each ask_confirm
        self.infos = []                # what each show_info said
        self.suggest = None            # fills the real SuggestDialog as a person would (None: cancel)
        self.suggest_dialogs = []      # each SuggestDialog shown
        self.actuals_path = None       # the delivered numbers' CSV to import
        self.apply_calibration = False  # whether to apply the fitted values
        self.calibrations = []         # the Calibration each ask_apply_calibration showed

    def install(self, monkeypatch):
        # what the person would read (a message object, an error or a list, as show_error shows it)
        monkeypatch.setattr(dialogs, "show_error", lambda parent, title, msg: self.errors.append(dialogs.error_text(msg)))
        monkeypatch.setattr(dialogs, "ask_save_changes",
                            lambda parent, name: self.asked_to_save.append(name) or self.save_answer)
        monkeypatch.setattr(dialogs, "get_save_path", lambda parent, suggested: self.save_path)
        monkeypatch.setattr(dialogs, "get_open_path", lambda parent: self.open_path)
        monkeypatch.setattr(dialogs, "get_text", self._get_text)
        monkeypatch.setattr(dialogs, "ask_confirm", self._confirm)
        monkeypatch.setattr(dialogs, "ask_external_change",
                            lambda parent, name, missing: self.external_asked.append((name, missing))
                            or self.external_answer)
        monkeypatch.setattr(dialogs, "ask_recover", self._recover)
        monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: self.infos.append(text))
        monkeypatch.setattr(dialogs, "ask_suggestion", self._suggestion)
        monkeypatch.setattr(dialogs, "get_actuals_path", lambda parent: self.actuals_path)
        monkeypatch.setattr(dialogs, "ask_apply_calibration", self._apply_calibration)
        # a new phase admits what its predecessor did (the dialog's default)
        monkeypatch.setattr(dialogs, "ask_admits", lambda parent, categories, checked: list(checked))

    def _get_text(self, parent, title, label, text="", check=None):
        """The recorded answer; one its ``check`` refuses is not accepted (as OK is disabled
        in the dialog): the refusal is recorded in ``errors`` and None returned."""
        self.text_asked.append((title, label, text))
        if check is not None and self.text is not None and self.text.strip():
            problem = check(self.text)
            if problem:
                self.errors.append(problem)
                return None
        return self.text

    def _suggestion(self, parent, plan, scenario):
        """The real dialog, shown (not modal), filled by ``suggest(dialog)``; then its Suggest
        button is clicked. If the button is disabled, what the dialog says is recorded in
        ``errors`` and None returned, as if the person gave up."""
        from campaign_planner.qt.suggest import SuggestDialog
        dlg = SuggestDialog(parent, plan, scenario)
        self.suggest_dialogs.append(dlg)
        dlg.show()
        try:
            if self.suggest is None:
                return None
            self.suggest(dlg)
            if not dlg.ok.isEnabled():
                self.errors.append(dlg.error.text())
                return None
            QTest.mouseClick(dlg.ok, Qt.LeftButton)
            return dlg.request() if dlg.result() == dlg.DialogCode.Accepted else None
        finally:
            dlg.close()
            dlg.deleteLater()   # no dialog left behind among the top-level widgets

    def _apply_calibration(self, parent, plan, calibration, source):
        """The real dialog, shown and answered with its Apply or Keep button."""
        from campaign_planner.qt.calibration import CalibrationDialog
        dlg = CalibrationDialog(parent, plan, calibration, source)
        self.calibrations.append((calibration, dlg.table.rowCount(), dlg.error.text()))
        dlg.show()
        QTest.mouseClick(dlg.apply if self.apply_calibration else dlg.keep, Qt.LeftButton)
        accepted = dlg.result() == dlg.DialogCode.Accepted
        dlg.close()
        dlg.deleteLater()
        return accepted

    def _confirm(self, parent, title, text, action=None):
        self.confirm_asked.append((title, text))
        return self.confirm_answer

    def _recover(self, parent, name, edited_at, saved_as):
        self.recover_asked.append((name, edited_at, saved_as))
        return self.recover_answers.pop(0) if self.recover_answers else dialogs.LATER


@pytest.fixture
def answers(monkeypatch):
    rec = DialogRecorder()
    rec.install(monkeypatch)
    return rec


@pytest.fixture(scope="module")
def plan():
    """The rollout template, for export and report tests."""
    return builtin_template("weibo-alipay-2019")


@pytest.fixture(scope="module")
def plan_bands(plan):
    from campaign_planner.core.reach import bands
    return bands(plan, draws=40)


@pytest.fixture
def template_file(tmp_path):
    path = tmp_path / "rollout.mpplan"
    save_plan(builtin_template("weibo-alipay-2019"), path)
    return path


@pytest.fixture
def window(qtbot, qapp, answers, template_file):
    from campaign_planner.qt.app import make_window
    win = make_window(qapp, str(template_file))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    qtbot.waitExposed(win)
    win.timeline.set_zoom(10.0)
    win.timeline.horizontalScrollBar().setValue(0)
    qapp.processEvents()
    yield win
    if win.doc is not None:
        win.doc.undo_stack.setClean()


def placement(win, pid):
    return next(p for p in win.doc.placements() if p.id == pid)


def center(win, pid) -> QPoint:
    return win.timeline.bar_rect(placement(win, pid)).center().toPoint()


def drag(widget, start: QPoint, end: QPoint, modifiers=Qt.NoModifier, steps=6):
    """A real mouse drag: press, several moves, release."""
    QTest.mousePress(widget, Qt.LeftButton, modifiers, start)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        QTest.mouseMove(widget, QPoint(int(p.x()), int(p.y())))
    QTest.mouseRelease(widget, Qt.LeftButton, modifiers, end)


def days(n):
    return dt.timedelta(days=n)
