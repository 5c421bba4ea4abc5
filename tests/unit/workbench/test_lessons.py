"""Lessons checked against a real (small) server database: the simulator makes each lesson's
event, officer actions go through the server's own workflow, and only the right action on the
right complaint completes a lesson. The progress survives a new LessonBook on the same folder."""

from __future__ import annotations

import datetime as dt

import pytest

from lapor_desktop.core.calendar import WorkingCalendar
from lapor_desktop.core.models import ActionKind
from lapor_desktop.protocol import ActionRequest
from lapor_desktop.server import models as m
from lapor_desktop.server import workflow
from lapor_desktop.server.db import Database
from lapor_desktop.server.seed import ensure_agencies
from lapor_desktop.workbench.lesson_book import LessonBook
from lapor_desktop.workbench.lessons import LessonWorld

AGENCY = "kota-batam"
ACTOR = "Rina (demo.kota-batam)"


@pytest.fixture
def world(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'server.db'}")
    db.create_schema()
    with db.write() as s:
        ensure_agencies(s)
    downs: list[str] = []
    world = LessonWorld(db=db, agency_id=AGENCY, take_down=lambda: downs.append("down"),
                        bring_back=lambda: downs.append("up"), waiting_ops=set)
    world.downs = downs  # type: ignore[attr-defined]
    yield world
    db.dispose()


def _act(world, complaint_id, kind, **fields):
    now = dt.datetime.now(dt.UTC)
    with world.db.write() as s:
        c = s.get(m.Complaint, complaint_id)
        workflow.apply_action(s, c, ActionRequest(kind=kind, base_revision=c.revision, **fields),
                              actor=ACTOR,
                              agency_id=AGENCY, now=now, calendar=WorkingCalendar())


def test_remit_lesson_wants_the_right_agency_and_survives_a_new_book(world, tmp_path):
    book = LessonBook(tmp_path, world)
    book.start("remit")
    data = book.data("remit")
    assert AGENCY not in data["right"] and data["tracking"]
    assert not book.check()  # nothing done yet
    wrong = next(a for a in ("kepri-disdukcapil", "kepri-dlh") if a not in data["right"])
    _act(world, data["target"], ActionKind.BUKAN_WEWENANG, reason="Bukan urusan kami.",
         suggested_agency=wrong)
    assert not book.check() and not book.is_done("remit")
    # Restarted: a new misdirected report, answered with the right agency.
    book.restart()
    again = book.data("remit")
    assert again["target"] != data["target"]
    _act(world, again["target"], ActionKind.BUKAN_WEWENANG, reason="Kewenangan provinsi.",
         suggested_agency=again["right"][0])
    assert book.check() and book.is_done("remit") and book.current is None
    # A new book on the same folder (the next run) knows it, with its dates.
    reopened = LessonBook(tmp_path, world)
    assert reopened.is_done("remit") and reopened.done_count() == 1
    (record,) = reopened.records()
    assert record.key == "remit" and record.done_at >= record.started_at


def test_reply_lesson_needs_the_acknowledgement_on_that_complaint(world, tmp_path):
    now = dt.datetime.now(dt.UTC)
    from lapor_desktop.server.simulate import dispose_outside_remit

    # A followed-up complaint of the agency for the simulated reporter to answer.
    cid, _tracking, _right = dispose_outside_remit(world.db, AGENCY, now, WorkingCalendar())
    _act(world, cid, ActionKind.FOLLOW_UP, text="Laporan sedang kami tangani, terima kasih.")
    book = LessonBook(tmp_path, world)
    book.start("reply")
    data = book.data("reply")
    assert data["target"] == cid
    with world.db.read() as s:
        assert s.get(m.Complaint, cid).status == "ditanggapi_pelapor"
    _act(world, cid, ActionKind.ACKNOWLEDGE_REPLY, text="Terima kasih.")
    # Acknowledged, but no new complete follow-up with evidence yet.
    assert not book.check()
    _act(world, cid, ActionKind.FOLLOW_UP,
         text=f"Menindaklanjuti laporan #{data['tracking']}, jalan diperbaiki besok.")
    assert not book.check()  # incomplete: no unit, no evidence, no official


def test_offline_lesson_takes_the_server_down_and_back_when_work_waits(world, tmp_path):
    now = dt.datetime.now(dt.UTC)
    from lapor_desktop.server.simulate import dispose_outside_remit

    dispose_outside_remit(world.db, AGENCY, now, WorkingCalendar())
    waiting: set[int] = set()
    world.waiting_ops = lambda: set(waiting)
    book = LessonBook(tmp_path, world)
    book.start("offline")
    assert world.downs == ["down"]
    book.resume()  # the next run takes it down again
    assert world.downs == ["down", "down"]
    assert not book.check() and world.downs[-1] == "down"  # nothing waiting yet
    waiting.add(book.data("offline")["target"])
    assert not book.check()  # waiting, not delivered: the server comes back
    assert world.downs[-1] == "up" and book.data("offline")["queued_offline"]
