"""The messages of services, the domain and the command line: a gettext catalogue.

kamdesk/messages.py reads it; this script keeps it:

    .venv/bin/python scripts/messages.py update      # sources -> kamdesk.pot -> every .po, then .mo
    .venv/bin/python scripts/messages.py todo ru     # what Russian still lacks, as JSON
    .venv/bin/python scripts/messages.py fill ru F   # JSON F (as `todo` gives, filled) in, then .mo
    .venv/bin/python scripts/messages.py check       # complete? placeholders kept?

Messages are found in kamdesk/ outside kamdesk/ui (the interface is Qt's: scripts/translations.py)
as babel finds them: `_("…")`, `N_("…")` and `ngettext("…", "…", n)` with literal strings.
`update` keeps every translation already written (a message whose source went away is kept as
obsolete, "#~", so an undone change gets its translation back) and never guesses one from a
similar message. `fill` takes [{"id", "plural", "translation"}]: translation is a string, or for
a plural message a list of as many forms as the language has (Russian three).
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "kamdesk"
FOLDER = ROOT / "resources" / "locale"
TEMPLATE = FOLDER / "kamdesk.pot"
LANGUAGES = ("ru", "hu", "it", "az")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
METHODS = [("ui/**.py", "ignore"), ("**.py", "python")]
# fixed, so that an update that finds nothing new leaves the files as they are
STAMP = datetime(2026, 12, 5, tzinfo=UTC)
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?:[!:][^}]*)?\}")


def new_catalog(language: str | None) -> Catalog:
    return Catalog(
        locale=language,
        project="kamdesk",
        copyright_holder="the kamdesk authors",
        creation_date=STAMP,
        revision_date=STAMP,
        fuzzy=False,
    )


def extract() -> Catalog:
    """Every marked message in the sources, with where it is used."""
    catalog = new_catalog(None)
    found = extract_from_dir(
        str(SOURCES),
        METHODS,
        keywords=KEYWORDS,
        comment_tags=("Translators:",),
        strip_comment_tags=True,
    )
    for filename, lineno, message, comments, context in found:
        where = (f"kamdesk/{filename}", lineno)
        if isinstance(message, tuple):
            catalog.add(message[:2], locations=[where], auto_comments=comments, context=context)
        else:
            catalog.add(message, locations=[where], auto_comments=comments, context=context)
    return catalog


def po_path(language: str) -> Path:
    return FOLDER / language / "LC_MESSAGES" / "kamdesk.po"


def read(language: str) -> Catalog:
    path = po_path(language)
    if not path.exists():
        return new_catalog(language)
    with path.open("rb") as file:
        return read_po(file, locale=language)


def _po_bytes(catalog: Catalog, *, locations: bool = True) -> bytes:
    out = io.BytesIO()
    write_po(
        out, catalog, width=100, omit_header=False, no_location=not locations, sort_output=True
    )
    return out.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def write(language: str, catalog: Catalog) -> None:
    catalog.revision_date = STAMP
    catalog.creation_date = STAMP
    path = po_path(language)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_po_bytes(catalog, locations=False))
    # compiled from the file as written, so the .mo is exactly what the test compiles again
    path.with_suffix(".mo").write_bytes(mo_bytes(read(language)))


def update() -> None:
    template = extract()
    FOLDER.mkdir(parents=True, exist_ok=True)
    TEMPLATE.write_bytes(_po_bytes(template))
    for language in LANGUAGES:
        catalog = read(language)
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        write(language, catalog)
        print(f"{language}: {len(missing(catalog))} of {len(template)} messages lack a translation")


def _live(catalog: Catalog) -> Iterator[Message]:
    return (m for m in catalog if m.id)


def _forms(message: Message) -> list[str]:
    return (
        list(message.string)
        if isinstance(message.string, (tuple, list))
        else [message.string or ""]
    )


def missing(catalog: Catalog) -> list[Message]:
    return [m for m in _live(catalog) if m.fuzzy or not all(_forms(m))]


def placeholder_problems(catalog: Catalog) -> list[str]:
    """Translations that drop or add a {placeholder} of their source."""
    problems = []
    for message in _live(catalog):
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        wanted = set(PLACEHOLDER.findall("".join(ids)))
        for form in _forms(message):
            if form and set(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"{catalog.locale}: {ids[0]!r} -> {form!r}")
    return problems


def todo(language: str) -> list[dict[str, object]]:
    catalog = read(language)
    rows: list[dict[str, object]] = []
    for message in missing(catalog):
        if isinstance(message.id, tuple):
            rows.append(
                {
                    "id": message.id[0],
                    "plural": message.id[1],
                    "translation": [""] * catalog.num_plurals,
                }
            )
        else:
            rows.append({"id": message.id, "plural": None, "translation": ""})
    return rows


def fill(language: str, rows: list[dict[str, object]]) -> None:
    catalog = read(language)
    for row in rows:
        key = str(row["id"])
        message = catalog.get(key)
        if message is None:
            print(f"not in the catalogue (skipped): {key!r}", file=sys.stderr)
            continue
        translation = row["translation"]
        if isinstance(message.id, tuple):
            forms = list(translation) if isinstance(translation, list) else [str(translation)]
            if len(forms) != catalog.num_plurals:
                print(
                    f"{language} has {catalog.num_plurals} plural forms, not {len(forms)}: {key!r}",
                    file=sys.stderr,
                )
                continue
            message.string = tuple(str(f) for f in forms)
        else:
            message.string = str(translation)
        message.flags.discard("fuzzy")
    write(language, catalog)


def check() -> list[str]:
    problems = []
    for language in LANGUAGES:
        catalog = read(language)
        problems += [f"{language}: no translation: {m.id!r}" for m in missing(catalog)]
        problems += placeholder_problems(catalog)
    return problems


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
    elif argv[:1] == ["todo"] and len(argv) == 2:
        print(json.dumps(todo(argv[1]), ensure_ascii=False, indent=1))
    elif argv[:1] == ["fill"] and len(argv) == 3:
        fill(argv[1], json.loads(Path(argv[2]).read_text(encoding="utf-8")))
    elif argv[:1] == ["check"]:
        problems = check()
        print("\n".join(problems) or "complete")
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
