"""The document under random sequences of edits, undo, redo, save and reopen (hypothesis):
undoing everything gives the original plan; reopening gives what was saved."""

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from campaign_planner.core import edits
from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.plan import Assumption
from campaign_planner.store.planfile import open_plan, save_plan

ORIGINAL = builtin_template("weibo-alipay-2019")


class DocumentMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        from campaign_planner.qt.document import PlanDocument
        self.doc = PlanDocument(ORIGINAL)
        self.folder = Path(tempfile.mkdtemp())
        self.saved = None
        self.steps = 0   # successful edits on the stack (bounded by undo)
        from campaign_planner.store.autosave import WorkingCopy
        self.working = WorkingCopy(self.folder / "autosave")

    def pid(self, data):
        pls = self.doc.placements()
        return data.draw(st.sampled_from([p.id for p in pls])) if pls else None

    def apply(self, text, fn, *args, **kw):
        if self.doc.edit(text, fn, *args, **kw):
            self.steps = self.doc.undo_stack.index()

    @rule(data=st.data(), days=st.integers(-40, 40))
    def move(self, data, days):
        pid = self.pid(data)
        if pid:
            self.apply("Move", edits.move_placements, {pid}, days, self.doc.scenario)

    @rule(data=st.data(), units=st.floats(-2, 50))
    def units(self, data, units):
        pid = self.pid(data)
        if pid:
            self.apply("Units", edits.update_placement, pid, self.doc.scenario, units_per_day=units)

    @rule(slot=st.sampled_from([s.id for s in ORIGINAL.slots]), day=st.integers(-10, 400))
    def add(self, slot, day):
        self.apply("Add", edits.add_placement, slot, ORIGINAL.start + dt.timedelta(days=day),
                   scenario=self.doc.scenario)

    @rule(data=st.data())
    def delete(self, data):
        pid = self.pid(data)
        if pid:
            self.apply("Delete", edits.delete_placements, {pid}, self.doc.scenario)

    @rule(value=st.floats(0.05, 3), low=st.none() | st.floats(0.01, 3))
    def kappa(self, value, low):
        self.apply("Kappa", edits.set_assumption, "audience", "kappa", Assumption(value, low, None))

    @rule(phase=st.sampled_from([p.id for p in ORIGINAL.phases]), shift=st.integers(-30, 30))
    def phase(self, phase, shift):
        ph = next((p for p in self.doc.plan.phases if p.id == phase), None)
        if ph:
            self.apply("Phase", edits.set_phase_dates, phase, ph.start + dt.timedelta(days=shift), ph.end)

    @precondition(lambda self: self.doc.undo_stack.canUndo())
    @rule()
    def undo(self):
        self.doc.undo_stack.undo()

    @precondition(lambda self: self.doc.undo_stack.canRedo())
    @rule()
    def redo(self):
        self.doc.undo_stack.redo()

    @rule()
    def save_and_reopen(self):
        path = self.folder / "plan.mpplan"
        save_plan(self.doc.plan, path)
        self.doc.mark_saved(str(path))
        self.saved = self.doc.plan
        assert open_plan(path) == self.saved
        assert not self.doc.modified

    @invariant()
    def undo_everything_gives_the_original(self):
        stack = self.doc.undo_stack
        here = stack.index()
        current = self.doc.plan
        stack.setIndex(0)
        assert self.doc.plan == ORIGINAL
        stack.setIndex(here)
        assert self.doc.plan == current

    @invariant()
    def the_plan_is_always_valid_and_modified_means_unsaved(self):
        from campaign_planner.core.plan import validate
        validate(self.doc.plan)
        if self.saved is not None and not self.doc.modified:
            assert self.doc.plan == self.saved

    @invariant()
    def the_working_copy_holds_the_plan(self):
        """What autosave writes after a step (only the placements that changed) reads back whole."""
        from campaign_planner.store.autosave import read_working_copy
        self.working.write(self.doc.plan, None)
        assert read_working_copy(self.working.path).plan == self.doc.plan

    def teardown(self):
        self.working.close()
        import shutil
        shutil.rmtree(self.folder, ignore_errors=True)


DocumentMachine.TestCase.settings = settings(max_examples=25, stateful_step_count=25, deadline=None,
                                             suppress_health_check=[HealthCheck.too_slow])
TestDocument = DocumentMachine.TestCase
