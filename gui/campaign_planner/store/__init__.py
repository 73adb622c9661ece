"""Qt-free storage: plan files and the local store (SQLite through sqlite-utils)."""
