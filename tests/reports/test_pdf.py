"""The shared PDF engine: fonts, page numbers, repeated table headers, invariance, escaping."""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable, PageBreak, Paragraph

from kamdesk.reports.pdf import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    NNBSP,
    Cell,
    build_pdf,
    content_width,
    data_table,
    esc,
    format_date,
    format_money,
    format_percent,
    format_time,
    para,
    styles,
)

CYRILLIC = "ООО «Северсталь-Снаб», Пётр Иванович, ёжик"
LATIN = "Kovács Ödön Győző · Əliyev Şəhriyar · Çağrı · à la carte, è, ű, ő"


def render(story: list[Flowable], **kwargs: object) -> bytes:
    out = io.BytesIO()
    options: dict[str, object] = {"title": "Test", **kwargs}
    build_pdf(out, story, **options)  # type: ignore[arg-type]
    return out.getvalue()


def pages_text(pdf: bytes) -> list[str]:
    """Extracted text per page, every run of white space (narrow, no-break) made one space."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def font_names(pdf: bytes) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


def test_cyrillic_and_extended_latin_survive_in_every_face() -> None:
    st = styles()
    pdf = render(
        [
            para(CYRILLIC, st.title),
            para(LATIN),
            Paragraph(f"<b>{esc(CYRILLIC)}</b> and <i>{esc(LATIN)}</i>", st.body),
        ]
    )
    (text,) = pages_text(pdf)
    assert text.count(CYRILLIC) == 2
    assert text.count(LATIN) == 2
    # the family is embedded, and <b>/<i> reach the bold and oblique faces
    embedded = {name.split("+")[-1] for name in font_names(pdf)}
    assert {FONT, FONT_BOLD, FONT_ITALIC} <= embedded


def test_every_page_says_page_x_of_y() -> None:
    story: list[Flowable] = []
    for chapter in range(3):
        story += [para(f"Chapter {chapter}"), PageBreak()]
    story.append(para("The end"))
    pages = pages_text(render(story, footer="kamdesk · Test GmbH"))
    assert len(pages) == 4
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of 4" in text
        assert "kamdesk · Test GmbH" in text


def test_header_text_or_function_per_page() -> None:
    story: list[Flowable] = [para("one"), PageBreak(), para("two")]
    fixed = pages_text(render(story, header="Client · Subject"))
    assert all("Client · Subject" in text for text in fixed)

    def later_pages_only(page: int, pages: int) -> str:
        return "" if page == 1 else f"Running head {page}/{pages}"

    varying = pages_text(render(story, header=later_pages_only))
    assert "Running head" not in varying[0]
    assert "Running head 2/2" in varying[1]


def test_table_header_repeats_on_every_page() -> None:
    rows = [[f"SKU-{i:03d}", f"Product number {i}", "t"] for i in range(150)]
    table = data_table(["Article", "Description", "Unit"], rows, [70, 200, 40])
    pdf = render([para("Price list"), table])
    pages = pages_text(pdf)
    assert len(pages) >= 2
    for text in pages:
        assert "Article Description Unit" in text
    # every row printed once, none lost at a page break
    everything = " ".join(pages)
    assert all(everything.count(f"SKU-{i:03d} ") == 1 for i in range(150))
    # nothing falls back to an unembedded base font
    assert {name.split("+")[-1] for name in font_names(pdf)} <= {FONT, FONT_BOLD, FONT_ITALIC}


def test_short_rows_stay_whole_across_pages() -> None:
    def card(i: int) -> list[Cell]:
        lines: list[Flowable] = [para(f"R{i}-{n}", styles().cell) for n in range(7)]
        return [f"Card {i}", lines]  # text, and a list of flowables, as the brief's people

    rows = [card(i) for i in range(40)]
    pages = pages_text(render([data_table(None, rows, [80, 300])]))
    assert len(pages) >= 2
    for i in range(40):
        holding = [n for n, text in enumerate(pages) if f"R{i}-" in text]
        assert len(holding) == 1, f"row {i} cut across pages {holding}"


def test_a_cell_taller_than_a_page_splits_instead_of_failing() -> None:
    long_text = " ".join(f"word{i}" for i in range(3000))
    table = data_table(["Label", "Text"], [["Agenda", long_text]], [60, content_width() - 60])
    pages = pages_text(render([table]))
    assert len(pages) >= 2
    assert "word2999" in pages[-1]


def test_invariant_mode_gives_identical_bytes(tmp_path: Path) -> None:
    def story() -> list[Flowable]:
        rows = [[f"A{i}", LATIN, format_money(Decimal(i) * 1000, "EUR")] for i in range(60)]
        return [para(CYRILLIC, styles().title), data_table(["a", "b", "c"], rows, [40, 300, 90])]

    first = render(story(), invariant=True, header="Head", footer="Foot")
    second = render(story(), invariant=True, header="Head", footer="Foot")
    assert first == second
    # and to a path as well as to a file object
    path = tmp_path / "out.pdf"
    build_pdf(path, story(), title="Test", invariant=True, header="Head", footer="Foot")
    assert path.read_bytes() == first


def test_user_text_with_markup_characters_prints_literally() -> None:
    nasty = 'Price < 100 & margin > 5 % <b>not bold</b> <font size="40"> "quoted" \'single\''
    rows = [[nasty, "a&b", "<>"]]
    pdf = render(
        [
            para(nasty),
            Paragraph(f"<b>{esc(nasty)}</b>", styles().body),
            data_table(None, rows, [300, 60, 60]),
        ],
        header=nasty,
        title=nasty,
    )
    (text,) = pages_text(pdf)
    assert text.count(nasty) == 4  # body, bold, table cell, header line
    assert "a&b" in text
    assert PdfReader(io.BytesIO(pdf)).metadata.title == nasty  # type: ignore[union-attr]


def test_line_breaks_in_user_text_are_kept() -> None:
    (text,) = [
        page.extract_text()
        for page in PdfReader(io.BytesIO(render([para("one\ntwo\r\nthree")]))).pages
    ]
    assert text.splitlines()[:3] == ["one", "two", "three"]


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        (Decimal("12345.6"), "EUR", f"12{NNBSP}345.60{NNBSP}EUR"),
        (Decimal("1234567.891"), "RUB", f"1{NNBSP}234{NNBSP}567.89{NNBSP}RUB"),
        (Decimal("0.005"), "USD", f"0.01{NNBSP}USD"),  # half up, as money rounds
        (Decimal("-999.5"), "AZN", f"-999.50{NNBSP}AZN"),
        (Decimal("-1000"), "", f"-1{NNBSP}000.00"),
    ],
)
def test_money_groups_thousands_with_a_narrow_no_break_space(
    amount: Decimal, currency: str, expected: str
) -> None:
    assert format_money(amount, currency) == expected


def test_money_stays_on_one_line_in_a_cell() -> None:
    amount = format_money(Decimal("1234567.8"), "EUR")
    table = data_table(None, [[f"Total due {amount} by Friday"]], [110])
    (text,) = [page.extract_text() for page in PdfReader(io.BytesIO(render([table]))).pages]
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "1 234 567.80 EUR" in " ".join(lines)
    assert any("1 234 567.80 EUR" in line for line in lines)


def test_dates_times_and_percentages() -> None:
    assert format_date(date(2026, 11, 24)) == "Tue 24 Nov 2026"
    assert format_date(date(2027, 1, 3)) == "Sun 3 Jan 2027"
    moment = datetime(2026, 11, 24, 9, 5, tzinfo=timezone(timedelta(hours=4)))
    assert format_time(moment) == "09:05"
    assert format_time(time(17, 30)) == "17:30"
    assert format_percent(Decimal("12.345")) == f"12.3{NNBSP}%"
    assert format_percent(Decimal("12.35"), signed=True) == f"+12.4{NNBSP}%"
    assert format_percent(Decimal("-3.04"), signed=True) == f"-3.0{NNBSP}%"
