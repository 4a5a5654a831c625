"""The team server's search (issue 19): PostgreSQL's counterpart of the FTS5 indexes of
kamdesk.db.search, for the same typed text with the same meaning (every typed word the start
of a word of the record, case and accents ignored: "gyor" finds "Győr").

A `search_vector` tsvector column on client and on contact, generated from the columns their
FTS5 tables index (so every write keeps it current, and row-level security on the table covers
it), with a GIN index. The text is folded before PostgreSQL's parser sees it, by
`kamdesk_search_text` (an IMMUTABLE SQL function):

- kamdesk's databases sort text byte by byte (LOCALE 'C', kamdesk.db.server), and there
  lower() and to_tsvector() lower-case ASCII only ("МОСКВА" would not be found by "москва"),
  and the parser takes any non-ASCII character for a letter ("«Альфа»" would be one word). So
  the text is lower-cased under a collation that knows every script (CASE_COLLATIONS; without
  one, by a translate() made from Python's Unicode tables: the same words, slower), decomposed
  (NFD) and its combining accents dropped (but й's, ў's and ї's: other letters), and what FTS5's
  unicode61 tokenizer takes for a separator (neither letter, digit nor mark) made a space.
  `unaccent` (contrib) is not used: it would not lower-case either, it is only STABLE (a
  generated column needs IMMUTABLE), and creating it needs a right a schema owner may lack.
- The vector holds the words as written (the `simple` configuration: prefixes, names, codes)
  and their stems in Russian, Hungarian and Italian, so that a whole word typed in another
  form finds the record too ("Москве" finds Москва, "Győrben" Győr).

The typed text becomes a tsquery in `kamdesk_search_query`, as kamdesk.domain.text.fts_query
makes an FTS5 query: each typed word a phrase of its words whose last matches as a prefix
("CL-0003" is cl followed by 0003...), or the same word's stem in one of the languages; the
typed words ANDed.

What the server finds beyond a laptop, for the same typed text: a word in another form (the
stems); a few more letters read as their base (ł, ø, đ, ı, ə and ё, which FTS5 keeps); an
e-mail address by any of its parts (FTS5 reads it as one word, so only by its start).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    BindParameter,
    Boolean,
    ColumnElement,
    Connection,
    Select,
    Text,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import coercions, roles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal

from kamdesk.db.search import is_search_table

SEARCH_COLUMN = "search_vector"
LANGUAGES = ("russian", "hungarian", "italian")
TEXT_FUNCTION = "kamdesk_search_text"
VECTOR_FUNCTION = "kamdesk_search_vector"
CONTACT_FUNCTION = "kamdesk_contact_search_vector"
QUERY_FUNCTION = "kamdesk_search_query"
# A typed word this long may be whole: its stems are looked for too (a shorter one is still
# being typed: "ann" is no form of "an").
STEM_FROM = 4
# The columns of client_fts (kamdesk.db.search.CLIENT_FTS_COLUMNS): words, and codes (no stems)
CLIENT_WORDS = ("name", "legal_name", "city")
CLIENT_CODES = ("code", "tax_id")
INDEXES = {"client": "ix_client_search_vector", "contact": "ix_contact_search_vector"}

# Collations that lower-case every script (the database's own, C, lower-cases ASCII only):
# ICU's root where PostgreSQL was built with ICU, else the C library's C.UTF-8.
CASE_COLLATIONS = ("und-x-icu", "C.utf8", "C.UTF-8")
# Letters whose marks make another letter (Cyrillic й is not и), put together again before the
# marks of the rest (Latin and Greek accents, ё's) are dropped; and letters without a
# decomposition that read as another (final sigma as sigma).
_KEEP_MARKS = {"и\u0306": "й", "у\u0306": "ў", "і\u0308": "ї"}
_BASE = {"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ə": "e", "ς": "σ"}
COMBINING = r"[\u0300-\u036f]"
# Where separators are looked for beyond ASCII: Latin-1 to CJK punctuation, and the
# half- and full-width forms. (FTS5's unicode61: what is not a letter, digit or mark.)
_SEPARATOR_SEARCH = (range(0x80, 0x3040), range(0xFE30, 0xFE70), range(0xFF00, 0xFFF0))
# Capitals lower-cased by translate() where no collation can (slow: a last resort).
_CAPITALS = (range(0x80, 0x250), range(0x370, 0x530), range(0x1E00, 0x2000))


def lower_map() -> dict[str, str]:
    """Capitals of Latin, Greek and Cyrillic with their small letter (without a collation
    that knows them)."""
    pairs: dict[str, str] = {}
    for block in _CAPITALS:
        for cp in block:
            ch = chr(cp)
            if unicodedata.category(ch) in ("Lu", "Lt"):
                pairs[ch] = ch.lower()[0]  # İ: i (and a dot above, which goes)
    return pairs


def _is_separator(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] not in "LNM" and category not in ("Co", "Cn")


def _ranges(points: Iterable[int]) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for cp in points:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    return ranges


def separator_pattern() -> str:
    """A regular expression (PostgreSQL's) for a run of separators: all of ASCII but letters
    and digits, and what Unicode calls neither letter, digit nor mark beyond it."""
    ascii_separators = [cp for cp in range(1, 0x80) if not chr(cp).isalnum()]
    others = [cp for block in _SEPARATOR_SEARCH for cp in block if _is_separator(chr(cp))]
    parts = [
        f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}"
        for a, b in _ranges([*ascii_separators, *others])
    ]
    return "[" + "".join(parts) + "]+"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _lowered(collation: str | None) -> str:
    if collation is None:
        pairs = lower_map()
        source, target = _literal("".join(pairs)), _literal("".join(pairs.values()))
        return f"translate(lower(typed), {source}, {target})"
    return f'lower(typed COLLATE "{collation}")'


def text_function(collation: str | None, name: str = TEXT_FUNCTION) -> str:
    """The SQL of the function that folds text for search: lower case (by `collation`),
    accents dropped (but й's and the like), separators a space."""
    folded = f"normalize({_lowered(collation)}, NFD)"
    for marked, letter in _KEEP_MARKS.items():  # whole letters again before marks go
        folded = f"replace({folded}, {_literal(marked)}, {_literal(letter)})"
    folded = f"regexp_replace({folded}, {_literal(COMBINING)}, '', 'g')"
    source, target = _literal("".join(_BASE)), _literal("".join(_BASE.values()))
    return (
        f"CREATE FUNCTION {name}(typed text) RETURNS text LANGUAGE sql IMMUTABLE "
        "PARALLEL SAFE STRICT RETURN btrim(regexp_replace("
        f"translate({folded}, {source}, {target}), {_literal(separator_pattern())}, ' ', 'g'))"
    )


def case_collation(conn: Connection) -> str | None:
    """The first of CASE_COLLATIONS the server has (None: none, lower-case by translate)."""
    names = ", ".join(_literal(c) for c in CASE_COLLATIONS)
    found = {
        str(name)
        for (name,) in conn.exec_driver_sql(
            f"SELECT collname FROM pg_collation WHERE collname IN ({names}) "
            "AND collencoding IN (-1, pg_char_to_encoding('UTF8'))"
        )
    }
    return next((c for c in CASE_COLLATIONS if c in found), None)


def _vector_function(schema: str) -> str:
    # plpgsql: its plans are kept for the session (a SQL function with a subquery is planned
    # again for every row: 3.5 times slower). Its body names the schema: pg_dump's restore
    # fills the generated columns with an empty search_path. Stems of the words only: codes,
    # numbers and addresses have none.
    stems = " || ".join(f"to_tsvector('{language}', t)" for language in LANGUAGES)
    return f"""CREATE FUNCTION {VECTOR_FUNCTION}(words text, codes text) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  t text := {schema}.{TEXT_FUNCTION}(coalesce(words, ''));
BEGIN
  RETURN to_tsvector('simple', t || ' ' || {schema}.{TEXT_FUNCTION}(coalesce(codes, '')))
         || {stems};
END $$"""


def _contact_function(schema: str) -> str:
    # as contact_fts: the name; phones as typed, as digits and their last 6..10 digits (a
    # number typed without its country or area code); e-mails
    return f"""CREATE FUNCTION {CONTACT_FUNCTION}(full_name text, phone text, mobile text,
  email text, email_alt text) RETURNS tsvector LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  number text;
  digits text;
  codes text := concat_ws(' ', phone, mobile, email, email_alt);
BEGIN
  FOREACH number IN ARRAY ARRAY[phone, mobile] LOOP
    digits := regexp_replace(coalesce(number, ''), '[^0-9]', '', 'g');
    codes := codes || ' ' || digits;
    FOR n IN 6..10 LOOP
      codes := codes || ' ' || right(digits, n);
    END LOOP;
  END LOOP;
  RETURN {schema}.{VECTOR_FUNCTION}(full_name, codes);
END $$"""


def _query_function(schema: str) -> str:
    languages = ", ".join(f"'{language}'" for language in LANGUAGES)
    return f"""CREATE FUNCTION {QUERY_FUNCTION}(typed text) RETURNS tsquery LANGUAGE plpgsql
IMMUTABLE PARALLEL SAFE STRICT AS $$
DECLARE
  word text;
  t text;
  language regconfig;
  stem tsquery;
  found tsquery;
  result tsquery;
BEGIN
  FOREACH word IN ARRAY regexp_split_to_array(btrim(typed), '\\s+') LOOP
    t := {schema}.{TEXT_FUNCTION}(word);
    CONTINUE WHEN t = '';
    -- the typed word's words in a row, the last as a prefix
    found := to_tsquery('simple', replace(t, ' ', ' <-> ') || ':*');
    -- or, for a word long enough to be whole, its stem in a language where it has another
    -- (the prefix finds the word itself)
    IF length(t) >= {STEM_FROM} THEN
      FOREACH language IN ARRAY ARRAY[{languages}]::regconfig[] LOOP
        stem := phraseto_tsquery(language, t);
        IF numnode(stem) > 0 AND stem <> phraseto_tsquery('simple', t) THEN
          found := found || stem;
        END IF;
      END LOOP;
    END IF;
    result := CASE WHEN result IS NULL THEN found ELSE result && found END;
  END LOOP;
  RETURN result;
END $$"""


def _client_vector() -> str:
    words, codes = (
        " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)
        for columns in (CLIENT_WORDS, CLIENT_CODES)
    )
    return f"{VECTOR_FUNCTION}({words}, {codes})"


def _contact_vector() -> str:
    return f"{CONTACT_FUNCTION}(full_name, phone, mobile, email, email_alt)"


def create_server_search(conn: Connection) -> None:
    """The functions, the generated columns and their GIN indexes (PostgreSQL only)."""
    execute = conn.exec_driver_sql
    schema = '"' + str(execute("SELECT current_schema()").scalar_one()) + '"'
    execute(text_function(case_collation(conn)))
    execute(_vector_function(schema))
    execute(_contact_function(schema))
    execute(_query_function(schema))
    for name, expression in (("client", _client_vector()), ("contact", _contact_vector())):
        execute(
            f"ALTER TABLE {name} ADD COLUMN {SEARCH_COLUMN} tsvector "
            f"GENERATED ALWAYS AS ({expression}) STORED"
        )
        execute(f"CREATE INDEX {INDEXES[name]} ON {name} USING gin ({SEARCH_COLUMN})")


def drop_server_search(conn: Connection) -> None:
    execute = conn.exec_driver_sql
    for name, index in INDEXES.items():
        execute(f"DROP INDEX IF EXISTS {index}")
        execute(f"ALTER TABLE {name} DROP COLUMN IF EXISTS {SEARCH_COLUMN}")
    execute(f"DROP FUNCTION IF EXISTS {QUERY_FUNCTION}(text)")
    execute(f"DROP FUNCTION IF EXISTS {CONTACT_FUNCTION}(text, text, text, text, text)")
    execute(f"DROP FUNCTION IF EXISTS {VECTOR_FUNCTION}(text, text)")
    execute(f"DROP FUNCTION IF EXISTS {TEXT_FUNCTION}(text)")


def is_search_object(name: str | None, kind: str) -> bool:
    """What the search adds that the models do not describe (for Alembic's comparisons): the
    FTS5 tables and their shadow tables, the server's search columns and indexes."""
    if kind == "table":
        return is_search_table(name)
    if kind == "column":
        return name == SEARCH_COLUMN
    return kind == "index" and name in INDEXES.values()


def _matches(table: str, typed: BindParameter[str]) -> ColumnElement[bool]:
    vector: ColumnElement[Any] = literal_column(f"{table}.{SEARCH_COLUMN}")
    # a scalar subquery: the query is made once per statement (an InitPlan), also where a
    # prepared statement's generic plan cannot fold it (else once per row its index returns:
    # 0.6 s for "cl-0" at 10 000 clients)
    query = select(func.kamdesk_search_query(typed)).scalar_subquery()
    return vector.bool_op("@@")(query)


class ClientSearch(ColumnElement[bool]):
    """The clients matching typed words: on a laptop `laptop` (FTS5, written by the client
    list), on the server the same through the search vectors, the clients' own and (with
    `contacts`) their live contacts'. Each dialect compiles its own; the server's is built only
    when compiled for it, so a laptop pays nothing for it. Cached: the typed text is a bound
    parameter of the key."""

    inherit_cache = True
    type = Boolean()
    _is_implicitly_boolean = True  # a condition as it is: SQLite's WHERE without "= 1"
    _traverse_internals = [
        ("laptop", InternalTraversal.dp_clauseelement),
        ("typed", InternalTraversal.dp_clauseelement),
        ("contacts", InternalTraversal.dp_boolean),
    ]

    def __init__(self, laptop: ColumnElement[bool], search: str, *, contacts: bool) -> None:
        self.laptop = laptop
        self.typed = bindparam(None, search, type_=Text())  # one name, used by both sides
        self.contacts = contacts

    def server(self) -> ColumnElement[bool]:
        if not self.contacts:
            return _matches("client", self.typed)
        # each side read once through its GIN index into a hashed set that a client is looked
        # up in: "own OR id IN (contacts)" tests every client's vector (33 ms at 10 000
        # clients), and one IN over the union of both is joined row by row where a prefix
        # matches thousands (its estimate is a few: 200 ms for "cl-0")
        mine: Select[Any] = (
            select(literal_column("own.id"))
            .select_from(table("client").alias("own"))
            .where(_matches("own", self.typed))
        )
        contacts: Select[Any] = (
            select(literal_column("contact.client_id"))
            .select_from(table("contact"))
            .where(literal_column("contact.deleted_at").is_(None), _matches("contact", self.typed))
        )
        client_id: ColumnElement[Any] = literal_column("client.id")
        return or_(client_id.in_(mine), client_id.in_(contacts))


@compiles(ClientSearch)
def _compile_laptop(element: ClientSearch, compiler: SQLCompiler, **kw: Any) -> str:
    return "(" + compiler.process(element.laptop, **kw) + ")"


@compiles(ClientSearch, "postgresql")
def _compile_server(element: ClientSearch, compiler: SQLCompiler, **kw: Any) -> str:
    return "(" + compiler.process(element.server(), **kw) + ")"


class Contains(ColumnElement[bool]):
    """`column` holds `words` anywhere, case ignored for ASCII letters: SQLite's LIKE on a
    laptop (as it always was), ILIKE on the server (its LIKE tells case apart: "so-2026" would
    not find SO-2026-000001)."""

    inherit_cache = True
    type = Boolean()
    _is_implicitly_boolean = True
    _traverse_internals = [
        ("column", InternalTraversal.dp_clauseelement),
        ("pattern", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, column: Any, words: str) -> None:  # a column or a mapped attribute
        self.column: ColumnElement[Any] = coercions.expect(roles.ExpressionElementRole, column)
        self.pattern = bindparam(None, f"%{words}%", type_=Text())


@compiles(Contains)
def _contains_laptop(element: Contains, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.column.like(element.pattern), **kw)


@compiles(Contains, "postgresql")
def _contains_server(element: Contains, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.column.ilike(element.pattern), **kw)
