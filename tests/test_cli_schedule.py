"""`kamdesk report week --json` and `kamdesk document brief`: the week and a meeting's brief
from the command line."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from kamdesk.cli import main
from kamdesk.db import open_database
from kamdesk.domain.meeting import ITEMS
from kamdesk.models import Contact
from kamdesk.services.schedule.meetings import save_meeting, set_status
from kamdesk.services.schedule.prep_items import save_questions
from kamdesk.services.schedule.records import MeetingData
from tests.factories import add_client


@pytest.fixture
def seeded(tmp_path: Path, migrated_template: Path) -> tuple[Path, str, str]:
    path = tmp_path / "week.sqlite"
    shutil.copyfile(migrated_template, path)  # migrated once per run (tests/conftest.py)
    db = open_database(path, backups=tmp_path / "backups")
    with db.unit_of_work() as s:
        client = add_client(s, "ООО «Ромашка»", address="ул. Ленина 1")
        person = Contact(client_id=client.id, full_name="Əliyev Şəhriyar", form_of_address="Cənab")
        s.add(person)
        s.flush()
        data = MeetingData(
            client_id=client.id,
            subject="Contract renewal",
            start=datetime(2026, 11, 25, 10, 0, tzinfo=UTC),
            duration_min=90,
            location="ул. Ленина 1",
            travel_min=40,
            agenda="1. Prices 2. Volumes",
            contact_ids=(person.id,),
        )
        meeting = save_meeting(s, data)
        save_questions(s, meeting, [(None, "Кто принимает решение?", "")])
        cancelled = save_meeting(
            s,
            MeetingData(**{**data.__dict__, "subject": "Dropped"}),  # type: ignore[arg-type]
        )
        set_status(s, cancelled, "cancelled")
        client_id = client.id
    db.close()
    return path, meeting, client_id


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_report_week_lists_meetings_with_leave_by_and_readiness(
    capsys: pytest.CaptureFixture[str], seeded: tuple[Path, str, str]
) -> None:
    path, meeting, client_id = seeded
    code, out, err = run(
        capsys, "report", "week", "--db", str(path), "--week", "2026-W48", "--json"
    )
    assert code == 0, err
    rows: list[dict[str, Any]] = json.loads(out)
    assert [r["id"] for r in rows] == [meeting]  # the cancelled one is left out
    (row,) = rows
    assert row["client"] == {"id": client_id, "name": "ООО «Ромашка»"}
    start = datetime.fromisoformat(row["start"])
    leave = datetime.fromisoformat(row["leave_by"])
    assert start == datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
    assert (start - leave).total_seconds() == 40 * 60
    assert start.tzinfo is not None  # ISO 8601 with the offset
    assert 0 <= row["readiness"] <= 100
    assert list(row["items"]) == list(ITEMS)
    assert set(row["items"].values()) <= {"ok", "warning", "missing"}
    assert row["items"]["interrupting"] == "warning"  # one question of the three wanted


def test_report_week_of_another_week_is_empty(
    capsys: pytest.CaptureFixture[str], seeded: tuple[Path, str, str]
) -> None:
    path, _, _ = seeded
    code, out, _ = run(capsys, "report", "week", "--db", str(path), "--week", "2026-W50", "--json")
    assert code == 0 and json.loads(out) == []


def test_a_bad_week_is_refused(
    capsys: pytest.CaptureFixture[str], seeded: tuple[Path, str, str]
) -> None:
    path, _, _ = seeded
    with pytest.raises(SystemExit) as exit_:
        main(["report", "week", "--db", str(path), "--week", "2026-W54", "--json"])
    assert exit_.value.code == 2
    assert "2026-W48" in capsys.readouterr().err


def test_document_brief_writes_the_meeting_brief(
    capsys: pytest.CaptureFixture[str], seeded: tuple[Path, str, str], tmp_path: Path
) -> None:
    path, meeting, _ = seeded
    out = tmp_path / "brief.pdf"
    code, _, err = run(
        capsys, "document", "brief", "--db", str(path), "--meeting", meeting, "--out", str(out)
    )
    assert code == 0, err
    reader = PdfReader(out)
    assert 1 <= len(reader.pages) <= 2
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in (
        "ООО «Ромашка»",
        "Contract renewal",
        "Əliyev Şəhriyar",
        "Cənab",
        "Кто принимает решение?",
        # leave by 10:00 UTC less 40 minutes, printed in the machine's local time
        datetime(2026, 11, 25, 9, 20, tzinfo=UTC).astimezone().strftime("%H:%M"),
    ):
        assert expected in text, expected
    assert not list(tmp_path.glob("*.part"))


def test_document_brief_of_an_unknown_meeting_says_so(
    capsys: pytest.CaptureFixture[str], seeded: tuple[Path, str, str], tmp_path: Path
) -> None:
    path, _, _ = seeded
    out = tmp_path / "brief.pdf"
    code, _, err = run(
        capsys, "document", "brief", "--db", str(path), "--meeting", "nope", "--out", str(out)
    )
    assert code == 2
    assert "no longer exists" in err
    assert not out.exists()
