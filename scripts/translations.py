"""The interface's translations: kept as Qt .ts sources beside the .qm files the app loads.

    .venv/bin/python scripts/translations.py update      # sources -> every .ts, then .qm
    .venv/bin/python scripts/translations.py todo ru      # what Russian still lacks, as JSON
    .venv/bin/python scripts/translations.py fill ru F    # JSON F (as `todo` gives, filled) in
    .venv/bin/python scripts/translations.py check        # complete? placeholders kept?

Messages are found in kamdesk/ui as Qt finds them at run time: `self.tr("…")` in a class (the
class is the context), a module's wrapper around QCoreApplication.translate (`_tr`, `tr_map`…:
the context it passes, also where another module imports it), and
`QCoreApplication.translate("context", "…")`. Labels kept in constants and translated through a
variable are marked where they are defined with `QT_TRANSLATE_NOOP("context", "…")` (the context
the call site translates them under) or `QT_TR_NOOP("…")` inside a class (the class is the
context); both are collected too. A message with `%n` has plural forms: as many as Qt's rules
give the language (Russian three; English, Italian and Azerbaijani two; Hungarian one: a noun
after a number stays singular). English is generated: its plural forms from "(s)".
One source text meaning two things in one context gets a disambiguation comment, the second
argument of tr/translate (or `QT_TRANSLATE_NOOP3`): `self.tr("Made on", "the laptop the value shown
now was made on")`; it is part of the message's key (`comment` in the JSON of `todo` and `fill`).

`update` keeps every translation already written and marks the ones whose source went away
obsolete (dropped); `fill` takes [{"context", "source", "translation"}] where translation is a
string, or a list of forms for a plural message.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "kamdesk" / "ui"
FOLDER = ROOT / "resources" / "translations"
# language -> Qt's language tag in the .ts (it decides the number of plural forms)
LANGUAGES = {"en": "en_US", "ru": "ru_RU", "hu": "hu_HU", "it": "it_IT", "az": "az_AZ"}
PLURAL_FORMS = {"en": 2, "ru": 3, "hu": 1, "it": 2, "az": 2}
PLACEHOLDER = re.compile(r"%L?n|%\d+|\{[a-z_0-9]*\}")


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    plural: bool
    comment: str = ""  # the disambiguation: the same source meaning something else


def key(context: str, source: str, comment: str = "") -> tuple[str, ...]:
    """A message's key in read_ts/fill: (context, source), with the comment when it has one."""
    return (context, source, comment) if comment else (context, source)


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _name(func: ast.AST) -> str | None:
    """`QT_TRANSLATE_NOOP` for both `QT_TRANSLATE_NOOP(…)` and `QtCore.QT_TRANSLATE_NOOP(…)`."""
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else None


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """A module's functions that pass their first parameter on to
    `QCoreApplication.translate("context", …)` (`_tr`, `tr_map`…) -> that context."""
    out: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        text = node.args.args[0].arg
        for call in ast.walk(node):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate"
                and len(call.args) > 1
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id == text
            ):
                context = _literal(call.args[0])
                if context:
                    out[node.name] = context
    return out


