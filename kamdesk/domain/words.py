"""A document's total in words, as the invoices of each language write it.

- Russian (1C's form): the whole units in words, the currency agreed with the number, the
  minor units in figures, always: "одна тысяча двести тридцать четыре рубля 89 копеек",
  "двадцать один евро 00 центов".
- Hungarian (the "azaz ..." after the figures on a számla or díjbekérő): one word, its groups
  of three joined by hyphens above 2000 only ("ezeregy", "kétezer-egy"), "két" before the
  noun ("huszonkét forint"); the noun stays singular; minor units in figures, left out when
  there are none (forint amounts are whole): "ezeregy forint", "huszonegy euró 05 cent".
  num2words names the currencies wrongly here and writes 102 as "százkét": hence our own.
- Azerbaijani: words as num2words writes them ("min bir", "bir milyon iki yüz ..."), the noun
  singular after a number, minor units in figures as 1C's Azerbaijani forms print them:
  "min iki yüz otuz dörd manat 89 qəpik".
- Italian and English invoices (fattura, invoice) do not carry the total in words: not here.

Amounts are rounded half-up to the minor unit (a hundredth) before they are written.
Pure functions, no I/O.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from num2words import num2words

WORDS_LANGUAGES = ("ru", "hu", "az")
CENT = Decimal("0.01")

# currency -> (major, minor); Russian ones as (one, few, many), e.g. 1 рубль, 2 рубля, 5 рублей
_RU: dict[str, tuple[tuple[str, str, str], tuple[str, str, str]]] = {
    "RUB": (("рубль", "рубля", "рублей"), ("копейка", "копейки", "копеек")),
    "EUR": (("евро", "евро", "евро"), ("цент", "цента", "центов")),
    "USD": (("доллар", "доллара", "долларов"), ("цент", "цента", "центов")),
    "HUF": (("форинт", "форинта", "форинтов"), ("филлер", "филлера", "филлеров")),
    "AZN": (("манат", "маната", "манатов"), ("гяпик", "гяпика", "гяпиков")),
}
# Hungarian and Azerbaijani nouns stay singular after a number
_HU = {
    "HUF": ("forint", "fillér"),
    "EUR": ("euró", "cent"),
    "USD": ("dollár", "cent"),
    "RUB": ("rubel", "kopejka"),
    "AZN": ("manat", "qəpik"),
}
_AZ = {
    "AZN": ("manat", "qəpik"),
    "EUR": ("avro", "sent"),
    "USD": ("ABŞ dolları", "sent"),
    "RUB": ("rubl", "qəpik"),
    "HUF": ("forint", "filler"),
}
_MINUS = {"ru": "минус", "hu": "mínusz", "az": "mənfi"}


def russian_form(n: int, forms: tuple[str, str, str]) -> str:
    """The noun after `n`: 1, 21 рубль; 2-4, 22 рубля; 0, 5-20, 111 рублей."""
    if n % 100 in range(11, 15):
        return forms[2]
    return forms[0] if n % 10 == 1 else forms[1] if n % 10 in (2, 3, 4) else forms[2]


_HU_ONES = ("", "egy", "kettő", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc")
_HU_TENS: tuple[str, ...] = ("", "tíz", "húsz", "harminc", "negyven", "ötven", "hatvan")
_HU_TENS += ("hetven", "nyolcvan", "kilencven")
_HU_TENS_BEFORE = ("", "tizen", "huszon", *_HU_TENS[3:])  # 11-19, 21-29: tizenegy, huszonegy
_HU_SCALES = ("", "ezer", "millió", "milliárd", "billió", "billiárd")


def _hu_group(n: int, attributive: bool) -> str:
    """1-999 in Hungarian; `attributive` (before a noun or a scale word) writes 2 as "két"."""
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    text = ""
    if hundreds:
        text += ("" if hundreds == 1 else _hu_group(hundreds, True)) + "száz"
    if tens:
        text += _HU_TENS_BEFORE[tens] if ones else _HU_TENS[tens]
    if ones:
        text += "két" if ones == 2 and attributive else _HU_ONES[ones]
    return text


def hungarian(n: int, *, attributive: bool = False) -> str:
    """A whole number in Hungarian words: 1999 "ezerkilencszázkilencvenkilenc", 2001
    "kétezer-egy" (only numbers above 2000 take hyphens); `attributive` for the form before a
    noun ("két forint", "százkét forint"; alone "kettő", "százkettő")."""
    if n < 0:
        return f"{_MINUS['hu']} {hungarian(-n, attributive=attributive)}"
    if n == 0:
        return "nulla"
    groups: list[str] = []
    scale = 0
    rest = n
    while rest:
        if scale >= len(_HU_SCALES):
            raise ValueError(f"{n} is too large to write in words")
        rest, group = divmod(rest, 1000)
        if group:
            last = scale == 0
            word = _hu_group(group, attributive or not last)
            if scale == 1 and group == 1:
                word = ""  # 1000 is "ezer", not "egyezer"
            groups.append(word + _HU_SCALES[scale])
        scale += 1
    return ("-" if n > 2000 else "").join(reversed(groups))


def cardinal(n: int, language: str) -> str:
    """A whole number in words in `language` (WORDS_LANGUAGES), as the currency phrase uses it
    (Hungarian in its form before a noun)."""
    if language == "hu":
        return hungarian(n, attributive=True)
    if language not in WORDS_LANGUAGES:
        raise ValueError(f"totals are not written in words in {language!r}")
    if n < 0:
        return f"{_MINUS[language]} {cardinal(-n, language)}"
    return str(num2words(n, lang=language))


def split(amount: Decimal) -> tuple[int, int]:
    """(whole units, hundredths) of the amount's size, rounded half-up to the hundredth (the
    caller states the sign)."""
    cents = int(abs(amount).quantize(CENT, rounding=ROUND_HALF_UP) * 100)
    return divmod(cents, 100)


def in_words(amount: Decimal, currency: str, language: str) -> str:
    """The amount in words with its currency, as `language`'s invoices write it (lower case;
    the document capitalises). A currency without names here keeps its ISO code: "двадцать
    один CHF 05"."""
    whole, minor = split(amount)
    sign = f"{_MINUS[language]} " if amount < 0 and (whole or minor) else ""
    if language not in WORDS_LANGUAGES:
        raise ValueError(f"totals are not written in words in {language!r}")
    words = cardinal(whole, language)
    if language == "ru":
        if currency not in _RU:
            return f"{sign}{words} {currency} {minor:02d}"
        major, cents = _RU[currency]
        return (
            f"{sign}{words} {russian_form(whole, major)} {minor:02d} {russian_form(minor, cents)}"
        )
    names = (_HU if language == "hu" else _AZ).get(currency, (currency, ""))
    text = f"{sign}{words} {names[0]}"
    if minor or (language == "az" and names[1]):
        text += f" {minor:02d} {names[1]}".rstrip()
    return text


def upper_case(text: str, language: str) -> str:
    """Capitals as the language writes them: Azerbaijani dots its capital i ("MÜQAVİLƏSİ",
    "İki min") and keeps the dotless ı as I; other languages as Unicode has them."""
    if language == "az":
        text = text.replace("i", "İ")
    return text.upper()


def capitalised(text: str, language: str) -> str:
    """The first letter a capital, as the language writes it: "İki min ..." in Azerbaijani."""
    return upper_case(text[:1], language) + text[1:]
