"""Translated text for what comes from the core and the store: rule problems, messages
(refused edits, file errors, the local store's notices), category and flag names, field
names, template names, dates and times.

The core writes English (``rules.TEMPLATES``, ``core.messages.TEMPLATES``, ``core.names``);
every sentence and name is listed here with QT_TRANSLATE_NOOP (or, when it counts something,
in a ``self.tr(text, "", n)`` call of the classes ``core`` and ``rules``, the only form Qt's
tools mark as counted) so Qt's translation tools see it, and translated at display time.
Tests keep these lists equal to the core's.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QObject, QTime

from ..core import names as _names
from ..core.messages import TEMPLATES as MESSAGES
from ..core.messages import Joined, Msg, Plural
from ..core.names import Name, Names
from ..core.rules import TEMPLATES, Problem
from ..text import one_line

_RULES = {
    "dates": QT_TRANSLATE_NOOP("rules", "{id} on {slot} runs {start}..{end}, outside the plan's dates {plan_start}..{plan_end}"),
    "not_admitted": QT_TRANSLATE_NOOP("rules", "{id} on {slot}: no {platform} phase admits the category '{category}'"),
    "phase": QT_TRANSLATE_NOOP("rules", "{id} on {slot} starts {start}, before {platform} admits the category '{category}': first admitted in phase {phase} from {admitted}"),
    "flags": QT_TRANSLATE_NOOP("rules", "{id} on {slot} requires {flags}, which the mini program does not have"),
    "overlap": QT_TRANSLATE_NOOP("rules", "{id} overlaps {other} on {slot} ({start}..{end})"),
    "budget": QT_TRANSLATE_NOOP("rules", "scenario {name} costs {cost} {currency}, {over} {currency} over the plan's budget of {budget} {currency}"),
}


class rules(QObject):  # noqa: N801 - named as the context of its sentences
    """Lists the counted rule sentences for Qt's tools, in the context "rules" (lupdate marks a
    sentence as counted, numerus, only in a ``self.tr(text, "", n)`` call)."""

    def counted(self, n: int) -> dict[str, str]:
        """Translated for ``n``; with n = -1 and no translator, the sources."""
        return {
            "cap": self.tr("{id} on {slot} is cap-bound on %n day(s): {peak} units a day asked, the slot allows {cap}; the excess is not projected", "", n),
        }


def _sources(templates: dict) -> dict[str, str]:
    return {k: v.source if isinstance(v, Plural) else v for k, v in templates.items()}


assert {**_RULES, **{k: TEMPLATES[k].source for k in ("cap",)}} == _sources(TEMPLATES), \
    "qt/texts.py must list the same rule templates as core/rules.py"

FIELDS = {
    "kappa": QT_TRANSLATE_NOOP("fields", "Activity heterogeneity (kappa)"),
    "correlation": QT_TRANSLATE_NOOP("fields", "Correlation within a platform"),
    "retention_7d": QT_TRANSLATE_NOOP("fields", "7-day retention"),
    "size": QT_TRANSLATE_NOOP("fields", "Segment size"),
    "impressions_per_unit": QT_TRANSLATE_NOOP("fields", "Impressions per unit"),
    "eligible_share": QT_TRANSLATE_NOOP("fields", "Eligible share"),
    "ctr": QT_TRANSLATE_NOOP("fields", "Click-through rate"),
}

#: What a field of an earned slot (unit "earned") means there: its impressions per unit are the
#: impressions it earns per new person the plan brought the day before.
EARNED_FIELDS = {
    "impressions_per_unit": QT_TRANSLATE_NOOP("fields", "Impressions earned per new person"),
}

LEVELS = {"error": QT_TRANSLATE_NOOP("levels", "Error"), "warning": QT_TRANSLATE_NOOP("levels", "Warning")}

# ---------------------------------------------------------------- category and flag names (core/names.py)

CATEGORIES = {
    "government": QT_TRANSLATE_NOOP("names", "Government affairs"),
    "livelihood": QT_TRANSLATE_NOOP("names", "Livelihood"),
    "public_welfare": QT_TRANSLATE_NOOP("names", "Public welfare"),
    "campus": QT_TRANSLATE_NOOP("names", "Campus"),
    "smart_retail": QT_TRANSLATE_NOOP("names", "Smart retail"),
    "commercial_brand": QT_TRANSLATE_NOOP("names", "Commercial brands"),
    "government_institution": QT_TRANSLATE_NOOP("names", "Government institutions"),
    "influencer_agency": QT_TRANSLATE_NOOP("names", "Influencer agencies"),
    "content": QT_TRANSLATE_NOOP("names", "Content"),
    "entertainment": QT_TRANSLATE_NOOP("names", "Entertainment"),
    "social": QT_TRANSLATE_NOOP("names", "Social"),
    "life_services": QT_TRANSLATE_NOOP("names", "Life services"),
    "e_commerce": QT_TRANSLATE_NOOP("names", "E-commerce"),
}
ALL_CATEGORIES = QT_TRANSLATE_NOOP("names", "All categories")

FLAGS = {
    "whitelisted": QT_TRANSLATE_NOOP("names", "Whitelisted"),
    "service_type": QT_TRANSLATE_NOOP("names", "Service-type mini program"),
    "big_v": QT_TRANSLATE_NOOP("names", "Big-V account"),
    "invited": QT_TRANSLATE_NOOP("names", "Invited"),
}
CUSTOM = QT_TRANSLATE_NOOP("names", "custom: {id}")
NAME_SEPARATOR = QT_TRANSLATE_NOOP("names", ", ")

assert CATEGORIES == _names.CATEGORY_NAMES and FLAGS == _names.FLAG_NAMES, \
    "qt/texts.py must list the same category and flag names as core/names.py"
assert (ALL_CATEGORIES, CUSTOM) == (_names.ALL_CATEGORIES_NAME, _names.CUSTOM)

# ---------------------------------------------------------------- built-in template names (resources/templates)

TEMPLATE_NAMES = {
    "weibo-alipay-2019": QT_TRANSLATE_NOOP("templates", "Weibo x Alipay rollout 2019-2020"),
    "blank": QT_TRANSLATE_NOOP("templates", "Blank plan"),
}

# ---------------------------------------------------------------- messages (core/messages.py)

#: Every sentence of core/messages.py (context "core"), listed for Qt's translation tools.
_CORE = {
    "word.value": QT_TRANSLATE_NOOP("core", "value"),
    "word.low": QT_TRANSLATE_NOOP("core", "low"),
    "word.high": QT_TRANSLATE_NOOP("core", "high"),
    "word.platform": QT_TRANSLATE_NOOP("core", "platform"),
    "word.platforms": QT_TRANSLATE_NOOP("core", "platforms"),
    "word.segment": QT_TRANSLATE_NOOP("core", "segment"),
    "word.segments": QT_TRANSLATE_NOOP("core", "audience segments"),
    "word.phase": QT_TRANSLATE_NOOP("core", "phase"),
    "word.phases": QT_TRANSLATE_NOOP("core", "phases"),
    "word.slot": QT_TRANSLATE_NOOP("core", "slot"),
    "word.slots": QT_TRANSLATE_NOOP("core", "slots"),
    "word.scenario": QT_TRANSLATE_NOOP("core", "scenario"),
    "word.scenarios": QT_TRANSLATE_NOOP("core", "scenarios"),
    "word.placements": QT_TRANSLATE_NOOP("core", "placements"),
    "word.plan": QT_TRANSLATE_NOOP("core", "plan"),
    "list.separator": QT_TRANSLATE_NOOP("core", "; "),
    "plan.size.projection": QT_TRANSLATE_NOOP("core", "projecting scenario {scenario!r} would need about {need} of memory ({used:,} slots in use over {days:,} days); the planner projects plans that need at most {limit}: use fewer slots or a shorter plan"),
    "plan.size.bands": QT_TRANSLATE_NOOP("core", "{draws:,} band draws over {days:,} days would need about {need} of memory; the planner allows at most {limit}: use fewer draws"),
    "plan.size.gib": QT_TRANSLATE_NOOP("core", "{gib:.1f} GiB"),
    "plan.no_assumption": QT_TRANSLATE_NOOP("core", "no assumption {owner}.{field}"),
    "plan.no_segment": QT_TRANSLATE_NOOP("core", "no segment {ident!r}"),
    "plan.no_slot": QT_TRANSLATE_NOOP("core", "no slot {ident!r}"),
    "plan.number.finite": QT_TRANSLATE_NOOP("core", "{what}: {label} must be a finite number, not {value!r}"),
    "plan.number.at_most": QT_TRANSLATE_NOOP("core", "{what}: {label} must be at most {limit:g} (got {value:g})"),
    "plan.number.at_least": QT_TRANSLATE_NOOP("core", "{what}: {label} must be at least {limit:g} (got {value:g})"),
    "plan.number.positive": QT_TRANSLATE_NOOP("core", "{what}: {label} must be greater than 0 (got {value:g})"),
    "plan.number.nonneg": QT_TRANSLATE_NOOP("core", "{what}: {label} must not be negative (got {value:g})"),
    "plan.number.share": QT_TRANSLATE_NOOP("core", "{what}: {label} must be a share in (0, 1] (got {value:g})"),
    "plan.number.low_above": QT_TRANSLATE_NOOP("core", "{what}: low ({low:g}) is above the value ({value:g})"),
    "plan.number.high_below": QT_TRANSLATE_NOOP("core", "{what}: high ({high:g}) is below the value ({value:g})"),
    "plan.text.not_text": QT_TRANSLATE_NOOP("core", "{what} must be text"),
    "plan.text.too_long": QT_TRANSLATE_NOOP("core", "{what} is longer than {limit:,} characters"),
    "plan.text.surrogate": QT_TRANSLATE_NOOP("core", "{what} holds characters that are not valid Unicode (a lone surrogate)"),
    "plan.too_many": QT_TRANSLATE_NOOP("core", "the plan has {n:,} {what}; the planner handles at most {limit:,}"),
    "plan.bad_id": QT_TRANSLATE_NOOP("core", "{what}: id {ident!r} must be 1-64 letters, digits, '_', '-' or '.'"),
    "plan.duplicate_id": QT_TRANSLATE_NOOP("core", "duplicate {what} id {ident!r}"),
    "plan.what.plan_name": QT_TRANSLATE_NOOP("core", "the plan's name"),
    "plan.what.mini_program_name": QT_TRANSLATE_NOOP("core", "the mini program's name"),
    "plan.what.category": QT_TRANSLATE_NOOP("core", "the mini program's category"),
    "plan.what.flag": QT_TRANSLATE_NOOP("core", "a mini-program flag"),
    "plan.what.retention": QT_TRANSLATE_NOOP("core", "mini program 7-day retention"),
    "plan.what.kappa": QT_TRANSLATE_NOOP("core", "audience kappa"),
    "plan.what.correlation": QT_TRANSLATE_NOOP("core", "the correlation within a platform"),
    "plan.what.platform_name": QT_TRANSLATE_NOOP("core", "platform {ident}'s name"),
    "plan.what.segment_name": QT_TRANSLATE_NOOP("core", "segment {ident}'s name"),
    "plan.what.segment_size": QT_TRANSLATE_NOOP("core", "segment {ident} size"),
    "plan.what.phase_name": QT_TRANSLATE_NOOP("core", "phase {ident}'s name"),
    "plan.what.admitted": QT_TRANSLATE_NOOP("core", "a category admitted by phase {ident}"),
    "plan.what.slot_name": QT_TRANSLATE_NOOP("core", "slot {ident}'s name"),
    "plan.what.required_flag": QT_TRANSLATE_NOOP("core", "a flag required by slot {ident}"),
    "plan.what.impressions": QT_TRANSLATE_NOOP("core", "slot {ident} impressions per unit"),
    "plan.what.eligible_share": QT_TRANSLATE_NOOP("core", "slot {ident} eligible share"),
    "plan.what.ctr": QT_TRANSLATE_NOOP("core", "slot {ident} click-through rate"),
    "plan.what.scenario_name": QT_TRANSLATE_NOOP("core", "a scenario's name"),
    "plan.what.note": QT_TRANSLATE_NOOP("core", "placement {ident}{where}'s note"),
    "plan.needs_name": QT_TRANSLATE_NOOP("core", "the plan needs a name"),
    "plan.ends_before_start": QT_TRANSLATE_NOOP("core", "the plan ends ({end}) before it starts ({start})"),
    "plan.too_long": QT_TRANSLATE_NOOP("core", "the plan spans {days} days; the planner handles at most 10 years"),
    "plan.bad_target": QT_TRANSLATE_NOOP("core", "target reach must be a positive number of people, at most {limit:g} (got {value:g})"),
    "plan.needs_category": QT_TRANSLATE_NOOP("core", "the mini program needs a category"),
    "plan.segment_platform": QT_TRANSLATE_NOOP("core", "segment {ident} uses unknown platform {platform!r}"),
    "plan.slot_platform": QT_TRANSLATE_NOOP("core", "slot {ident} is on unknown platform {platform!r}"),
    "plan.slot_unit": QT_TRANSLATE_NOOP("core", "slot {ident}: unit must be one of {units} (got {unit!r})"),
    "plan.slot_cap": QT_TRANSLATE_NOOP("core", "slot {ident}: the daily cap must be greater than 0 and at most {limit:g} (got {value:g})"),
    "plan.slot_cost": QT_TRANSLATE_NOOP("core", "slot {ident}: cost per unit must not be negative nor above {limit:g} (got {value:g})"),
    "plan.what.cost_per_unit": QT_TRANSLATE_NOOP("core", "slot {ident} cost per unit"),
    "plan.bad_currency": QT_TRANSLATE_NOOP("core", "the currency must be a three-letter code such as CNY (got {value!r})"),
    "plan.bad_budget": QT_TRANSLATE_NOOP("core", "the budget must not be negative nor above {limit:g} (got {value:g})"),
    "plan.bad_target_frequency": QT_TRANSLATE_NOOP("core", "the target frequency must be a whole number from 1 to {limit} (got {value!r})"),
    "plan.no_scenario": QT_TRANSLATE_NOOP("core", "no scenario {name!r} in the plan; it has {names}"),
    "optimize.budget_or_count": QT_TRANSLATE_NOOP("core", "give a budget or a number of bookings (one of the two)"),
    "optimize.bad_budget": QT_TRANSLATE_NOOP("core", "the budget must be a number that is not negative (got {value!r})"),
    "optimize.bad_count": QT_TRANSLATE_NOOP("core", "the number of bookings must be a whole number that is not negative (got {value!r})"),
    "calibrate.not_csv": QT_TRANSLATE_NOOP("core", "the delivered numbers are not a CSV text file"),
    "calibrate.not_csv_line": QT_TRANSLATE_NOOP("core", "line {line}: not CSV (a quote is not closed?)"),
    "calibrate.empty": QT_TRANSLATE_NOOP("core", "the delivered numbers have no rows: the file needs a header line date,slot,impressions,reach and one line per slot and day"),
    "calibrate.missing_columns": QT_TRANSLATE_NOOP("core", "line {line}: the header has no column {columns} (it needs date, slot, impressions and reach)"),
    "calibrate.too_many_rows": QT_TRANSLATE_NOOP("core", "more than {limit:,} rows of delivered numbers; split the file"),
    "calibrate.short_line": QT_TRANSLATE_NOOP("core", "line {line}: {n} values where the header has {expected}"),
    "calibrate.bad_date": QT_TRANSLATE_NOOP("core", "line {line}: {value!r} is not a date (write it as 2020-03-05)"),
    "calibrate.outside_plan": QT_TRANSLATE_NOOP("core", "line {line}: {date} is outside the plan ({start} to {end})"),
    "calibrate.unknown_slot": QT_TRANSLATE_NOOP("core", "line {line}: the plan has no slot {ident!r}"),
    "calibrate.not_a_number": QT_TRANSLATE_NOOP("core", "line {line}: {column} {value!r} is not a number"),
    "calibrate.negative": QT_TRANSLATE_NOOP("core", "line {line}: {column} {value!r} must be a number that is not negative"),
    "calibrate.twice": QT_TRANSLATE_NOOP("core", "line {line}: {slot} on {date} was already given on line {first}"),
    "calibrate.reach_down": QT_TRANSLATE_NOOP("core", "line {line}: the cumulative reach of {slot} goes down on {date}; it counts people reached to date, so it can only stay or grow"),
    "calibrate.reach_above_impressions": QT_TRANSLATE_NOOP("core", "line {line}: {slot} has reached more people than its impressions so far"),
    "calibrate.no_users": QT_TRANSLATE_NOOP("core", "the platform of {slot} has no users in the plan's audience, so nothing can be fitted to it"),
    "calibrate.nothing_reached": QT_TRANSLATE_NOOP("core", "the delivered numbers reach nobody yet: nothing to fit"),
    "calibrate.separator": QT_TRANSLATE_NOOP("core", "the columns are separated by semicolons or tabs: separate them with commas (date,slot,impressions,reach)"),
    "calibrate.reach_above_users": QT_TRANSLATE_NOOP("core", "line {line}: {slot} has reached more people than the {users} users of its platform in the plan"),
    "calibrate.too_few": QT_TRANSLATE_NOOP("core", "{slot} has {n} delivered days with people reached; the fit needs at least {need}"),
    "plan.needs_scenario": QT_TRANSLATE_NOOP("core", "a plan needs at least one scenario"),
    "plan.scenario_needs_name": QT_TRANSLATE_NOOP("core", "every scenario needs a name"),
    "plan.phase_ends_before_start": QT_TRANSLATE_NOOP("core", "phase {ident} ends ({end}) before it starts ({start})"),
    "plan.phase_platform": QT_TRANSLATE_NOOP("core", "phase {ident} is on unknown platform {platform!r}"),
    "plan.phases_overlap": QT_TRANSLATE_NOOP("core", "phases {a} and {b} overlap on {platform} ({start} .. {end})"),
    "plan.phases_overlap_all": QT_TRANSLATE_NOOP("core", "phases {a} and {b} overlap for all platforms ({start} .. {end})"),
    "plan.in_scenario": QT_TRANSLATE_NOOP("core", " in scenario {scenario}"),
    "plan.placement.bad_id": QT_TRANSLATE_NOOP("core", "placement id {ident!r}{where} must be 1-64 letters, digits, '_', '-' or '.'"),
    "plan.placement.duplicate": QT_TRANSLATE_NOOP("core", "duplicate placement id {ident!r}{where}"),
    "plan.placement.unknown_slot": QT_TRANSLATE_NOOP("core", "placement {ident}{where} uses unknown slot {slot!r}"),
    "plan.placement.ends_before_start": QT_TRANSLATE_NOOP("core", "placement {ident}{where} ends ({end}) before it starts ({start})"),
    "plan.placement.units": QT_TRANSLATE_NOOP("core", "placement {ident}{where}: units per day must be greater than 0 and at most {limit:g} (got {value:g})"),
    "plan.placement.cost": QT_TRANSLATE_NOOP("core", "placement {ident}{where}: cost must not be negative nor above {limit:g} (got {value:g})"),
    "edits.no_scenario": QT_TRANSLATE_NOOP("core", "no scenario {name!r}"),
    "edits.scenario_needs_name": QT_TRANSLATE_NOOP("core", "a scenario needs a name"),
    "edits.scenario_name_too_long": QT_TRANSLATE_NOOP("core", "a scenario's name has at most {limit:,} characters (this one has {n:,})"),
    "edits.scenario_name_unprintable": QT_TRANSLATE_NOOP("core", "a scenario's name cannot hold control characters"),
    "edits.scenario_name_taken": QT_TRANSLATE_NOOP("core", "there is already a scenario named {name}; choose another name"),
    "edits.last_scenario": QT_TRANSLATE_NOOP("core", "{name} is the plan's only scenario: a plan needs at least one"),
    "edits.too_many_scenarios": QT_TRANSLATE_NOOP("core", "the plan would have {n:,} scenarios; the planner handles at most {limit:,}"),
    "edits.outside_plan": QT_TRANSLATE_NOOP("core", "{start}..{end} is outside the plan's dates {plan_start}..{plan_end}"),
    "edits.too_many_placements": QT_TRANSLATE_NOOP("core", "the plan would have {n:,} placements; the planner handles at most {limit:,}"),
    "edits.nothing_to_move": QT_TRANSLATE_NOOP("core", "nothing to move"),
    "edits.no_placement": QT_TRANSLATE_NOOP("core", "no placement {ident!r}"),
    "edits.no_field.placement": QT_TRANSLATE_NOOP("core", "placements have no field {field!r}"),
    "edits.no_field.plan": QT_TRANSLATE_NOOP("core", "plans have no field {field!r}"),
    "edits.no_field.mini_program": QT_TRANSLATE_NOOP("core", "the mini program has no field {field!r}"),
    "edits.nothing_changed": QT_TRANSLATE_NOOP("core", "nothing changed"),
    "edits.nothing_to_add": QT_TRANSLATE_NOOP("core", "nothing to add"),
    "edits.id_taken": QT_TRANSLATE_NOOP("core", "placement id {ident!r} is taken or invalid"),
    "edits.nothing_to_delete": QT_TRANSLATE_NOOP("core", "nothing to delete"),
    "edits.nothing_to_paste": QT_TRANSLATE_NOOP("core", "nothing to paste"),
    "edits.no_phase": QT_TRANSLATE_NOOP("core", "no phase {ident!r}"),
    "edits.phase_ends_before_start": QT_TRANSLATE_NOOP("core", "the phase would end ({end}) before it starts ({start})"),
    "edits.phase_needs_name": QT_TRANSLATE_NOOP("core", "a phase needs a name"),
    "edits.no_platform": QT_TRANSLATE_NOOP("core", "no platform {ident!r}"),
    "catalog.bad_id": QT_TRANSLATE_NOOP("core", "{ident!r} cannot be a {what} id: an id is 1-64 letters, digits, '_', '-' or '.', and does not start with '-' or '.'"),
    "catalog.id_taken": QT_TRANSLATE_NOOP("core", "the id {ident!r} is already used by the {what} {name!r}; choose another id"),
    "catalog.needs_name": QT_TRANSLATE_NOOP("core", "a {what} needs a name"),
    "catalog.no_field.slot": QT_TRANSLATE_NOOP("core", "slots have no field {field!r}"),
    "catalog.bad_unit": QT_TRANSLATE_NOOP("core", "slot {name!r}: the unit must be one of {units} (got {unit!r})"),
    "catalog.unknown_flag": QT_TRANSLATE_NOOP("core", "slot {name!r} cannot require {flag!r}: the flags a slot may require are {flags}"),
    "catalog.bad_cap": QT_TRANSLATE_NOOP("core", "slot {name!r}: the daily cap must be greater than 0 and at most {limit:g} (got {value:g})"),
    "catalog.not_a_number": QT_TRANSLATE_NOOP("core", "{what}: {value!r} is not a number"),
    "catalog.what.field": QT_TRANSLATE_NOOP("core", "slot {name!r} {field}"),
    "catalog.field.impressions": QT_TRANSLATE_NOOP("core", "impressions per unit"),
    "catalog.field.earn": QT_TRANSLATE_NOOP("core", "earn per new person"),
    "catalog.field.eligible_share": QT_TRANSLATE_NOOP("core", "eligible share"),
    "catalog.field.ctr": QT_TRANSLATE_NOOP("core", "click-through rate"),
    "catalog.field.cost_per_unit": QT_TRANSLATE_NOOP("core", "cost per unit"),
    "catalog.field.max_units_per_day": QT_TRANSLATE_NOOP("core", "daily cap"),
    "catalog.slot_in_use": QT_TRANSLATE_NOOP("core", "slot {name!r} is in use (placements: {n:,}; scenarios: {scenarios}): remove them first, or remove the slot with its placements"),
    "catalog.platform_has_slots": QT_TRANSLATE_NOOP("core", "platform {name!r} cannot be removed while slots are on it: {names}"),
    "catalog.platform_has_phases": QT_TRANSLATE_NOOP("core", "platform {name!r} cannot be removed while phases are on it: {names}"),
    "catalog.platform_has_segments": QT_TRANSLATE_NOOP("core", "platform {name!r} cannot be removed while audience segments use it: {names}"),
    "catalog.bad_users": QT_TRANSLATE_NOOP("core", "{name}: users must be a number that is not negative (got {value})"),
    "catalog.users_below_overlap": QT_TRANSLATE_NOOP("core", "{name} cannot have {users:,.0f} users: its overlaps with other platforms already hold {shared:,.0f} people (the sizes would not add up)"),
    "catalog.segment_needs_platform": QT_TRANSLATE_NOOP("core", "a cell of the audience needs at least one platform"),
    "catalog.segment_exists": QT_TRANSLATE_NOOP("core", "the audience already has a cell for the people of {names}"),
    "json.at": QT_TRANSLATE_NOOP("core", "{path}: {problem}"),
    "json.expected_object": QT_TRANSLATE_NOOP("core", "expected an object, got {kind}"),
    "json.expected_list": QT_TRANSLATE_NOOP("core", "expected a list, got {kind}"),
    "json.expected_text": QT_TRANSLATE_NOOP("core", "expected text, got {kind}"),
    "json.expected_number": QT_TRANSLATE_NOOP("core", "expected a number, got {kind}"),
    "json.unknown_key": QT_TRANSLATE_NOOP("core", "unknown key"),
    "json.earn_both": QT_TRANSLATE_NOOP("core", "an earned slot gives earn_per_new_person or impressions_per_unit, not both"),
    "json.missing": QT_TRANSLATE_NOOP("core", "missing"),
    "json.text_too_long": QT_TRANSLATE_NOOP("core", "text longer than 10,000 characters"),
    "json.number_too_large": QT_TRANSLATE_NOOP("core", "number too large"),
    "json.not_finite": QT_TRANSLATE_NOOP("core", "expected a finite number"),
    "json.expected_date": QT_TRANSLATE_NOOP("core", "expected a date as YYYY-MM-DD, got {text!r}"),
    "json.wrong_format": QT_TRANSLATE_NOOP("core", "expected {expected!r}, got {got!r}"),
    "json.expected_whole": QT_TRANSLATE_NOOP("core", "expected a whole number"),
    "json.newer": QT_TRANSLATE_NOOP("core", "this plan was written by a newer version of the planner (JSON version {version}); this version reads up to {supported}"),
    "json.unknown_version": QT_TRANSLATE_NOOP("core", "unknown version {version}"),
    "json.kind.object": QT_TRANSLATE_NOOP("core", "an object"),
    "json.kind.list": QT_TRANSLATE_NOOP("core", "a list"),
    "json.kind.text": QT_TRANSLATE_NOOP("core", "text"),
    "json.kind.bool": QT_TRANSLATE_NOOP("core", "true/false"),
    "json.kind.null": QT_TRANSLATE_NOOP("core", "null"),
    "json.kind.number": QT_TRANSLATE_NOOP("core", "a number"),
    "json.invalid": QT_TRANSLATE_NOOP("core", "not valid JSON: {error} (line {line}, column {column})"),
    "json.too_deep": QT_TRANSLATE_NOOP("core", "not valid JSON: nested too deeply"),
    "json.invalid_other": QT_TRANSLATE_NOOP("core", "not valid JSON: {error}"),
    "fileio.what.file": QT_TRANSLATE_NOOP("core", "file"),
    "fileio.what.plan_file": QT_TRANSLATE_NOOP("core", "plan file"),
    "fileio.what.json_plan": QT_TRANSLATE_NOOP("core", "JSON plan"),
    "fileio.what.journal": QT_TRANSLATE_NOOP("core", "journal file"),
    "fileio.what.wal": QT_TRANSLATE_NOOP("core", "write-ahead log"),
    "fileio.what.working_copy": QT_TRANSLATE_NOOP("core", "working copy"),
    "fileio.what.working_copy_log": QT_TRANSLATE_NOOP("core", "working copy's log"),
    "fileio.what.settings": QT_TRANSLATE_NOOP("core", "settings file"),
    "fileio.what.csv": QT_TRANSLATE_NOOP("core", "CSV file"),
    "fileio.kind.folder": QT_TRANSLATE_NOOP("core", "a folder"),
    "fileio.kind.fifo": QT_TRANSLATE_NOOP("core", "a named pipe (FIFO)"),
    "fileio.kind.socket": QT_TRANSLATE_NOOP("core", "a socket"),
    "fileio.kind.char_device": QT_TRANSLATE_NOOP("core", "a character device"),
    "fileio.kind.block_device": QT_TRANSLATE_NOOP("core", "a block device"),
    "fileio.kind.other": QT_TRANSLATE_NOOP("core", "not a regular file"),
    "fileio.reason.full": QT_TRANSLATE_NOOP("core", "the disk may be full"),
    "fileio.reason.permission": QT_TRANSLATE_NOOP("core", "permission denied"),
    "fileio.reason.read_only": QT_TRANSLATE_NOOP("core", "the disk is read-only"),
    "fileio.reason.name_too_long": QT_TRANSLATE_NOOP("core", "the file name is too long"),
    "fileio.reason.no_such_file": QT_TRANSLATE_NOOP("core", "no such file or folder"),
    "fileio.reason.not_a_folder": QT_TRANSLATE_NOOP("core", "a part of the path is not a folder"),
    "fileio.reason.links": QT_TRANSLATE_NOOP("core", "too many symbolic links"),
    "fileio.reason.io": QT_TRANSLATE_NOOP("core", "input/output error: the disk may be failing or removed"),
    "fileio.reason.no_reader": QT_TRANSLATE_NOOP("core", "no program is reading from it"),
    "fileio.size.mib": QT_TRANSLATE_NOOP("core", "{n} MiB"),
    "fileio.size.bytes": QT_TRANSLATE_NOOP("core", "{n} bytes"),
    "fileio.read.socket": QT_TRANSLATE_NOOP("core", "{name}: is a socket, not a {what}"),
    "fileio.read.missing": QT_TRANSLATE_NOOP("core", "{name}: no such file"),
    "fileio.read.folder": QT_TRANSLATE_NOOP("core", "{name}: is a folder, not a {what}"),
    "fileio.read.failed": QT_TRANSLATE_NOOP("core", "{name}: cannot be read ({reason})"),
    "fileio.read.not_regular": QT_TRANSLATE_NOOP("core", "{name}: is {kind}, not a {what}"),
    "fileio.read.too_large": QT_TRANSLATE_NOOP("core", "{name}: larger than {size}; not a {what} this planner opens"),
    "fileio.write.failed": QT_TRANSLATE_NOOP("core", "{name}: cannot be written ({reason})"),
    "fileio.write.failed_unchanged": QT_TRANSLATE_NOOP("core", "{name}: cannot be written ({reason}); the previous file is unchanged"),
    "fileio.write.folder": QT_TRANSLATE_NOOP("core", "{name}: is a folder; give a file name"),
    "fileio.write.not_regular": QT_TRANSLATE_NOOP("core", "{name}: is {kind}; only a regular file can be written"),
    "fileio.write.no_folder": QT_TRANSLATE_NOOP("core", "{name}: the folder {folder} does not exist"),
    "fileio.write.not_a_folder": QT_TRANSLATE_NOOP("core", "{name}: {folder} is not a folder"),
    "fileio.write.name_too_long": QT_TRANSLATE_NOOP("core", "{name}: the file name is too long (at most 255 bytes)"),
    "fileio.write.changed": QT_TRANSLATE_NOOP("core", "{name}: changed while it was being written; nothing was written"),
    "fileio.write.surrogate": QT_TRANSLATE_NOOP("core", "{name}: not written: the text holds characters that are not valid Unicode"),
    "planfile.hot_journal": QT_TRANSLATE_NOOP("core", "{name}: another program was changing this plan and did not finish ({name}-journal is beside it); open it once with that program or with sqlite3 to finish the change, then try again"),
    "planfile.empty": QT_TRANSLATE_NOOP("core", "{name} is empty (0 bytes): not a plan file"),
    "planfile.not_sqlite": QT_TRANSLATE_NOOP("core", "{name} is not a plan file (it is not a SQLite database)"),
    "planfile.page_size": QT_TRANSLATE_NOOP("core", "{name} is damaged (invalid page size {size})"),
    "planfile.sqlite_version": QT_TRANSLATE_NOOP("core", "{name} is damaged or from an unknown SQLite version (file format bytes {write}/{read})"),
    "planfile.not_whole_pages": QT_TRANSLATE_NOOP("core", "{name} is damaged (truncated: its size is not a whole number of pages)"),
    "planfile.truncated": QT_TRANSLATE_NOOP("core", "{name} is damaged (truncated: {pages} of {expected} pages)"),
    "planfile.not_ours": QT_TRANSLATE_NOOP("core", "{name} is a SQLite database but not a Campaign Planner plan"),
    "planfile.newer": QT_TRANSLATE_NOOP("core", "{name} was made by a newer version of the planner (format {version}); this version reads up to format {supported}. Update the planner to open it."),
    "planfile.unknown_version": QT_TRANSLATE_NOOP("core", "{name} has an unknown plan format version ({version})"),
    "planfile.too_many_placements": QT_TRANSLATE_NOOP("core", "{name} has {n:,} placements; the planner handles at most {limit:,} in one plan"),
    "planfile.integrity": QT_TRANSLATE_NOOP("core", "{name} is damaged (integrity check: {detail})"),
    "planfile.too_slow": QT_TRANSLATE_NOOP("core", "{name} took too long to read and was stopped; it may be damaged or altered"),
    "planfile.runs_sql": QT_TRANSLATE_NOOP("core", "{name} has been altered: it asks to run SQL that a plan file never contains"),
    "planfile.damaged_detail": QT_TRANSLATE_NOOP("core", "{name} is damaged or not a plan file ({detail})"),
    "planfile.damaged_error": QT_TRANSLATE_NOOP("core", "{name} is damaged ({error})"),
    "planfile.json_not_utf8": QT_TRANSLATE_NOOP("core", "{name}: not a JSON plan (not UTF-8 text)"),
    "planfile.json_invalid": QT_TRANSLATE_NOOP("core", "{name}: {problem}{more}"),
    "planfile.altered_tables": QT_TRANSLATE_NOOP("core", "{name} has been altered: its tables are not those of a plan file"),
    "planfile.altered_object": QT_TRANSLATE_NOOP("core", "{name} has been altered: it contains a {type} {object!r} that a plan file never has"),
    "planfile.altered_table": QT_TRANSLATE_NOOP("core", "{name} has been altered: unexpected table {table!r}"),
    "planfile.cannot_migrate": QT_TRANSLATE_NOOP("core", "plan format {version} cannot be read by this version"),
    "planfile.save.invalid": QT_TRANSLATE_NOOP("core", "the plan cannot be saved: {problem}"),
    "planfile.save.failed": QT_TRANSLATE_NOOP("core", "could not save {name}: {reason}"),
    "planfile.save.failed_unchanged": QT_TRANSLATE_NOOP("core", "could not save {name}: {reason}; the previous file is unchanged"),
    "planfile.save.not_regular": QT_TRANSLATE_NOOP("core", "could not save {name}: it is not a regular file; choose a file name"),
    "planfile.save.not_written": QT_TRANSLATE_NOOP("core", "could not save {name}: the plan could not be written ({error}); the previous file is unchanged"),
    "planfile.save.not_equal": QT_TRANSLATE_NOOP("core", "could not save {name}: the saved copy did not read back equal to the plan; nothing was overwritten"),
    "planfile.save.not_as_written": QT_TRANSLATE_NOOP("core", "the saved copy did not read back as written; nothing was overwritten"),
    "rows.damaged": QT_TRANSLATE_NOOP("core", "{name} is damaged: {where}: {what}"),
    "rows.expected_text": QT_TRANSLATE_NOOP("core", "expected text"),
    "rows.text_too_long": QT_TRANSLATE_NOOP("core", "text too long"),
    "rows.expected_number": QT_TRANSLATE_NOOP("core", "expected a number"),
    "rows.expected_whole": QT_TRANSLATE_NOOP("core", "expected a whole number"),
    "rows.expected_date": QT_TRANSLATE_NOOP("core", "expected a date"),
    "rows.expected_names": QT_TRANSLATE_NOOP("core", "expected a list of names"),
    "rows.unexpected_key": QT_TRANSLATE_NOOP("core", "unexpected key {key!r}"),
    "rows.missing": QT_TRANSLATE_NOOP("core", "missing {what}"),
    "rows.unexpected_assumption": QT_TRANSLATE_NOOP("core", "unexpected {owner}.{field}"),
    "rows.unknown_scenario": QT_TRANSLATE_NOOP("core", "unknown scenario {scenario!r}"),
    "rows.orphan_assumption": QT_TRANSLATE_NOOP("core", "{owner}.{field} belongs to nothing in the plan"),
    "rows.cost_mismatch": QT_TRANSLATE_NOOP("core", "{owner}.cost_per_unit is {value:g} but the slots table says {column:g}"),
    "rows.invalid_plan": QT_TRANSLATE_NOOP("core", "{name} holds an invalid plan: {problem}{more}"),
    "library.users_platform": QT_TRANSLATE_NOOP("core", "the library has no platform {ident!r}"),
    "library.what.users": QT_TRANSLATE_NOOP("core", "monthly users of {ident}"),
    "library.no_users": QT_TRANSLATE_NOOP("core", "platform {name!r} ({ident}) has no monthly users in the library"),
    "library.slot_is_platform": QT_TRANSLATE_NOOP("core", "the id {ident!r} is the library's platform {name!r}: a slot needs another id"),
    "library.nothing_chosen": QT_TRANSLATE_NOOP("core", "choose at least one slot of the library"),
    "library.no_slot": QT_TRANSLATE_NOOP("core", "the library has no slot {ident!r}"),
    "library.slot_in_plan": QT_TRANSLATE_NOOP("core", "the plan already has a slot with the id {ident!r} ({name!r}): the library's slot {slot!r} is not added"),
    "library.id_in_plan": QT_TRANSLATE_NOOP("core", "the id {ident!r} of the library's slot {slot!r} is already the {what} {name!r} in the plan"),
    "library.no_audience": QT_TRANSLATE_NOOP("core", "platform {name!r} ({ident}) has no audience segment in the plan: the library needs its monthly users"),
    "local.busy": QT_TRANSLATE_NOOP("core", "The local store is in use by another program; saved templates and recent plans are unavailable until the planner is restarted."),
    "local.reason.read_only": QT_TRANSLATE_NOOP("core", "the disk or folder is read-only"),
    "local.reason.io": QT_TRANSLATE_NOOP("core", "input/output error"),
    "local.reason.cannot_open": QT_TRANSLATE_NOOP("core", "the file cannot be opened"),
    "local.unusable": QT_TRANSLATE_NOOP("core", "The local store {store} cannot be used ({reason}); saved templates and recent plans are unavailable until this is fixed."),
    "local.folder_unusable": QT_TRANSLATE_NOOP("core", "The application-data folder {folder} cannot be used ({reason}); saved templates and recent plans are unavailable until this is fixed."),
    "local.cannot_renew": QT_TRANSLATE_NOOP("core", "The local store was damaged and set aside as {aside}, but a new one cannot be made ({reason})."),
    "local.set_aside": QT_TRANSLATE_NOOP("core", "The local store could not be read ({reason}); it was set aside as {aside} and a new one was started (templates you saved and the recent plans are in the old file)."),
    "local.cannot_create": QT_TRANSLATE_NOOP("core", "The local store {store} cannot be created ({reason}); saved templates and recent plans are unavailable until this is fixed."),
    "local.cannot_read": QT_TRANSLATE_NOOP("core", "The local store {store} cannot be read ({reason}); saved templates and recent plans are unavailable until this is fixed."),
    "local.newer": QT_TRANSLATE_NOOP("core", "The local store {store} was made by a newer version of the planner (format {version}; this version reads up to {supported}); it was left unchanged, and saved templates and recent plans are unavailable in this version."),
    "local.cannot_set_aside": QT_TRANSLATE_NOOP("core", "The local store {store} is damaged ({damage}) and cannot be set aside ({reason}); saved templates and recent plans are unavailable."),
    "local.damaged.dangling_link": QT_TRANSLATE_NOOP("core", "a link to nothing"),
    "local.damaged.kind": QT_TRANSLATE_NOOP("core", "it is {kind}"),
    "local.kind.link": QT_TRANSLATE_NOOP("core", "a link"),
    "local.damaged.side_file": QT_TRANSLATE_NOOP("core", "its file {file} is {kind}"),
    "local.damaged.not_a_database": QT_TRANSLATE_NOOP("core", "file is not a database"),
    "local.damaged.integrity": QT_TRANSLATE_NOOP("core", "it failed its integrity check"),
    "local.damaged.object": QT_TRANSLATE_NOOP("core", "it holds {kind} {name}, which the planner never makes"),
    "local.damaged.layout": QT_TRANSLATE_NOOP("core", "its table {table!r} is not laid out as the planner's"),
    "local.cannot_change": QT_TRANSLATE_NOOP("core", "The local store cannot be changed ({error})."),
    "local.template.unreadable": QT_TRANSLATE_NOOP("core", "template {template} cannot be read from the local store ({error})"),
    "local.template.unknown": QT_TRANSLATE_NOOP("core", "no template {template}; known templates: {known}"),
    "local.template.unknown_read_only": QT_TRANSLATE_NOOP("core", "no template {template}; known templates: {known} ({why})"),
    "local.template.damaged": QT_TRANSLATE_NOOP("core", "template {template} is damaged in the local store and cannot be used"),
    "local.template.invalid": QT_TRANSLATE_NOOP("core", "template {template} is invalid: {error}"),
    "local.template.bad_id": QT_TRANSLATE_NOOP("core", "a template id is 1-64 letters, digits, '_', '-' or '.'"),
    "local.template.builtin_save": QT_TRANSLATE_NOOP("core", "{template!r} is a built-in template; choose another name"),
    "local.template.builtin_delete": QT_TRANSLATE_NOOP("core", "{template} is a built-in template and cannot be deleted"),
    "local.recent.cannot_add_why": QT_TRANSLATE_NOOP("core", "{path}: cannot be added to the recent plans ({error})"),
    "local.template.builtin_rename": QT_TRANSLATE_NOOP("core", "{template} is a built-in template and cannot be renamed"),
    "local.template.name_taken": QT_TRANSLATE_NOOP("core", "there is already a template named {name}; choose another name"),
    "local.recent.cannot_add": QT_TRANSLATE_NOOP("core", "{path}: cannot be added to the recent plans"),
    "local.library.damaged": QT_TRANSLATE_NOOP("core", "The slot library in the local store is damaged ({error}); the built-in library is used, and saving a slot to the library replaces it."),
    "local.library.not_text": QT_TRANSLATE_NOOP("core", "its row holds no JSON text"),
    "local.library.cannot_save": QT_TRANSLATE_NOOP("core", "slot {slot} cannot be kept in the library: {error}"),
    "autosave.cannot_write": QT_TRANSLATE_NOOP("core", "cannot write to {folder} ({reason})"),
    "autosave.not_ours": QT_TRANSLATE_NOOP("core", "{name}: not a working copy of this planner"),
    "autosave.empty": QT_TRANSLATE_NOOP("core", "{name}: empty"),
    "autosave.damaged": QT_TRANSLATE_NOOP("core", "{name}: damaged ({error})"),
    "autosave.cannot_read": QT_TRANSLATE_NOOP("core", "{name}: cannot be read ({reason})"),
    "autosave.not_regular": QT_TRANSLATE_NOOP("core", "{name} is {kind}"),
    "autosave.bad_saved_as": QT_TRANSLATE_NOOP("core", "the plan's file name is not text"),
    "autosave.bad_edits": QT_TRANSLATE_NOOP("core", "the count of edits is not a number"),
    "autosave.reason.io": QT_TRANSLATE_NOOP("core", "input/output error: the disk may be full or failing"),
    "autosave.reason.exists": QT_TRANSLATE_NOOP("core", "a file of that name is already there; the planner writes only files it makes"),
}


class core(QObject):  # noqa: N801 - named as the context of its sentences
    """Lists the counted sentences of core/messages.py for Qt's tools, in the context "core"
    (lupdate marks a sentence as counted, numerus, only in a ``self.tr(text, "", n)`` call)."""

    def counted(self, n: int) -> dict[str, str]:
        """Translated for ``n``; with n = -1 and no translator, the sources."""
        return {
            "planfile.more_problems": self.tr(" (and %n more problem(s))", "", n),
            "local.ignored": self.tr("%n damaged entry(ies) in the local store (templates or recent plans) could not be read and were ignored.", "", n),
            "left_out.more": self.tr("{ids} and %n more", "", n),
            "left_out.note": self.tr("Left out (forbidden): {ids} — %n placement(s)", "", n),
            "left_out.counted": self.tr("Counted although the rules forbid them: {ids} — %n placement(s)", "", n),
        }


assert _CORE == {k: v for k, v in MESSAGES.items() if not isinstance(v, Plural)}, \
    "qt/texts.py must list the same sentences as core/messages.py"


# ---------------------------------------------------------------- names


def _custom(ident: str) -> str:
    return QCoreApplication.translate("names", CUSTOM).replace("{id}", one_line(ident))


def category_name(category_id: str) -> str:
    """A category's display name in the window's language ("all" too); an id the planner does
    not know is shown as it is, marked as the plan's own."""
    if category_id == _names.ALL_CATEGORIES:
        return QCoreApplication.translate("names", ALL_CATEGORIES)
    known = CATEGORIES.get(category_id)
    return QCoreApplication.translate("names", known) if known else _custom(category_id)


