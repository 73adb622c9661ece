"""Reading and writing the files a person names, safely. Qt-free; every file the planner
reads from or writes to a user's path goes through here (plan files, JSON, exports, CSV,
backups, working copies).

Reading (``read_regular``): the path is opened non-blocking and ``fstat``-ed before a byte
is read, so a FIFO, a socket, a device or a folder is refused at once instead of hanging
or reading forever.

Writing (``write_file``): a regular file (or a missing one) is replaced whole or not at all:
the data go to a temporary file created exclusively (``O_CREAT|O_EXCL|O_NOFOLLOW``, random
name, in the target's folder so the rename stays on one file system), which is synced and
then renamed over the target; on any failure the temporary file is removed and the target
is untouched. A character device or a FIFO (``/dev/null``, ``/dev/stdout``, a pipe someone
reads from) is written directly, never replaced. Anything else (a folder, a socket, a
block device) is refused. A symbolic link is followed to the file it names, which is
replaced (the link stays a link).

Every failure is a ``FileAccessError`` whose text is one line for a person (a
core.messages.Msg: the window shows it in its language).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from .core.messages import Msg
from .text import one_line

#: Temporary files are named ``.<name>~<random>.tmp`` (the name cut to stay far below
#: the 255-byte limit of a file name).
TEMP_INFIX = "~"
TEMP_SUFFIX = ".tmp"

_UMASK = os.umask(0o022)
os.umask(_UMASK)


class FileAccessError(Exception):
    """A file cannot be read or written; ``str(e)`` is one line for a person (``message``, a
    Msg the window translates), ``reason`` the operating system's part of it in words (or
    None)."""

    def __init__(self, message: str, reason: str | None = None):
        self.message = one_line(message)
        super().__init__(self.message)
        self.reason = reason


#: What a caller may say it reads ("not a plan file"), as words the window translates.
WHATS = {
    "file": "fileio.what.file",
    "plan file": "fileio.what.plan_file",
    "JSON plan": "fileio.what.json_plan",
    "journal file": "fileio.what.journal",
    "write-ahead log": "fileio.what.wal",
    "working copy": "fileio.what.working_copy",
    "working copy's log": "fileio.what.working_copy_log",
    "settings file": "fileio.what.settings",
    "CSV file": "fileio.what.csv",
}


def _what(what: str) -> str:
    key = WHATS.get(what)
    return Msg(key) if key and not isinstance(what, Msg) else what


def display_name(path: str | os.PathLike) -> str:
    """The name of ``path`` as shown in a message (control characters escaped)."""
    return one_line(os.fspath(path))


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words (a Msg)."""
    if stat.S_ISDIR(mode):
        return Msg("fileio.kind.folder")
    if stat.S_ISFIFO(mode):
        return Msg("fileio.kind.fifo")
    if stat.S_ISSOCK(mode):
        return Msg("fileio.kind.socket")
    if stat.S_ISCHR(mode):
        return Msg("fileio.kind.char_device")
    if stat.S_ISBLK(mode):
        return Msg("fileio.kind.block_device")
    return Msg("fileio.kind.other")


_REASONS = {
    errno.ENOSPC: "fileio.reason.full",
    errno.EFBIG: "fileio.reason.full",
    errno.EDQUOT: "fileio.reason.full",
    errno.EACCES: "fileio.reason.permission",
    errno.EPERM: "fileio.reason.permission",
    errno.EROFS: "fileio.reason.read_only",
    errno.ENAMETOOLONG: "fileio.reason.name_too_long",
    errno.ENOENT: "fileio.reason.no_such_file",
    errno.ENOTDIR: "fileio.reason.not_a_folder",
    errno.ELOOP: "fileio.reason.links",
    errno.EIO: "fileio.reason.io",
    errno.ENXIO: "fileio.reason.no_reader",
}


def reason(e: BaseException) -> str:
    """Why an operating-system call failed, in words a person can act on (a Msg; the
    system's own words when it is none of the usual reasons)."""
    key = _REASONS.get(getattr(e, "errno", None))  # type: ignore[arg-type]
    if key:
        return Msg(key)
    text = getattr(e, "strerror", None) or str(e) or type(e).__name__
    return one_line(text)


# --------------------------------------------------------------------------- reading


