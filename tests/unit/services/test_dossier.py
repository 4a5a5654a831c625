"""Dossier services on a real file: profile, strategy, reasons, competitors, delete/archive."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from kamdesk.db import Database
from kamdesk.domain.client import ClientProfile, ContactData
from kamdesk.errors import UserError
from kamdesk.models import Activity, ActivityContact, Client, Invoice
from kamdesk.services.clients import contacts as svc_contacts
from kamdesk.services.clients import dossier
from kamdesk.services.clients.classification import Period, key_clients
from kamdesk.services.clients.client_list import count_clients, list_clients
from kamdesk.services.clients.history import timeline
from kamdesk.services.company import InvalidFields
from tests.factories import add_client, add_order

TODAY = date(2026, 11, 23)
PROFILE = ClientProfile(
    name="Győri Élelmiszer Zrt.",
    country="HU",
    tax_id="18795134-2-41",
    city="Győr",
    email="info@gyori.hu",
    kam="Kovács Anna; Elena Morozova",
    status="active",
)


@pytest.mark.sqlite_only("search is SQLite's FTS5 (the server's: tsvector)")
def test_create_and_edit_a_client_profile(db: Database) -> None:
    with db.unit_of_work() as s:
        cid = dossier.save_profile(s, PROFILE, today=TODAY)
    with db.unit_of_work() as s:
        assert dossier.get_profile(s, cid) == PROFILE
        dossier.save_profile(s, replace(PROFILE, city="Budapest"), client_id=cid, today=TODAY)
    with db.reading() as s:
        assert dossier.get_profile(s, cid).city == "Budapest"
        assert [r.name for r in list_clients(s, search="gyori")] == [PROFILE.name]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", " "),
        ("tax_id", "18795135-2-41"),
        ("email", "info at gyori"),
        ("phone", "ring ring"),
        ("kam", "A; B; C; D"),
        ("kam", ""),
        ("founded", TODAY + timedelta(days=1)),
        ("employees", -3),
        ("website", "not a site"),
    ],
)
def test_a_bad_profile_field_saves_nothing(db: Database, field: str, value: object) -> None:
    with db.unit_of_work() as s:
        cid = dossier.save_profile(s, PROFILE, today=TODAY)
    with pytest.raises(InvalidFields) as caught, db.unit_of_work() as s:
        dossier.save_profile(
            s, replace(PROFILE, city="Changed", **{field: value}), client_id=cid, today=TODAY
        )
    assert list(caught.value.problems) == [field]
    with db.reading() as s:
        assert dossier.get_profile(s, cid).city == "Győr"


def test_strategy_and_key_reasons(db: Database) -> None:
    with db.unit_of_work() as s:
        cid = add_client(s, "X").id
        dossier.save_strategy(
            s, cid, dossier.Strategy(needs="Faster deliveries", budget=Decimal(5))
        )
        dossier.save_key_reasons(
            s, cid, {"reference": "Best-known brand in the city", "partner": "Shares plans"}
        )
    with db.unit_of_work() as s:
        assert dossier.get_strategy(s, cid).needs == "Faster deliveries"
        assert list(dossier.get_key_reasons(s, cid)) == ["reference", "partner"]
        dossier.save_key_reasons(s, cid, {"partner": "Shares plans openly"})
    with db.reading() as s:
        assert dossier.get_key_reasons(s, cid) == {"partner": "Shares plans openly"}
    with pytest.raises(InvalidFields), db.unit_of_work() as s:
        dossier.save_key_reasons(s, cid, {"innovator": "  "})


def test_competitors_at_a_client(db: Database) -> None:
    with db.unit_of_work() as s:
        cid = add_client(s, "X").id
        dossier.save_competitor_at(s, cid, "PackPro", supplies="film", share_percent=Decimal(40))
        dossier.save_competitor_at(s, cid, "packpro", supplies="boxes", share_percent=Decimal(10))
    with db.reading() as s:
        rows = dossier.competitors_at(s, cid)
        assert [r.competitor for r in rows] == ["PackPro", "PackPro"]
        assert len(dossier.list_competitors(s)) == 1
    with pytest.raises(InvalidFields, match="over 100"), db.unit_of_work() as s:
        dossier.save_competitor_at(s, cid, "Other", share_percent=Decimal(60))


def test_delete_is_refused_with_history_and_archive_is_offered(db: Database) -> None:
    with db.unit_of_work() as s:
        busy = add_client(s, "Busy")
        add_order(s, busy, [("1", "1.00", "0")])
        idle = add_client(s, "Idle").id
    with pytest.raises(UserError, match="Archive the client instead"), db.unit_of_work() as s:
        dossier.delete_client(s, busy.id)
    with db.unit_of_work() as s:
        dossier.archive_client(s, busy.id)
        dossier.delete_client(s, idle)
    with db.reading() as s:
        assert count_clients(s) == 0
        assert [r.name for r in list_clients(s, include_archived=True)] == ["Busy"]


def _contact(s, cid: str, name: str, **kw: object) -> str:  # type: ignore[no-untyped-def]
    return svc_contacts.save_contact(
        s, ContactData(client_id=cid, full_name=name, **kw), today=TODAY
    )  # type: ignore[arg-type]


def test_contacts_relations_trash_and_restore(db: Database) -> None:
    with db.unit_of_work() as s:
        cid = add_client(s, "X").id
        boss = _contact(s, cid, "Anna Boss", buying_role="decision maker")
        fan = _contact(s, cid, "Béla Fan", attitude="champion", reports_to_id=boss)
        critic = _contact(s, cid, "Carla Critic", attitude="sceptic", reports_to_id=fan)
        svc_contacts.add_relation(s, fan, boss, "influences")
        svc_contacts.add_relation(s, critic, fan, "conflicts")
    with pytest.raises(UserError, match="already reports to"), db.unit_of_work() as s:
        svc_contacts.set_reports_to(s, boss, critic)
    with pytest.raises(UserError, match="already"), db.unit_of_work() as s:
        svc_contacts.add_relation(s, fan, critic, "conflicts")
    with pytest.raises(UserError, match="themselves"), db.unit_of_work() as s:
        svc_contacts.add_relation(s, fan, fan, "influences")
    with db.unit_of_work() as s:
        svc_contacts.delete_contact(s, fan)
    with db.reading() as s:
        live = {c.name: c for c in svc_contacts.list_contacts(s, cid)}
        assert set(live) == {"Anna Boss", "Carla Critic"}
        assert live["Carla Critic"].data.reports_to_id == boss  # moved up a level
        assert svc_contacts.list_relations(s, cid) == []
        assert [c.name for c in svc_contacts.list_contacts(s, cid, deleted=True)] == ["Béla Fan"]
    with db.unit_of_work() as s:
        svc_contacts.restore_contact(s, fan)
    with db.reading() as s:
        assert len(svc_contacts.list_contacts(s, cid)) == 3
        assert {r.kind for r in svc_contacts.list_relations(s, cid)} == {"influences", "conflicts"}


def test_bad_contact_fields_save_nothing(db: Database) -> None:
    with db.unit_of_work() as s:
        cid = add_client(s, "X").id
    with pytest.raises(InvalidFields) as caught, db.unit_of_work() as s:
        _contact(s, cid, "", email="nope", phone="call me", attitude="friendly")
    assert set(caught.value.problems) == {"full_name", "email", "phone", "attitude"}
    with db.reading() as s:
        assert svc_contacts.list_contacts(s, cid) == []


def test_last_contact_and_completeness_follow_meetings(db: Database) -> None:
    with db.unit_of_work() as s:
        cid = add_client(s, "X").id
        anna = _contact(s, cid, "Anna", buying_role="decision maker", language="hu")
    with db.reading() as s:
        before = dossier.dossier_completeness(s, [cid], TODAY)[cid]
    met = datetime.now(UTC) - timedelta(days=3)
    with db.unit_of_work() as s:
        meeting = Activity(
            kind="meeting", client_id=cid, subject="Kick-off", starts_at=met, status="done"
        )
        s.add(meeting)
        s.flush()
        s.add(ActivityContact(activity_id=meeting.id, contact_id=anna))
    with db.reading() as s:
        (anna_rec,) = svc_contacts.list_contacts(s, cid)
        assert anna_rec.last_contact == met.date()
        after = dossier.dossier_completeness(s, [cid], met.date())[cid]
    assert after.score > before.score
    assert "never_contacted" in [g.code for g in before.gaps]
    assert "never_contacted" not in [g.code for g in after.gaps]


@pytest.mark.sqlite_only("search is SQLite's FTS5 (the server's: tsvector)")
def test_search_finds_clients_by_their_contacts(db: Database) -> None:
    with db.unit_of_work() as s:
        cid = add_client(s, "Plain Name Ltd").id
        add_client(s, "Other Ltd")
        _contact(s, cid, "Ferenc Szabó", phone="+36 1 555 0142", email="ferenc@plain.hu")
    with db.reading() as s:
        for query in ("ferenc", "szabo", "5550142", "15550142", "555 0142", "ferenc@plain.hu"):
            assert [r.name for r in list_clients(s, search=query)] == ["Plain Name Ltd"], query


def test_history_timeline_newest_first_and_filtered(db: Database) -> None:
    with db.unit_of_work() as s:
        client = add_client(s, "X")
        add_order(s, client, [("1", "10.00", "0")], number="SO-1", day=date(2026, 1, 5))
        add_order(s, client, [("2", "10.00", "0")], number="SO-2", day=date(2026, 3, 5))
        s.add(
            Activity(
                kind="call",
                client_id=client.id,
                subject="Call",
                status="done",
                starts_at=datetime(2026, 2, 1, 9, tzinfo=UTC),
            )
        )
    with db.reading() as s:
        all_kinds = timeline(s, client.id)
        assert [e.title for e in all_kinds] == ["Order SO-2", "Call", "Order SO-1"]
        assert [e.kind for e in timeline(s, client.id, ["call"])] == ["call"]


def test_key_client_report_over_a_period(db: Database) -> None:
    with db.unit_of_work() as s:
        for name, amount in (("Big", "800.00"), ("Small", "200.00")):
            c = add_client(s, name)
            s.add(
                Invoice(
                    number=f"I-{name}",
                    client_id=c.id,
                    issue_date=date(2026, 5, 1),
                    due_date=date(2026, 5, 31),
                    currency="EUR",
                    total_net=Decimal(amount),
                    total_vat=Decimal(0),
                    total_gross=Decimal(amount),
                )
            )
    with db.reading() as s:
        report = key_clients(s, Period.last_12_months(TODAY))
        shares = [(c.name, c.share, c.categories) for c in report.classification.clients]
        assert shares == [
            ("Big", Decimal("0.8"), ("key", "critical", "mono")),
            ("Small", Decimal("0.2"), ("key",)),
        ]
        assert key_clients(s, Period(date(2026, 6, 1), TODAY)).classification.clients == ()


@pytest.mark.sqlite_only("verified by check, which examines a laptop's file")
def test_deleting_a_client_takes_what_hangs_on_it(db: Database) -> None:
    from kamdesk.services.check import check

    with db.unit_of_work() as s:
        cid = add_client(s, "Gone Ltd").id
        a = _contact(s, cid, "A")
        b = _contact(s, cid, "B")
        svc_contacts.add_relation(s, a, b, "influences")
        dossier.save_key_reasons(s, cid, {"partner": "Shares plans"})
        dossier.save_competitor_at(s, cid, "Rival")
    with db.unit_of_work() as s:
        dossier.delete_client(s, cid)
    with db.engine.connect() as conn:
        assert check(conn) == []
    with db.reading() as s:
        assert svc_contacts.list_relations(s, cid) == []
        assert dossier.competitors_at(s, cid) == []


def test_parent_companies_cannot_loop(db: Database) -> None:
    with db.unit_of_work() as s:
        holding = dossier.save_profile(s, replace(PROFILE, name="Holding"), today=TODAY)
        daughter = dossier.save_profile(
            s, replace(PROFILE, name="Daughter", parent_id=holding), today=TODAY
        )
    with pytest.raises(InvalidFields) as caught, db.unit_of_work() as s:
        dossier.save_profile(
            s, replace(PROFILE, name="Holding", parent_id=daughter), client_id=holding, today=TODAY
        )
    assert list(caught.value.problems) == ["parent_id"]


def test_competitor_names_match_whatever_the_case_and_script(db: Database) -> None:
    with db.unit_of_work() as s:
        cid = add_client(s, "X").id
        dossier.save_competitor_at(s, cid, "ÖKO-Pack", supplies="film")
        dossier.save_competitor_at(s, cid, "öko-pack", supplies="boxes")
        dossier.save_competitor_at(s, cid, "Ромашка")
        dossier.save_competitor_at(s, cid, "РОМАШКА")
    with db.reading() as s:
        assert [n for _, n in dossier.list_competitors(s)] == ["ÖKO-Pack", "Ромашка"]


def test_requisites_save_with_the_profile_and_bad_ones_save_nothing(db: Database) -> None:
    from kamdesk.domain.client_requisites import ClientRequisites

    de = replace(PROFILE, country="DE", tax_id="")
    good = ClientRequisites(vat_number="de 136695976", vat_checked_on=date(2026, 1, 5))
    with db.unit_of_work() as s:
        cid = dossier.save_profile(s, de, today=TODAY, requisites=good)
    with db.unit_of_work() as s:
        r = dossier.get_requisites(s, cid)
        assert (r.vat_number, r.vat_checked_on) == ("DE136695976", date(2026, 1, 5))
        bad = replace(good, vat_number="DE136695977", tax_regime="nonsense")
        with pytest.raises(InvalidFields) as refused:
            dossier.save_profile(
                s, replace(de, city="Berlin"), client_id=cid, today=TODAY, requisites=bad
            )
        assert "check digit" in refused.value.problems["vat_number"]
        assert "tax_regime" in refused.value.problems
    with db.reading() as s:
        assert dossier.get_profile(s, cid).city != "Berlin"
        assert dossier.get_requisites(s, cid).vat_number == "DE136695976"


def test_a_clients_currency_stays_once_it_has_orders(db: Database) -> None:
    """Orders, invoices, special prices and plans do not say their own currency: they are in
    the client's, which therefore changes only while there are none."""
    with db.unit_of_work() as s:
        cid = dossier.save_profile(s, replace(PROFILE, currency="EUR"), today=TODAY)
        dossier.save_profile(s, replace(PROFILE, currency="HUF"), client_id=cid, today=TODAY)
    with db.unit_of_work() as s:
        client = s.get(Client, cid)
        assert client is not None and client.currency == "HUF"
        add_order(s, client, [("2", "10.00", "0")])
    with db.unit_of_work() as s, pytest.raises(InvalidFields) as refused:
        dossier.save_profile(s, replace(PROFILE, currency="EUR"), client_id=cid, today=TODAY)
    assert "has orders in HUF: the currency stays HUF" in refused.value.problems["currency"]
    with db.reading() as s:
        assert dossier.get_profile(s, cid).currency == "HUF"


