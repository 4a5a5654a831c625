"""A laptop's connection to the team server: what URLs it accepts, and the retries."""

from __future__ import annotations

import pytest

from kamdesk.errors import UserError
from kamdesk.services.server.connect import (
    ATTEMPTS,
    ServerBusy,
    ServerFailed,
    sqlstate,
    sync_url,
    with_retries,
)


def test_a_password_in_the_url_is_refused_and_never_shown() -> None:
    for url in (
        "postgresql://anna:s3cret@db.example.com/kamdesk",
        "postgresql://anna@db.example.com/kamdesk?password=s3cret",
    ):
        with pytest.raises(UserError, match="pgpass") as caught:
            sync_url(url)
        assert "s3cret" not in str(caught.value)


def test_another_machine_is_reached_only_with_its_certificate_checked() -> None:
    url = sync_url("postgresql://anna@db.example.com/kamdesk")
    assert url.query["sslmode"] == "verify-full"
    assert sync_url("postgresql://anna@db.example.com/kamdesk?sslmode=verify-full")
    for weak in ("disable", "prefer", "require", "verify-ca"):
        with pytest.raises(UserError, match=f"sslmode={weak}"):
            sync_url(f"postgresql://anna@db.example.com/kamdesk?sslmode={weak}")


def test_this_machine_and_service_files_are_left_as_they_say() -> None:
    assert "sslmode" not in sync_url("postgresql://anna@localhost/kamdesk").query
    assert "sslmode" not in sync_url("postgresql://anna@127.0.0.1:5433/kamdesk").query
    assert "sslmode" not in sync_url("postgresql:///kamdesk?host=/run/postgresql").query
    # a service file names the host and the sslmode: checked on the open connection
    assert "sslmode" not in sync_url("postgresql:///?service=kamdesk").query


class _Conflict(Exception):
    sqlstate = "40001"


def test_a_serialization_failure_is_tried_again_with_growing_waits() -> None:
    waits: list[float] = []
    calls = []

    def attempt() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise ServerFailed(_Conflict("could not serialize access"))
        return "done"

    assert with_retries(attempt, sleep=waits.append, jitter=lambda: 0.0) == "done"
    assert waits == [0.1, 0.2]


def test_the_server_stays_busy_after_every_attempt() -> None:
    waits: list[float] = []

    def attempt() -> None:
        raise ServerFailed(_Conflict("could not serialize access"))

    with pytest.raises(ServerBusy, match="busy; nothing was changed"):
        with_retries(attempt, sleep=waits.append, jitter=lambda: 1.0)
    assert len(waits) == ATTEMPTS - 1
    assert waits[0] == pytest.approx(0.15)


def test_other_errors_are_not_retried() -> None:
    class _Denied(Exception):
        sqlstate = "42501"  # insufficient privilege: a bug or a tampered laptop

    calls = []

    def attempt() -> None:
        calls.append(1)
        raise ServerFailed(_Denied("permission denied for table client"))

    with pytest.raises(ServerFailed):
        with_retries(attempt, sleep=lambda _: None)
    assert len(calls) == 1
    assert sqlstate(ValueError("no state")) is None
