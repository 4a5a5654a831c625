"""Benchmark: the documented limits checked before work (issue 15 item 6).

python -c "from benchmarks.limits import limits_bench; print(limits_bench(3))"
"""

from __future__ import annotations

import io
import statistics
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path


def _ms(fn: Callable[[], object], runs: int) -> str:
    fn()  # warm up: modules imported, fonts registered
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return f"{statistics.median(samples):8.0f} ms"


def _bomb(path: Path) -> Path:
    """1.6 MB of zip whose sheet unzips to 300 MB."""
    row = ('<row><c t="inlineStr"><is><t>' + "A" * 4000 + "</t></is></c></row>").encode()
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as bomb,
        bomb.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet,
    ):
        for _ in range(300):
            sheet.write(row * 256)
    return path


def _refused(path: Path) -> None:
    from kamdesk.errors import UserError
    from kamdesk.services.prices.price_import import read_sheet

    try:
        read_sheet(path)
    except UserError:
        return
    raise SystemExit("the zip bomb was read")


def limits_bench(runs: int) -> list[tuple[str, str, str]]:
    from benchmarks.documents import sample_proposal
    from kamdesk.domain.sheet import check_sheet, default_mapping
    from kamdesk.reports.documents.proposal import render_proposal

    headers = ("sku", "name", "vat_rate", "base_price")
    same_sku = [("SKU-1", f"Product {n}", "20", "10.00") for n in range(20_000)]
    paragraph = "Deliveries run on Tuesdays; pallets must be wrapped. " * 6000  # 318 000 chars
    doc = replace(sample_proposal(), opening=paragraph)
    # the same with a symbol now and then: each set in Symbola (a font change in the paragraph)
    sentence = "Deliveries run on Tuesdays; pallets must be wrapped. "
    symbols = (sentence * 11 + "Call first 📞 ✅. ") * 530  # 317 000 chars, an emoji per 600
    with_symbols = replace(sample_proposal(), opening=symbols)
    with tempfile.TemporaryDirectory() as tmp:
        bomb = _bomb(Path(tmp) / "bomb.xlsx")
        refused = _ms(lambda: _refused(bomb), runs)
    return [
        ("zip bomb refused (1.6 MB -> 300 MB)", refused, "target < 1 s; was minutes"),
        (
            "20 000 rows of one SKU checked",
            _ms(
                lambda: check_sheet(
                    headers, same_sku, default_mapping(headers), categories=(), price_columns=()
                ),
                runs,
            ),
            "was 71 s and 2.6 GB of text",
        ),
        (
            "proposal, 318 000-char paragraph",
            _ms(lambda: render_proposal(doc, io.BytesIO()), runs),
            "was ~20 s (quadratic)",
        ),
        (
            "the same, an emoji per 600 chars",
            _ms(lambda: render_proposal(with_symbols, io.BytesIO()), runs),
            "reportlab's mixed-font lines: ~3x",
        ),
    ]
