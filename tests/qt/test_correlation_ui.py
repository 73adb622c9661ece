"""The correlation within a platform in the window (issue 14 item 3): a row of the inspector's
Assumptions tab, with its default range and marked as an assumption; typed like kappa, one
undoable step; a value outside 0..0.99 is refused with the reason and changes nothing."""

from PySide6.QtWidgets import QApplication
from test_costs_ui import edit_cell, tab, undo

from campaign_planner.core.plan import DEFAULT_CORRELATION, Assumption


def correlation_row(win) -> int:
    page = win.inspector.plan_page
    return next(i for i, r in enumerate(page._rows) if r[:2] == ("audience", "correlation"))


def test_the_correlation_is_an_assumption_edited_and_undone_like_kappa(window):
    window.timeline.set_selection(set())
    QApplication.processEvents()
    tab(window, "Assumptions")
    page = window.inspector.plan_page
    table = page.table
    plan = window.doc.plan
    assert plan.audience.correlation == DEFAULT_CORRELATION
    r = correlation_row(window)
    assert [table.item(r, c).text() for c in range(5)] == [
        "Correlation within a platform",
        "0.7",
        "0.4",
        "0.9",
        "assumption",
    ]
    edit_cell(table, r, 1, "0.5")
    assert window.doc.plan.audience.correlation == Assumption(0.5, 0.4, 0.9)
    assert window.act_undo.text() == "Undo Change Correlation within a platform"
    edit_cell(table, r, 3, "0.8")
    assert window.doc.plan.audience.correlation == Assumption(0.5, 0.4, 0.8)
    steps = window.doc.undo_stack.count()
    for text, words in (
        ("1.2", "value must be at most 0.99 (got 1.2)"),
        ("-0.1", "value must be at least 0 (got -0.1)"),
    ):
        edit_cell(table, r, 1, text)
        error = window.inspector.error.text()
        assert error.startswith("Not changed: the correlation within a platform: ") and words in error, error
        assert window.doc.plan.audience.correlation == Assumption(0.5, 0.4, 0.8)
        assert window.doc.undo_stack.count() == steps
        assert table.item(r, 1).text() == "0.5"
    undo(window)
    undo(window)
    assert window.doc.plan == plan and table.item(r, 1).text() == "0.7"