def flag_name(flag_id: str) -> str:
    """A mini-program flag's display name in the window's language (unknown ids marked)."""
    known = FLAGS.get(flag_id)
    return QCoreApplication.translate("names", known) if known else _custom(flag_id)


def names_text(kind: str, ids) -> str:
    """Several categories or flags, by display name, as one list."""
    name = category_name if kind == _names.CATEGORY else flag_name
    return QCoreApplication.translate("names", NAME_SEPARATOR).join(name(i) for i in ids)


def _name(ref: Name) -> str:
    return category_name(ref.id) if ref.kind == _names.CATEGORY else flag_name(ref.id)


def template_name(template_id: str, name: str) -> str:
    """A template's name for the New-from-template menu and the start page: a built-in
    template's in the window's language, a saved one's as its author wrote it (one line)."""
    known = TEMPLATE_NAMES.get(template_id)
    if known is not None and name == known:
        return QCoreApplication.translate("templates", known)
    return one_line(name)


# ---------------------------------------------------------------- rule problems and messages


def _arg(value):
    """An argument of a sentence, translated if it is a message or a name."""
    if isinstance(value, str) and type(value) is not str:
        return _tr(value)
    return value


def _fill(translated: str, english: str, args: dict) -> str:
    """``translated`` filled with ``args``; the English template if a translation is broken."""
    try:
        return translated.format(**args)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        return english.format(**args)


