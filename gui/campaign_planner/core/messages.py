"""Messages for a person from the Qt-free layers, translatable by the window.

A ``Msg`` is a ``str``: its text is the English sentence, exactly as the command line prints
it and as it always was. It also keeps what made it: ``key`` (an entry of ``TEMPLATES``),
``template`` (the English template) and ``args``, so the window can translate the template
(Qt context "core"; qt/texts.py lists every template for Qt's tools, a test keeps the lists
equal) and fill in the same arguments, themselves translated when they are messages
(``Msg``, ``Joined``) or ids with display names (core.names.Name, Names).

Templates are ``str.format`` templates (``{name}``, ``{n:,}``, ``{ident!r}``). A counted
sentence is a ``Plural``: its ``source`` says "%n" and "(s)" as Qt's numerus sentences do,
and ``one`` / ``other`` are its English forms; the count is the argument ``n``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Plural:
    """A sentence with a count ``n``: the Qt source text and its two English forms."""

    source: str
    one: str
    other: str

    def form(self, n: int) -> str:
        return self.one if n == 1 else self.other


#: Every sentence the Qt-free layers say to a person, by key.
TEMPLATES: dict[str, str | Plural] = {
    # ---- words inside sentences
    "word.value": "value",
    "word.low": "low",
    "word.high": "high",
    "word.platform": "platform",
    "word.platforms": "platforms",
    "word.segment": "segment",
    "word.segments": "audience segments",
    "word.phase": "phase",
    "word.phases": "phases",
    "word.slot": "slot",
    "word.slots": "slots",
    "word.scenario": "scenario",
    "word.scenarios": "scenarios",
    "word.placements": "placements",
    "word.plan": "plan",
    "list.separator": "; ",
    # ---- plan validation (core/plan.py)
    "plan.size.projection": (
        "projecting scenario {scenario!r} would need about {need} of memory "
        "({used:,} slots in use over {days:,} days); the planner projects plans that need "
        "at most {limit}: use fewer slots or a shorter plan"
    ),
    "plan.size.bands": (
        "{draws:,} band draws over {days:,} days would need about {need} of memory; "
        "the planner allows at most {limit}: use fewer draws"
    ),
    "plan.size.gib": "{gib:.1f} GiB",
    "plan.no_assumption": "no assumption {owner}.{field}",
    "plan.no_segment": "no segment {ident!r}",
    "plan.no_slot": "no slot {ident!r}",
    "plan.number.finite": "{what}: {label} must be a finite number, not {value!r}",
    "plan.number.at_most": "{what}: {label} must be at most {limit:g} (got {value:g})",
    "plan.number.at_least": "{what}: {label} must be at least {limit:g} (got {value:g})",
    "plan.number.positive": "{what}: {label} must be greater than 0 (got {value:g})",
    "plan.number.nonneg": "{what}: {label} must not be negative (got {value:g})",
    "plan.number.share": "{what}: {label} must be a share in (0, 1] (got {value:g})",
    "plan.number.low_above": "{what}: low ({low:g}) is above the value ({value:g})",
    "plan.number.high_below": "{what}: high ({high:g}) is below the value ({value:g})",
    "plan.text.not_text": "{what} must be text",
    "plan.text.too_long": "{what} is longer than {limit:,} characters",
    "plan.text.surrogate": "{what} holds characters that are not valid Unicode (a lone surrogate)",
    "plan.too_many": "the plan has {n:,} {what}; the planner handles at most {limit:,}",
    "plan.bad_id": "{what}: id {ident!r} must be 1-64 letters, digits, '_', '-' or '.'",
    "plan.duplicate_id": "duplicate {what} id {ident!r}",
    "plan.what.plan_name": "the plan's name",
    "plan.what.mini_program_name": "the mini program's name",
    "plan.what.category": "the mini program's category",
    "plan.what.flag": "a mini-program flag",
    "plan.what.retention": "mini program 7-day retention",
    "plan.what.kappa": "audience kappa",
    "plan.what.correlation": "the correlation within a platform",
    "plan.what.platform_name": "platform {ident}'s name",
    "plan.what.segment_name": "segment {ident}'s name",
    "plan.what.segment_size": "segment {ident} size",
    "plan.what.phase_name": "phase {ident}'s name",
    "plan.what.admitted": "a category admitted by phase {ident}",
    "plan.what.slot_name": "slot {ident}'s name",
    "plan.what.required_flag": "a flag required by slot {ident}",
    "plan.what.impressions": "slot {ident} impressions per unit",
    "plan.what.eligible_share": "slot {ident} eligible share",
    "plan.what.ctr": "slot {ident} click-through rate",
    "plan.what.scenario_name": "a scenario's name",
    "plan.what.note": "placement {ident}{where}'s note",
    "plan.needs_name": "the plan needs a name",
    "plan.ends_before_start": "the plan ends ({end}) before it starts ({start})",
    "plan.too_long": "the plan spans {days} days; the planner handles at most 10 years",
    "plan.bad_target": "target reach must be a positive number of people, at most {limit:g} (got {value:g})",
    "plan.needs_category": "the mini program needs a category",
    "plan.segment_platform": "segment {ident} uses unknown platform {platform!r}",
    "plan.slot_platform": "slot {ident} is on unknown platform {platform!r}",
    "plan.slot_unit": "slot {ident}: unit must be one of {units} (got {unit!r})",
    "plan.slot_cap": "slot {ident}: the daily cap must be greater than 0 and at most {limit:g} (got {value:g})",
    "plan.slot_cost": "slot {ident}: cost per unit must not be negative nor above {limit:g} (got {value:g})",
    "plan.what.cost_per_unit": "slot {ident} cost per unit",
    "plan.bad_currency": "the currency must be a three-letter code such as CNY (got {value!r})",
    "plan.bad_budget": "the budget must not be negative nor above {limit:g} (got {value:g})",
    "plan.bad_target_frequency": "the target frequency must be a whole number from 1 to {limit} (got {value!r})",
    "plan.no_scenario": "no scenario {name!r} in the plan; it has {names}",
    "optimize.budget_or_count": "give a budget or a number of bookings (one of the two)",
    "optimize.bad_budget": "the budget must be a number that is not negative (got {value!r})",
    "optimize.bad_count": "the number of bookings must be a whole number that is not negative (got {value!r})",
    "calibrate.not_csv": "the delivered numbers are not a CSV text file",
    "calibrate.not_csv_line": "line {line}: not CSV (a quote is not closed?)",
    "calibrate.empty": (
        "the delivered numbers have no rows: the file needs a header line "
        "date,slot,impressions,reach and one line per slot and day"
    ),
    "calibrate.missing_columns": (
        "line {line}: the header has no column {columns} (it needs date, slot, impressions and reach)"
    ),
    "calibrate.too_many_rows": "more than {limit:,} rows of delivered numbers; split the file",
    "calibrate.short_line": "line {line}: {n} values where the header has {expected}",
    "calibrate.bad_date": "line {line}: {value!r} is not a date (write it as 2020-03-05)",
    "calibrate.outside_plan": "line {line}: {date} is outside the plan ({start} to {end})",
    "calibrate.unknown_slot": "line {line}: the plan has no slot {ident!r}",
    "calibrate.not_a_number": "line {line}: {column} {value!r} is not a number",
    "calibrate.negative": "line {line}: {column} {value!r} must be a number that is not negative",
    "calibrate.twice": "line {line}: {slot} on {date} was already given on line {first}",
    "calibrate.reach_down": (
        "line {line}: the cumulative reach of {slot} goes down on {date}; it counts people reached "
        "to date, so it can only stay or grow"
    ),
    "calibrate.reach_above_impressions": "line {line}: {slot} has reached more people than its impressions so far",
    "calibrate.no_users": "the platform of {slot} has no users in the plan's audience, so nothing can be fitted to it",
    "calibrate.nothing_reached": "the delivered numbers reach nobody yet: nothing to fit",
    "calibrate.separator": (
        "the columns are separated by semicolons or tabs: separate them with commas (date,slot,impressions,reach)"
    ),
    "calibrate.reach_above_users": (
        "line {line}: {slot} has reached more people than the {users} users of its platform in the plan"
    ),
    "calibrate.too_few": "{slot} has {n} delivered days with people reached; the fit needs at least {need}",
    "plan.needs_scenario": "a plan needs at least one scenario",
    "plan.scenario_needs_name": "every scenario needs a name",
    "plan.phase_ends_before_start": "phase {ident} ends ({end}) before it starts ({start})",
    "plan.phase_platform": "phase {ident} is on unknown platform {platform!r}",
    "plan.phases_overlap": "phases {a} and {b} overlap on {platform} ({start} .. {end})",
    "plan.phases_overlap_all": "phases {a} and {b} overlap for all platforms ({start} .. {end})",
    "plan.in_scenario": " in scenario {scenario}",
    "plan.placement.bad_id": "placement id {ident!r}{where} must be 1-64 letters, digits, '_', '-' or '.'",
    "plan.placement.duplicate": "duplicate placement id {ident!r}{where}",
    "plan.placement.unknown_slot": "placement {ident}{where} uses unknown slot {slot!r}",
    "plan.placement.ends_before_start": "placement {ident}{where} ends ({end}) before it starts ({start})",
    "plan.placement.units": (
        "placement {ident}{where}: units per day must be greater than 0 and at most {limit:g} (got {value:g})"
    ),
    "plan.placement.cost": "placement {ident}{where}: cost must not be negative nor above {limit:g} (got {value:g})",
    # ---- edits (core/edits.py)
    "edits.no_scenario": "no scenario {name!r}",
    "edits.scenario_needs_name": "a scenario needs a name",
    "edits.scenario_name_too_long": "a scenario's name has at most {limit:,} characters (this one has {n:,})",
    "edits.scenario_name_unprintable": "a scenario's name cannot hold control characters",
    "edits.scenario_name_taken": "there is already a scenario named {name}; choose another name",
    "edits.last_scenario": "{name} is the plan's only scenario: a plan needs at least one",
    "edits.too_many_scenarios": "the plan would have {n:,} scenarios; the planner handles at most {limit:,}",
    "edits.outside_plan": "{start}..{end} is outside the plan's dates {plan_start}..{plan_end}",
    "edits.too_many_placements": "the plan would have {n:,} placements; the planner handles at most {limit:,}",
    "edits.nothing_to_move": "nothing to move",
    "edits.no_placement": "no placement {ident!r}",
    "edits.no_field.placement": "placements have no field {field!r}",
    "edits.no_field.plan": "plans have no field {field!r}",
    "edits.no_field.mini_program": "the mini program has no field {field!r}",
    "edits.nothing_changed": "nothing changed",
    "edits.nothing_to_add": "nothing to add",
    "edits.id_taken": "placement id {ident!r} is taken or invalid",
    "edits.nothing_to_delete": "nothing to delete",
    "edits.nothing_to_paste": "nothing to paste",
    "edits.no_phase": "no phase {ident!r}",
    "edits.phase_ends_before_start": "the phase would end ({end}) before it starts ({start})",
    "edits.phase_needs_name": "a phase needs a name",
    "edits.no_platform": "no platform {ident!r}",
    # ---- catalog edits: platforms and slots (core/catalog_edits.py)
    "catalog.bad_id": (
        "{ident!r} cannot be a {what} id: an id is 1-64 letters, digits, '_', '-' or "
        "'.', and does not start with '-' or '.'"
    ),
    "catalog.id_taken": "the id {ident!r} is already used by the {what} {name!r}; choose another id",
    "catalog.needs_name": "a {what} needs a name",
    "catalog.no_field.slot": "slots have no field {field!r}",
    "catalog.bad_unit": "slot {name!r}: the unit must be one of {units} (got {unit!r})",
    "catalog.unknown_flag": "slot {name!r} cannot require {flag!r}: the flags a slot may require are {flags}",
    "catalog.bad_cap": "slot {name!r}: the daily cap must be greater than 0 and at most {limit:g} (got {value:g})",
    "catalog.not_a_number": "{what}: {value!r} is not a number",
    "catalog.what.field": "slot {name!r} {field}",
    "catalog.field.impressions": "impressions per unit",
    "catalog.field.earn": "earn per new person",
    "catalog.field.eligible_share": "eligible share",
    "catalog.field.ctr": "click-through rate",
    "catalog.field.cost_per_unit": "cost per unit",
    "catalog.field.max_units_per_day": "daily cap",
    "catalog.slot_in_use": (
        "slot {name!r} is in use (placements: {n:,}; scenarios: {scenarios}): remove "
        "them first, or remove the slot with its placements"
    ),
    "catalog.platform_has_slots": "platform {name!r} cannot be removed while slots are on it: {names}",
    "catalog.platform_has_phases": "platform {name!r} cannot be removed while phases are on it: {names}",
    "catalog.platform_has_segments": "platform {name!r} cannot be removed while audience segments use it: {names}",
    "catalog.bad_users": "{name}: users must be a number that is not negative (got {value})",
    "catalog.users_below_overlap": (
        "{name} cannot have {users:,.0f} users: its overlaps with other platforms already hold "
        "{shared:,.0f} people (the sizes would not add up)"
    ),
    "catalog.segment_needs_platform": "a cell of the audience needs at least one platform",
    "catalog.segment_exists": "the audience already has a cell for the people of {names}",
    # ---- the JSON format (core/jsonio.py)
    "json.at": "{path}: {problem}",
    "json.expected_object": "expected an object, got {kind}",
    "json.expected_list": "expected a list, got {kind}",
    "json.expected_text": "expected text, got {kind}",
    "json.expected_number": "expected a number, got {kind}",
    "json.unknown_key": "unknown key",
    "json.earn_both": "an earned slot gives earn_per_new_person or impressions_per_unit, not both",
    "json.missing": "missing",
    "json.text_too_long": "text longer than 10,000 characters",
    "json.number_too_large": "number too large",
    "json.not_finite": "expected a finite number",
    "json.expected_date": "expected a date as YYYY-MM-DD, got {text!r}",
    "json.wrong_format": "expected {expected!r}, got {got!r}",
    "json.expected_whole": "expected a whole number",
    "json.newer": (
        "this plan was written by a newer version of the planner "
        "(JSON version {version}); this version reads up to {supported}"
    ),
    "json.unknown_version": "unknown version {version}",
    "json.kind.object": "an object",
    "json.kind.list": "a list",
    "json.kind.text": "text",
    "json.kind.bool": "true/false",
    "json.kind.null": "null",
    "json.kind.number": "a number",
    "json.invalid": "not valid JSON: {error} (line {line}, column {column})",
    "json.too_deep": "not valid JSON: nested too deeply",
    "json.invalid_other": "not valid JSON: {error}",
    # ---- files (fileio.py)
    "fileio.what.file": "file",
    "fileio.what.plan_file": "plan file",
    "fileio.what.json_plan": "JSON plan",
    "fileio.what.journal": "journal file",
    "fileio.what.wal": "write-ahead log",
    "fileio.what.working_copy": "working copy",
    "fileio.what.working_copy_log": "working copy's log",
    "fileio.what.settings": "settings file",
    "fileio.what.csv": "CSV file",
    "fileio.kind.folder": "a folder",
    "fileio.kind.fifo": "a named pipe (FIFO)",
    "fileio.kind.socket": "a socket",
    "fileio.kind.char_device": "a character device",
    "fileio.kind.block_device": "a block device",
    "fileio.kind.other": "not a regular file",
    "fileio.reason.full": "the disk may be full",
    "fileio.reason.permission": "permission denied",
    "fileio.reason.read_only": "the disk is read-only",
    "fileio.reason.name_too_long": "the file name is too long",
    "fileio.reason.no_such_file": "no such file or folder",
    "fileio.reason.not_a_folder": "a part of the path is not a folder",
    "fileio.reason.links": "too many symbolic links",
    "fileio.reason.io": "input/output error: the disk may be failing or removed",
    "fileio.reason.no_reader": "no program is reading from it",
    "fileio.size.mib": "{n} MiB",
    "fileio.size.bytes": "{n} bytes",
    "fileio.read.socket": "{name}: is a socket, not a {what}",
    "fileio.read.missing": "{name}: no such file",
    "fileio.read.folder": "{name}: is a folder, not a {what}",
    "fileio.read.failed": "{name}: cannot be read ({reason})",
    "fileio.read.not_regular": "{name}: is {kind}, not a {what}",
    "fileio.read.too_large": "{name}: larger than {size}; not a {what} this planner opens",
    "fileio.write.failed": "{name}: cannot be written ({reason})",
    "fileio.write.failed_unchanged": "{name}: cannot be written ({reason}); the previous file is unchanged",
    "fileio.write.folder": "{name}: is a folder; give a file name",
    "fileio.write.not_regular": "{name}: is {kind}; only a regular file can be written",
    "fileio.write.no_folder": "{name}: the folder {folder} does not exist",
    "fileio.write.not_a_folder": "{name}: {folder} is not a folder",
    "fileio.write.name_too_long": "{name}: the file name is too long (at most 255 bytes)",
    "fileio.write.changed": "{name}: changed while it was being written; nothing was written",
    "fileio.write.surrogate": "{name}: not written: the text holds characters that are not valid Unicode",
    # ---- plan files (store/planfile.py, store/rows.py)
    "planfile.hot_journal": (
        "{name}: another program was changing this plan and did not finish ({name}-journal is beside it); "
        "open it once with that program or with sqlite3 to finish the change, then try again"
    ),
    "planfile.empty": "{name} is empty (0 bytes): not a plan file",
    "planfile.not_sqlite": "{name} is not a plan file (it is not a SQLite database)",
    "planfile.page_size": "{name} is damaged (invalid page size {size})",
    "planfile.sqlite_version": (
        "{name} is damaged or from an unknown SQLite version (file format bytes {write}/{read})"
    ),
    "planfile.not_whole_pages": "{name} is damaged (truncated: its size is not a whole number of pages)",
    "planfile.truncated": "{name} is damaged (truncated: {pages} of {expected} pages)",
    "planfile.not_ours": "{name} is a SQLite database but not a Campaign Planner plan",
    "planfile.newer": (
        "{name} was made by a newer version of the planner (format {version}); "
        "this version reads up to format {supported}. Update the planner to open it."
    ),
    "planfile.unknown_version": "{name} has an unknown plan format version ({version})",
    "planfile.too_many_placements": "{name} has {n:,} placements; the planner handles at most {limit:,} in one plan",
    "planfile.integrity": "{name} is damaged (integrity check: {detail})",
    "planfile.too_slow": "{name} took too long to read and was stopped; it may be damaged or altered",
    "planfile.runs_sql": "{name} has been altered: it asks to run SQL that a plan file never contains",
    "planfile.damaged_detail": "{name} is damaged or not a plan file ({detail})",
    "planfile.damaged_error": "{name} is damaged ({error})",
    "planfile.json_not_utf8": "{name}: not a JSON plan (not UTF-8 text)",
    "planfile.json_invalid": "{name}: {problem}{more}",
    "planfile.more_problems": Plural(" (and %n more problem(s))", " (and %n more problem)", " (and %n more problems)"),
    "planfile.altered_tables": "{name} has been altered: its tables are not those of a plan file",
    "planfile.altered_object": "{name} has been altered: it contains a {type} {object!r} that a plan file never has",
    "planfile.altered_table": "{name} has been altered: unexpected table {table!r}",
    "planfile.cannot_migrate": "plan format {version} cannot be read by this version",
    "planfile.save.invalid": "the plan cannot be saved: {problem}",
    "planfile.save.failed": "could not save {name}: {reason}",
    "planfile.save.failed_unchanged": "could not save {name}: {reason}; the previous file is unchanged",
    "planfile.save.not_regular": "could not save {name}: it is not a regular file; choose a file name",
    "planfile.save.not_written": (
        "could not save {name}: the plan could not be written ({error}); the previous file is unchanged"
    ),
    "planfile.save.not_equal": (
        "could not save {name}: the saved copy did not read back equal to the plan; nothing was overwritten"
    ),
    "planfile.save.not_as_written": "the saved copy did not read back as written; nothing was overwritten",
    "rows.damaged": "{name} is damaged: {where}: {what}",
    "rows.expected_text": "expected text",
    "rows.text_too_long": "text too long",
    "rows.expected_number": "expected a number",
    "rows.expected_whole": "expected a whole number",
    "rows.expected_date": "expected a date",
    "rows.expected_names": "expected a list of names",
    "rows.unexpected_key": "unexpected key {key!r}",
    "rows.missing": "missing {what}",
    "rows.unexpected_assumption": "unexpected {owner}.{field}",
    "rows.unknown_scenario": "unknown scenario {scenario!r}",
    "rows.orphan_assumption": "{owner}.{field} belongs to nothing in the plan",
    "rows.cost_mismatch": "{owner}.cost_per_unit is {value:g} but the slots table says {column:g}",
    "rows.invalid_plan": "{name} holds an invalid plan: {problem}{more}",
    # ---- the slot library (core/library.py)
    "library.users_platform": "the library has no platform {ident!r}",
    "library.what.users": "monthly users of {ident}",
    "library.no_users": "platform {name!r} ({ident}) has no monthly users in the library",
    "library.slot_is_platform": "the id {ident!r} is the library's platform {name!r}: a slot needs another id",
    "library.nothing_chosen": "choose at least one slot of the library",
    "library.no_slot": "the library has no slot {ident!r}",
    "library.slot_in_plan": (
        "the plan already has a slot with the id {ident!r} ({name!r}): the library's slot {slot!r} is not added"
    ),
    "library.id_in_plan": "the id {ident!r} of the library's slot {slot!r} is already the {what} {name!r} in the plan",
    "library.no_audience": (
        "platform {name!r} ({ident}) has no audience segment in the plan: the library needs its monthly users"
    ),
    # ---- the local store (store/local.py)
    "local.busy": (
        "The local store is in use by another program; saved templates and recent plans are "
        "unavailable until the planner is restarted."
    ),
    "local.reason.read_only": "the disk or folder is read-only",
    "local.reason.io": "input/output error",
    "local.reason.cannot_open": "the file cannot be opened",
    "local.unusable": (
        "The local store {store} cannot be used ({reason}); saved templates and recent plans are "
        "unavailable until this is fixed."
    ),
    "local.ignored": Plural(
        "%n damaged entry(ies) in the local store (templates or recent plans) could not be read and were ignored.",
        "%n damaged entry in the local store (a template or a recent plan) could not be read and was ignored.",
        "%n damaged entries in the local store (templates or recent plans) could not be read and were ignored.",
    ),
    "local.folder_unusable": (
        "The application-data folder {folder} cannot be used ({reason}); saved templates and recent "
        "plans are unavailable until this is fixed."
    ),
    "local.cannot_renew": (
        "The local store was damaged and set aside as {aside}, but a new one cannot be made ({reason})."
    ),
    "local.set_aside": (
        "The local store could not be read ({reason}); it was set aside as {aside} and a new one was "
        "started (templates you saved and the recent plans are in the old file)."
    ),
    "local.cannot_create": (
        "The local store {store} cannot be created ({reason}); saved templates and recent plans are "
        "unavailable until this is fixed."
    ),
    "local.cannot_read": (
        "The local store {store} cannot be read ({reason}); saved templates and recent plans are "
        "unavailable until this is fixed."
    ),
    "local.newer": (
        "The local store {store} was made by a newer version of the planner (format {version}; this "
        "version reads up to {supported}); it was left unchanged, and saved templates and recent plans "
        "are unavailable in this version."
    ),
    "local.cannot_set_aside": (
        "The local store {store} is damaged ({damage}) and cannot be set aside ({reason}); saved "
        "templates and recent plans are unavailable."
    ),
    "local.damaged.dangling_link": "a link to nothing",
    "local.damaged.kind": "it is {kind}",
    "local.kind.link": "a link",
    "local.damaged.side_file": "its file {file} is {kind}",
    "local.damaged.not_a_database": "file is not a database",
    "local.damaged.integrity": "it failed its integrity check",
    "local.damaged.object": "it holds {kind} {name}, which the planner never makes",
    "local.damaged.layout": "its table {table!r} is not laid out as the planner's",
    "local.cannot_change": "The local store cannot be changed ({error}).",
    "local.template.unreadable": "template {template} cannot be read from the local store ({error})",
    "local.template.unknown": "no template {template}; known templates: {known}",
    "local.template.unknown_read_only": "no template {template}; known templates: {known} ({why})",
    "local.template.damaged": "template {template} is damaged in the local store and cannot be used",
    "local.template.invalid": "template {template} is invalid: {error}",
    "local.template.bad_id": "a template id is 1-64 letters, digits, '_', '-' or '.'",
    "local.template.builtin_save": "{template!r} is a built-in template; choose another name",
    "local.template.builtin_delete": "{template} is a built-in template and cannot be deleted",
    "local.template.builtin_rename": "{template} is a built-in template and cannot be renamed",
    "local.template.name_taken": "there is already a template named {name}; choose another name",
    "local.recent.cannot_add_why": "{path}: cannot be added to the recent plans ({error})",
    "local.recent.cannot_add": "{path}: cannot be added to the recent plans",
    "local.library.damaged": (
        "The slot library in the local store is damaged ({error}); the built-in library "
        "is used, and saving a slot to the library replaces it."
    ),
    "local.library.not_text": "its row holds no JSON text",
    "local.library.cannot_save": "slot {slot} cannot be kept in the library: {error}",
    # ---- working copies (store/autosave.py)
    "autosave.cannot_write": "cannot write to {folder} ({reason})",
    "autosave.not_ours": "{name}: not a working copy of this planner",
    "autosave.empty": "{name}: empty",
    "autosave.damaged": "{name}: damaged ({error})",
    "autosave.cannot_read": "{name}: cannot be read ({reason})",
    "autosave.not_regular": "{name} is {kind}",
    "autosave.bad_saved_as": "the plan's file name is not text",
    "autosave.bad_edits": "the count of edits is not a number",
    "autosave.reason.io": "input/output error: the disk may be full or failing",
    "autosave.reason.exists": "a file of that name is already there; the planner writes only files it makes",
    # ---- placements the rules forbid (the charts, the report, the command line)
    "left_out.more": Plural("{ids} and %n more", "{ids} and %n more", "{ids} and %n more"),
    "left_out.note": Plural(
        "Left out (forbidden): {ids} — %n placement(s)",
        "Left out (forbidden): {ids} — %n placement",
        "Left out (forbidden): {ids} — %n placements",
    ),
    "left_out.counted": Plural(
        "Counted although the rules forbid them: {ids} — %n placement(s)",
        "Counted although the rules forbid it: {ids} — %n placement",
        "Counted although the rules forbid them: {ids} — %n placements",
    ),
}


SEPARATOR = "; "  # TEMPLATES["list.separator"]
#: ids named in one note at most (the rest are counted: "and 7 more"), and about how many
#: characters they may take
IDS_SHOWN, IDS_CHARS = 10, 100


def id_list(ids: Iterable[str], most: int = IDS_SHOWN, chars: int = IDS_CHARS) -> str:
    """Ids (placements') for a person, as "p3, p7": the first ``most`` of them that fit in
    about ``chars`` characters (one at least), then "and N more" (a Msg) for the rest."""
    ids = [str(i) for i in ids]
    shown: list[str] = []
    used = 0
    for i in ids:
        if shown and (len(shown) >= most or used + 2 + len(i) > chars):
            break
        shown.append(i)
        used += len(i) + 2
    text = ", ".join(shown)
    rest = len(ids) - len(shown)
    return Msg("left_out.more", ids=text, n=rest) if rest else text


def forbidden_note(
    ids: Iterable[str], counted: bool = False, most: int = IDS_SHOWN, chars: int = IDS_CHARS
) -> Msg | None:
    """What an export or the report says about the placements the rules forbid: which were
    left out of the numbers ("Left out (forbidden): p3, p7 — 2 placements"), or, ``counted``,
    which were counted all the same. None when there are none."""
    ids = tuple(ids)
    if not ids:
        return None
    return Msg("left_out.counted" if counted else "left_out.note", ids=id_list(ids, most, chars), n=len(ids))


def _english(value: Any) -> Any:
    """An argument as the English sentence shows it (messages and names as plain text)."""
    if isinstance(value, str):
        return str.__str__(value)
    return value


def render(template: str | Plural, args: dict[str, Any]) -> str:
    """The English sentence of a template and its arguments."""
    if isinstance(template, Plural):
        count = int(args["n"])
        text = template.form(count).replace("%n", str(count))
    else:
        text = template
    return text.format(**{k: _english(v) for k, v in args.items()})


class Msg(str):
    """A sentence for a person: the English text, and what it is made of (see the module)."""

    key: str
    args: dict[str, Any]

    def __new__(cls, key: str, /, **args: Any) -> Msg:
        self = super().__new__(cls, render(TEMPLATES[key], args))
        self.key, self.args = key, args
        return self

    @property
    def template(self) -> str | Plural:
        return TEMPLATES[self.key]

    def with_args(self, **args: Any) -> Msg:
        """The same message with some arguments replaced."""
        return Msg(self.key, **{**self.args, **args})

    def __reduce__(self):
        return (_make, (self.key, self.args))


def _make(key: str, args: dict[str, Any]) -> Msg:
    return Msg(key, **args)


class Joined(str):
    """Several messages as one: their English texts joined by "; " (``parts`` keeps them)."""

    parts: tuple[str, ...]

    def __new__(cls, parts: Iterable[str]) -> Joined:
        parts = tuple(parts)
        self = super().__new__(cls, SEPARATOR.join(str.__str__(p) for p in parts))
        self.parts = parts
        return self

    def __reduce__(self):
        return (Joined, (self.parts,))


def map_text(msg: str, fn) -> str:
    """``msg`` with ``fn`` applied to every plain text inside it (the arguments of a Msg, the
    parts of a Joined, recursively), the message kept a message; a plain str is ``fn(msg)``.
    Used to escape names that come from files while keeping the message translatable."""
    if isinstance(msg, Msg):
        return Msg(msg.key, **{k: map_text(v, fn) if isinstance(v, str) else v for k, v in msg.args.items()})
    if isinstance(msg, Joined):
        return Joined(map_text(p, fn) for p in msg.parts)
    from .names import Name, Names

    if isinstance(msg, Name):
        return Name(msg.kind, fn(msg.id))
    if isinstance(msg, Names):
        return Names(msg.kind, (fn(i) for i in msg.ids))
    return fn(msg)