def read_regular(path: str | os.PathLike, max_bytes: int, what: str = "file") -> bytes:
    """The bytes of a regular file, at most ``max_bytes`` (more is refused). Never blocks:
    a FIFO, socket, device or folder is refused from ``fstat`` of a non-blocking open."""
    name = display_name(Path(path).name or path)
    what = _what(what)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        if e.errno == errno.ENXIO:
            raise FileAccessError(Msg("fileio.read.socket", name=name, what=what)) from None
        if e.errno == errno.ENOENT:
            raise FileAccessError(Msg("fileio.read.missing", name=name)) from None
        if e.errno == errno.EISDIR:
            raise FileAccessError(Msg("fileio.read.folder", name=name, what=what)) from None
        raise FileAccessError(Msg("fileio.read.failed", name=name, reason=reason(e))) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise FileAccessError(Msg("fileio.read.not_regular", name=name, kind=kind_of(st.st_mode), what=what))
        if st.st_size > max_bytes:
            raise FileAccessError(Msg("fileio.read.too_large", name=name, size=_size(max_bytes), what=what))
        chunks, total = [], 0
        while True:
            block = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not block:
                break
            chunks.append(block)
            total += len(block)
            if total > max_bytes:
                raise FileAccessError(Msg("fileio.read.too_large", name=name, size=_size(max_bytes), what=what))
        return b"".join(chunks)
    except OSError as e:
        raise FileAccessError(Msg("fileio.read.failed", name=name, reason=reason(e))) from None
    finally:
        os.close(fd)


def _size(n: int) -> str:
    return Msg("fileio.size.mib", n=n // (1024 * 1024)) if n >= 1024 * 1024 else Msg("fileio.size.bytes", n=n)


# --------------------------------------------------------------------------- writing


def resolve_target(target: str | os.PathLike) -> tuple[Path, os.stat_result | None]:
    """The file a write to ``target`` really changes (symbolic links followed) and its
    status (None if it does not exist yet). Raises FileAccessError for a target that can
    never be written: a folder, a socket, a block device, a missing folder, a name too long."""
    shown = display_name(target)
    p = Path(target)
    try:
        if p.is_symlink():
            p = Path(os.path.realpath(p))
        try:
            st = os.stat(p)
        except FileNotFoundError:
            st = None
    except OSError as e:
        raise FileAccessError(Msg("fileio.write.failed", name=shown, reason=reason(e))) from None
    if st is not None:
        if stat.S_ISREG(st.st_mode) or stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode):
            return p, st
        if stat.S_ISDIR(st.st_mode):
            raise FileAccessError(Msg("fileio.write.folder", name=shown))
        raise FileAccessError(Msg("fileio.write.not_regular", name=shown, kind=kind_of(st.st_mode)))
    folder = p.parent
    try:
        fst = os.stat(folder)
    except OSError as e:
        if e.errno in (errno.ENOENT, errno.ENOTDIR):
            raise FileAccessError(Msg("fileio.write.no_folder", name=shown, folder=display_name(folder))) from None
        raise FileAccessError(Msg("fileio.write.failed", name=shown, reason=reason(e))) from None
    if not stat.S_ISDIR(fst.st_mode):
        raise FileAccessError(Msg("fileio.write.not_a_folder", name=shown, folder=display_name(folder)))
    if len(os.fsencode(p.name)) > 255:
        raise FileAccessError(Msg("fileio.write.name_too_long", name=shown))
    return p, None


def is_stream(st: os.stat_result | None) -> bool:
    """A character device or FIFO: written directly, never replaced."""
    return st is not None and (stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode))


