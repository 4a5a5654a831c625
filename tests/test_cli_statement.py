"""`kamdesk document reconciliation` on the demo portfolio: the statement a client signs, in its
language or the one asked for, closing at the ledger's balance; bad input refused with exit 2."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from kamdesk.cli import main
from kamdesk.domain.money import from_minor
from kamdesk.reports.doc_i18n import DocText
from kamdesk.reports.documents.layout import short_date
from kamdesk.reports.documents.statement_text import TEXTS


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    return path


def _busiest(path: Path) -> tuple[str, str, str, int]:
    """The client with the most invoices in the demo's last year: id, legal name, currency and
    its balance (minor units) as the ledger's cache keeps it."""
    c = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = c.execute(
            "SELECT c.id, coalesce(nullif(c.legal_name, ''), c.name), c.currency, b.balance "
            "FROM invoice i JOIN client c ON c.id = i.client_id "
            "JOIN client_balance b ON b.client_id = c.id "
            "WHERE i.issue_date >= '2025-12-01' AND i.deleted_at IS NULL "
            "GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1"
        ).fetchone()
    finally:
        c.close()
    assert row is not None
    return str(row[0]), str(row[1]), str(row[2]), int(row[3])


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _text(pdf: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)


@pytest.mark.parametrize("language", ["ru", "en", "hu", "it", "az"])
def test_the_statement_of_the_busiest_client_closes_at_its_balance(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path, language: str
) -> None:
    client_id, legal_name, currency, balance = _busiest(demo)
    out = tmp_path / f"akt-{language}.pdf"
    code, _, err = run(
        capsys,
        *("document", "reconciliation", "--db", str(demo), "--client", client_id),
        *("--from", "2025-12-01", "--to", "2026-11-30", "--out", str(out), "--lang", language),
    )
    assert code == 0, err
    assert f"written to {out}" in err
    text = _text(out)
    t = DocText(language, currency)
    owed = " ".join(t.amount(abs(from_minor(balance))).split())
    if language == "ru":
        assert "АКТ СВЕРКИ ВЗАИМНЫХ РАСЧЁТОВ" in text
        assert "за период с 01.12.2025 по 30.11.2026" in text
        assert f"Сальдо конечное {' '.join(t.money(from_minor(balance)).split())}" in text
        assert f"составляет {owed}" in text
    elif language == "en":
        assert "for the period from 01/12/2025 to 30/11/2026" in text
        assert f"Closing balance {' '.join(t.money(from_minor(balance)).split())}" in text
        assert f"owes {' '.join(legal_name.split())}" in text or f"{legal_name} owes" in text
        assert owed in text
    else:  # the language's own title, period, closing balance and who owes what
        words = TEXTS[language]
        assert " ".join(t.upper(words["title"]).split()) in text
        start, end = (short_date(date(2025, 12, 1), t), short_date(date(2026, 11, 30), t))
        assert (
            " ".join(words["period"].split("{company}")[0].format(start=start, end=end).split())
            in text
        )
        assert f"{words['closing']} {' '.join(t.money(from_minor(balance)).split())}" in text
        assert owed in text
    assert len(PdfReader(out).pages) > 1


def test_the_clients_own_document_language_by_default(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    c = sqlite3.connect(demo)
    try:
        (client_id,) = c.execute(
            "SELECT client_id FROM client_balance JOIN client c ON c.id = client_id "
            "WHERE c.document_language = 'ru' ORDER BY client_id LIMIT 1"
        ).fetchone()
    finally:
        c.close()
    out = tmp_path / "akt.pdf"
    code, _, err = run(
        capsys,
        *("document", "reconciliation", "--db", str(demo), "--client", str(client_id)),
        *("--from", "2026-01-01", "--to", "2026-06-30", "--out", str(out)),
    )
    assert code == 0, err
    assert "за период с 01.01.2026 по 30.06.2026" in _text(out)


def test_bad_input_is_refused_with_exit_2_and_no_file(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    client_id = _busiest(demo)[0]
    out = tmp_path / "akt.pdf"
    base = ("document", "reconciliation", "--db", str(demo))
    period = ("--from", "2026-01-01", "--to", "2026-11-30")

    code, _, err = run(capsys, *base, "--client", "no-such-client", *period, "--out", str(out))
    assert (code, err.strip()) == (2, "kamdesk: There is no client with the id 'no-such-client'.")

    code, _, err = run(
        capsys,
        *base,
        *("--client", client_id, "--from", "2026-12-01", "--to", "2026-11-30"),
        *("--out", str(out)),
    )
    assert code == 2
    assert err.startswith("kamdesk: --from 2026-12-01 is after --to 2026-11-30")

    a_file = tmp_path / "a-file.txt"
    a_file.write_text("not a folder", encoding="utf-8")
    code, _, err = run(
        capsys, *base, "--client", client_id, *period, "--out", str(a_file / "akt.pdf")
    )
    assert code == 2
    assert err.startswith(f"kamdesk: cannot write {a_file / 'akt.pdf'}")

    code, _, err = run(capsys, *base, "--client", client_id, *period, "--out", str(tmp_path))
    assert code == 2
    assert "it is a folder" in err

    assert not out.exists()
    assert list(tmp_path.glob("*.part")) == []
