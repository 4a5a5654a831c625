"""Issue 16: the interface's translations are kept up to date with the sources, each language
offered is complete with its placeholders, and a missing translation file never stops the app."""

from __future__ import annotations

import importlib.util
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from kamdesk.ui import i18n

ROOT = Path(__file__).resolve().parents[1]


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


translations = _script()


def test_every_ts_holds_exactly_the_messages_of_the_sources() -> None:
    wanted = {(m.context, m.source) for m in translations.source_messages()}
    for language in translations.LANGUAGES:
        have = set(translations.read_ts(language))
        assert have == wanted, (
            f"kamdesk_{language}.ts is not up to date with the sources: "
            "run `.venv/bin/python scripts/translations.py update`"
        )


def test_every_language_offered_is_complete_with_its_placeholders() -> None:
    assert set(i18n.SHIPPED) <= set(translations.LANGUAGES)
    assert translations.check(list(i18n.SHIPPED)) == []


def test_each_qm_is_compiled_from_its_ts(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for language in translations.LANGUAGES:
        ts = translations.ts_path(language)
        fresh = tmp_path / f"{language}.qm"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
            f"kamdesk_{language}.qm is older than its .ts: run scripts/translations.py update"
        )


def test_a_dropped_placeholder_or_a_missing_plural_form_is_found() -> None:
    assert translations.problems_of("ru", "{name} was saved", "сохранено") != []
    assert translations.problems_of("ru", "%n client(s)", ["%n клиент", "%n клиента"]) != []
    assert translations.problems_of("ru", "%1 of %2", "%1 из %2") == []


def test_the_chosen_language_is_kept_per_laptop_and_offered_only_when_shipped(
    tmp_path: Path,
) -> None:
    settings = QSettings(str(tmp_path / "k.ini"), QSettings.Format.IniFormat)
    assert i18n.interface_language(settings, QLocale("fr_FR")) == "en"
    i18n.set_language(settings, "en")
    assert i18n.chosen_language(settings) == "en"
    settings.setValue(i18n.LANGUAGE_KEY, "xx")  # not a language kamdesk has: the system's
    assert i18n.chosen_language(settings) == ""
    i18n.set_language(settings, "")
    assert settings.value(i18n.LANGUAGE_KEY) is None


def test_a_missing_translation_file_leaves_english_and_is_logged(
    qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)  # no .qm there at all
    with caplog.at_level(logging.WARNING, logger="kamdesk.ui.i18n"):
        installed = i18n.install_translations(qapp, QLocale("en_GB"))
    assert installed == []
    assert "could not be loaded" in caplog.text
    assert QCoreApplication.translate("ClientsSection", "Clients") == "Clients"
