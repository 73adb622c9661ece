"""One planner per person: opening a plan (a double-click, the command line) while the
planner runs opens it in the running window, which comes to the front.

The running planner listens on a local socket in a folder only its user can enter
(``$XDG_RUNTIME_DIR``, else the data folder). A second start sends one line of JSON,
``{"open": "/abs/path.mpplan"}`` (or ``{"open": null}`` to come to the front), and exits
once the first answers ``ok``. If nothing answers within a second and a half (no planner,
a planner that stopped and left its socket behind, a planner too busy to answer), the
second start opens its own window as usual.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 500
ANSWER_MS = 1500
MAX_LINE = 64 * 1024


def server_name() -> str:
    """The socket's path: one per user and data folder (tests, with their own data folders,
    never reach a planner the person is running)."""
    from ..paths import data_dir
    data = data_dir()
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    tag = hashlib.sha1(str(data.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    if runtime and os.path.isdir(runtime):
        return str(Path(runtime) / f"campaign-planner-{tag}.sock")
    return str(data / f"instance-{tag}.sock")


def send_to_running(path: str | None, name: str | None = None) -> bool:
    """Ask a running planner to open ``path`` (None: just come to the front). True if it
    said it will; False if there is none, or it did not answer in time."""
    name = name or server_name()
    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(CONNECT_MS):
        return False
    try:
        target = str(Path(path).resolve()) if path else None
    except (OSError, RuntimeError, ValueError):
        target = path
    sock.write((json.dumps({"open": target}) + "\n").encode("utf-8", "surrogatepass"))
    sock.flush()
    answer = b""
    while b"\n" not in answer:
        if not sock.waitForReadyRead(ANSWER_MS):
            sock.abort()
            return False
        answer += bytes(sock.readAll().data())
    sock.disconnectFromServer()
    return answer.strip() == b"ok"


class InstanceServer(QObject):
    """Listens for later starts and hands what they ask to ``open_request(path_or_None)``."""

    def __init__(self, open_request, name: str | None = None, parent=None):
        super().__init__(parent)
        self.name = name or server_name()
        self._open = open_request
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.UserAccessOption)
        self.server.newConnection.connect(self._connection)
        self._buffers: dict = {}

    def listen(self) -> bool:
        """Start listening. A socket left behind by a planner that stopped is replaced (the
        caller found nobody answering on it). False if it cannot listen: the planner works on,
        each start opening its own window."""
        Path(self.name).parent.mkdir(parents=True, exist_ok=True)
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self):
        self.server.close()

    def _connection(self):
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._drop(s))

    def _drop(self, sock):
        self._buffers.pop(sock, None)
        sock.deleteLater()

    def _read(self, sock):
        buf = self._buffers.get(sock, b"") + bytes(sock.readAll().data())
        if b"\n" not in buf:
            if len(buf) > MAX_LINE:
                sock.abort()
            else:
                self._buffers[sock] = buf
            return
        line = buf.split(b"\n", 1)[0]
        try:
            request = json.loads(line.decode("utf-8", "surrogatepass"))
            path = request.get("open") if isinstance(request, dict) else None
            ok = isinstance(request, dict) and (path is None or isinstance(path, str))
        except (ValueError, UnicodeDecodeError):
            ok, path = False, None
        sock.write(b"ok\n" if ok else b"no\n")
        sock.flush()
        sock.disconnectFromServer()
        if ok:
            # after answering: opening may ask whether to save the open plan
            QTimer.singleShot(0, self, lambda: self._open(path))