def _counted(context: str, template: Plural, n: int) -> tuple[str, str]:
    """(translated, English) form of a counted sentence for ``n``, "%n" replaced."""
    english = template.form(n).replace("%n", str(n))
    translated = QCoreApplication.translate(context, template.source, "", n)
    if translated == template.source.replace("%n", str(n)):  # no translation (English): the English form
        return english, english
    return translated, english


def _sentence(context: str, template: str | Plural, args: dict) -> str:
    args = {k: _arg(v) for k, v in args.items()}
    if isinstance(template, Plural):
        translated, english = _counted(context, template, int(args["n"]))
    else:
        translated, english = QCoreApplication.translate(context, template), template
    return _fill(translated, english, args)


def problem_text(p: Problem) -> str:
    """The problem's sentence in the window's language, on one line (names from the file
    escaped; categories and flags by display name)."""
    try:
        return one_line(_sentence("rules", TEMPLATES[p.kind], dict(p.args)))
    except Exception:  # noqa: BLE001 - a sentence that cannot be made says the English one
        return one_line(p.message)


def _tr(message) -> str:
    if message is None:
        return ""
    if isinstance(message, BaseException):
        problems = getattr(message, "problems", None)
        if isinstance(problems, list) and problems:
            return _tr(Joined(problems))
        said = getattr(message, "message", None)
        if isinstance(said, str):
            return _tr(said)
        if message.args and isinstance(message.args[0], str):
            return _tr(message.args[0])
        return str(message)
    if isinstance(message, Joined):
        return QCoreApplication.translate("core", _CORE["list.separator"]).join(_tr(p) for p in message.parts)
    if isinstance(message, Msg):
        try:
            return _sentence("core", message.template, message.args)
        except Exception:  # noqa: BLE001 - a message that cannot be made says the English one
            return str.__str__(message)
    if isinstance(message, Name):
        return _name(message)
    if isinstance(message, Names):
        return names_text(message.kind, message.ids)
    return str(message)


