"""Contact slots, positions, attitudes and interests of the clients' people (demo data)."""

from __future__ import annotations

from typing import Final

# Contact slots: (English role, buying role, influence, reports-to slot). The slot order is the
# order in which a client's contacts are filled: a small client has a director and a buyer.
SLOTS: Final = (
    ("director", "decision maker", "high", -1),
    ("buyer", "evaluator", "medium", 2),
    ("procurement head", "approver", "high", 0),
    ("accountant", "approver", "medium", 0),
    ("assistant", "gatekeeper", "low", 0),
    ("warehouse", "user", "low", 7),
    ("quality", "evaluator", "medium", 7),
    ("operations", "champion", "high", 0),
    ("category", "evaluator", "medium", 2),
)
SLOT_FILL_ORDER: Final = (0, 1, 2, 3, 4, 5, 7, 6, 8)

# (position, department) per slot, by language
POSITIONS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "ru": (
        ("Генеральный директор", "Дирекция"),
        ("Менеджер по закупкам", "Отдел закупок"),
        ("Директор по закупкам", "Отдел закупок"),
        ("Главный бухгалтер", "Бухгалтерия"),
        ("Секретарь-референт", "Дирекция"),
        ("Начальник склада", "Склад"),
        ("Менеджер по качеству", "Служба качества"),
        ("Операционный директор", "Операционный отдел"),
        ("Категорийный менеджер", "Коммерческий отдел"),
    ),
    "hu": (
        ("Ügyvezető igazgató", "Vezetőség"),
        ("Beszerző", "Beszerzés"),
        ("Beszerzési vezető", "Beszerzés"),
        ("Pénzügyi vezető", "Pénzügy"),
        ("Irodavezető", "Vezetőség"),
        ("Raktárvezető", "Logisztika"),
        ("Minőségügyi vezető", "Minőségbiztosítás"),
        ("Üzemeltetési igazgató", "Üzemeltetés"),
        ("Kategóriamenedzser", "Kereskedelem"),
    ),
    "it": (
        ("Amministratore delegato", "Direzione"),
        ("Buyer", "Ufficio acquisti"),
        ("Responsabile acquisti", "Ufficio acquisti"),
        ("Direttore amministrativo", "Amministrazione"),
        ("Segreteria di direzione", "Direzione"),
        ("Responsabile magazzino", "Logistica"),
        ("Responsabile qualità", "Qualità"),
        ("Direttore operativo", "Operazioni"),
        ("Category manager", "Commerciale"),
    ),
    "az": (
        ("Baş direktor", "Rəhbərlik"),
        ("Satınalma mütəxəssisi", "Satınalma şöbəsi"),
        ("Satınalma müdiri", "Satınalma şöbəsi"),
        ("Baş mühasib", "Mühasibatlıq"),
        ("Katibə", "Rəhbərlik"),
        ("Anbar müdiri", "Anbar"),
        ("Keyfiyyət meneceri", "Keyfiyyət şöbəsi"),
        ("Əməliyyat direktoru", "Əməliyyatlar"),
        ("Kateqoriya meneceri", "Kommersiya şöbəsi"),
    ),
}

ATTITUDES: Final = ("champion", "supporter", "neutral", "sceptic", "opponent")
ATTITUDE_WEIGHTS: Final = (1, 4, 6, 2, 1)

INTERESTS: Final = (
    "football",
    "fishing",
    "opera",
    "jazz",
    "wine tasting",
    "tennis",
    "golf",
    "skiing",
    "cycling",
    "chess",
    "hunting",
    "gardening",
    "history books",
    "classic cars",
    "photography",
    "running (half marathons)",
    "cooking",
    "travel to Asia",
    "ice hockey",
    "sailing",
    "his/her children's sports",
    "theatre",
)

CONTACT_NOTES: Final = (
    "Prefers calls before 10:00.",
    "Do not call on Fridays; answers e-mail within the day.",
    "Vegetarian: choose the restaurant accordingly.",
    "Wants every offer as a PDF with prices excluding VAT.",
    "Came from a competitor; knows their terms well.",
    "Reads proposals carefully; send them two days before the meeting.",
    "Values punctuality above all.",
    "Likes to see samples before any trial order.",
)
