"""The interface's numbers, money and dates, as the interface language's locale writes them.

Everything reads QLocale(), the default locale, which i18n.install_translations sets for the
interface language (`use_language`: English is en_GB, then ru_RU, hu_HU, it_IT, az_Latn_AZ).
Figures stay exact: the digits come from the Decimal (domain.number_text), only the separators
from QLocale, never a float. Machine output (CSV, JSON, XLSX, the CLI, file names) does not
come here: it stays plain (formatting.plain, isoformat).

Kinds and their decimals, as before: money two (rounded half-up), quantities and percentages
every digit they have, integers none. Dates: the locale's short form with a four-digit year
("05/12/2026", "05.12.2026", "2026. 12. 05."), its long form, and patterns in the locale's
order from CLDR's skeletons ("Sat 5 Dec" / "dec. 5., Szo"). Every calendar starts on Monday.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit

from kamdesk.domain import number_text
from kamdesk.domain.money import money_value, percent_value
from kamdesk.ui.i18n import LOCALES as LOCALES
from kamdesk.ui.i18n import use_language as use_language

if TYPE_CHECKING:
    from babel import Locale as BabelLocale

NBSP = "\u00a0"
MONDAY = Qt.DayOfWeek.Monday
TIME_PATTERN = "HH:mm"  # a time edit's: every market kamdesk serves writes 24 hours


def separators(locale: QLocale | None = None) -> tuple[str, str]:
    """(group separator, decimal point) of the locale (the default one when None)."""
    loc = locale or QLocale()
    return loc.groupSeparator(), loc.decimalPoint()


# --- numbers ----------------------------------------------------------------------------------
def money(value: Decimal | None, currency: str = "", locale: QLocale | None = None) -> str:
    """1234.5 -> "1,234.50" / "1 234,50" / "1.234,50" (two decimals, half-up); with a
    currency "1 234,50 EUR". None -> ""."""
    if value is None:
        return ""
    text = number_text.write_fixed(value, *separators(locale), places=2)
    return f"{text} {currency}" if currency else text


def exact(value: Decimal, locale: QLocale | None = None) -> str:
    """Every digit as the Decimal holds it, trailing zeros too: 1200.00 -> "1,200.00", 20 ->
    "20" (two values compared side by side, as stored)."""
    places = max(0, -int(value.as_tuple().exponent))
    return number_text.write_exact(value, *separators(locale), min_places=places)


def whole_money(value: Decimal, locale: QLocale | None = None) -> str:
    """An amount rounded to whole units for a tile: "1 234 567"."""
    return number_text.write_fixed(value, *separators(locale), places=0)


def quantity(value: Decimal | None, locale: QLocale | None = None) -> str:
    """Every decimal the quantity has: 12 -> "12", 1234.5 -> "1 234,5". None -> ""."""
    if value is None:
        return ""
    return number_text.write_exact(value, *separators(locale))


def percent(value: Decimal | None, locale: QLocale | None = None) -> str:
    """12.5 -> "12,5 %" (every decimal it has; a no-break space before the sign)."""
    if value is None:
        return ""
    return number_text.write_exact(value, *separators(locale)) + NBSP + "%"


def share(fraction: Decimal, digits: int = 1, locale: QLocale | None = None) -> str:
    """A share 0..1 as a percentage with `digits` decimals: 0.2438 -> "24,4 %"."""
    return number_text.write_fixed(fraction * 100, *separators(locale), places=digits) + NBSP + "%"


def integer(value: int, locale: QLocale | None = None) -> str:
    """12345 -> "12,345" / "12 345" / "12.345"."""
    return number_text.write_exact(Decimal(value), *separators(locale))


# --- edit fields ------------------------------------------------------------------------------
def money_edit_text(value: Decimal | None, locale: QLocale | None = None) -> str:
    """An amount in an edit field: grouped, at least two decimals, every digit it has
    ("1 234,50"): read back by read_number to the same value, never ambiguous."""
    if value is None:
        return ""
    return number_text.write_exact(value, *separators(locale), min_places=2)


def number_edit_text(value: Decimal | None, locale: QLocale | None = None) -> str:
    """A quantity, percentage or rate in an edit field: every digit, the locale's decimal
    point, no grouping ("1500", "12,5"), so reading it back is never ambiguous."""
    if value is None:
        return ""
    return number_text.write_exact(value, *separators(locale), grouping=False)


def read_number(text: str, locale: QLocale | None = None) -> Decimal:
    """What a person typed: the locale's notation or the plain form (domain.number_text);
    AmountError when unreadable or ambiguous."""
    return number_text.read_number(text, *separators(locale))


def read_money(text: str, locale: QLocale | None = None) -> Decimal:
    """A typed amount (read_number), not negative and in whole minor units, to two places."""
    return money_value(read_number(text, locale))


def read_percent(text: str, locale: QLocale | None = None) -> Decimal:
    """A typed percentage ("12,5", "12.5 %"), between 0 and 100."""
    stripped = text.strip().rstrip("%").strip()
    return percent_value(read_number(stripped or text, locale))


def amount_example(locale: QLocale | None = None) -> str:
    """The locale's own way of writing an amount, for a field's message: "1 250 000,50"."""
    return money(Decimal("1250000.50"), locale=locale)


def number_example(locale: QLocale | None = None) -> str:
    """ "12.5" / "12,5": a number with decimals as the locale writes it."""
    return quantity(Decimal("12.5"), locale)


# --- dates ------------------------------------------------------------------------------------
def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_pattern(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with two-digit days and months and a four-digit year:
    "dd/MM/yyyy", "dd.MM.yyyy", "yyyy. MM. dd.": for tables and date edits."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    pattern = re.sub(r"(?<!y)y{1,4}(?!y)", "yyyy", pattern)
    pattern = re.sub(r"(?<!d)d(?!d)", "dd", pattern)
    return re.sub(r"(?<!M)M(?!M)", "MM", pattern)


def short_date(day: date | None, locale: QLocale | None = None) -> str:
    """ "05/12/2026" / "05.12.2026" / "2026. 12. 05."; None -> ""."""
    if day is None:
        return ""
    loc = locale or QLocale()
    return loc.toString(_qdate(day), date_pattern(loc))


def long_date(day: date, locale: QLocale | None = None) -> str:
    """ "Saturday, 5 December 2026" / "суббота, 5 декабря 2026 г."."""
    return (locale or QLocale()).toString(_qdate(day), QLocale.FormatType.LongFormat)


def time_text(moment: datetime | QTime, locale: QLocale | None = None) -> str:
    """ "09:30" / "9:30" as the locale writes a time."""
    loc = locale or QLocale()
    value = moment if isinstance(moment, QTime) else QTime(moment.hour, moment.minute)
    return loc.toString(value, loc.timeFormat(QLocale.FormatType.ShortFormat))


def date_time(moment: datetime, locale: QLocale | None = None, *, seconds: bool = False) -> str:
    """A moment in local time: "05/12/2026 09:30" (an aware datetime shown in local time;
    with the seconds when asked: "05/12/2026 09:30:15")."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    clock = time_text(local, locale)
    if seconds:
        clock += f":{local.second:02d}"
    return f"{short_date(local.date(), locale)} {clock}"


