"""One planner per person (issue 11 item 4): a second start hands its plan to the running
planner, which opens it and comes to the front; a second start that cannot reach the first
opens normally."""

import os
import socket
import subprocess
import sys
import time

import pytest

from campaign_planner.core.catalog import builtin_template
from campaign_planner.qt import instance
from campaign_planner.qt.app import open_request
from campaign_planner.store.planfile import save_plan

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture
def runtime(tmp_path, monkeypatch):
    """A private runtime folder (short: a socket path has at most 107 bytes)."""
    import tempfile
    d = tempfile.mkdtemp(prefix="cp-rt-")
    monkeypatch.setenv("XDG_RUNTIME_DIR", d)
    yield d
    for f in os.listdir(d):
        os.unlink(os.path.join(d, f))
    os.rmdir(d)


def second_start(*args, timeout=20):
    """The planner started again, as a double-click would: a real process."""
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "gui"), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-m", "campaign_planner", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)


def test_a_second_start_opens_its_plan_in_the_running_window(window, qapp, qtbot, runtime, tmp_path):
    qapp._main_window = window
    server = instance.InstanceServer(lambda p: open_request(qapp, p), parent=window)
    assert server.listen()
    assert os.path.dirname(server.name) == runtime
    other = tmp_path / "other plan.mpplan"
    save_plan(builtin_template("blank"), other)
    window.showMinimized()
    proc = second_start(str(other))
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20000)
    out, err = proc.communicate()
    assert proc.returncode == 0, err.decode()
    assert err == b""
    qtbot.waitUntil(lambda: window.doc.path == str(other.resolve()), timeout=5000)
    assert window.isVisible() and not window.isMinimized()
    # a start with no plan only brings the window to the front
    window.showMinimized()
    proc = second_start()
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20000)
    proc.communicate()
    assert proc.returncode == 0
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=5000)
    assert window.doc.path == str(other.resolve())
    server.close()


def test_a_bad_plan_sent_by_a_second_start_is_told_in_the_running_window(window, qapp, qtbot, answers, runtime,
                                                                         tmp_path):
    qapp._main_window = window
    server = instance.InstanceServer(lambda p: open_request(qapp, p), parent=window)
    assert server.listen()
    bad = tmp_path / "bad.mpplan"
    bad.write_bytes(b"not a plan at all")
    before = window.doc.path
    proc = second_start(str(bad))
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20000)
    out, err = proc.communicate()
    assert proc.returncode == 0 and err == b""
    qtbot.waitUntil(lambda: bool(answers.errors), timeout=5000)
    assert "bad.mpplan" in answers.errors[-1]
    assert window.doc.path == before
    server.close()


def test_garbage_on_the_socket_opens_nothing(window, qapp, qtbot, runtime):
    asked = []
    server = instance.InstanceServer(asked.append, parent=window)
    assert server.listen()
    for junk in (b"\xff\xfe\n", b"[1, 2]\n", b'{"open": 5}\n', b"x" * 70000):
        s = socket.socket(socket.AF_UNIX)
        s.connect(server.name)
        s.sendall(junk)
        s.setblocking(False)   # the server answers from this thread's event loop
        answer = b""
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            qapp.processEvents()
            try:
                chunk = s.recv(16)
            except ConnectionResetError:
                break
            except BlockingIOError:
                continue
            if not chunk:
                break
            answer += chunk
        s.close()
        assert answer == (b"" if len(junk) > instance.MAX_LINE else b"no\n"), junk[:20]
    qapp.processEvents()
    assert asked == []
    server.close()


def test_with_no_planner_running_a_start_opens_its_own_window(runtime):
    t = time.monotonic()
    assert not instance.send_to_running(None)
    assert time.monotonic() - t < 1


def test_a_socket_left_by_a_stopped_planner_is_replaced(runtime, qapp):
    name = instance.server_name()
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(name)          # a socket file nobody listens on
    stale.close()
    assert os.path.exists(name)
    assert not instance.send_to_running(None)
    asked = []
    server = instance.InstanceServer(asked.append)
    assert server.listen()
    server.close()


def test_a_planner_that_does_not_answer_is_given_up_on(runtime):
    name = instance.server_name()
    hung = socket.socket(socket.AF_UNIX)
    hung.bind(name)
    hung.listen(1)           # accepts the connection, never answers
    try:
        t = time.monotonic()
        assert not instance.send_to_running(None)
        assert time.monotonic() - t < instance.CONNECT_MS / 1000 + instance.ANSWER_MS / 1000 + 1
    finally:
        hung.close()


def test_two_real_starts_one_window(runtime, tmp_path):
    """End to end, as a person does it: the planner started, then a plan double-clicked."""
    from campaign_planner.paths import data_dir
    from campaign_planner.store.local import LocalStore
    plan = tmp_path / "double-clicked.mpplan"
    save_plan(builtin_template("blank"), plan)
    first = second_start()
    try:
        deadline = time.monotonic() + 60
        while not os.path.exists(instance.server_name()):
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.1)
        second = second_start(str(plan))
        out, err = second.communicate(timeout=30)
        assert second.returncode == 0 and err == b""
        # the first planner opened it (and put it in its recent plans)
        deadline = time.monotonic() + 30
        while True:
            store = LocalStore(data_dir())
            recent = store.recent()
            store.close()
            if str(plan.resolve()) in recent:
                break
            assert time.monotonic() < deadline, recent
            time.sleep(0.2)
        assert first.poll() is None   # still running
    finally:
        first.kill()
        first.communicate()
