"""The client and order lists' search on the team server (issue 19): tsvector's counterpart of a
laptop's FTS5 (kamdesk.db.search_pg), on a real PostgreSQL (tests/pg.py), beside the laptop's
answers for the same typed text."""

from __future__ import annotations

import subprocess
from datetime import date
from decimal import Decimal

import psycopg
import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import Executable, select, text
from sqlalchemy.orm import Session, sessionmaker

from kamdesk.db import Database, run_upgrade
from kamdesk.db.revisions import _alembic_config
from kamdesk.db.search import CLIENT_FTS_COLUMNS
from kamdesk.db.search_pg import (
    CLIENT_CODES,
    CLIENT_WORDS,
    INDEXES,
    LANGUAGES,
    SEARCH_COLUMN,
    TEXT_FUNCTION,
    case_collation,
    text_function,
)
from kamdesk.db.server import make_server_engine
from kamdesk.models import Client, Contact
from kamdesk.services.clients.client_list import (
    client_search_clause,
    count_clients,
    list_clients,
)
from kamdesk.services.clients.dossier import delete_client
from kamdesk.services.sales.orders import DraftLine, OrderDraft, list_orders, save_draft
from tests.factories import add_client, add_named_clients, add_product
from tests.pg import Cluster, _program

Sessions = sessionmaker[Session]

# (name, city, contact's name, phone, e-mail)
PEOPLE = [
    ("Kovács Anna", "+36 1 555 0142", "anna.kovacs@tejgazdasag.hu"),
    ("Иван Петров", "+7 (495) 123-45-67", "petrov@hleb.ru"),
    ("Giulia Bianchi", "02 8765 4321", "g.bianchi@fornitore.it"),
]

# What a KAM types, and what a laptop and the server both find for it.
TYPED = [
    "gyor",  # Győri, Győr: accents ignored
    "GYŐR",
    "győri éle",  # two words, each a prefix
    "élelmiszer zrt",
    "g",  # the first keystroke
    "gy",
    "моск",  # Cyrillic, lower case for upper
    "МОСКВА",
    "северн хлеб",
    "«Северный",  # quotes are no part of a word
    "волга-лог",  # a hyphenated word: its parts in a row
    "cl-00003",
    "cl 00003",
    "00005",
    "ristor mil",
    "padana s.p",
    "xəzər",
    "bakı",
    "kft",
    "dunakeszi kft",
    "dunakeszi srl",  # no client is both
    "bologna carni",
    "kovács",  # a contact's name (from the third character)
    "kovacs anna",
    "петров",
    "5550142",  # a phone as digits, without the country code
    "1234567",
    "anna.kovacs",  # an e-mail's start
    "zzz",
    "!!",  # nothing searchable: no filter
]


def _fill(s: Session) -> None:
    clients = add_named_clients(s)
    for client, (name, phone, email) in zip(clients, PEOPLE, strict=False):
        s.add(Contact(client_id=client.id, full_name=name, phone=phone, email=email))
    s.flush()


def _plan(s: Session, stmt: Executable) -> str:
    """EXPLAIN of a statement, its parameters bound as the service binds them."""
    compiled = stmt.compile(dialect=s.get_bind().dialect)
    rows = s.connection().exec_driver_sql("EXPLAIN " + str(compiled), compiled.params)
    return "\n".join(str(line) for (line,) in rows)


def _found(s: Session, typed: str) -> tuple[int, list[str]]:
    names = [row.name for row in list_clients(s, search=typed, limit=1000)]
    return count_clients(s, search=typed), names


def test_the_server_finds_what_a_laptop_finds(pg_sessions: Sessions, db: Database) -> None:
    with db.unit_of_work() as s:
        _fill(s)
    with pg_sessions() as s:
        _fill(s)
        s.commit()
    with db.reading() as s:
        on_laptop = {typed: _found(s, typed) for typed in TYPED}
    with pg_sessions() as s:
        on_server = {typed: _found(s, typed) for typed in TYPED}
    assert on_server == on_laptop
    # and what they find is what the words say
    assert on_server["gyor"] == (1, ["Győri Élelmiszer Zrt."])
    assert on_server["МОСКВА"] == (1, ["ООО «Северный Хлеб»"])
    assert on_server["cl-00003"] == (1, ["Győri Élelmiszer Zrt."])
    assert on_server["dunakeszi kft"] == (1, ["Dunakeszi Csomagoló Kft."])
    assert on_server["dunakeszi srl"] == (0, [])
    assert on_server["5550142"] == (1, ["ООО «Северный Хлеб»"])  # Kovács Anna's
    assert on_server["петров"] == (1, ["АО «Волга-Логистик»"])
    assert on_server["kft"][0] == 2
    assert on_server["!!"][0] == len(on_server["!!"][1]) == 10


