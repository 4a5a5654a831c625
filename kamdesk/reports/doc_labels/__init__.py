"""The fixed words of client documents, one module per document language: `LABELS` for the
proposal and the contract package, `STATEMENT` for the reconciliation statement. Every table
has the same keys and the same {fields} as the English one (tests/reports/test_doc_labels.py):
a new language is one more module here and one more entry in domain.documents.LANGUAGES."""

from __future__ import annotations

from types import ModuleType

from kamdesk.reports.doc_labels import az, en, hu, it, ru

TABLES: dict[str, ModuleType] = {"en": en, "ru": ru, "hu": hu, "it": it, "az": az}
