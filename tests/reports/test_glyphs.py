"""Every glyph prints in the PDFs: per-character font fallback (kamdesk.reports.glyphs).

The five languages' letters stay in DejaVu; symbols and emoji DejaVu lacks print in Symbola
and in nothing else; a character no font has prints as U+FFFD, never as an empty box; the text
a reader copies out of the PDF is the text that went in (emoji too).
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, PageBreak, Paragraph

from kamdesk.reports import FONTS_DIR, SYMBOLS_FILE, glyphs
from kamdesk.reports.documents import render_proposal
from kamdesk.reports.pdf import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    FONT_SYMBOLS,
    build_pdf,
    data_table,
    esc,
    fallback,
    para,
    styles,
    text_width,
)
from tests.reports.test_documents import make_proposal

LETTERS = "Kecskemét ő ű, Gəncə ə ğ ş ç, città à, ёлка №5"
SYMBOLS = "☎ ✓ ★ → 📞 ✅"
SAMPLE = f"{LETTERS}, {SYMBOLS}"
NEEDS_SYMBOLA = "📞✅🙂⭐₼❌"  # DejaVu has none of these
NOWHERE = "\U000f0000"  # private use, plane 15: no font has it


def render(story: list[Flowable], **kwargs: Any) -> bytes:
    out = io.BytesIO()
    build_pdf(out, story, title="Glyphs", **kwargs)
    return out.getvalue()


def text_by_font(pdf: bytes) -> list[tuple[str, str]]:
    """(font, text) for every piece of text the pages show, the font without its subset tag."""
    shown: list[tuple[str, str]] = []

    def visit(text: str, _cm: Any, _tm: Any, font: Any, _size: Any) -> None:
        if text.strip() and font is not None:
            shown.append((str(font["/BaseFont"]).split("+")[-1], text))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return shown


def chars_in(shown: list[tuple[str, str]], font: str) -> set[str]:
    return {c for name, text in shown if name == font for c in text if not c.isspace()}


def glyph_map(font: str) -> Callable[[str], bool]:
    cmap = pdfmetrics.getFont(font).face.charToGlyph
    return lambda c: ord(c) in cmap


# ---------------------------------------------------------------- the pure split


@st.composite
def chains(draw: st.DrawFn) -> tuple[glyphs.Fallback, list[set[int]]]:
    """Up to four fonts over a small alphabet, each covering some of it."""
    alphabet = list(range(0x61, 0x6B))  # a..j
    cmaps = draw(st.lists(st.sets(st.sampled_from(alphabet)), min_size=1, max_size=4))
    return glyphs.Fallback([(f"F{i}", cmap) for i, cmap in enumerate(cmaps)]), cmaps


@given(chains(), st.text(alphabet="abcdefghij\n\t\x7f", max_size=60))
def test_runs_rejoin_and_each_font_has_its_glyphs(
    chain_and_cmaps: tuple[glyphs.Fallback, list[set[int]]], text: str
) -> None:
    chain, cmaps = chain_and_cmaps
    runs = chain.runs(text)
    assert "".join(part for _, part in runs) == text
    assert chain.covers(text) == all(font == chain.base for font, _ in runs)
    assert all(part for _, part in runs) or runs == [(chain.base, "")]
    # runs are as long as they can be: neighbours differ in font
    assert all(a[0] != b[0] for a, b in itertools.pairwise(runs))
    for font, part in runs:
        for c in part:
            having = [i for i, cmap in enumerate(cmaps) if ord(c) in cmap]
            if c in "\n\t\x7f":  # controls stay with the text's own font
                assert font == chain.base
            elif font is None:
                assert not having
            else:  # the first font of the chain that has it
                assert font == f"F{having[0]}"


@given(st.text(alphabet=LETTERS + SYMBOLS + NEEDS_SYMBOLA + NOWHERE + "<&>\n\ufe0f", max_size=80))
def test_the_real_chain_sets_each_character_in_a_font_that_has_it(text: str) -> None:
    chain = fallback()
    has = {FONT: glyph_map(FONT), FONT_SYMBOLS: glyph_map(FONT_SYMBOLS)}
    family = [glyph_map(face) for face in (FONT, FONT_BOLD, FONT_ITALIC)]
    runs = chain.runs(text)
    assert "".join(part for _, part in runs) == text
    assert chain.covers(text) == all(font == "" for font, _ in runs)
    for font, part in runs:
        for c in part:
            if font == "":  # the text's own face, whichever of the three
                assert c == "\n" or all(face(c) for face in family)
            elif font is None:
                assert not any(check(c) for check in has.values())
            else:
                assert has[font](c)


def test_letters_stay_in_dejavu_and_symbols_go_to_symbola() -> None:
    chain = fallback()
    assert chain.covers(LETTERS)
    assert chain.runs("Call 📞 now ✅") == [
        ("", "Call "),
        (FONT_SYMBOLS, "📞"),
        ("", " now "),
        (FONT_SYMBOLS, "✅"),
    ]
    assert glyphs.shown((None, f"{NOWHERE}\ufe0e\U000e0067")) == "\ufffd"  # selectors unseen


def test_markup_escapes_every_run() -> None:
    markup = esc("<b>R&D</b> 📞 & ✅\nnext")
    assert markup == (
        '&lt;b&gt;R&amp;D&lt;/b&gt; <font name="Symbola">📞</font> &amp; '
        '<font name="Symbola">✅</font><br/>next'
    )
    frags = Paragraph(markup, styles().body).frags
    assert "".join(f.text for f in frags) == "<b>R&D</b> 📞 & ✅next"


def test_width_counts_the_fallback_font() -> None:
    size = 10
    symbola = pdfmetrics.stringWidth("📞", FONT_SYMBOLS, size)
    assert text_width("a📞", FONT, size) == pdfmetrics.stringWidth("a", FONT, size) + symbola


# ---------------------------------------------------------------- in a PDF


def test_the_sample_prints_in_dejavu_with_symbols_in_symbola() -> None:
    st_ = styles()
    pdf = render(
        [
            para(SAMPLE),
            Paragraph(f"<b>{esc(SAMPLE)}</b>", st_.body),
            Paragraph(f"<i>{esc(SAMPLE)}</i>", st_.body),
            para(f"Never a box: {NOWHERE} 🙂 ⭐ ₼"),
        ],
        header=f"Header {SYMBOLS}",
        footer="Footer 🙂",
    )
    shown = text_by_font(pdf)
    text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )
    assert text.count(SAMPLE) == 3  # body, bold, italic: the text comes back, emoji and all
    assert f"Header {SYMBOLS}" in text and "Footer 🙂" in text
    assert "Never a box: \ufffd 🙂 ⭐ ₼" in text
    assert "\x00" not in text  # no notdef glyph anywhere
    # Symbola only for what DejaVu lacks; every letter in a DejaVu face
    assert chars_in(shown, FONT_SYMBOLS) == set("📞✅🙂⭐₼")
    letters = {c for c in LETTERS if not c.isspace()}
    assert letters <= chars_in(shown, FONT)
    assert letters <= chars_in(shown, FONT_BOLD)
    assert letters <= chars_in(shown, FONT_ITALIC)
    assert "\ufffd" in chars_in(shown, FONT)
    assert {name for name, _ in shown} == {FONT, FONT_BOLD, FONT_ITALIC, FONT_SYMBOLS}


def test_symbola_is_embedded_only_when_used() -> None:
    def embedded(pdf: bytes) -> set[str]:
        names = set()
        for page in PdfReader(io.BytesIO(pdf)).pages:
            for ref in page["/Resources"]["/Font"].values():
                font = ref.get_object()
                assert "/FontFile2" in font["/FontDescriptor"]  # embedded, not referenced
                names.add(str(font["/BaseFont"]).split("+")[-1])
        return names

    assert embedded(render([para(LETTERS)])) == {FONT}
    assert embedded(render([para(SAMPLE)])) == {FONT, FONT_SYMBOLS}


def test_a_plain_table_cell_with_a_symbol_is_set_as_a_paragraph() -> None:
    table = data_table(["Client", "Note"], [["Kovács Kft. 📞", "✅ ok"]], [150, 150], plain=[0])
    pdf = render([table, PageBreak(), para("end")])
    shown = text_by_font(pdf)
    assert chars_in(shown, FONT_SYMBOLS) == {"📞", "✅"}
    assert "Kovács Kft. 📞" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_a_document_foot_and_page_label_fall_back_too() -> None:
    """The page foot is drawn on the canvas, cut to fit its width: symbols there as well."""
    doc = make_proposal("en")
    seller = replace(doc.seller, address="Váci út 35 📞 ✅, 1134 Budapest")
    pdf = io.BytesIO()
    render_proposal(replace(doc, seller=seller, buyer=replace(doc.buyer, name="Gəncə 🙂")), pdf)
    reader = PdfReader(io.BytesIO(pdf.getvalue()))
    text = " ".join(reader.pages[-1].extract_text().split())
    assert "Váci út 35 📞 ✅, 1134 Budapest" in text
    assert chars_in(text_by_font(pdf.getvalue()), FONT_SYMBOLS) == {"📞", "✅", "🙂"}

    label = render([para("x")], page_label=lambda page, pages: f"⭐ {page}/{pages}")
    assert "⭐ 1/1" in PdfReader(io.BytesIO(label)).pages[0].extract_text()  # one line


def test_every_bundled_font_ships_with_its_licence() -> None:
    fonts = sorted(FONTS_DIR.glob("*.ttf"))
    assert SYMBOLS_FILE in fonts
    families = [path.stem.removeprefix("LICENSE-") for path in FONTS_DIR.glob("LICENSE-*.txt")]
    for font in fonts:  # DejaVuSans-Bold.ttf under LICENSE-DejaVu.txt
        assert any(font.name.startswith(family) for family in families), font.name
    # the bundle (PyInstaller) takes resources/ whole, the fonts with it
    spec = (Path(__file__).parents[2] / "kamdesk.spec").read_text(encoding="utf-8")
    assert '("resources", "resources")' in spec


@given(st.lists(st.integers(0, 0x10FFFF).filter(lambda c: not 0xD800 <= c <= 0xDFFF), max_size=8))
def test_the_tounicode_map_writes_utf16(codes: list[int]) -> None:
    """Below U+FFFF as reportlab wrote it ("%04X"); above, the surrogate pair a reader decodes."""
    subset = [0, *codes]
    lines = glyphs._tounicode_cmap("F", subset).splitlines()
    pairs = lines[lines.index(f"{len(subset)} beginbfchar") + 1 : lines.index("endbfchar")]
    for i, (line, code) in enumerate(zip(pairs, subset, strict=True)):
        assert line.startswith(f"<{i:02X}> <")
        if code <= 0xFFFF:
            assert line == "<%02X> <%04X>" % (i, code)  # noqa: UP031  # reportlab's own format
        else:
            utf16 = bytes.fromhex(line.split("<")[2].rstrip(">"))
            assert utf16.decode("utf-16-be") == chr(code)