def test_every_prefix_of_a_word_finds_its_client(pg_sessions: Sessions) -> None:
    with pg_sessions() as s:
        _fill(s)
        s.commit()
        for word in ("Székesfehérvár", "Széchenyi"):
            add_client(s, f"{word} Pékség Kft.", city=word)
        s.commit()
        for word, typed in (("Székesfehérvár", "szekesfehervar"), ("Ristorazione", "ristorazione")):
            for n in range(1, len(typed) + 1):
                names = [row.name for row in list_clients(s, search=typed[:n])]
                assert any(word in name for name in names), typed[:n]
        assert [r.name for r in list_clients(s, search="széche")] == ["Széchenyi Pékség Kft."]


def test_a_renamed_client_is_found_by_its_new_name_only(pg_sessions: Sessions) -> None:
    with pg_sessions() as s:
        client = add_client(s, "Pasticceria Dolce", city="Torino", code="CL-1")
        s.commit()
        assert count_clients(s, search="dolce") == 1
        client.name = "Forno Antico"
        s.commit()
        assert count_clients(s, search="dolce") == 0
        assert [r.name for r in list_clients(s, search="forno ant")] == ["Forno Antico"]
        assert [r.name for r in list_clients(s, search="torino")] == ["Forno Antico"]


def test_deleted_clients_and_contacts_are_not_found(pg_sessions: Sessions) -> None:
    with pg_sessions() as s:
        _fill(s)
        s.commit()
        (gyor,) = list_clients(s, search="gyor")
        (hleb,) = list_clients(s, search="kovács")  # by its contact
        contact = s.query(Contact).filter(Contact.client_id == hleb.id).one()
        contact.full_name, contact.email = "Tóth Ilona", "ilona.toth@tejgazdasag.hu"
        s.commit()
        assert count_clients(s, search="kovács") == 0  # the contact renamed
        assert count_clients(s, search="tóth") == 1
        contact.deleted_at = contact.updated_at
        s.commit()
        assert count_clients(s, search="tóth") == 0  # a deleted contact finds nothing
        assert count_clients(s, search="хлеб") == 1  # the client itself is there
        delete_client(s, gyor.id)
        s.commit()
        assert count_clients(s, search="gyor") == 0
        assert list_clients(s, search="győri élelmiszer") == []


def test_a_whole_word_in_another_form_finds_its_client_on_the_server(
    pg_sessions: Sessions, db: Database
) -> None:
    """What the server finds beyond the laptop's prefixes: a word in another form (the
    languages' stems), an e-mail by its domain (a laptop reads an address as one word)."""
    with db.unit_of_work() as s:
        _fill(s)
    with db.reading() as s:
        assert count_clients(s, search="Москве") == count_clients(s, search="tejgazd") == 0
    with pg_sessions() as s:
        _fill(s)
        s.commit()
        assert [r.name for r in list_clients(s, search="tejgazd")] == ["ООО «Северный Хлеб»"]
        assert [r.city for r in list_clients(s, search="Москве")] == ["Москва"]
        assert [r.city for r in list_clients(s, search="Казани")] == ["Казань"]
        assert [r.city for r in list_clients(s, search="Győrben")] == ["Győr"]
        assert [r.city for r in list_clients(s, search="milanesi")] == ["Milano"]
        assert count_clients(s, search="Москве Волга") == 0  # still every word


def test_orders_are_searched_by_their_clients_name_on_the_server(pg_sessions: Sessions) -> None:
    with pg_sessions() as s:
        clients = add_named_clients(s)
        milk = add_product(s, "MILK-1", "Milk 1 l", "1.20")
        line = DraftLine(milk.id, Decimal(10), Decimal("1.20"), Decimal(0), price_rule="base")
        for client in (clients[0], clients[2]):
            save_draft(s, OrderDraft(client.id, date(2026, 11, 24), (line,)))
        s.commit()
        assert [r.client_name for r in list_orders(s, search="gyor")] == [clients[2].name]
        assert [r.client_name for r in list_orders(s, search="северн")] == [clients[0].name]
        assert list_orders(s, search="bologna") == []
        # by its number, case ignored as by a laptop's LIKE
        numbers = sorted(r.number for r in list_orders(s))
        assert len(numbers) == 2
        assert sorted(r.number for r in list_orders(s, search=numbers[1].lower())) == [numbers[1]]
        assert sorted(r.number for r in list_orders(s, search="so-20")) == numbers


def test_the_search_reads_the_gin_indexes(pg_sessions: Sessions) -> None:
    """The client list's own statement, its typed words a bound parameter as always: each
    search vector is read through its index (the typed words made a query once)."""
    with pg_sessions() as s:
        _fill(s)
        s.commit()
        s.execute(text("SET LOCAL enable_seqscan = off"))
        stmt = select(Client.id).where(client_search_clause("kovács anna"))
        plan = _plan(s, stmt)
        assert INDEXES["client"] in plan and INDEXES["contact"] in plan
        assert plan.count("InitPlan") == 2, plan  # the query made once for each table