def tr_message(message) -> str:
    """A message from the core or the store in the window's language, on one line: a
    core.messages.Msg (or several, Joined), an exception that carries one (PlanError,
    PlanFileError, StoreError, FileAccessError), a category or flag id (Name, Names), or plain
    text, which is shown as it is. What ``PlanDocument.sig_refused`` emits is one of these."""
    return one_line(_tr(message))


def labelled(label: str, value: str) -> str:
    """"label: value", with the colon of the window's language (Chinese: full-width)."""
    return QCoreApplication.translate("texts", "%1: %2").replace("%1", label, 1).replace("%2", value, 1)


def clauses(first: str, second: str) -> str:
    """Two clauses of one line, "first; second" (Chinese: full-width semicolon)."""
    return QCoreApplication.translate("texts", "%1; %2").replace("%1", first, 1).replace("%2", second, 1)


def english_plural(text: str, n: int) -> str:
    """A counted text as Qt gives it without a translation ("1 error(s)", "2 entry(ies)") in
    proper English ("1 error", "2 entries"); a translated text is returned as it is. The
    English forms also live in campaign_planner_en.ts (plurals only), which the app loads for
    English; this covers a window without it."""
    if "(s)" not in text and "(ies)" not in text:
        return text
    return text.replace("y(ies)", "y" if n == 1 else "ies").replace("(s)", "" if n == 1 else "s")


