"""The command line's bulk output (issue 17): the same bytes as json.dump and csv.writer wrote
them token by token / row by row, now handed to standard output in large pieces."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.cli import main
from kamdesk.cli.output import BulkText, write_json
from kamdesk.db import Database
from kamdesk.services.listing import ENTITIES, _plain, list_records
from kamdesk.services.queries import live

ROOT = Path(__file__).resolve().parents[1]

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=12,
)
records = st.dictionaries(st.text(max_size=8), values, max_size=8)
documents = (
    st.lists(records | values, max_size=6)
    | values
    | st.lists(st.dictionaries(st.integers() | st.booleans() | st.none(), scalars), max_size=3)
)


def dumped(value: Any) -> str:
    out = io.StringIO()
    json.dump(value, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return out.getvalue()


@settings(max_examples=300)
@given(documents, st.integers(min_value=1, max_value=64))
def test_write_json_is_json_dump_to_the_character(value: Any, piece: int) -> None:
    out = io.StringIO()
    stream = BulkText(out, piece)
    write_json(value, stream)
    stream.flush()
    assert out.getvalue() == dumped(value)


def test_write_json_refuses_what_json_refuses() -> None:
    from decimal import Decimal

    with pytest.raises(TypeError):
        json.dumps([{"a": Decimal(1)}])
    with pytest.raises(TypeError):
        write_json([{"a": Decimal(1)}], io.StringIO())


class Counting(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.writes = 0

    def write(self, text: str) -> int:
        self.writes += 1
        return super().write(text)


def test_bulk_text_writes_in_large_pieces() -> None:
    rows = [{"id": str(i), "name": "Név " * 20, "n": i} for i in range(20_000)]
    out = Counting()
    stream = BulkText(out)
    write_json(rows, stream)
    stream.flush()
    assert out.getvalue() == dumped(rows)
    assert 1 <= out.writes <= len(out.getvalue()) // stream.piece + 2


def _orm_records(db: Database, entity: str) -> list[dict[str, Any]]:
    """What `list_records` returned before it read Core rows: the ORM session's rows."""
    build, model = ENTITIES[entity]
    with db.reading() as session:
        return [
            {key: _plain(value) for key, value in row._asdict().items()}
            for row in session.execute(build().where(live(model)))
        ]


@pytest.mark.parametrize("entity", sorted(ENTITIES))
def test_list_prints_what_it_printed_before(
    demo_db: Database, entity: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _orm_records(demo_db, entity)
    assert before, f"the demo has no {entity}"
    with demo_db.reading() as session:
        assert list_records(session, entity) == before
        assert list_records(session, entity, limit=3) == before[:3]
    assert main(["list", entity, "--db", str(demo_db.path), "--json"]) == 0
    assert capsys.readouterr().out == dumped(before)


def test_unbuffered_output_is_the_same_bytes(demo_db: Database, tmp_path: Path) -> None:
    """Standard output to a file, as it is and with PYTHONUNBUFFERED set (a raw file)."""
    outputs = []
    for unbuffered in ("", "1"):
        env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED=unbuffered)
        out = tmp_path / f"orders{unbuffered}.json"
        with out.open("wb") as stdout:
            command = [sys.executable, "-m", "kamdesk", "list", "orders"]
            command += ["--db", str(demo_db.path), "--json"]
            subprocess.run(command, stdout=stdout, env=env, check=True, cwd=tmp_path)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0] == dumped(_orm_records(demo_db, "orders")).encode("utf-8")
