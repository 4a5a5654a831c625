"""What the services, the domain and the command line say, in the user's language (gettext).

The interface's own words are Qt's (.ts/.qm, kamdesk/ui/i18n.py); the messages raised below the
interface (a refused payment, a stale edit, a bad import row) and printed by the command line
have no Qt to translate them, so they live in a gettext catalogue of their own:
resources/locale/<language>/LC_MESSAGES/kamdesk.po (kept by scripts/messages.py, compiled to .mo
beside it; tests/test_messages.py checks both are up to date and complete).

A message is marked where it is written and filled after translating, never before:

    raise UserError(_("A payment must be above zero, not {amount}.").format(amount=...))
    ngettext("{n} row was skipped.", "{n} rows were skipped.", n).format(n=n)
    TITLES = {"x": N_("Readiness")}   # a constant: marked here, `_(TITLES["x"])` where shown

The language is process-wide: the interface sets it at start from the laptop's choice
(`use`), the command line from the environment (`from_environment`: LANGUAGE, LC_ALL,
LC_MESSAGES, LANG as gettext reads them). English is the source; a language without its
catalogue, or a broken one, leaves the messages in English (logged), never a crash.
"""

from __future__ import annotations

import gettext
import logging
import os
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from kamdesk.paths import RESOURCES

if TYPE_CHECKING:  # babel is loaded by the first figure or date said (not before a window paints)
    from babel import Locale
    from babel.numbers import NumberPattern

log = logging.getLogger(__name__)

CATALOGUES = RESOURCES / "locale"
DOMAIN = "kamdesk"
# the languages with a catalogue; English is the source itself
LANGUAGES = ("en", "ru", "hu", "it", "az")
ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
# how figures and dates inside a message are written, per language (babel's CLDR locales)
LOCALES = {"en": "en_GB", "ru": "ru_RU", "hu": "hu_HU", "it": "it_IT", "az": "az_Latn_AZ"}

_translations: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


def use(language: str) -> str:
    """Speak `language` from now on ("" or an unknown one: English); returns what is in use."""
    global _translations, _language
    code = language.split("_")[0].split("-")[0].lower() if language else "en"
    if code not in LANGUAGES or code == "en":
        _translations, _language = gettext.NullTranslations(), "en"
        return _language
    path = CATALOGUES / code / "LC_MESSAGES" / f"{DOMAIN}.mo"
    try:
        with path.open("rb") as file:
            _translations = gettext.GNUTranslations(file)
    except (OSError, ValueError) as exc:  # missing, unreadable or not a catalogue
        log.warning("the %s messages could not be loaded (%s): English is used", code, exc)
        _translations, _language = gettext.NullTranslations(), "en"
        return _language
    _language = code
    return _language


def language() -> str:
    """The language messages are written in now ("en", "ru", ...)."""
    return _language


def from_environment(environ: os._Environ[str] | dict[str, str] | None = None) -> str:
    """The language the environment asks for, as gettext reads it ("ru" for LANG=ru_RU.UTF-8);
    the first variable set decides (LANGUAGE may list several, "hu:en"); "en" when none is
    set or none is one kamdesk speaks."""
    env = os.environ if environ is None else environ
    for name in ENVIRONMENT:
        value = env.get(name, "")
        if not value:
            continue
        for item in value.split(":"):
            code = item.split(".")[0].split("@")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return code
        if name != "LANGUAGE":  # LANGUAGE may fall through to the others; these decide
            return "en"
    return "en"


def _(message: str) -> str:
    """`message` in the current language (the English source when it has no translation)."""
    return _translations.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a counted message for `n`, in the current language's plural rules."""
    return _translations.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark a constant for the catalogue; it is translated with `_` where it is shown."""
    return message


def figure(value: Decimal | int, places: int = 2) -> str:
    """A figure inside a message, as the current language writes it: 1234.5 -> "1,234.50" /
    "1 234,50" / "1.234,50"; rounded half-up to `places` like domain.money, never through float."""
    exact = Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if exact == 0:
        exact = abs(exact)  # -0.004 is "0.00", not "-0.00"
    return _figure(exact, places, _language)


@lru_cache(maxsize=4096)
def _figure(exact: Decimal, places: int, language: str) -> str:
    """babel's CLDR formatting, kept: the same prices come back line after line (the demo's
    price notes; babel takes 80 µs a figure when it parses the locale and the pattern each
    time). `exact` has `places` decimals, so equal keys are the same digits."""
    from babel.numbers import format_decimal

    return str(
        format_decimal(
            exact,
            format=_pattern(places),
            locale=_locale(language),
            decimal_quantization=False,
        )
    )


@cache
def _pattern(places: int) -> NumberPattern:
    from babel.numbers import parse_pattern

    return parse_pattern("#,##0" + ("." + "0" * places if places > 0 else ""))


@cache
def _locale(language: str) -> Locale:
    from babel import Locale

    return Locale.parse(LOCALES[language])


def day(value: date) -> str:
    """A date inside a message, as the current language writes it: "5 Dec 2026",
    "5 дек. 2026 г."."""
    from babel.dates import format_date

    return str(format_date(value, format="medium", locale=LOCALES[_language]))