def field_text(name: str) -> str:
    return QCoreApplication.translate("fields", FIELDS.get(name, name))


def slot_field_text(slot, name: str) -> str:
    """``field_text`` for a field of ``slot`` (None: not a slot's): an earned slot's impressions
    per unit are its impressions earned per new person."""
    if slot is not None and getattr(slot, "earned", False) and name in EARNED_FIELDS:
        return QCoreApplication.translate("fields", EARNED_FIELDS[name])
    return field_text(name)


def owner_field_text(plan, owner: str, name: str) -> str:
    """``field_text`` for the assumption ``name`` of ``owner`` ("slot:ID", "segment:ID",
    "audience"...) in ``plan``, labelled as an earned slot's where it is one."""
    global _EARNED_OWNERS
    if not owner.startswith("slot:") or name not in EARNED_FIELDS:
        return field_text(name)
    if _EARNED_OWNERS[0] is not plan.slots:  # one entry: a table asks row by row of one plan
        _EARNED_OWNERS = (plan.slots, frozenset(f"slot:{s.id}" for s in plan.slots if s.earned))
    if owner in _EARNED_OWNERS[1]:
        return QCoreApplication.translate("fields", EARNED_FIELDS[name])
    return field_text(name)


_EARNED_OWNERS: tuple = (None, frozenset())


