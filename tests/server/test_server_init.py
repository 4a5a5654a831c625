"""`kamdesk server init` on a real PostgreSQL (tests/pg.py): the migrations reach head, the
schema is the models', a second run is a no-op, and what cannot be done is said clearly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, ForeignKeyConstraint, String, inspect
from sqlalchemy.engine import make_url

from kamdesk.cli import main
from kamdesk.db.search_pg import SEARCH_COLUMN, is_search_object
from kamdesk.db.server import make_server_engine, server_state, shown
from kamdesk.db.stranded import TABLE as STRANDED
from kamdesk.migrations import HEAD
from kamdesk.models import Base
from tests.pg import Cluster, free_port


def _raw(url: str) -> psycopg.Connection:
    return psycopg.connect(url, autocommit=True)


def _revision(url: str) -> str:
    with _raw(url) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert row is not None
    return str(row[0])


def _tables(url: str) -> list[str]:
    with _raw(url) as conn:
        rows = conn.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'public' ORDER BY table_name"
        ).fetchall()
    return [str(name) for (name,) in rows]


# the server's own tables, in no model: the stranded changes (migration 0017) and its index
SERVER_ONLY = frozenset({STRANDED, "stranded_open"})


def _differences(conn: Connection) -> list[object]:
    context = MigrationContext.configure(
        conn,
        opts={
            "compare_type": True,
            "include_name": lambda name, kind, _parent: (
                not (is_search_object(name, kind) or name in SERVER_ONLY)
            ),
        },
    )
    return _not_on_purpose(list(compare_metadata(context, Base.metadata)))


def _fk_key(fk: ForeignKeyConstraint) -> tuple[object, ...]:
    return (
        fk.parent.name,
        tuple(c.name for c in fk.columns),
        fk.referred_table.name,
        tuple(e.column.name for e in fk.elements),
    )


def _not_on_purpose(diffs: list[Any]) -> list[Any]:
    """The differences, but for what migration 0015 (the server's sync) changes on purpose:
    foreign keys DEFERRABLE (an import checks them at COMMIT) and VARCHAR without its length
    (the server takes the longer text a laptop's SQLite keeps)."""
    deferrable = {_fk_key(d[1]) for d in diffs if d[0] == "remove_fk" and d[1].deferrable}
    kept: list[Any] = []
    for diff in diffs:
        if isinstance(diff, list):  # one column's changes
            diff = [
                d for d in diff
                if not (d[0] == "modify_type" and isinstance(d[5], String) and d[5].length is None
                        and isinstance(d[6], String))
            ]  # fmt: skip
            if diff:
                kept.append(diff)
        elif not (diff[0] in ("remove_fk", "add_fk") and _fk_key(diff[1]) in deferrable):
            kept.append(diff)
    return kept


def test_init_creates_the_schema_at_head_on_an_empty_database(
    pg_empty_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _tables(pg_empty_url) == []
    assert main(["server", "init", "--url", pg_empty_url]) == 0
    out = capsys.readouterr().out
    assert f"is now at revision {HEAD}" in out
    assert shown(pg_empty_url) in out
    assert _revision(pg_empty_url) == HEAD


def test_every_table_and_column_of_the_models_is_on_the_server(pg_url: str) -> None:
    engine = make_server_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert server_state(conn) == "current"
            assert _differences(conn) == []  # Alembic's autogenerate sees nothing to add
            seen = inspect(conn)
            for table in Base.metadata.sorted_tables:
                columns = {c["name"] for c in seen.get_columns(table.name)} - {SEARCH_COLUMN}
                assert columns == {c.name for c in table.columns}, table.name
    finally:
        engine.dispose()
    # and nothing the models do not describe but Alembic's own table and the server's own
    assert set(_tables(pg_url)) == {t.name for t in Base.metadata.sorted_tables} | {
        "alembic_version",
        STRANDED,
    }


def test_the_live_only_indexes_are_partial_on_the_server_too(pg_url: str) -> None:
    partial = {
        str(index.name)
        for table in Base.metadata.sorted_tables
        for index in table.indexes
        if index.dialect_options["sqlite"].get("where") is not None
    }
    assert partial  # the models have them (one live row per key, a tombstoned twin aside)
    with _raw(pg_url) as conn:
        rows = conn.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
        ).fetchall()
    definitions = {str(name): str(sql) for name, sql in rows}
    for name in partial:
        assert " WHERE " in definitions[name], definitions[name]


def test_a_second_init_changes_nothing(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with _raw(pg_url) as conn:
        conn.execute("INSERT INTO sync_meta (key, value) VALUES ('kept', 'yes')")
        before = conn.execute("SELECT count(*) FROM pg_class").fetchone()
    assert main(["server", "init", "--url", pg_url]) == 0
    assert f"already at revision {HEAD}; nothing was changed" in capsys.readouterr().out
    with _raw(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM pg_class").fetchone() == before
        assert conn.execute("SELECT value FROM sync_meta WHERE key = 'kept'").fetchone() == ("yes",)
    assert _revision(pg_url) == HEAD


def test_a_server_that_does_not_answer_is_said_so(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"postgresql://kam:s3cret-word@127.0.0.1:{free_port()}/team"
    assert main(["server", "init", "--url", url]) == 2
    err = capsys.readouterr().err
    assert "Cannot connect to the server postgresql://kam@127.0.0.1:" in err
    assert "Connection refused" in err
    assert "s3cret-word" not in err


def test_the_password_is_never_printed(
    pg_empty_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # this test cluster trusts loopback, so a password in the URL is accepted and unused
    with_password = pg_empty_url.replace("postgres@", "postgres:s3cret-word@")
    assert main(["server", "init", "--url", with_password + "?password=other-s3cret"]) == 0
    assert main(["server", "init", "--url", with_password]) == 0
    out = capsys.readouterr()
    assert "s3cret" not in out.out + out.err
    assert out.out.count(shown(pg_empty_url)) == 2


def test_a_database_of_another_program_is_refused_untouched(
    pg_empty_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with _raw(pg_empty_url) as conn:
        conn.execute("CREATE TABLE invoices (no integer PRIMARY KEY, total numeric)")
    assert main(["server", "init", "--url", pg_empty_url]) == 2
    err = capsys.readouterr().err
    assert "is not empty and is not a kamdesk database" in err
    assert "Nothing was changed" in err
    assert _tables(pg_empty_url) == ["invoices"]


def test_a_newer_kamdesks_schema_is_refused_untouched(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with _raw(pg_url) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    assert main(["server", "init", "--url", pg_url]) == 2
    assert "holds the schema of a newer kamdesk" in capsys.readouterr().err
    assert _revision(pg_url) == "0099"


def test_an_url_of_another_database_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["server", "init", "--url", "sqlite:///team.sqlite"]) == 2
    assert "is not a PostgreSQL URL" in capsys.readouterr().err


def test_a_failed_schema_creation_leaves_nothing_behind(
    pg_cluster: Cluster, pg_empty_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # a role that may connect but not create tables: the migrations fail part way through
    pg_cluster.execute("DROP ROLE IF EXISTS kam_reader")
    pg_cluster.execute("CREATE ROLE kam_reader LOGIN")
    with _raw(pg_empty_url) as conn:
        conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    url = pg_empty_url.replace("postgres@", "kam_reader@")
    try:
        assert main(["server", "init", "--url", url]) == 2
        err = capsys.readouterr().err
        assert f"Creating kamdesk's schema on {shown(url)} failed" in err
        assert "permission denied" in err
        assert _tables(pg_empty_url) == []
    finally:
        pg_cluster.execute("DROP ROLE kam_reader")


def test_without_initdb_the_tests_skip_and_say_why(monkeypatch: pytest.MonkeyPatch) -> None:
    import tests.pg

    monkeypatch.setattr(tests.pg, "_program", lambda _name: None)
    with pytest.raises(pytest.skip.Exception, match="install Debian's postgresql package"):
        tests.pg.start_cluster()


def test_a_service_file_names_the_server_without_any_url_details(
    pg_empty_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = make_url(pg_empty_url)
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[kamteam]\nhost={url.host}\nport={url.port}\nuser={url.username}\n"
        f"dbname={url.database}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))  # libpq's own, read through psycopg
    assert main(["server", "init", "--url", "postgresql:///?service=kamteam"]) == 0
    assert "postgresql:///?service=kamteam: kamdesk's schema is now at revision" in (
        capsys.readouterr().out
    )
    assert _revision(pg_empty_url) == HEAD


@pytest.mark.parametrize(
    ("options", "said"),
    [
        ("ENCODING 'LATIN1' LOCALE 'C'", "keeps text as LATIN1 sorted by C"),
        ("ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C'", "sorted by ICU"),
    ],
)
def test_a_database_that_sorts_text_otherwise_than_laptops_is_refused(
    pg_cluster: Cluster, options: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    pg_cluster.execute(f"CREATE DATABASE other_rules TEMPLATE template0 {options}")
    url = pg_cluster.url("other_rules")
    try:
        assert main(["server", "init", "--url", url]) == 2
        err = capsys.readouterr().err
        assert said in err and "kamdesk needs UTF8 sorted byte by byte" in err
        assert "ENCODING 'UTF8' LOCALE 'C'" in err  # how to make one that serves
        assert _tables(url) == []
    finally:
        pg_cluster.execute("DROP DATABASE other_rules WITH (FORCE)")


def test_a_database_in_code_point_order_serves(
    pg_cluster: Cluster, capsys: pytest.CaptureFixture[str]
) -> None:
    pg_cluster.execute("CREATE DATABASE code_points TEMPLATE template0 LOCALE 'C.UTF-8'")
    url = pg_cluster.url("code_points")
    try:
        assert main(["server", "init", "--url", url]) == 0
        assert _revision(url) == HEAD
    finally:
        pg_cluster.execute("DROP DATABASE code_points WITH (FORCE)")


def test_an_older_kamdesk_schema_on_the_server_is_brought_to_head(
    pg_empty_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from kamdesk.db import run_upgrade

    engine = make_server_engine(pg_empty_url)
    try:
        run_upgrade(engine, "0007")  # as an older kamdesk's `server init` left it
    finally:
        engine.dispose()
    assert _revision(pg_empty_url) == "0007"
    assert main(["server", "init", "--url", pg_empty_url]) == 0
    assert f"is now at revision {HEAD}" in capsys.readouterr().out
    assert _revision(pg_empty_url) == HEAD


def test_the_password_comes_from_libpqs_password_file(
    pg_cluster: Cluster,
    pg_empty_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # a role this cluster asks a password of (the others it trusts on loopback)
    hba = pg_cluster.folder / "data" / "pg_hba.conf"
    rules = hba.read_text(encoding="utf-8")
    hba.write_text(f"host all kam_pw 127.0.0.1/32 scram-sha-256\n{rules}", encoding="utf-8")
    pg_cluster.execute("SELECT pg_reload_conf()")
    pg_cluster.execute("CREATE ROLE kam_pw LOGIN PASSWORD 'from-the-file'")
    url = make_url(pg_empty_url)
    pg_cluster.execute(f"ALTER DATABASE {url.database} OWNER TO kam_pw")
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:{url.port}:*:kam_pw:from-the-file\n", encoding="utf-8")
    passfile.chmod(0o600)  # libpq ignores a password file others may read
    plain = pg_empty_url.replace("postgres@", "kam_pw@")
    try:
        monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
        assert main(["server", "init", "--url", plain]) == 2
        refused = capsys.readouterr().err
        assert "Cannot connect to the server" in refused and "password" in refused
        monkeypatch.setenv("PGPASSFILE", str(passfile))
        assert main(["server", "init", "--url", plain]) == 0
        out = capsys.readouterr().out
        assert "is now at revision" in out and "from-the-file" not in out
        assert _revision(pg_empty_url) == HEAD
    finally:
        hba.write_text(rules, encoding="utf-8")
        pg_cluster.execute("SELECT pg_reload_conf()")
        pg_cluster.execute(f"DROP DATABASE {url.database} WITH (FORCE)")
        pg_cluster.execute("DROP ROLE kam_pw")


def test_a_password_with_an_at_sign_in_the_url_is_refused_without_printing_it() -> None:
    from kamdesk.db.server import server_url
    from kamdesk.errors import UserError

    with pytest.raises(UserError) as refused:
        server_url("postgresql://kam:sec@ret@db.example/kamdesk")
    assert "ret" not in str(refused.value) and "sec" not in str(refused.value)
