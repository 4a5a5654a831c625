"""A laptop's connection to the team server: credentials, TLS, isolation, retries, the queue.

- No password in a URL: libpq reads it from ~/.pgpass (PGPASSFILE) or a service file
  (`service=kamdesk`), and kamdesk never stores, prints or logs one.
- TLS with the server's certificate checked against its name (`sslmode=verify-full`), except
  on this machine (a Unix socket, localhost): a laptop talks to the server across networks it
  does not control. A URL without sslmode gets verify-full; one asking for less is refused, and
  so is a service file that sets less (checked on the open connection).
- Every exchange is one SERIALIZABLE transaction. Two that touch the same rows, or read what the
  other writes, fail one of them at some statement or at COMMIT with SQLSTATE 40001 (or 40P01, a
  deadlock): `with_retries` runs the whole attempt again, a few times, waiting a little longer
  each time; then says the server is busy. Nothing else is retried.
- Exchanges that write queue on a session advisory lock taken before their transaction begins
  (one taken inside would come after the snapshot the transaction reads): each then reads what
  the one before it committed, and the counter every write bumps is no hot spot.
"""

from __future__ import annotations

import contextlib
import random
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import URL

from kamdesk import __version__
from kamdesk.db.server import make_server_engine, server_url, shown
from kamdesk.errors import StorageError, UserError
from kamdesk.messages import _

T = TypeVar("T")

RETRIED = frozenset({"40001", "40P01"})  # serialization failure, deadlock
ATTEMPTS = 5
FIRST_WAIT = 0.1  # seconds; doubled each time, plus up to half again at random
LOCAL_HOSTS = frozenset({"", "localhost", "127.0.0.1", "::1"})
# pg_advisory_lock's key for "an exchange is writing": any fixed 64-bit number of our own
WRITER_LOCK = 0x6B616D6465736B  # 'kamdesk'


class ServerBusy(UserError):
    """Every attempt met another exchange; nothing was changed."""

    def __init__(self) -> None:
        super().__init__(_("The team server is busy; nothing was changed. Try again in a minute."))


class ServerFailed(Exception):
    """A server statement failed inside a laptop's unit of work (which would otherwise take it
    for the laptop file's own error): carries the SQLSTATE for `with_retries`."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(getattr(error, "orig", error)))
        self.sqlstate = sqlstate(error)
        self.error = error


def sqlstate(error: BaseException | None) -> str | None:
    """The SQLSTATE of a server error (psycopg's, through SQLAlchemy's wrapper and causes)."""
    seen = 0
    while error is not None and seen < 8:
        if isinstance(error, ServerFailed):
            return error.sqlstate
        state = getattr(getattr(error, "orig", None), "sqlstate", None) or getattr(
            error, "sqlstate", None
        )
        if isinstance(state, str):
            return state
        error = error.__cause__ or error.__context__
        seen += 1
    return None


def with_retries(
    attempt: Callable[[], T],
    *,
    sleep: Callable[[float], Any] = time.sleep,
    jitter: Callable[[], float] = random.random,
) -> T:
    """Run `attempt` (which rolls back all it did when it raises) until it gets through a
    serialization failure or a deadlock; ServerBusy after ATTEMPTS tries."""
    for n in range(ATTEMPTS):
        try:
            return attempt()
        except Exception as exc:
            if sqlstate(exc) not in RETRIED:
                raise
            if n == ATTEMPTS - 1:
                raise ServerBusy() from exc
            sleep(FIRST_WAIT * 2**n * (1 + 0.5 * jitter()))
    raise AssertionError("unreachable")


def sync_url(text_url: str) -> URL:
    """The URL a laptop may sync with; UserError for a password in it or a weak sslmode."""
    url = server_url(text_url)
    if url.password is not None or "password" in url.query:
        raise UserError(
            _(
                "Do not put the password in the server's URL: keep it in ~/.pgpass (on Windows "
                "%APPDATA%\\postgresql\\pgpass.conf) or in a service file, where libpq reads it."
            )
        )
    mode = url.query.get("sslmode")
    if not _local(url.host or _query_host(url)):
        if mode is None and "service" not in url.query:
            url = url.update_query_dict({"sslmode": "verify-full"})
        elif mode is not None and mode != "verify-full":
            raise _weak_tls(url, str(mode))
    return url


def _query_host(url: URL) -> str:
    host = url.query.get("host", "")
    return host if isinstance(host, str) else host[0]


def _local(host: str) -> bool:
    return host in LOCAL_HOSTS or host.startswith("/")


def _weak_tls(url: URL | str, mode: str) -> UserError:
    return UserError(
        _(
            "{url} asks for sslmode={mode}: kamdesk syncs only over TLS with the server's "
            "certificate checked (sslmode=verify-full, with sslrootcert naming the team's "
            "certificate authority)."
        ).format(url=shown(url), mode=mode)
    )


def check_tls(conn: Connection, url: URL) -> None:
    """Refuse a connection to another machine that is not verify-full (a service file can
    weaken what the URL left open)."""
    info = conn.connection.driver_connection.info  # type: ignore[union-attr]
    if _local(info.host or ""):
        return
    mode = info.get_parameters().get("sslmode", "prefer")
    if mode != "verify-full":
        raise _weak_tls(url, mode)


def sync_engine(url: URL, replica_id: str) -> Engine:
    """An engine whose transactions are SERIALIZABLE, naming this laptop to the server's
    administrators (pg_stat_activity)."""
    engine = make_server_engine(url, application_name=f"kamdesk/{__version__}/{replica_id}")
    return engine.execution_options(isolation_level="SERIALIZABLE")


@contextlib.contextmanager
def writer_queue(engine: Engine) -> Iterator[None]:
    """Wait for the exchanges writing before this one (a session advisory lock, on a connection
    of its own, taken before the exchange's transaction begins)."""
    with engine.connect() as lock:
        lock.execution_options(isolation_level="AUTOCOMMIT")
        try:
            lock.execute(text("SELECT pg_advisory_lock(:k)"), {"k": WRITER_LOCK})
        except Exception as exc:
            raise StorageError(
                _("The team server did not answer: {reason}").format(reason=exc)
            ) from exc
        try:
            yield
        finally:
            lock.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": WRITER_LOCK})