def earned_slot_name(name: str) -> str:
    """A slot's name marked as earned (its impressions are earned, not bought)."""
    return QCoreApplication.translate("slots", "%1 (earned)").replace("%1", name)


def level_text(level: str) -> str:
    return QCoreApplication.translate("levels", LEVELS.get(level, level))


# ---------------------------------------------------------------- dates and times


def local_datetime_text(iso: str) -> str:
    """An ISO date and time (``2024-05-03T06:05:00+00:00``; without an offset, local time) as
    the window's locale writes a local date and time ("2024/5/3 14:05"); text that is not
    one is shown as it is, on one line."""
    try:
        when = _dt.datetime.fromisoformat(str(iso).strip())
    except ValueError:
        return one_line(iso)
    if when.tzinfo is not None:
        when = when.astimezone()
    local = QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


# ---------------------------------------------------------------- text that follows a language switch


class TrText(str):
    """A translated text that can be translated again after the language changes (an undo
    step's name): ``make()`` returns the text in the language installed when it is called,
    e.g. ``TrText(lambda: QCoreApplication.translate("PlacementPage", "Change start"))``
    (Qt's tools see the literal call)."""

    make: Callable[[], str]

    def __new__(cls, make: Callable[[], str]) -> TrText:
        self = super().__new__(cls, make())
        self.make = make
        return self

    def again(self) -> TrText:
        return TrText(self.make)


def retranslate(text: str) -> str:
    """``text`` in the language installed now if it is a TrText (else as it is)."""
    return text.again() if isinstance(text, TrText) else text


def retranslate_stack(stack) -> None:
    """Name every step of a QUndoStack again in the language installed now: each command whose
    ``label`` is a TrText (PlanDocument's EditCommand keeps the text it was given there)."""
    for i in range(stack.count()):
        command = stack.command(i)
        label = getattr(command, "label", None)
        if isinstance(label, TrText):
            command.label = label.again()
            command.setText(command.label)


def segment_label(plan, seg) -> str:
    """A cell of the audience as a person reads it: its own name if it has one, else the
    platforms its people use ("支付宝 Alipay + 微博 Weibo", "淘宝 Taobao only"), never its id."""
    if seg.name:
        return seg.name
    return platforms_label(plan, seg)


def platforms_label(plan, seg) -> str:
    """The platforms a cell's people use, by name ("X only" for one)."""
    names = {p.id: p.name for p in plan.platforms}
    who = " + ".join(names.get(p, p) for p in seg.platforms)
    if len(seg.platforms) == 1:
        who = QCoreApplication.translate("PlanPage", "%1 only").replace("%1", who)
    return who
