"""Writing export files whole or not at all: a temporary file beside the target, then a rename.
Shared by the command line and the window (CSV, JSON, SVG, PNG, PDF)."""

from __future__ import annotations

import os
from pathlib import Path


def temp_beside(target: str | os.PathLike, suffix: str = "") -> Path:
    """A temporary name in the target's folder (so the final rename stays on one file system)."""
    t = Path(target)
    return t.with_name(f".{t.name}.tmp-{os.getpid()}{suffix}")


def replace_into(tmp: Path, target: str | os.PathLike) -> None:
    """Move a finished temporary file over ``target``; on failure remove it and raise OSError."""
    try:
        os.replace(tmp, target)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(target: str | os.PathLike, data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8, newlines as given) to ``target`` whole or not at all."""
    tmp = temp_beside(target)
    try:
        if isinstance(data, str):
            tmp.write_text(data, encoding="utf-8", newline="")
        else:
            tmp.write_bytes(data)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    replace_into(tmp, target)
