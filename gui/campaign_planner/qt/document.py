"""PlanDocument: the open plan, its undo stack and its file."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.edits import ALL, Changes
from ..core.plan import Plan, PlanError
from .selection import Selection


class EditCommand(QUndoCommand):
    """One user action: holds the plan before and after (plans are immutable, so
    undo is putting the old one back), and the scenario shown before and after: undoing an
    edit shows the scenario it was made in, redoing it the one shown after it."""

    def __init__(self, doc: "PlanDocument", text: str, before: Plan, after: Plan, changes: Changes,
                 merge_id: int = -1, scenarios: tuple[str | None, str | None] = (None, None)):
        super().__init__(text)
        self.label = text  # a TrText is named again after a language switch (texts.retranslate_stack)
        self.doc, self.before, self.after, self.changes = doc, before, after, changes
        self.scenario_before, self.scenario_after = scenarios
        self._merge_id = merge_id

    def redo(self):
        self.doc._set_plan(self.after, self.changes, self.scenario_after)

    def undo(self):
        self.doc._set_plan(self.before, self.changes, self.scenario_before)

    def id(self):
        return self._merge_id

    def mergeWith(self, other):  # consecutive nudges of the same selection become one step
        if (other.id() != self.id() or self.id() < 0 or other.changes.placements != self.changes.placements
                or other.changes.scenario != self.changes.scenario):
            return False
        self.after = other.after
        self.scenario_after = other.scenario_after
        return True


class PlanDocument(QObject):
    """Current plan, QUndoStack, path, selection. ``sig_changed(Changes)`` fires once per
    change; each view does only what the flags it cares about say (ARCHITECTURE.md, "How
    an edit flows"). Analysis follows the Changes too: the rules are re-checked only where
    the edit allows (rules.Checker), and an edit that cannot change the projection (a
    phase, a note's text... ``Changes.projection`` false) keeps the projection it had."""

    sig_changed = Signal(object)
    sig_path_changed = Signal()
    sig_refused = Signal(object)   # an edit was refused: the reason (core message; texts.tr_message shows it)
    sig_scenario = Signal(str)     # another scenario is shown (chosen, or the one shown was renamed or deleted)
    sig_delivered = Signal()       # delivered numbers were imported (``delivered``)

    NUDGE = 1001
    #: after a switch of scenario, the longest wait for the timeline's paint before the rules
    #: and the numbers of the scenario are worked out anyway (a hidden timeline never paints)
    RESUME_MS = 150

    def __init__(self, plan: Plan, path: str | None = None, *, fingerprint: tuple | None = None,
                 autosaver_factory: Callable[["PlanDocument"], object] | None = None, parent=None):
        """``path``: the plan file it was opened from or saved to (None: never saved);
        ``fingerprint``: that file as it was then (planfile.fingerprint), to notice a change
        by someone else before saving over it; ``autosaver_factory(doc)``: makes the
        qt.autosave.Autosaver mirroring it (``start_autosave``, and again after each save).
        Without one the document is not autosaved."""
        super().__init__(parent)
        self.plan = plan
        self.path = path
        self.scenario = plan.scenarios[0].name
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self.selection = Selection(self)
        self._cache: dict = {}
        self._checker = None
        self._spare_checker = None       # the rules of the scenario shown before (switching back is instant)
        self._resume_after_paint = False
        self._resume_timer = QTimer(self)
        self._resume_timer.setSingleShot(True)
        self._resume_timer.setInterval(self.RESUME_MS)
        self._resume_timer.timeout.connect(self.resume_analysis)
        self.fingerprint = fingerprint   # the file as it was when opened or last saved
        self._autosaver_factory = autosaver_factory
        self.autosaver = None            # made by start_autosave
        #: delivered numbers imported (File > Import Delivered Numbers…): (core.calibrate.Actuals,
        #: Calibration), or None. A view of the plan for this session, not part of the plan file.
        self.delivered = None

    def set_delivered(self, delivered) -> None:
        self.delivered = delivered
        self.sig_delivered.emit()

    # ---- analysis of the current plan, cached by plan identity (plans are immutable)
    def _cached(self, key, fn):
        hit = self._cache.get(key)
        if hit is None or hit[0] is not self.plan or hit[1] != self.scenario:
            hit = self._cache[key] = (self.plan, self.scenario, fn())
        return hit[2]

    # Rules and the engine load numpy: the window paints first (analysis paused),
    # then ``resume_analysis`` lets the views ask for problems and projections.
    analysis_paused = False

    def _rules(self):
        """The rules of the scenario shown, for the plan now: kept up to date edit by edit
        (``_set_plan``); after a switch, the rules kept for the scenario shown before if it is the
        one shown again (re-checked only if something they read has changed)."""
        from ..core.rules import Checker
        checker = self._checker
        if checker is None or checker.scenario != self.scenario:
            spare, self._spare_checker = self._spare_checker, checker
            checker = spare if spare is not None and spare.scenario == self.scenario else None
        if checker is None:
            checker = Checker(self.plan, self.scenario)
        elif checker.plan is not self.plan:   # None: anything may have changed (a full check)
            same = _same_rules_input(checker.plan, self.plan, self.scenario)
            checker.update(self.plan, self.scenario, Changes() if same else None)
        self._checker = checker
        return checker

    def problems(self):
        if self.analysis_paused:
            return []
        return self._rules().problems

    def problems_of(self, placement_id: str):
        if self.analysis_paused:
            return []
        return self._rules().problems_of(placement_id)

    def cap_bound_days(self):
        if self.analysis_paused:
            return {}
        return self._rules().cap_days

    #: whether placements the rules forbid count in the numbers (View > Count forbidden placements)
    include_forbidden = False

    def projection(self):
        from ..core import reach
        key = "projection+forbidden" if self.include_forbidden else "projection"
        return self._cached(key, lambda: reach.project(self.plan, self.scenario,
                                                      include_forbidden=self.include_forbidden))

    def phase_reach(self):
        """Reach accumulated from each phase's first day, for the scenario shown (View > Reach
        per Phase), counted as the projection is."""
        from ..core import reach
        key = "phases+forbidden" if self.include_forbidden else "phases"
        return self._cached(key, lambda: reach.phase_reach(self.plan, self.scenario,
                                                          include_forbidden=self.include_forbidden))

    def costs(self):
        """What the scenario shown costs (core.costs.Costs: per placement, slot, platform and
        in total), counted as the projection is; worked out once per plan."""
        from ..core import costs
        key = "costs+forbidden" if self.include_forbidden else "costs"
        return self._cached(key, lambda: costs.costs(self.plan, self.scenario,
                                                     include_forbidden=self.include_forbidden))

    def set_include_forbidden(self, on: bool) -> None:
        """Count (or leave out) the placements the rules forbid; the numbers change, the plan
        does not (no undo step)."""
        if bool(on) != self.include_forbidden:
            self.include_forbidden = bool(on)
            self.sig_changed.emit(Changes(assumptions=True))

    def resume_analysis(self):
        self._resume_timer.stop()
        self._resume_after_paint = False
        if self.analysis_paused:
            self.analysis_paused = False
            self.sig_changed.emit(Changes(phases=True))

    def _pause_until_painted(self):
        """Another scenario is shown: its rules (a full check: ~0.2 s for 20,000 placements) and
        its numbers wait until the timeline has painted its bars (``painted``). While the
        analysis is paused the problems panel and the charts keep what they show."""
        if not self.analysis_paused:
            self.analysis_paused = True
            self._resume_after_paint = True
            self._resume_timer.start()

    def painted(self):
        """The timeline has painted: analysis paused by a switch of scenario resumes as soon as
        the events waiting now have been handled."""
        if self._resume_after_paint:
            self._resume_after_paint = False
            QTimer.singleShot(0, self, self.resume_analysis)

    # ---- the scenario shown
    def set_scenario(self, name: str) -> None:
        """Show scenario ``name`` (KeyError if the plan has none): the timeline, the problems,
        the inspector and the charts follow. A view choice, not an edit: no undo step, the plan
        is not modified."""
        self.plan.scenario(name)
        if name != self.scenario:
            self._set_plan(self.plan, Changes(scenario=name), name)

    def _scenario_after(self, before: Plan, after: Plan) -> str:
        """The scenario to show after an edit from ``before`` to ``after``: one the edit added
        (a new or duplicated scenario), else the one shown if it is still there, else (it was
        renamed or deleted) the one now at its place in the list (or the last)."""
        names_before = [s.name for s in before.scenarios]
        names_after = [s.name for s in after.scenarios]
        if len(names_after) > len(names_before):
            added = [n for n in names_after if n not in names_before]
            if len(added) == 1:
                return added[0]
        if self.scenario in names_after:
            return self.scenario
        i = names_before.index(self.scenario) if self.scenario in names_before else 0
        return names_after[min(i, len(names_after) - 1)]

    # ---- state
    def _set_plan(self, plan: Plan, changes: Changes, scenario: str | None = None) -> None:
        """Make ``plan`` current after an edit (or its undo) described by ``changes``, showing
        ``scenario`` (if the plan has it; else the one shown stays if it can, else the first).
        Showing a scenario with other placements than the one shown before is, to the views,
        every placement changed ("*"); it clears the selection (ids are per scenario), and the
        analysis waits for the timeline's paint."""
        before, shown = self.plan, self.scenario
        self.plan = plan
        names = {s.name for s in plan.scenarios}
        self.scenario = scenario if scenario in names else shown if shown in names else plan.scenarios[0].name
        switched = self.scenario != shown
        if switched:
            other = shown not in {s.name for s in before.scenarios} or (
                before.scenario(shown).placements is not plan.scenario(self.scenario).placements)
            if other:
                changes = dataclasses.replace(changes, placements=changes.placements | {"*"}, scenario=self.scenario)
                self.selection.clear()
            self._pause_until_painted()
        elif not changes.projection:  # the same numbers: keep the projection for the new plan
            for key in ("projection", "projection+forbidden"):
                hit = self._cache.get(key)
                if hit is not None and hit[0] is before and hit[1] == self.scenario:
                    self._cache[key] = (plan, self.scenario, hit[2])
        checker = self._checker
        if checker is not None and checker.scenario == self.scenario and checker.plan is before:
            checker.update(plan, self.scenario, changes)   # what the edit changed, from the plan it knows
        sel = self.selection
        if changes.phases and sel.phase is not None:
            sel.keep_only(set(sel.placements), {ph.id for ph in plan.phases})
        if changes.placements and sel.placements & (changes.placements | {"*"}) or "*" in changes.placements:
            # a selected placement was touched: keep it only if it is still there
            touched = sel.placements if "*" in changes.placements else sel.placements & changes.placements
            present = {p.id for p in self.placements() if p.id in touched}
            sel.keep_only(set(sel.placements - touched) | present, {ph.id for ph in plan.phases})
        self.sig_changed.emit(changes)
        if switched:
            self.sig_scenario.emit(self.scenario)
        if changes.added and plan is not before:
            present = {p.id for p in self.placements()}
            added = [i for i in changes.added if i in present]
            if added:
                self.selection.set_placements(added)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def placements(self):
        return self.plan.scenario(self.scenario).placements

    def set_path(self, path: str | None) -> None:
        self.path = path
        self.sig_path_changed.emit()

    def display_name(self) -> str:
        return Path(self.path).name if self.path else self.plan.name

    # ---- edits
    def edit(self, text: str, fn: Callable[..., tuple[Plan, Changes]], *args, merge_id: int = -1, **kwargs) -> bool:
        """Apply ``fn(plan, *args, **kwargs)`` as one undoable step named ``text``.
        A refused edit changes nothing and emits ``sig_refused`` with the reason."""
        try:
            after, changes = fn(self.plan, *args, **kwargs)
        except PlanError as e:
            self.sig_refused.emit(e.message)
            return False
        scenarios = (self.scenario, self._scenario_after(self.plan, after))
        self.undo_stack.push(EditCommand(self, text, self.plan, after, changes, merge_id, scenarios))
        return True

    def replace_plan(self, plan: Plan, path: str | None) -> None:
        """A plan opened from a file: not an undoable step; the stack starts clean."""
        self.undo_stack.clear()
        self.plan = plan
        self.delivered = None
        shown, self.scenario = self.scenario, plan.scenarios[0].name
        self.path = path
        self._checker = self._spare_checker = None
        self.selection.clear()
        self.sig_path_changed.emit()
        self.sig_changed.emit(ALL)
        if self.scenario != shown:
            self.sig_scenario.emit(self.scenario)
        self.sig_delivered.emit()

    # ---- the file
    def start_autosave(self):
        """Mirror every change to a working copy from now on (the window calls it after the
        first paint: nobody can edit before it). Returns the autosaver, if there is one."""
        if self.autosaver is None and self._autosaver_factory is not None:
            self.autosaver = self._autosaver_factory(self)
        return self.autosaver

    def mark_saved(self, path: str, fingerprint: tuple | None = None) -> None:
        """The plan is in ``path`` (which now looks like ``fingerprint``): its working copy
        goes, and the next change starts a new one."""
        self.undo_stack.setClean()
        self.fingerprint = fingerprint
        if self.autosaver is not None:
            self.autosaver.finish()
            self.autosaver.deleteLater()
            self.autosaver = None
            self.start_autosave()
        self.set_path(path)

    def close(self) -> None:
        """The plan is closed (saved or its changes discarded): its working copy goes and
        no other is made. The owner then deletes the document."""
        self._autosaver_factory = None
        if self.autosaver is not None:
            self.autosaver.finish()
            self.autosaver = None


def _same_rules_input(old: Plan, new: Plan, scenario: str) -> bool:
    """Whether the rules of ``scenario`` read the same in both plans: everything but the
    scenarios is the very same object, and so are the scenario's placements."""
    try:
        if old.scenario(scenario).placements is not new.scenario(scenario).placements:
            return False
    except KeyError:
        return False
    return all(getattr(old, f.name) is getattr(new, f.name) for f in dataclasses.fields(Plan) if f.name != "scenarios")