def same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """Whether two paths name one file (through links and other spellings)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        try:
            return Path(a).resolve() == Path(b).resolve()
        except (OSError, RuntimeError, ValueError):
            return False


def temp_prefix(target: Path) -> str:
    """The start of the name of every temporary file written for ``target``."""
    name = target.name
    while len(os.fsencode(name)) > 100:
        name = name[:-1]
    return f".{name}{TEMP_INFIX}"


def remove_stale_temps(target: Path, older_than: float = 0.0) -> None:
    """Remove temporary files left beside ``target`` by a write that was killed (those last
    changed more than ``older_than`` seconds ago). Only regular files named as ours are
    removed; a link is removed as a link, never followed."""
    prefix = temp_prefix(target)
    limit = time.time() - older_than
    try:
        entries = list(os.scandir(target.parent if str(target.parent) else "."))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(prefix) and entry.name.endswith(TEMP_SUFFIX):
            try:
                st = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(st.st_mode) and st.st_mtime < limit:
                    os.unlink(entry.path)
            except OSError:
                pass


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _write_stream(path: Path, data: bytes, shown: str) -> None:
    flags = os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        raise FileAccessError(Msg("fileio.write.failed", name=shown, reason=reason(e))) from None
    try:
        st = os.fstat(fd)
        if not (stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode)):
            raise FileAccessError(Msg("fileio.write.changed", name=shown))
        os.set_blocking(fd, True)
        _write_all(fd, data)
    except OSError as e:
        raise FileAccessError(Msg("fileio.write.failed", name=shown, reason=reason(e))) from None
    finally:
        os.close(fd)


def create_exclusive(folder: Path, prefix: str, suffix: str = TEMP_SUFFIX, mode: int | None = None) -> tuple[int, Path]:
    """A new file with a random name in ``folder``, created with O_CREAT|O_EXCL|O_NOFOLLOW
    (never through a planted link). Returns (fd open for writing, path)."""
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=folder)
    try:
        os.fchmod(fd, (0o666 & ~_UMASK) if mode is None else mode)
    except OSError:
        pass
    return fd, Path(name)


def fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename is done
    finally:
        os.close(fd)


def write_file(
    target: str | os.PathLike,
    data: str | bytes,
    *,
    hook: Callable[[str], None] | None = None,
    verify: Callable[[Path], None] | None = None,
    before_replace: Callable[[Path], Callable[[], None] | None] | None = None,
) -> Path:
    """Write ``data`` (text as UTF-8, newlines as given) to ``target``, whole or not at all.

    ``hook(step)`` runs before each step ("create", "write", "verify", "fsync", "backup",
    "replace") for failure-injection tests. ``verify(temp_path)`` may check the written
    temporary file (raise to stop). ``before_replace(real_target)`` runs just before the
    rename (backups, side files) and may return an undo function, called if the rename
    fails. Returns the path really written. Raises FileAccessError, or what ``verify`` or
    ``before_replace`` raised; on any failure the target is as it was and no temporary
    file is left.
    """
    step = hook or (lambda s: None)
    shown = display_name(target)
    try:
        raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    except UnicodeEncodeError:
        raise FileAccessError(Msg("fileio.write.surrogate", name=shown)) from None
    real, st = resolve_target(target)
    if is_stream(st):
        step("write")
        _write_stream(real, raw, shown)
        return real
    folder = real.parent if str(real.parent) else Path(".")
    remove_stale_temps(real)
    tmp: Path | None = None
    undo: Callable[[], None] | None = None
    try:
        step("create")
        mode = stat.S_IMODE(st.st_mode) if st is not None else None
        fd, tmp = create_exclusive(folder, temp_prefix(real), mode=mode)
        try:
            step("write")
            _write_all(fd, raw)
            step("fsync")
            os.fsync(fd)
        finally:
            os.close(fd)
        if verify is not None:
            step("verify")
            verify(tmp)
        if before_replace is not None:
            step("backup")
            undo = before_replace(real)
        step("replace")
        os.replace(tmp, real)
        tmp = None
    except OSError as e:
        if undo is not None:
            undo()
        why = reason(e)
        raise FileAccessError(
            Msg("fileio.write.failed_unchanged", name=shown, reason=why)
            if st is not None
            else Msg("fileio.write.failed", name=shown, reason=why),
            why,
        ) from None
    except BaseException:
        if undo is not None:
            undo()
        raise
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    try:
        step("fsync-dir")
        fsync_folder(folder)
    except OSError:
        pass  # the new file is in place; some file systems cannot sync a folder
    return real


def write_new(path: Path, data: bytes) -> None:
    """Create ``path`` with ``data``; it must not exist (O_EXCL, never through a link)."""
    fd = os.open(
        path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0), 0o600
    )
    try:
        _write_all(fd, data)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        try:
            os.unlink(path)
        except OSError:
            pass
        raise
    os.close(fd)
