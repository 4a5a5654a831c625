"""Per-character font fallback for PDF text.

reportlab sets a run of text in one font and prints a character that font lacks as an empty
box (and drops it from the text a reader copies). Here text is cut into runs by the first font
of a chain that has a glyph for each character: the text's own font (DejaVu: the five
languages), then the fonts that back it up (the regular DejaVu face for what the bold or
oblique face lacks, Symbola for symbols and emoji). A character no font has prints as a
replacement mark (U+FFFD) in the text's own font, never as a box; an invisible format
character no font has (a variation selector, a tag of a flag sequence) prints as nothing.

`Fallback.runs` is pure: the same text and chain give the same runs. Each character is looked
up once per chain and remembered; text the first font covers whole (nearly all of it) costs one
str.isascii() or one regular expression search, no more.

reportlab (5.1) also writes a character above U+FFFF (an emoji) into the PDF's ToUnicode map
as five hex digits, so a reader copies 📞 as "Ὅ". `fix_tounicode` makes it write the UTF-16
surrogate pair a PDF reader expects.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from typing import Any, Protocol
from xml.sax.saxutils import escape

REPLACEMENT = "\ufffd"
# controls never need a glyph: markup turns a line break into <br/>, a tab is white space, and
# the forms refuse the others
_CONTROLS = frozenset([*range(0x20), 0x7F])

Run = tuple[str | None, str]  # (font name, or None when no font has the characters; text)


def _char_class(codes: Collection[int]) -> str:
    """The code points as the inside of a regular expression character class ("a-z0-9")."""
    out: list[str] = []
    ordered = sorted(codes)
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        first, last = ordered[i], ordered[j]
        out.append(f"\\U{first:08x}" if first == last else f"\\U{first:08x}-\\U{last:08x}")
        i = j + 1
    return "".join(out)


def invisible(char: str) -> bool:
    """A format character or variation selector: shapes its neighbours, draws nothing itself."""
    code = ord(char)
    return (
        unicodedata.category(char) == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF
    )


class Fallback:
    """A chain of fonts, in order of preference, each with the code points it has glyphs for.

    The first font is the one the text is set in; its runs need no change of font.
    """

    def __init__(self, fonts: Sequence[tuple[str, Collection[int]]]) -> None:
        if not fonts:
            raise ValueError("a fallback chain needs at least one font")
        self.names = tuple(name for name, _ in fonts)
        self.base = self.names[0]
        self._cmaps = tuple(frozenset(codes) for _, codes in fonts)
        # runs of characters the first font lacks: the only ones worth a look-up
        self._foreign = re.compile(f"[^{_char_class(self._cmaps[0] | _CONTROLS)}]+")
        # most text is ASCII: then one C-speed check answers when the first font has it all
        self._ascii = set(range(0x80)) <= self._cmaps[0] | _CONTROLS
        self._font_of: dict[str, str | None] = {}

    def covers(self, text: str) -> bool:
        """Whether the first font has every character of `text` (no fallback needed)."""
        if self._ascii and text.isascii():
            return True
        return self._foreign.search(text) is None

    def font_of(self, char: str) -> str | None:
        """The first font of the chain with a glyph for `char`, None when none has one."""
        try:
            return self._font_of[char]
        except KeyError:
            code = ord(char)
            fonts = zip(self.names, self._cmaps, strict=True)
            found = next((name for name, cmap in fonts if code in cmap), None)
            if code in _CONTROLS:
                found = self.base
            self._font_of[char] = found
            return found

    def runs(self, text: str) -> list[Run]:
        """`text` cut into the longest runs set in one font: joined, the runs are `text`."""
        out: list[Run] = []

        def add(font: str | None, part: str) -> None:
            if out and out[-1][0] == font:
                out[-1] = (font, out[-1][1] + part)
            else:
                out.append((font, part))

        at = 0
        for match in self._foreign.finditer(text):
            if match.start() > at:
                add(self.base, text[at : match.start()])
            start = match.start()
            font_of = self.font_of
            current = font_of(text[start])
            for i in range(start + 1, match.end()):
                font = font_of(text[i])
                if font != current:
                    add(current, text[start:i])
                    start, current = i, font
            add(current, text[start : match.end()])
            at = match.end()
        if at < len(text) or not out:
            add(self.base, text[at:])
        return out


def shown(run: Run) -> str:
    """What a run prints: its text, or for characters no font has a replacement mark each
    (nothing for an invisible one)."""
    font, text = run
    if font is not None:
        return text
    return "".join("" if invisible(c) else REPLACEMENT for c in text)


def markup(chain: Fallback, text: str) -> str:
    """Plain text as Paragraph markup (& < > escaped), each run the text's own font lacks
    wrapped in <font name="..."> of the font that has it."""
    if chain.covers(text):
        return escape(text)
    parts = []
    for run in chain.runs(text):
        font = run[0]
        safe = escape(shown(run))
        parts.append(safe if font in (chain.base, None) else f'<font name="{font}">{safe}</font>')
    return "".join(parts)


class _Measure(Protocol):
    def __call__(self, text: str, font: str, size: float) -> float: ...


def faces(chain: Fallback, text: str, font: str) -> list[tuple[str, str]]:
    """(font, text) pieces to draw `text` in `font` with the chain's fallback: the chain's
    first font stands for `font` itself."""
    if chain.covers(text):
        return [(font, text)]
    return [
        (font if name in (chain.base, None) else name, shown((name, part)))
        for name, part in chain.runs(text)
    ]


def width(chain: Fallback, measure: _Measure, text: str, font: str, size: float) -> float:
    """The width of `text` drawn by `draw` (`measure` is reportlab's stringWidth)."""
    return sum(measure(part, face, size) for face, part in faces(chain, text, font))


def draw(canvas: Any, chain: Fallback, xy: tuple[float, float], text: str) -> None:
    """Draw `text` at xy (its left end) in the canvas's current font and size, falling back
    run by run inside one text object (a reader copies it as one line); the canvas keeps its
    font."""
    if chain.covers(text):  # as reportlab draws it: the same bytes as without fallback
        canvas.drawString(*xy, text)
        return
    font, size = canvas._fontname, canvas._fontsize  # reportlab has no getter for these
    line = canvas.beginText(*xy)
    for face, part in faces(chain, text, font):
        line.setFont(face, size)
        line.textOut(part)
    canvas.drawText(line)


def _tounicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap for one font subset, a code point above U+FFFF written as
    the UTF-16 surrogate pair (reportlab writes "%04X": five digits, read as something else)."""
    body = [
        f"<{i:02X}> <{chr(code).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
        for i, code in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *body,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def fix_tounicode() -> None:
    """Make reportlab write emoji right in the text a PDF reader copies (see the module
    docstring). Below U+FFFF the map is the same, byte for byte."""
    from reportlab.pdfbase import ttfonts

    ttfonts.makeToUnicodeCMap = _tounicode_cmap
