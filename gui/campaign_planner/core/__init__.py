"""Qt-free core: the plan as data, edits, rules and the reach engine."""
