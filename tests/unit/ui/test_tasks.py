"""The task manager runs work off the GUI thread and delivers results on it."""

from __future__ import annotations

import threading

import pytest

from lapor_desktop.ui.tasks import TaskManager


@pytest.fixture
def tasks(qapp):
    manager = TaskManager()
    yield manager
    manager.shutdown()


def test_result_arrives_on_gui_thread_from_a_worker_thread(qtbot, tasks):
    gui_thread = threading.get_ident()
    seen = {}

    def job():
        seen["worker"] = threading.get_ident()
        return 42

    with qtbot.waitSignal(tasks.busy_changed, check_params_cb=lambda n: n == 0):
        tasks.db(job, on_done=lambda r: seen.update(result=r, cb=threading.get_ident()))
    assert seen["result"] == 42
    assert seen["worker"] != gui_thread
    assert seen["cb"] == gui_thread


def test_jobs_on_one_worker_run_in_submission_order(qtbot, tasks):
    order = []
    for i in range(20):
        tasks.db(lambda i=i: order.append(i))
    qtbot.waitUntil(lambda: tasks.pending == 0)
    assert order == list(range(20))


def test_network_worker_does_not_wait_for_database_worker(qtbot, tasks):
    release = threading.Event()
    results = []
    tasks.db(lambda: release.wait(10), on_done=lambda _: results.append("db"))
    tasks.net(lambda: "net", on_done=results.append)
    qtbot.waitUntil(lambda: results == ["net"])
    release.set()
    qtbot.waitUntil(lambda: results == ["net", "db"])


def test_errors_go_to_the_callers_handler_or_to_unhandled(qtbot, tasks):
    errors = []

    def boom():
        raise ValueError("bad")

    tasks.db(boom, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], ValueError)
    with qtbot.waitSignal(tasks.unhandled_error) as blocker:
        tasks.net(boom)
    assert isinstance(blocker.args[0], ValueError)
