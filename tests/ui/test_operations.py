"""Reads off the GUI thread: the newest result is applied on the GUI thread; errors are said."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.db import Database
from kamdesk.errors import StorageError, UserError
from kamdesk.models import Client
from kamdesk.ui.operations import Reader, read_now, read_op, wait_for_reads
from tests.factories import add_client


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    for name in ("critical", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a: messages.append(text))
    return messages


def count_clients(session: Session) -> tuple[int, str]:
    return session.scalar(select(func.count(Client.id))) or 0, threading.current_thread().name


def test_a_slow_read_runs_on_a_worker_and_lands_on_the_gui_thread(
    qtbot: QtBot, db: Database, owner: QWidget
) -> None:
    with db.unit_of_work() as s:
        add_client(s, "Alfa")
    got: list[tuple[tuple[int, str], str]] = []
    reader = read_op(
        owner, db, count_clients, lambda r: got.append((r, threading.current_thread().name))
    )
    with qtbot.waitSignal(reader.applied):
        pass
    [((count, worker), applied_in)] = got
    assert count == 1
    assert worker != threading.main_thread().name and applied_in == threading.main_thread().name
    assert not reader.busy


def test_only_the_newest_result_is_applied(qtbot: QtBot, db: Database, owner: QWidget) -> None:
    applied: list[int] = []
    reader = Reader(owner)
    gate = threading.Event()

    def slow(_s: Session) -> int:
        gate.wait(5)
        return 1

    reader.run(db, slow, applied.append)
    reader.run(db, lambda _s: 2, applied.append)
    gate.set()
    qtbot.waitUntil(lambda: not reader.busy)
    assert applied == [2]


@pytest.mark.parametrize("error", [StorageError("The file is locked."), UserError("Gone.")])
def test_a_failed_read_is_said_and_nothing_applied(
    qtbot: QtBot, db: Database, owner: QWidget, said: list[str], error: Exception
) -> None:
    applied: list[Any] = []

    def fails(_s: Session) -> int:
        raise error

    reader = read_op(owner, db, fails, applied.append)
    qtbot.waitUntil(lambda: not reader.busy)
    assert applied == [] and said == [str(error)]


def test_a_quick_read_returns_its_result_or_says_why_not(
    db: Database, owner: QWidget, said: list[str]
) -> None:
    assert read_now(owner, db, lambda s: count_clients(s)[0]) == 0

    def fails(_s: Session) -> int:
        raise StorageError("The disk is full.")

    assert read_now(owner, db, fails) is None
    assert said == ["The disk is full."]


def test_once_reads_run_garbage_is_collected_on_the_gui_thread_only(
    qtbot: QtBot, db: Database, owner: QWidget
) -> None:
    import gc

    reader = read_op(owner, db, count_clients, lambda _r: None)
    qtbot.waitUntil(lambda: not reader.busy)
    assert not gc.isenabled()  # a worker never collects (it could destroy GUI objects)
    threshold = gc.get_threshold()[0]
    junk = []
    for _ in range(threshold * 2):  # cycles, past the threshold
        item: list[Any] = []
        item.append(item)
        junk.append(item)
    del junk, item
    qtbot.waitUntil(lambda: gc.get_count()[0] < threshold, timeout=5000)


def test_once_reads_run_a_worker_hands_the_interpreter_back_within_a_millisecond(
    qtbot: QtBot, db: Database, owner: QWidget
) -> None:
    import sys

    reader = read_op(owner, db, count_clients, lambda _r: None)
    qtbot.waitUntil(lambda: not reader.busy)
    assert sys.getswitchinterval() == pytest.approx(0.001)  # a keystroke waits less


def test_a_cancelled_read_is_not_applied(qtbot: QtBot, db: Database, owner: QWidget) -> None:
    applied: list[int] = []
    reader = Reader(owner)
    reader.run(db, lambda _s: 1, applied.append)
    reader.cancel()  # the view was filled another way meanwhile
    qtbot.waitUntil(lambda: not reader.busy)
    assert applied == []


def test_a_read_whose_view_was_closed_meanwhile_is_dropped_quietly(
    qtbot: QtBot, db: Database
) -> None:
    view = QWidget()
    reader = Reader(view)
    gate = threading.Event()
    applied: list[int] = []

    def slow(_s: Session) -> int:
        gate.wait(5)
        return 1

    reader.run(db, slow, applied.append)
    view.deleteLater()
    qtbot.waitUntil(lambda: not isValid(view))
    gate.set()
    assert wait_for_reads(5000)
    qtbot.wait(50)  # the result reaches the GUI thread, finds no reader and is dropped
    assert applied == []