def _module(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def messages_of(path: Path, shared: dict[str, dict[str, str]] | None = None) -> set[Message]:
    """The messages of one module; `shared` (module -> its wrappers) resolves a wrapper the
    module imports from another (`from kamdesk.ui.clients.relationship_style import tr_map`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrappers = _wrappers(tree)
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and shared:
            for alias in node.names:
                context = shared.get(node.module, {}).get(alias.name)
                if context:
                    wrappers[alias.asname or alias.name] = context
    found: set[Message] = set()

    def add(context: str | None, text: str | None, comment: ast.AST | None = None) -> None:
        if context and text:
            plural = "%n" in text or "%Ln" in text
            found.add(Message(context, text, plural, _literal(comment) or ""))

    def arg(call: ast.Call, i: int) -> ast.AST | None:
        return call.args[i] if len(call.args) > i else None

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            here = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call) and child.args:
                func, first = child.func, _literal(child.args[0])
                if isinstance(func, ast.Attribute) and func.attr == "tr":
                    if isinstance(func.value, ast.Name) and func.value.id == "self":
                        add(cls, first, arg(child, 1))
                    elif isinstance(func.value, ast.Name) and func.value.id[:1].isupper():
                        add(func.value.id, first, arg(child, 1))  # Class.tr("…")
                elif isinstance(func, ast.Attribute) and func.attr == "translate":
                    add(first, _literal(arg(child, 1)), arg(child, 2))
                elif isinstance(func, ast.Name) and func.id in wrappers:
                    add(wrappers[func.id], first, arg(child, 1))
                elif _name(func) in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"):
                    add(first, _literal(arg(child, 1)), arg(child, 2))
                elif _name(func) == "QT_TR_NOOP":
                    add(cls, first)
            visit(child, here)

    visit(tree, None)
    return found


def source_messages() -> set[Message]:
    paths = sorted(SOURCES.rglob("*.py"))
    shared = {
        _module(path): _wrappers(ast.parse(path.read_text(encoding="utf-8"))) for path in paths
    }
    found: set[Message] = set()
    for path in paths:
        found |= messages_of(path, shared)
    return found


def english_forms(source: str) -> list[str]:
    return [re.sub(r"\((?:s|es)\)", "", source), re.sub(r"\((s|es)\)", r"\1", source)]


def ts_path(language: str) -> Path:
    return FOLDER / f"kamdesk_{language}.ts"


def read_ts(language: str) -> dict[tuple[str, ...], list[str] | str | None]:
    """key(context, source, comment) -> its translation (forms for a plural one); None when
    unfinished."""
    path = ts_path(language)
    if not path.exists():
        return {}
    out: dict[tuple[str, ...], list[str] | str | None] = {}
    for context in ET.parse(path).getroot().findall("context"):
        name = context.findtext("name") or ""
        for m in context.findall("message"):
            t = m.find("translation")
            source = key(name, m.findtext("source") or "", m.findtext("comment") or "")
            if t is None or t.get("type") in ("unfinished", "obsolete", "vanished"):
                out[source] = None
            elif m.get("numerus") == "yes":
                out[source] = [f.text or "" for f in t.findall("numerusform")]
            else:
                out[source] = t.text or ""
    return out


def write_ts(language: str, wanted: set[Message], done: dict) -> None:  # type: ignore[type-arg]
    root = ET.Element("TS", version="2.1", language=LANGUAGES[language])
    by_context: dict[str, list[Message]] = {}
    for m in sorted(wanted):
        by_context.setdefault(m.context, []).append(m)
    for name, items in by_context.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for m in items:
            el = ET.SubElement(ctx, "message", numerus="yes") if m.plural else None
            el = el if el is not None else ET.SubElement(ctx, "message")
            ET.SubElement(el, "source").text = m.source
            if m.comment:
                ET.SubElement(el, "comment").text = m.comment
            have = done.get(key(m.context, m.source, m.comment))
            if language == "en" and have is None:
                have = english_forms(m.source) if m.plural else None
            t = ET.SubElement(el, "translation")
            if have is None:
                t.set("type", "unfinished")
            if m.plural:
                forms = have if isinstance(have, list) else []
                for i in range(PLURAL_FORMS[language]):
                    ET.SubElement(t, "numerusform").text = forms[i] if i < len(forms) else ""
            elif isinstance(have, str):
                t.text = have
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts_path(language).write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def release(language: str) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts_path(language))], check=True)


def update() -> None:
    wanted = source_messages()
    for language in LANGUAGES:
        write_ts(language, wanted, read_ts(language))
        release(language)
    print(f"{len(wanted)} messages in {len(LANGUAGES)} languages")


def todo(language: str) -> list[dict[str, object]]:
    wanted = source_messages()
    done = read_ts(language)
    return [
        {"context": m.context, "source": m.source, "plural": m.plural, "translation": None}
        | ({"comment": m.comment} if m.comment else {})
        for m in sorted(wanted)
        if done.get(key(m.context, m.source, m.comment)) is None
    ]


def problems_of(language: str, source: str, translation: list[str] | str) -> list[str]:
    """What is wrong with one translation: a placeholder dropped or added, forms missing."""
    texts = translation if isinstance(translation, list) else [translation]
    wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n", "%Ln"})
    out = []
    if isinstance(translation, list) and len(translation) != PLURAL_FORMS[language]:
        out.append(f"{len(translation)} plural forms, {language} has {PLURAL_FORMS[language]}")
    for text in texts:
        if not text.strip():
            out.append("empty")
            continue
        got = sorted(set(PLACEHOLDER.findall(text)) - {"%n", "%Ln"})
        if got != wanted:
            out.append(f"placeholders {got} differ from the source's {wanted}: {text!r}")
    return out


def fill(language: str, path: Path) -> int:
    done = read_ts(language)
    given = json.loads(path.read_text(encoding="utf-8"))
    bad = 0
    for item in given:
        wanted = key(item["context"], item["source"], item.get("comment", ""))
        value = item.get("translation")
        if value in (None, "", []):
            continue
        if trouble := problems_of(language, item["source"], value):
            print(f"skipped {wanted}: {'; '.join(trouble)}", file=sys.stderr)
            bad += 1
            continue
        done[wanted] = value
    write_ts(language, source_messages(), done)
    release(language)
    return bad


def check(languages: list[str]) -> list[str]:
    """Every message translated in each of `languages`, placeholders kept."""
    wanted = source_messages()
    out: list[str] = []
    for language in languages:
        done = read_ts(language)
        for m in sorted(wanted):
            if language == "en" and not m.plural:
                continue  # the source is English
            have = done.get(key(m.context, m.source, m.comment))
            if have is None:
                out.append(f"{language}: untranslated [{m.context}] {m.source!r}")
            else:
                trouble = problems_of(language, m.source, have)
                out += [f"{language}: [{m.context}] {p}" for p in trouble]
    return out


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
    elif argv[:1] == ["todo"] and len(argv) == 2:
        print(json.dumps(todo(argv[1]), ensure_ascii=False, indent=1))
    elif argv[:1] == ["fill"] and len(argv) == 3:
        return 1 if fill(argv[1], Path(argv[2])) else 0
    elif argv[:1] == ["check"]:
        found = check(argv[1:] or list(LANGUAGES))
        print("\n".join(found) or "complete")
        return 1 if found else 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
