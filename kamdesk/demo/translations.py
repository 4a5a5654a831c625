"""Product names and units per document language (ProductTranslation): English and Russian."""

from __future__ import annotations

from kamdesk.demo.base import StageBase
from kamdesk.demo.data import russian
from kamdesk.demo.data.catalogue import Family
from kamdesk.domain.natural_keys import product_translation_id


class TranslationsStage(StageBase):
    """Each product's name in English (the catalogue's own) and in Russian."""

    def translations(
        self, product_id: str, fam: Family, combo: tuple[tuple[str, str], ...]
    ) -> None:
        labels = [label for label, _mult in combo]
        stamp = self.stamp(self.start)
        ru_labels = [russian.WORDS.get(label, label) for label in labels]
        names = (
            ("en", fam.template.format(*labels), fam.unit),
            (
                "ru",
                russian.TEMPLATES.get(fam.template, fam.template).format(*ru_labels),
                russian.UNITS.get(fam.unit, fam.unit),
            ),
        )
        for language, name, unit in names:
            self.out.add(
                "product_translation",
                (
                    product_translation_id(product_id, language),
                    stamp,
                    stamp,
                    1,
                    None,
                    product_id,
                    language,
                    name,
                    unit,
                ),
            )
