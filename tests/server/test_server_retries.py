"""Two exchanges meeting on the server: a fixed interleaving, no sleeps and no racing threads.

A reads the change counter, B changes it and commits, A writes it: PostgreSQL refuses A's
write (SQLSTATE 40001) under SERIALIZABLE, and `with_retries` gets A through on its second
attempt, which reads B's counter."""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from kamdesk.db.server import make_server_engine
from kamdesk.services.server.connect import (
    WRITER_LOCK,
    ServerFailed,
    with_retries,
    writer_queue,
)

COUNTER = "SELECT value FROM sync_meta WHERE key = 'seq'"


def _bump(session: Session) -> None:
    session.execute(
        text(
            "UPDATE sync_meta SET value = CAST(CAST(value AS integer) + 1 AS text) "
            "WHERE key = 'seq'"
        )
    )


def _serializable(url: str) -> tuple[Engine, Engine]:
    engine = make_server_engine(url)
    return engine, engine.execution_options(isolation_level="SERIALIZABLE")


def test_a_write_into_what_another_read_fails_it_and_the_retry_gets_through(
    pg_url: str,
) -> None:
    base, engine = _serializable(pg_url)
    try:
        with Session(engine) as s:
            s.execute(text("INSERT INTO sync_meta(key, value) VALUES ('seq', '0')"))
            s.commit()
        attempts: list[str] = []

        def attempt() -> str:
            with Session(engine) as a:
                try:
                    seen = a.execute(text(COUNTER)).scalar_one()
                    if not attempts:  # B commits between A's read and A's write
                        with Session(engine) as b:
                            _bump(b)
                            b.commit()
                    attempts.append(seen)
                    _bump(a)
                    a.commit()
                except Exception as exc:
                    a.rollback()
                    raise ServerFailed(exc) from exc
                return str(seen)

        assert with_retries(attempt, sleep=lambda _: None) == "1"
        assert attempts == ["0", "1"]  # the first saw 0 and failed; the second saw B's 1
        with Session(engine) as s:
            assert s.execute(text(COUNTER)).scalar_one() == "2"
    finally:
        base.dispose()


def test_writers_queue_one_behind_the_other(pg_url: str) -> None:
    base, _ = _serializable(pg_url)
    take = text("SELECT pg_try_advisory_lock(:k)")
    try:
        with writer_queue(base), base.connect() as other:
            assert other.execute(take, {"k": WRITER_LOCK}).scalar_one() is False
        with base.connect() as other:  # released when the exchange is over
            assert other.execute(take, {"k": WRITER_LOCK}).scalar_one() is True
    finally:
        base.dispose()
