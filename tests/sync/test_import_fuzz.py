"""Bad sync files are refused with a clear message and write nothing (issue 12, "Bad input").

Random bytes, and a valid bundle (Anna's clients, contacts and an order) mutated: a flipped
byte, a cut, chunks dropped, repeated or swapped, header fields changed (this laptop as the
sender, another recipient, a newer schema), records of an unknown entity or field, bad UTF-8,
an oversized value, an order line whose product exists nowhere. Each import into Boris (who
holds data of his own) must raise a UserError (BundleError) with a message, and leave his
digest and `check` as they were.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kamdesk.errors import UserError
from kamdesk.models import Client
from kamdesk.sync.bundle import BundleHeader, BundleRecord, BundleWriter
from tests.factories import add_order
from tests.sync.bundles import chunk_offsets, read
from tests.sync.proof_laptops import Laptop

Records = list[tuple[str, dict[str, Any]]]


@dataclasses.dataclass
class Setup:
    folder: Path
    boris: Laptop
    header: BundleHeader
    records: Records
    small_chunks: bytes  # the valid bundle, rewritten in 1 KiB chunks
    before: tuple[list[str], list[str]]


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Iterator[Setup]:
    folder = tmp_path_factory.mktemp("fuzz")
    registry = folder / "replicas.json"
    anna = Laptop(folder, "anna", migrated_template, registry)
    boris = Laptop(folder, "boris", migrated_template, registry)
    try:
        for i in range(6):
            client = anna.create_client({"name": f"Client {i}", "city": "Riga"})
            anna.add_contact(client, f"Contact {i}")
        with anna.db.unit_of_work() as session:
            add_order(session, session.get_one(Client, client), [("2", "10.00", "0")])
        boris.create_client({"name": "Boris's own", "city": "Tartu"})
        header, items, _ = read(anna.export(folder, None), None, clear=True)
        records = [(i.entity, i.data) for i in items if isinstance(i, BundleRecord)]
        boris.import_(_write(folder / "check.kamsync", header, records))  # valid as written
        boris.close()
        (folder / "boris.sqlite").unlink()
        boris = Laptop(folder, "boris", migrated_template, registry)
        boris.create_client({"name": "Boris's own", "city": "Tartu"})
        small = _write(folder / "small.kamsync", header, records, chunk_size=1024).read_bytes()
        yield Setup(folder, boris, header, records, small, (boris.digest(), boris.check()))
    finally:
        anna.close()
        boris.close()


def _write(path: Path, header: BundleHeader, records: Records, *, chunk_size: int = 1024) -> Path:
    with BundleWriter(path, header, encrypt=False, chunk_size=chunk_size) as out:
        for entity, data in records:
            out.add_record(entity, data)
    return path


def refused(setup: Setup, data: bytes) -> str:
    """Import `data` into Boris: it must be refused with a message, and nothing written."""
    path = setup.folder / "fuzzed.kamsync"
    path.write_bytes(data)
    with pytest.raises(UserError) as caught:
        setup.boris.import_(path)
    message = str(caught.value)
    assert message and "Traceback" not in message and len(message) < 400, message
    assert (setup.boris.digest(), setup.boris.check()) == setup.before
    return message


FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes(setup: Setup, data: bytes) -> None:
    refused(setup, data)


@FUZZ
@given(st.data())
def test_a_valid_bundle_damaged(setup: Setup, data: st.DataObject) -> None:
    good = setup.small_chunks
    chunks = chunk_offsets(good)
    how = data.draw(st.sampled_from(["flip", "cut", "drop", "repeat", "swap", "utf8"]))
    if how == "flip":
        at = data.draw(st.integers(0, len(good) - 1))
        bit = data.draw(st.sampled_from([1, 2, 4, 8, 16, 32, 64, 128]))
        bad = good[:at] + bytes([good[at] ^ bit]) + good[at + 1 :]
    elif how == "cut":
        bad = good[: data.draw(st.integers(0, len(good) - 1))]
    elif how in ("drop", "repeat"):
        start, end = chunks[data.draw(st.integers(0, len(chunks) - 1))]
        bad = good[:start] + (good[start:end] * 2 if how == "repeat" else b"") + good[end:]
    elif how == "swap":
        i, j = sorted(
            data.draw(
                st.lists(st.integers(0, len(chunks) - 1), min_size=2, max_size=2, unique=True)
            )
        )
        (s1, e1), (s2, e2) = chunks[i], chunks[j]
        bad = good[:s1] + good[s2:e2] + good[e1:s2] + good[s1:e1] + good[e2:]
    else:  # a name's bytes made invalid UTF-8
        at = good.index(b"Client 3")
        bad = good[:at] + b"\xff\xfe" + good[at + 2 :]
    refused(setup, bad)


def _header(setup: Setup, **changes: Any) -> Callable[[], Path]:
    return lambda: _write(
        setup.folder / "made.kamsync", dataclasses.replace(setup.header, **changes), setup.records
    )


def _records(setup: Setup, change: Callable[[Records], Records]) -> Callable[[], Path]:
    return lambda: _write(setup.folder / "made.kamsync", setup.header, change(list(setup.records)))


def _edit(entity: str, change: Callable[[dict[str, Any]], None]) -> Callable[[Records], Records]:
    def apply(records: Records) -> Records:
        out: Records = []
        done = False
        for name, data in records:
            if name == entity and not done:
                data = {**data, "v": dict(data["v"])}
                change(data)
                done = True
            out.append((name, data))
        assert done, entity
        return out

    return apply


def _unknown_entity(records: Records) -> Records:
    return [*records, ("widget", {"id": str(uuid.uuid4()), "v": {}})]


def _no_product(data: dict[str, Any]) -> None:
    data["v"]["product_id"] = str(uuid.uuid4())


def _made_files(setup: Setup, boris_id: str) -> dict[str, Callable[[], Path]]:
    return {
        "newer schema": _header(setup, schema_revision="9999"),
        "from this laptop": _header(setup, sender=boris_id),
        "for another laptop": _header(setup, recipient=str(uuid.uuid4()), kind="incremental"),
        "unknown entity": _records(setup, _unknown_entity),
        "unknown field": _records(setup, _edit("client", lambda d: d["v"].update(colour="red"))),
        "oversized value": _records(
            setup, _edit("client", lambda d: d["v"].update(notes="x" * 1_000_001))
        ),
        "bad record": _records(setup, _edit("client", lambda d: d.update(c="nonsense"))),
        "product nowhere": _records(setup, _edit("order_line", _no_product)),
    }


@pytest.mark.parametrize(
    "case",
    [
        "newer schema",
        "from this laptop",
        "for another laptop",
        "unknown entity",
        "unknown field",
        "oversized value",
        "bad record",
        "product nowhere",
    ],
)
def test_a_well_formed_file_with_bad_content(setup: Setup, case: str) -> None:
    path = _made_files(setup, setup.boris.replica)[case]()
    message = refused(setup, path.read_bytes())
    if case == "newer schema":
        assert "newer kamdesk" in message and "9999" in message


def test_the_command_line_says_why_and_exits_2(setup: Setup) -> None:
    path = _made_files(setup, setup.boris.replica)["newer schema"]()
    setup.boris.db.engine.dispose()
    done = subprocess.run(
        [sys.executable, "-m", "kamdesk", "import", "--db", str(setup.boris.path), str(path)],
        capture_output=True,
        text=True,
        env={**os.environ},
        timeout=60,
    )
    assert done.returncode == 2, done
    assert "newer kamdesk" in done.stderr and "Traceback" not in done.stderr
    assert setup.boris.digest() == setup.before[0]
