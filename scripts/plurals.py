"""Give every "%n ...(s)" message of the interface its English singular and plural.

    .venv/bin/python scripts/plurals.py

Finds the tr() calls with %n in kamdesk/ui (self.tr in a class: the class is the context; a
module's _tr wrapper: the context it passes to QCoreApplication.translate), adds to the English
translation file the ones it lacks ("%n order(s)" -> "%n order" / "%n orders"), and compiles
the .qm the app loads. Forms someone already wrote are kept.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "kamdesk_en.ts"


def forms(source: str) -> tuple[str, str]:
    return re.sub(r"\((?:s|es)\)", "", source), re.sub(r"\((s|es)\)", r"\1", source)


def _wrapper_context(tree: ast.Module) -> str | None:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and call.args:
                    first = call.args[0]
                    if isinstance(first, ast.Constant) and isinstance(first.value, str):
                        return first.value
    return None


def plural_messages(path: Path) -> set[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrapper = _wrapper_context(tree)
    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            here = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call) and child.args:
                text = child.args[0]
                func = child.func
                plural = (
                    isinstance(text, ast.Constant)
                    and isinstance(text.value, str)
                    and ("%n" in text.value or "%Ln" in text.value)
                )
                if plural and isinstance(text, ast.Constant):
                    mine = isinstance(func, ast.Attribute) and func.attr == "tr"
                    if (
                        mine
                        and isinstance(func.value, ast.Name)
                        and func.value.id == "self"
                        and cls
                    ):
                        found.add((cls, text.value))
                    elif isinstance(func, ast.Name) and func.id == "_tr" and wrapper:
                        found.add((wrapper, text.value))
            # a constant kept for a _tr() call elsewhere (SUMMARY = "%n line(s) ...")
            if isinstance(child, ast.Assign) and wrapper and isinstance(child.value, ast.Constant):
                value = child.value.value
                if isinstance(value, str) and "%n" in value:
                    found.add((wrapper, value))
            visit(child, here)

    visit(tree, None)
    return found


def main() -> None:
    wanted: set[tuple[str, str]] = set()
    for path in sorted((ROOT / "kamdesk" / "ui").rglob("*.py")):
        wanted |= plural_messages(path)
    tree = ET.parse(TS)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    have = {
        (name, m.findtext("source")) for name, c in contexts.items() for m in c.findall("message")
    }
    added = 0
    for context, source in sorted(wanted - have):
        ctx = contexts.get(context)
        if ctx is None:
            ctx = contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = context
        message = ET.SubElement(ctx, "message", numerus="yes")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        for text in forms(source):
            ET.SubElement(translation, "numerusform").text = text
        added += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(TS)], check=True)
    print(f"{added} plural message(s) added")


if __name__ == "__main__":
    main()
