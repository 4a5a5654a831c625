"""Benchmark: write and read a 50 000-record sync bundle, encrypted (default scrypt) and clear.

python -c "from benchmarks.sync_bundle import bundle_bench; print(bundle_bench(3))"
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from kamdesk.sync.bundle import BundleHeader, BundleWriter, open_bundle

RECORDS = 50_000


def _header() -> BundleHeader:
    return BundleHeader(
        bundle_id="bench", schema_revision="head", sender="a", recipient="b", kind="full",
        version_vector={"a": RECORDS}, created_at="2026-12-05T00:00:00Z",
    )  # fmt: skip


def _once(folder: Path, encrypt: bool) -> tuple[float, float, int]:
    path = folder / "bench.kamsync"
    passphrase = "benchmark passphrase" if encrypt else None
    t = time.perf_counter()
    with BundleWriter(path, _header(), passphrase=passphrase, encrypt=encrypt) as out:
        for i in range(RECORDS):
            out.add_record(
                "client",
                {"id": f"{i:032x}", "name": f"Client {i} GmbH", "credit": "12500.00", "rev": i},
            )
    written = time.perf_counter() - t
    t = time.perf_counter()
    with open_bundle(path, passphrase, allow_unencrypted=not encrypt) as bundle:
        for _ in bundle:
            pass
    read = time.perf_counter() - t
    return written * 1000, read * 1000, path.stat().st_size


def bundle_bench(runs: int) -> list[tuple[str, str, str]]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for encrypt, label in ((True, "encrypted, scrypt 2^15"), (False, "clear")):
            samples = [_once(Path(tmp), encrypt) for _ in range(runs)]
            size = samples[0][2] / 1e6
            write = statistics.median(s[0] for s in samples)
            read = statistics.median(s[1] for s in samples)
            rows.append((f"sync bundle write, {RECORDS} records", f"{write:8.0f} ms", label))
            rows.append((f"sync bundle read, {RECORDS} records", f"{read:8.0f} ms",
                         f"{label}, {size:.1f} MB"))  # fmt: skip
    return rows
