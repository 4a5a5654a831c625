"""A very long paragraph of user text prints whole and in time linear in its length (issue 15
item 6: a proposal for a client with a 10 MB note ran for minutes); a party's very long
address runs on to the next page instead of failing the layout. Timings: benchmarks/."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from kamdesk.reports.documents.layout import esc, paragraphs
from kamdesk.reports.long_text import CHUNK, cut, pieces
from tests.reports.test_documents import (
    BUYER,
    contract_pages,
    flat,
    make_contract,
    make_proposal,
    proposal_pages,
)

WORDS = "Deliveries to the Cherepovets plant run on Tuesdays. Pallets must be wrapped. "


def long_paragraph(characters: int) -> str:
    """One paragraph, no line break, numbered sentences to find in the pages."""
    out, n = [], 0
    while sum(map(len, out)) < characters:
        n += 1
        out.append(f"Note {n}: {WORDS}")
    return "".join(out).strip()


def test_a_long_opening_prints_every_word_in_order() -> None:
    text = long_paragraph(120_000)
    pages = proposal_pages(make_proposal("en", opening=text))
    printed = " ".join(pages)
    assert len(pages) > 20
    last = text.count("Note ")
    positions = [printed.find(f"Note {n}:") for n in (1, last // 2, last)]
    assert -1 not in positions and positions == sorted(positions)


def test_a_long_paragraph_becomes_pieces_that_read_as_one() -> None:
    style = ParagraphStyle("body", spaceBefore=4, spaceAfter=6, firstLineIndent=12)
    text = long_paragraph(10 * CHUNK)
    flowables = paragraphs(text, style)
    assert len(flowables) >= 10
    assert all(isinstance(f, Paragraph) for f in flowables)
    styles = [f.style for f in flowables]  # type: ignore[attr-defined]
    assert (styles[0].spaceBefore, styles[0].spaceAfter) == (4, 0)
    assert all(s.spaceBefore == s.spaceAfter == s.firstLineIndent == 0 for s in styles[1:-1])
    assert (styles[-1].spaceBefore, styles[-1].spaceAfter) == (0, 6)
    joined = " ".join(f.text for f in flowables)  # type: ignore[attr-defined]
    assert flat(joined) == flat(esc(text))
    short = paragraphs("Kept as it was.\nA second line.", style)
    assert len(short) == 1 and short[0].style is style  # type: ignore[attr-defined]


def test_a_party_with_a_very_long_address_runs_on() -> None:
    address = long_paragraph(20_000)
    buyer = replace(BUYER, address=address)
    for pages in (
        proposal_pages(make_proposal("en", buyer=buyer)),
        contract_pages(replace(make_contract("en"), buyer=buyer)),
    ):
        printed = " ".join(pages)
        assert "Note 1:" in printed and f"Note {address.count('Note ')}:" in printed


@given(st.text(alphabet="ab. ", max_size=300), st.integers(10, 60))
def test_cut_pieces_are_short_and_lose_only_the_spaces_at_the_cuts(line: str, size: int) -> None:
    parts = list(cut(line, size))
    assert all(len(p) <= size for p in parts)
    assert "".join(parts).replace(" ", "") == line.replace(" ", "")
    groups = pieces([line, "next line"], size)
    assert all(sum(map(len, g)) <= size for g in groups)
    assert groups[-1][-1] == "next line"