def test_text_folds_alike_without_a_collation_that_lower_cases(pg_url: str) -> None:
    """Where the server has neither ICU's nor the C library's Unicode collation, translate()
    lower-cases: the same words."""
    names = [field for person in PEOPLE for field in person]
    names += ["ООО «Северный Хлеб»", "ЁЛКА-Йошкар", "İSTANBUL ŞİŞLİ", "ΣΟΦΊΑ", "ŁÓDŹ Ørsted"]
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(text_function(None, "fold_by_translate").encode())
        for name in names:
            row = conn.execute(
                f"SELECT {TEXT_FUNCTION}(%s), fold_by_translate(%s)", (name, name)
            ).fetchone()
            assert row is not None and row[0] == row[1], name
        row = conn.execute(f"SELECT {TEXT_FUNCTION}('ЁЛКА-Йошкар, İSTANBUL')").fetchone()
        assert row == ("елка йошкар istanbul",)  # ё read as е, й kept


def test_the_collation_found_and_the_languages_are_the_servers(pg_url: str) -> None:
    engine = make_server_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert case_collation(conn) is not None  # PostgreSQL 15 of Debian: ICU's
            configs = {str(c) for (c,) in conn.exec_driver_sql("SELECT cfgname FROM pg_ts_config")}
            assert set(LANGUAGES) <= configs
    finally:
        engine.dispose()


def _this_migration() -> tuple[str, str]:
    """The search's revision and the one before it, as the scripts name them (renumbered
    when merged)."""
    scripts = ScriptDirectory.from_config(_alembic_config(None))
    for script in scripts.walk_revisions():
        if script.path.endswith("_server_search.py"):
            return script.revision, str(script.down_revision)
    raise AssertionError("no server search migration")


def test_the_migration_goes_down_and_up_again(pg_url: str) -> None:
    from alembic import command

    ours, before = _this_migration()
    engine = make_server_engine(pg_url)
    try:
        with engine.begin() as conn:
            command.downgrade(_alembic_config(conn), before)
            columns = conn.exec_driver_sql(
                "SELECT count(*) FROM information_schema.columns "
                f"WHERE column_name = '{SEARCH_COLUMN}'"
            ).scalar_one()
            functions = conn.exec_driver_sql(
                "SELECT count(*) FROM pg_proc WHERE proname LIKE 'kamdesk_search%%'"
            ).scalar_one()
            assert (columns, functions) == (0, 0)
        run_upgrade(engine, ours)
        with sessionmaker(engine)() as s:
            add_named_clients(s)
            s.commit()
            assert count_clients(s, search="gyor") == 1
    finally:
        engine.dispose()


@pytest.mark.parametrize("typed", ["", "   ", "-", "«»"])
def test_nothing_searchable_lists_every_client(pg_sessions: Sessions, typed: str) -> None:
    with pg_sessions() as s:
        add_named_clients(s)
        s.commit()
        assert count_clients(s, search=typed) == 10


def test_a_server_restored_from_pg_dump_searches_as_before(
    pg_sessions: Sessions, pg_cluster: Cluster
) -> None:
    """pg_dump's restore fills the generated columns with an empty search_path: the functions
    find each other all the same."""
    pg_dump, pg_restore = _program("pg_dump"), _program("pg_restore")
    if pg_dump is None or pg_restore is None:
        pytest.skip("pg_dump and pg_restore not found")
    with pg_sessions() as s:
        _fill(s)
        s.commit()
        source = s.get_bind().url.database
    dump = pg_cluster.folder / "search.dump"
    subprocess.run(
        [pg_dump, "-Fc", "-f", str(dump), pg_cluster.url(str(source))],
        check=True,
        capture_output=True,
    )
    pg_cluster.execute("CREATE DATABASE restored TEMPLATE template0")
    try:
        subprocess.run(
            [pg_restore, "--exit-on-error", "-d", pg_cluster.url("restored"), str(dump)],
            check=True,
            capture_output=True,
        )
        engine = make_server_engine(pg_cluster.url("restored"))
        try:
            with sessionmaker(engine)() as s:
                assert [r.name for r in list_clients(s, search="gyor")] == ["Győri Élelmiszer Zrt."]
                assert count_clients(s, search="петров") == 1  # by a contact
                add_client(s, "Pescheria Adriatica", city="Rimini")
                s.commit()
                assert count_clients(s, search="adriat rimini") == 1
        finally:
            engine.dispose()
    finally:
        pg_cluster.execute("DROP DATABASE IF EXISTS restored WITH (FORCE)")


def test_the_server_indexes_the_columns_a_laptop_does() -> None:
    assert sorted(CLIENT_WORDS + CLIENT_CODES) == sorted(CLIENT_FTS_COLUMNS)