def test_a_clients_documents_follow_its_country_unless_chosen_by_hand(db: Database) -> None:
    from kamdesk.services.clients.client_terms import get_client_terms, save_client_terms

    with db.unit_of_work() as s:
        russian = dossier.save_profile(
            s, replace(PROFILE, country="RU", tax_id="", name="ООО «Стройторг»"), today=TODAY
        )
        nowhere = dossier.save_profile(
            s, replace(PROFILE, country="", tax_id="", name="No country yet"), today=TODAY
        )
    with db.unit_of_work() as s:
        assert get_client_terms(s, russian).document_language == "ru"
        assert get_client_terms(s, nowhere).document_language == "en"
        # the country is filled in later: the documents follow it
        dossier.save_profile(
            s, replace(PROFILE, country="HU", name="No country yet"), client_id=nowhere, today=TODAY
        )
        assert get_client_terms(s, nowhere).document_language == "hu"
        # the KAM chose English by hand: moving the client to Italy keeps English
        terms = get_client_terms(s, nowhere)
        save_client_terms(s, nowhere, replace(terms, document_language="en"))
        dossier.save_profile(
            s,
            replace(PROFILE, country="IT", tax_id="", name="No country yet"),
            client_id=nowhere,
            today=TODAY,
        )
        assert get_client_terms(s, nowhere).document_language == "en"