_LDML_TOKEN = re.compile(r"'[^']*'|([a-zA-Z])\1*|[^a-zA-Z']+")


def _qt_pattern(ldml: str) -> str:
    """A CLDR (LDML) date pattern as Qt writes it: y -> yyyy, E/c -> ddd/dddd, L -> M."""
    out = []
    for match in _LDML_TOKEN.finditer(ldml):
        token = match.group(0)
        letter, size = token[0], len(token)
        if letter in "yY":
            out.append("yyyy")
        elif letter in "ML":
            out.append("M" * min(size, 4))
        elif letter == "d":
            out.append("d" * min(size, 2))
        elif letter in "Ec":
            out.append("dddd" if size >= 4 else "ddd")
        else:  # quoted text and punctuation are the same in both
            out.append(token)
    return "".join(out)


@functools.cache
def _babel_locale(name: str) -> BabelLocale:
    # babel (CLDR's patterns) is read when a date is first written, not at start-up
    from babel import Locale
    from babel.core import UnknownLocaleError

    try:
        return Locale.parse(name)
    except (ValueError, UnknownLocaleError):  # "C", or one babel lacks: English
        return Locale.parse(LOCALES["en"])


@functools.cache
def _skeleton(name: str, skeleton: str) -> str:
    from babel.dates import match_skeleton

    known = _babel_locale(name).datetime_skeletons
    closest = match_skeleton(skeleton, known) or skeleton
    return _qt_pattern(str(known[closest]))


