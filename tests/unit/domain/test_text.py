from kamdesk.domain.text import fts_query, sort_key


def test_sort_key_ignores_case_quotes_and_leading_legal_form() -> None:
    assert sort_key("ООО «Альфа»") == sort_key("альфа")
    assert sort_key("Győri Élelmiszer") == sort_key("GYŐRI élelmiszer")
    names = ["ООО «Яблоко»", "АО «Берёза»", "ООО «Альфа»"]
    assert sorted(names, key=sort_key) == ["ООО «Альфа»", "АО «Берёза»", "ООО «Яблоко»"]


def test_accented_letters_sort_with_their_base_letter() -> None:
    names = ["Szőnyi Kft.", "Şəki Çörək MMC", "Ristorazione", "Spedizioni", "Ősi Zrt.", "Oliva"]
    assert sorted(names, key=sort_key) == [
        "Oliva",
        "Ősi Zrt.",
        "Ristorazione",
        "Şəki Çörək MMC",
        "Spedizioni",
        "Szőnyi Kft.",
    ]
    assert sort_key("Ёлка") < sort_key("Ель") < sort_key("Жук")


def test_fts_query_makes_prefix_phrases_and_escapes_quotes() -> None:
    assert fts_query("") is None
    assert fts_query(" * «» ") is None
    assert fts_query("Győr kft.") == '"Győr"* "kft."*'
    assert fts_query('ООО "Север') == '"ООО"* """Север"*'
