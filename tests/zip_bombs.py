"""A zip bomb dressed as a workbook, for the tests of the import limits."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import Workbook

SHEET = "xl/worksheets/sheet1.xml"


def zip_bomb(path: Path, unzipped_mb: int = 300) -> Path:
    """A real workbook whose sheet XML is replaced by `unzipped_mb` MB of one repeated row: a
    file of about 1.6 MB that unzips to hundreds."""
    plain = path.with_name("plain.xlsx")
    book = Workbook()
    book.active.append(["sku", "name", "vat_rate", "base_price"])  # type: ignore[union-attr]
    book.save(plain)
    row = '<row><c t="inlineStr"><is><t>' + "A" * 4000 + "</t></is></c></row>"
    chunk = (row * 256).encode()
    with (
        zipfile.ZipFile(plain) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as bomb,
    ):
        for info in source.infolist():
            if info.filename != SHEET:
                bomb.writestr(info.filename, source.read(info))
        with bomb.open(SHEET, "w", force_zip64=True) as sheet:
            sheet.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/'
                        b'spreadsheetml/2006/main"><sheetData>')  # fmt: skip
            for _ in range(unzipped_mb * 1024 * 1024 // len(chunk)):
                sheet.write(chunk)
            sheet.write(b"</sheetData></worksheet>")
    return path
