"""A bundle streams: writing or reading 50 000 records holds about a chunk, not the payload."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kamdesk.sync.bundle import BundleRecord, BundleWriter, open_bundle
from tests.sync.bundles import PASSPHRASE, QUICK, header

RECORDS = 50_000
BOUND = 2 << 20  # generous (a chunk is 64 KiB), and well under the 5 MB payload


def clients() -> Iterator[dict[str, Any]]:
    for i in range(RECORDS):
        yield {"id": f"{i:032x}", "name": f"Client {i} GmbH", "credit": "12500.00", "rev": i}


def test_writing_and_reading_50000_records_keeps_memory_bounded(tmp_path: Path) -> None:
    path = tmp_path / "full.kamsync"
    tracemalloc.start()
    try:
        with BundleWriter(path, header(kind="full"), passphrase=PASSPHRASE, kdf=QUICK) as out:
            for record in clients():
                out.add_record("client", record)
        _, written_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        count = 0
        with open_bundle(path, PASSPHRASE) as bundle:
            for item in bundle:
                assert isinstance(item, BundleRecord)
                count += 1
            summary = bundle.summary
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = path.stat().st_size
    assert size > 2 * BOUND, size  # the bound means something only below the payload
    assert written_peak < BOUND, written_peak
    assert read_peak < BOUND, read_peak
    assert count == RECORDS and summary is not None and summary.records == {"client": RECORDS}
