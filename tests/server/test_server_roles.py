"""`kamdesk server role add`: a person's login, tied to their KAM record, its password sent as a
SCRAM verifier; the login then sees what its group and record give it."""

from __future__ import annotations

import io
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kamdesk.cli import main
from kamdesk.db.scram import verifier
from kamdesk.models import Kam
from tests.factories import add_client
from tests.pg import Cluster

PASSWORD = "correct horse battery"


def _scram_only(cluster: Cluster, login: str) -> None:
    """This login must prove its password over TCP (the rest of the test cluster trusts)."""
    hba = cluster.folder / "data" / "pg_hba.conf"
    line = f"host all {login} 127.0.0.1/32 scram-sha-256\n"
    text = hba.read_text()
    if line not in text:
        hba.write_text(line + text)
        cluster.execute("SELECT pg_reload_conf()")


def test_the_verifier_has_postgresqls_form_and_hides_the_password() -> None:
    made = verifier(PASSWORD, salt=b"0123456789abcdef")
    assert made.startswith("SCRAM-SHA-256$4096:MDEyMzQ1Njc4OWFiY2RlZg==$")
    assert PASSWORD not in made
    assert verifier(PASSWORD) != verifier(PASSWORD)  # a salt of its own each time


def test_a_kam_gets_a_login_that_proves_its_password_and_sees_their_clients(
    pg_cluster: Cluster,
    pg_url: str,
    pg_sessions: sessionmaker[Session],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    with pg_sessions() as s:
        mine = add_client(s, "Kovács Kft.", kam="Anna Kovács").id
        add_client(s, "Rossi S.p.A.", kam="Boris Petrov")
        s.commit()
    login = f"anna_{tmp_path.name[-6:].lower().replace('-', '_')}"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["server", "role", "add", "--url", pg_url, "--login", login,
                 "--kam", "anna  kovács"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert f"made the login {login}" in out and "Anna Kovács" in out
    assert f"hostssl {pg_url.rsplit('/', 1)[1]} {login} 0.0.0.0/0 scram-sha-256" in out
    assert PASSWORD not in out
    with pg_sessions() as s:
        assert s.scalar(select(Kam.role_name).where(Kam.name == "Anna Kovács")) == login
    _scram_only(pg_cluster, login)
    where = {"host": "127.0.0.1", "port": pg_cluster.port, "dbname": pg_url.rsplit("/", 1)[1]}
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(user=login, password="wrong password!", **where).close()
    with psycopg.connect(user=login, password=PASSWORD, **where) as anna:
        assert [r[0] for r in anna.execute("SELECT id FROM client")] == [mine]


def test_a_bad_login_name_or_short_password_changes_nothing(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["server", "role", "add", "--url", pg_url, "--login", "Anna K",
                 "--kam", "Anna"]) == 2  # fmt: skip
    assert "is not one" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["server", "role", "add", "--url", pg_url, "--login", "anna_x",
                 "--kam", "Anna"]) == 2  # fmt: skip
    assert "at least 12" in capsys.readouterr().err