def day_pattern(*, weekday: bool = True, year: bool = False, long_month: bool = False) -> str:
    """A Qt pattern in the locale's order, from CLDR's skeletons: "ddd d MMM" in English,
    "MMM d., ddd" in Hungarian, "ddd, d MMM yyyy" in Russian..."""
    skeleton = ("y" if year else "") + ("MMMM" if long_month else "MMM")
    skeleton += ("E" if weekday else "") + "d"
    return _skeleton(QLocale().name(), skeleton)


def day_text(
    day: date, *, weekday: bool = True, year: bool = False, long_month: bool = False
) -> str:
    """ "Sat 5 Dec" / "сб, 5 дек." / "dec. 5., Szo" (with the year when asked)."""
    pattern = day_pattern(weekday=weekday, year=year, long_month=long_month)
    return QLocale().toString(_qdate(day), pattern)


def day_span(first: date, last: date) -> str:
    """Two days as the locale writes a span: "23–29 Nov 2026", "2026. nov. 23–29.",
    "30 нояб. — 6 дек. 2026 г." (CLDR's interval formats, through babel)."""
    from babel.dates import format_interval

    span = format_interval(first, last, "yMMMd", locale=_babel_locale(QLocale().name()))
    return str(span).replace("\u2009", " ")  # a thin space: not every PDF font has it


def long_day_text(day: date) -> str:
    """ "Saturday 5 December" / "суббота, 5 декабря": the weekday and month written out."""
    pattern = re.sub(r"(?<!d)ddd(?!d)", "dddd", day_pattern(long_month=True))
    return QLocale().toString(_qdate(day), pattern)


def month_name(month: int, *, short: bool = False) -> str:
    """The month as named on its own (nominative): "December" / "декабрь"."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().standaloneMonthName(month, kind)


def weekday_name(day: date, *, short: bool = False) -> str:
    """ "Saturday" / "суббота" (short: "Sat" / "сб")."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().standaloneDayName(day.isoweekday(), kind)


def month_year(year: int, month: int) -> str:
    """ "December 2026" / "декабрь 2026" / "2026. december": the month named on its own."""
    pattern = _skeleton(QLocale().name(), "yMMMM")
    year_first = pattern.index("yyyy") < pattern.index("M")
    name = month_name(month)
    return f"{year}. {name}" if year_first else f"{name} {year}"


def monday_calendar(calendar: QCalendarWidget) -> QCalendarWidget:
    """Weeks start on Monday in every market kamdesk serves, whatever the locale says."""
    calendar.setFirstDayOfWeek(MONDAY)
    return calendar


Edit = TypeVar("Edit", bound=QDateTimeEdit)


def date_edit(edit: Edit, *, weekday: bool = False) -> Edit:
    """`edit` showing the locale's date pattern ("dd/MM/yyyy"; with the weekday and month
    name when asked: "ddd, d MMM yyyy", "yyyy. MMM d., ddd"), with a popup calendar that
    starts on Monday."""
    edit.setLocale(QLocale())  # names as the pattern's locale writes them, whatever the parent's
    pattern = day_pattern(weekday=True, year=True) if weekday else date_pattern()
    edit.setDisplayFormat(pattern)
    edit.setCalendarPopup(True)
    monday_calendar(edit.calendarWidget())
    return edit
