"""`kamdesk handover --db PATH --client ID --to KAM [--co]` on a file (the same on the team
server as a manager's login: tests/server/test_handover.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from kamdesk.cli import main
from kamdesk.db import Database
from kamdesk.services.clients.assignments import assigned_names
from tests.factories import add_client

pytestmark = pytest.mark.sqlite_only("the command opens a file here (--server: tests/server)")


def _clients(db: Database) -> tuple[str, str]:
    with db.unit_of_work() as s:
        kovacs = add_client(s, "Kovács Kft.", kam="Anna Kovács; Boris Petrov").id
        rossi = add_client(s, "Rossi S.p.A.", kam="Anna Kovács").id
        add_client(s, "Weber GmbH", kam="Elena Morozova")
        return kovacs, rossi


def _states(db: Database) -> int:
    with db.reading() as s:
        found = s.execute(text("SELECT count(*) FROM sync_state WHERE entity = 'client_kam'"))
        return int(found.scalar_one())


def test_clients_handed_over_on_a_file_and_said_so(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    kovacs, rossi = _clients(db)
    before = _states(db)
    args = ["handover", "--db", str(db.path), "--client", kovacs, "--client", rossi]
    assert main([*args, "--to", "Elena Morozova"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "Kovács Kft.: Elena Morozova is the lead KAM; Anna Kovács leaves at their next sync",
        "Rossi S.p.A.: Elena Morozova is the lead KAM; Anna Kovács leaves at their next sync",
    ]
    with db.reading() as s:
        assert assigned_names(s, kovacs) == ["Elena Morozova", "Boris Petrov"]
        assert assigned_names(s, rossi) == ["Elena Morozova"]
    assert _states(db) > before  # edits sync carries
    assert main(["handover", "--db", str(db.path), "--client", rossi, "--to", "boris petrov",
                 "--co"]) == 0  # fmt: skip
    assert capsys.readouterr().out == "Rossi S.p.A.: Boris Petrov joins as a co-KAM\n"


@pytest.mark.parametrize(
    ("to", "co", "said"),
    [
        ("Nobody Known", False, "There is no KAM 'Nobody Known'"),
        ("Anna Kovács", False, "Anna Kovács is already the client's lead KAM"),
        ("Boris Petrov", True, "already one of the client's KAMs"),
    ],
)
def test_a_refused_handover_exits_2_and_writes_nothing(
    db: Database, capsys: pytest.CaptureFixture[str], to: str, co: bool, said: str
) -> None:
    kovacs, _rossi = _clients(db)
    args = ["handover", "--db", str(db.path), "--client", kovacs, "--to", to, *["--co"] * co]
    assert main(args) == 2
    assert said in capsys.readouterr().err
    with db.reading() as s:
        assert assigned_names(s, kovacs) == ["Anna Kovács", "Boris Petrov"]


def test_one_place_is_named_db_or_server(capsys: pytest.CaptureFixture[str]) -> None:
    for args in ([], ["--db", "x.sqlite", "--server", "postgresql://m@h/k"]):
        with pytest.raises(SystemExit):
            main(["handover", *args, "--client", "c", "--to", "k"])
    assert "--db" in capsys.readouterr().err
