"""A user's paragraph, however long, laid out in time linear in its length.

reportlab wraps a Paragraph whole, and again the rest of it at every page break, breaking the
lines by popping words off the front of a list: a paragraph of n characters over p pages costs
about p * n, so a 300 000-character note took minutes. Here a paragraph longer than CHUNK is
set as consecutive Paragraphs of at most CHUNK characters, cut after a sentence where one ends
near the cut (else between words), with no space between them: it reads as one paragraph, a
line ending early at each cut, and costs its length once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

CHUNK = 2000  # characters: a third of a page of body text


def cut(line: str, size: int = CHUNK) -> Iterator[str]:
    """The line in pieces of at most `size` characters, after a sentence end (". ") in the
    second half of a piece when there is one, else after a space, else at `size`."""
    while len(line) > size:
        at = line.rfind(". ", size // 2, size) + 1
        if at <= 0:
            at = line.rfind(" ", size // 2, size) + 1
        if at <= 0:
            at = size
        yield line[:at].rstrip()
        line = line[at:].lstrip()
    yield line


def pieces(lines: Sequence[str], size: int = CHUNK) -> list[list[str]]:
    """The lines of one paragraph grouped into pieces of at most `size` characters (a line
    longer than that is cut first); every character of `lines` but the spaces at a cut kept."""
    out: list[list[str]] = [[]]
    length = 0
    for line in lines:
        for part in cut(line, size):
            if out[-1] and length + len(part) > size:
                out.append([])
                length = 0
            out[-1].append(part)
            length += len(part)
    return out


def paragraph(
    lines: Sequence[str], style: ParagraphStyle, markup: Callable[[str], str]
) -> list[Flowable]:
    """One paragraph of user text (its lines as typed, joined by line breaks), as Paragraphs
    of at most CHUNK characters that read as one. `markup` makes a line safe to print (escapes
    <, > and &)."""
    groups = pieces(lines)
    if len(groups) == 1:
        return [Paragraph("<br/>".join(map(markup, groups[0])), style)]
    first = ParagraphStyle(f"{style.name}.first", parent=style, spaceAfter=0)
    # a piece after a cut goes on the paragraph: no space above it, no first-line indent
    middle = ParagraphStyle(
        f"{style.name}.middle", parent=style, spaceBefore=0, spaceAfter=0, firstLineIndent=0
    )
    last = ParagraphStyle(f"{style.name}.last", parent=style, spaceBefore=0, firstLineIndent=0)
    styles = [first, *[middle] * (len(groups) - 2), last]
    return [
        Paragraph("<br/>".join(map(markup, group)), piece_style)
        for group, piece_style in zip(groups, styles, strict=True)
    ]
