"""Meeting readiness: the seven mistakes key clients do not forgive, one check each."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.completeness import Completeness, ContactFacts, DossierFacts, Gap, completeness
from kamdesk.domain.meeting import (
    FACTORS,
    ITEMS,
    MIN_QUESTIONS,
    TITLES,
    WEIGHTS,
    Argument,
    Attendee,
    Check,
    MeetingFacts,
    Readiness,
    contact_gaps,
    format_ticked,
    parse_ticked,
    readiness,
)
from kamdesk.domain.schedule import Conflict

TODAY = date(2026, 11, 24)
START = datetime(2026, 11, 26, 10, 0)
KNOWN = Completeness(score=100, gaps=())
ANNA = Attendee(
    "c-anna", "Anna Kovács", buying_role="decision maker", attitude="supporter",
    last_contact=TODAY - timedelta(days=10), form_of_address="Dr. Kovács", language="Hungarian",
    interests="sailing",
)  # fmt: skip
ORSOLYA = Attendee(
    "c-orsi", "Orsolya Tóth", buying_role="user", attitude="neutral",
    last_contact=TODAY - timedelta(days=30), etiquette="prefers first names",
)  # fmt: skip
PRICE = Argument("objection", "o1", "Your prices are 8% higher.", "Total cost over three years.")
LATE = Argument("complaint", "k1", "Two deliveries were late in October.", "New carrier.")
PERFECT = MeetingFacts(
    today=TODAY, start=START, duration_min=60, location="Budapest, Váci út 1", travel_min=30,
    arguments=(PRICE, LATE), questions=3, client_name="Alfa Kft.", client_completeness=KNOWN,
    attendees=(ANNA, ORSOLYA), has_agenda=True, has_goals=True, has_needs_asked=True,
    has_offer=True, products_on_agenda=2, product_facts=("Alfa owes 1 200 EUR, 10 days overdue.",),
    ticked=frozenset({"product"}),
)  # fmt: skip
EMPTY = MeetingFacts(today=TODAY, start=START, duration_min=60)
MIN = timedelta(minutes=1)
OVERLAP = Conflict("overlap", "m2", "Beta lunch", 20, START + 40 * MIN, START + 120 * MIN)
TRAVEL = Conflict("travel", "m0", "Gamma visit", 15, START - 120 * MIN, START - 15 * MIN)


def check(facts: MeetingFacts, item: str) -> Check:
    return readiness(facts).check(item)


def wheres(c: Check) -> list[str]:
    return [f.where for f in c.findings]


def texts(c: Check) -> list[str]:
    return [f.text for f in c.findings]


# --- the whole ----------------------------------------------------------------------------------


def test_the_weights_cover_the_seven_mistakes_and_sum_to_100() -> None:
    assert len(ITEMS) == 7 and set(WEIGHTS) == set(ITEMS) == set(TITLES)
    assert sum(WEIGHTS.values()) == 100


def test_a_perfect_meeting_scores_100_with_everything_ok() -> None:
    r = readiness(PERFECT)
    assert r.score == 100
    assert r.states == dict.fromkeys(ITEMS, "ok")
    assert [c.item for c in r.checks] == list(ITEMS)
    assert r.leave_by == datetime(2026, 11, 26, 9, 30)
    assert all(c.findings == () for c in r.checks if c.item != "product")
    assert r.check("late").title == "Being late"


def test_without_the_product_tick_a_perfect_meeting_scores_95() -> None:
    r = readiness(replace(PERFECT, ticked=frozenset()))
    assert r.score == 95
    assert r.check("product").state == "warning"
    assert {c.state for c in r.checks if c.item != "product"} == {"ok"}


def test_an_empty_meeting_scores_20() -> None:
    r = readiness(EMPTY)
    assert r.states == {
        "late": "warning",  # no address, no travel time
        "arguing": "warning",  # no objections recorded
        "interrupting": "missing",  # no questions
        "information": "missing",  # no dossier, nobody attending
        "preparation": "missing",  # no agenda, no goals
        "manners": "missing",  # nobody attending
        "product": "warning",  # nobody has ticked it
    }
    assert r.score == 20  # 15/2 + 15/2 + 10/2
    assert r.leave_by == START
    assert all(c.findings for c in r.checks)  # every gap says what fixes it


def test_the_score_is_the_weighted_sum_of_the_states() -> None:
    r = readiness(replace(PERFECT, questions=1, has_offer=False))  # interrupting, preparation warn
    assert r.score == 100 - 5 - 10
    r = readiness(replace(PERFECT, attendees=()))  # information and manners missing
    assert r.score == 100 - 20 - 10


def test_an_empty_call_scores_higher_than_an_empty_meeting() -> None:
    r = readiness(replace(EMPTY, kind="call", remote=True))
    assert r.check("late").state == "ok"
    assert r.states["preparation"] == "missing"
    assert r.score == 28  # 15 + 7.5 + 5 = 27.5, rounded half to even


# --- 1. being late ------------------------------------------------------------------------------


def test_late_ok_with_an_address_and_travel_time() -> None:
    c = check(PERFECT, "late")
    assert (c.state, c.summary, c.findings) == ("ok", "Leave by 09:30 (30 min travel).", ())


def test_late_warns_without_an_address_or_travel_time() -> None:
    c = check(replace(PERFECT, location="  "), "late")
    assert c.state == "warning" and c.summary == "The way there is not planned."
    assert texts(c) == ["No address: where is the meeting?"] and wheres(c) == ["details"]
    c = check(replace(PERFECT, travel_min=0), "late")
    assert c.state == "warning"
    assert texts(c) == ["No travel time: how long does it take to get there?"]
    assert wheres(check(replace(PERFECT, location="", travel_min=0), "late")) == ["details"] * 2


def test_late_is_missing_with_an_overlap_or_travel_that_does_not_fit() -> None:
    c = check(replace(PERFECT, conflicts=(OVERLAP,)), "late")
    assert c.state == "missing"
    assert c.summary == "Cannot leave by 09:30: another meeting is in the way."
    assert texts(c) == ["Overlaps “Beta lunch” (10:40–12:00) by 20 min."]
    assert wheres(c) == ["details"]
    c = check(replace(PERFECT, conflicts=(TRAVEL, OVERLAP), location=""), "late")
    assert c.state == "missing"
    assert texts(c) == [  # overlaps first; the clash is what matters, not the missing address
        "Overlaps “Beta lunch” (10:40–12:00) by 20 min.",
        "“Gamma visit” ends at 09:45: 15 min short of the travel time to get here.",
    ]


def test_a_conflict_keeps_late_missing_even_when_ticked() -> None:
    for conflict in (OVERLAP, TRAVEL):
        c = check(replace(PERFECT, conflicts=(conflict,), ticked=frozenset(ITEMS)), "late")
        assert (c.state, c.computed, c.ticked) == ("missing", "missing", True)
        assert not c.summary.startswith("Ticked")
    remote = replace(PERFECT, remote=True, conflicts=(OVERLAP,), ticked=frozenset(ITEMS))
    assert check(remote, "late").state == "missing"


def test_a_remote_meeting_needs_no_address_nor_travel() -> None:
    facts = replace(PERFECT, remote=True, location="", travel_min=0)
    c = check(facts, "late")
    assert (c.state, c.summary, c.findings) == ("ok", "Be ready at 10:00.", ())
    assert readiness(facts).leave_by == START
    # a travel time left over from when it was on site does not move the leave-by time
    assert readiness(replace(facts, travel_min=45)).leave_by == START


def test_a_remote_meeting_clashes_only_by_overlapping() -> None:
    c = check(replace(PERFECT, remote=True, conflicts=(OVERLAP,)), "late")
    assert (c.state, c.summary) == ("missing", "Clashes with another meeting.")
    assert wheres(c) == ["details"]
    c = check(replace(PERFECT, remote=True, conflicts=(TRAVEL,)), "late")
    assert (c.state, c.findings) == ("ok", ())


def test_a_call_never_needs_travel_even_when_not_marked_remote() -> None:
    call = replace(EMPTY, kind="call", travel_min=40)
    c = check(call, "late")
    assert (c.state, c.summary) == ("ok", "Be ready at 10:00.")
    assert readiness(call).leave_by == START
    assert check(replace(call, conflicts=(OVERLAP,)), "late").state == "missing"


# --- 2. arguing ---------------------------------------------------------------------------------


def test_arguing_warns_when_no_objection_is_recorded() -> None:
    c = check(replace(PERFECT, arguments=()), "arguing")
    assert c.state == "warning" and "think of the likely ones" in c.summary
    assert wheres(c) == ["objections"]


def test_arguing_ok_when_every_objection_and_complaint_has_a_response() -> None:
    c = check(PERFECT, "arguing")
    assert (c.state, c.summary, c.findings) == ("ok", "A response is prepared to all 2.", ())


def test_arguing_names_each_argument_without_a_response() -> None:
    bare_complaint = replace(LATE, response="   ")
    bare_objection = replace(PRICE, response="")
    c = check(replace(PERFECT, arguments=(bare_objection, bare_complaint)), "arguing")
    # an open complaint met unprepared is missing; an objection alone only warns
    assert c.state == "missing" and c.summary == "2 of 2 without a prepared response."
    assert texts(c) == [
        "No response prepared to the objection: Your prices are 8% higher.",
        "No response prepared to the complaint: Two deliveries were late in October.",
    ]
    assert wheres(c) == ["objections", "objections"]
    c = check(replace(PERFECT, arguments=(PRICE, bare_complaint)), "arguing")
    assert c.summary == "1 of 2 without a prepared response." and len(c.findings) == 1
    c = check(replace(PERFECT, arguments=(bare_objection, LATE)), "arguing")
    assert c.state == "warning"


def test_a_tick_cannot_stand_in_for_what_the_kam_should_write() -> None:
    bare = replace(PRICE, response="")
    unanswered = replace(PERFECT, arguments=(bare,), ticked=frozenset({"arguing"}))
    c = check(unanswered, "arguing")
    assert (c.state, c.tickable) == ("warning", False)
    nothing_known = replace(PERFECT, arguments=(), ticked=frozenset({"arguing"}))
    assert check(nothing_known, "arguing").state == "ok"
    no_offer = replace(PERFECT, has_offer=False, ticked=frozenset({"preparation"}))
    c = check(no_offer, "preparation")
    assert (c.state, c.tickable) == ("warning", False)


# --- 3. interrupting ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("questions", "state"), [(-1, "missing"), (0, "missing"), (1, "warning"), (2, "warning"),
                             (3, "ok"), (12, "ok")]
)  # fmt: skip
def test_interrupting_counts_the_questions(questions: int, state: str) -> None:
    c = check(replace(PERFECT, questions=questions), "interrupting")
    assert c.state == state
    assert wheres(c) == ([] if state == "ok" else ["questions"])


def test_interrupting_summaries() -> None:
    assert check(replace(PERFECT, questions=0), "interrupting").summary.startswith("No listening")
    assert check(replace(PERFECT, questions=2), "interrupting").summary == (
        f"Only 2 questions planned; aim for {MIN_QUESTIONS} or more."
    )
    assert check(replace(PERFECT, questions=1), "interrupting").summary == (
        f"Only 1 question planned; aim for {MIN_QUESTIONS} or more."
    )
    assert check(replace(PERFECT, questions=4), "interrupting").summary == "4 questions planned."


# --- 4. information about the client ------------------------------------------------------------

GAPS = (
    Gap("no_needs", "The client's needs are not recorded.", 10, "strategy"),
    Gap("no_competitors", "Competitors at the client are unknown.", 5, "competitors"),
)


def test_information_ok_with_a_known_client_and_well_known_people() -> None:
    c = check(PERFECT, "information")
    assert c.state == "ok" and c.findings == ()
    assert c.summary == "Dossier 100% complete; 2 of 2 attending well known."


@pytest.mark.parametrize(
    ("score", "state"), [(100, "ok"), (70, "ok"), (69, "warning"), (35, "warning"),
                         (34, "missing"), (0, "missing")]
)  # fmt: skip
def test_information_follows_the_dossier_completeness(score: int, state: str) -> None:
    c = check(replace(PERFECT, client_completeness=Completeness(score, GAPS)), "information")
    assert c.state == state
    if state == "ok":
        assert c.findings == ()
    else:
        assert texts(c) == [g.message for g in GAPS]
        assert wheres(c) == ["dossier:strategy", "dossier:competitors"]
    assert c.summary.startswith(f"Dossier {score}% complete")


def test_information_threshold_can_be_set() -> None:
    facts = replace(PERFECT, client_completeness=Completeness(75, GAPS), threshold=80)
    assert check(facts, "information").state == "warning"
    poorer = replace(facts, client_completeness=Completeness(39, GAPS))
    assert check(poorer, "information").state == "missing"  # below 80 // 2


def test_information_from_a_real_dossier() -> None:
    boss = ContactFacts("Anna Kovács", "decision maker", "supporter", TODAY, True)
    dossier = DossierFacts(
        TODAY, True, True, False, False, False, False, True, True, 0, (boss,), TODAY
    )  # no needs, plans, problems, budget, competitors, champion: 100 - 40
    known = completeness(dossier)
    assert known.score == 60
    c = check(replace(PERFECT, client_completeness=known), "information")
    assert c.state == "warning"
    assert set(wheres(c)) == {"dossier:contacts", "dossier:strategy", "dossier:competitors"}


def test_information_is_missing_without_a_dossier() -> None:
    c = check(replace(PERFECT, client_completeness=None), "information")
    assert c.state == "missing"
    assert texts(c) == ["No dossier for the client."] and wheres(c) == ["dossier:profile"]
    assert c.summary == "No dossier; 2 of 2 attending well known."


def test_information_is_missing_when_nobody_attends() -> None:
    c = check(replace(PERFECT, attendees=()), "information")
    assert c.state == "missing"
    assert texts(c) == ["Choose who attends."] and wheres(c) == ["details"]
    assert c.summary == "Dossier 100% complete; nobody chosen to attend."


def test_information_warns_about_people_we_hardly_know() -> None:
    stranger = Attendee("c-bela", "Béla Nagy")
    c = check(replace(PERFECT, attendees=(ANNA, stranger)), "information")
    assert c.state == "warning"
    assert texts(c) == [
        "Béla Nagy: no role in the purchase, no attitude, never met or called, no personal notes."
    ]
    assert wheres(c) == ["contact:c-bela"]
    assert c.summary == "Dossier 100% complete; 1 of 2 attending well known."


def test_information_a_stale_contact() -> None:
    long_ago = replace(ANNA, last_contact=TODAY - timedelta(days=91))
    c = check(replace(PERFECT, attendees=(long_ago,)), "information")
    assert c.state == "warning" and texts(c) == ["Anna Kovács: last contact 91 days ago."]
    on_the_edge = replace(ANNA, last_contact=TODAY - timedelta(days=90))
    assert check(replace(PERFECT, attendees=(on_the_edge,)), "information").state == "ok"
    assert check(replace(PERFECT, attendees=(long_ago,), stale_days=120), "information").state == (
        "ok"
    )


def test_information_a_poor_dossier_stays_missing_with_unknown_people() -> None:
    facts = replace(
        PERFECT, client_completeness=Completeness(10, GAPS), attendees=(Attendee("c-x", "X"),)
    )
    c = check(facts, "information")
    assert c.state == "missing"
    assert wheres(c) == ["dossier:strategy", "dossier:competitors", "contact:c-x"]


def test_contact_gaps() -> None:
    assert contact_gaps(ANNA, TODAY, 90) == []
    birthday_only = Attendee("c", "C", "user", "neutral", TODAY, birthday=date(1980, 3, 1))
    assert contact_gaps(birthday_only, TODAY, 90) == []
    assert contact_gaps(replace(ANNA, buying_role=" ", attitude=""), TODAY, 90) == [
        "no role in the purchase",
        "no attitude",
    ]


# --- 5. preparation -----------------------------------------------------------------------------


def test_preparation_ok_for_a_meeting_with_agenda_goals_needs_and_offer() -> None:
    c = check(PERFECT, "preparation")
    assert (c.state, c.summary, c.findings) == ("ok", "Agenda, goals, needs and offer ready.", ())


def test_preparation_warns_about_each_missing_piece() -> None:
    c = check(replace(PERFECT, has_needs_asked=False, has_offer=False), "preparation")
    assert c.state == "warning"
    assert c.summary == "Missing: needs, offer."
    assert texts(c) == [
        "Needs not asked in advance.",
        "No offer prepared (a draft order or proposal).",
    ]
    assert wheres(c) == ["details", "offer"]
    c = check(replace(PERFECT, has_goals=False), "preparation")
    assert c.state == "warning" and wheres(c) == ["details"]


def test_preparation_is_missing_without_agenda_and_goals() -> None:
    c = check(replace(PERFECT, has_agenda=False, has_goals=False), "preparation")
    assert (c.state, c.summary) == ("missing", "No agenda and no goals.")
    assert wheres(c) == ["details", "details"]
    c = check(EMPTY, "preparation")
    assert c.state == "missing" and wheres(c) == ["details", "details", "details", "offer"]


def test_a_call_needs_only_agenda_and_goals() -> None:
    call = replace(PERFECT, kind="call", remote=True, has_needs_asked=False, has_offer=False)
    c = check(call, "preparation")
    assert (c.state, c.summary, c.findings) == ("ok", "Agenda and goals ready.", ())
    c = check(replace(call, has_goals=False), "preparation")
    assert (c.state, texts(c)) == ("warning", ["No goals."])
    assert check(replace(call, has_goals=False, has_agenda=False), "preparation").state == "missing"


def test_a_remote_meeting_still_needs_needs_and_offer() -> None:
    c = check(replace(PERFECT, remote=True, has_offer=False), "preparation")
    assert c.state == "warning" and wheres(c) == ["offer"]


# --- 6. manners ---------------------------------------------------------------------------------


def test_manners_ok_when_everyone_has_notes_on_how_to_address_them() -> None:
    c = check(PERFECT, "manners")
    assert (c.state, c.summary, c.findings) == ("ok", "How to address everyone is noted.", ())


def test_manners_missing_when_nobody_attends() -> None:
    c = check(replace(PERFECT, attendees=()), "manners")
    assert (c.state, c.summary, wheres(c)) == ("missing", "Nobody chosen to attend.", ["details"])


def test_manners_warns_and_names_people_without_notes() -> None:
    # interests and a birthday are personal notes, but say nothing about how to address someone
    chatty = Attendee("c-p", "Piroska", "user", "neutral", TODAY, interests="opera",
                      birthday=date(1975, 6, 1))  # fmt: skip
    c = check(replace(PERFECT, attendees=(ANNA, chatty)), "manners")
    assert (c.state, c.summary) == ("warning", "Nothing noted on how to address Piroska.")
    assert texts(c) == ["Piroska: no form of address, language or etiquette notes."]
    assert wheres(c) == ["contact:c-p"]
    assert check(replace(PERFECT, attendees=(ANNA, chatty)), "information").state == "ok"


def test_manners_names_at_most_three() -> None:
    people = tuple(Attendee(f"c{i}", f"P{i}") for i in range(5))
    c = check(replace(PERFECT, attendees=people), "manners")
    assert c.summary == "Nothing noted on how to address P0, P1, P2 and 2 more."
    assert wheres(c) == [f"contact:c{i}" for i in range(5)]


# --- 7. product ---------------------------------------------------------------------------------


def test_product_is_a_warning_until_ticked() -> None:
    facts = replace(PERFECT, ticked=frozenset())
    c = check(facts, "product")
    assert c.state == "warning"
    assert c.summary == "Review the client's prices, orders and debts, then tick."
    assert texts(c) == ["Alfa owes 1 200 EUR, 10 days overdue."] and wheres(c) == ["products"]
    c = check(replace(facts, ticked=frozenset({"product"})), "product")
    assert (c.state, c.computed, c.ticked) == ("ok", "warning", True)
    assert c.summary == "Reviewed by hand: the client's prices, orders and debts."


def test_product_a_meeting_without_products_on_the_agenda() -> None:
    c = check(replace(PERFECT, products_on_agenda=0, ticked=frozenset()), "product")
    assert texts(c) == ["No products on the agenda.", "Alfa owes 1 200 EUR, 10 days overdue."]
    assert wheres(c) == ["products", "products"]
    call = replace(PERFECT, kind="call", products_on_agenda=0, product_facts=())
    assert check(call, "product").findings == ()


# --- ticks --------------------------------------------------------------------------------------


def test_a_tick_lifts_a_warning_to_ok() -> None:
    facts = replace(PERFECT, location="", questions=1, ticked=frozenset({"late", "interrupting"}))
    r = readiness(facts)
    late = r.check("late")
    assert (late.state, late.computed, late.ticked) == ("ok", "warning", True)
    assert late.summary == "Ticked: the way there is not planned."
    assert late.findings  # the findings stay visible
    assert r.check("interrupting").state == "ok"
    assert r.check("product").state == "warning" and not r.check("product").ticked
    assert r.score == 95


def test_a_tick_never_lifts_a_missing() -> None:
    facts = replace(EMPTY, ticked=frozenset(ITEMS))
    r = readiness(facts)
    for item in ("interrupting", "information", "preparation", "manners"):
        c = r.check(item)
        assert (c.state, c.computed, c.ticked) == ("missing", "missing", True)
    assert {r.check(i).state for i in ("late", "arguing", "product")} == {"ok"}
    assert r.score == 15 + 15 + 10


def test_a_tick_on_an_ok_check_changes_nothing_but_the_flag() -> None:
    plain = check(PERFECT, "manners")
    ticked = check(replace(PERFECT, ticked=frozenset(ITEMS)), "manners")
    assert ticked.ticked and not plain.ticked
    assert (ticked.state, ticked.summary) == (plain.state, plain.summary)


def test_parse_ticked_ignores_unknown_and_empty_items() -> None:
    assert parse_ticked("") == frozenset()
    assert parse_ticked("late,product") == {"late", "product"}
    assert parse_ticked("late,bribery,,LATE,product,") == {"late", "product"}
    assert parse_ticked(" late , product ") == {"late", "product"}
    facts = replace(PERFECT, location="", ticked=parse_ticked("late,bribery"))
    assert readiness(facts).check("late").state == "ok"


def test_format_ticked_in_the_order_of_the_items() -> None:
    assert format_ticked([]) == ""
    assert format_ticked(["product", "late", "nonsense", "late"]) == "late,product"
    assert format_ticked(frozenset(ITEMS)) == ",".join(ITEMS)
    assert format_ticked(x for x in ["product", "late"]) == "late,product"  # any iterable


@given(st.frozensets(st.sampled_from(ITEMS)))
def test_ticks_round_trip(items: frozenset[str]) -> None:
    text = format_ticked(items)
    assert parse_ticked(text) == items
    assert format_ticked(parse_ticked(text)) == text
    assert len(text) <= 120  # fits activity.checked


# --- properties over random meetings ------------------------------------------------------------

attendees = st.builds(
    Attendee,
    contact_id=st.sampled_from(["c1", "c2", "c3"]),
    name=st.sampled_from(["Anna", "Béla", "Csilla"]),
    buying_role=st.sampled_from(["", "decision maker", "user"]),
    attitude=st.sampled_from(["", "supporter", "opponent"]),
    last_contact=st.none() | st.dates(TODAY - timedelta(days=200), TODAY),
    form_of_address=st.sampled_from(["", "Dr."]),
    language=st.sampled_from(["", "Russian"]),
    etiquette=st.sampled_from(["", "no first names"]),
    interests=st.sampled_from(["", "chess"]),
    birthday=st.none() | st.just(date(1970, 5, 1)),
)
arguments = st.builds(
    Argument,
    kind=st.sampled_from(["objection", "complaint"]),
    id=st.sampled_from(["a1", "a2"]),
    text=st.just("Too expensive."),
    response=st.sampled_from(["", " ", "Total cost."]),
)
conflicts = st.sampled_from([OVERLAP, TRAVEL])
dossiers = st.none() | st.builds(Completeness, score=st.integers(0, 100), gaps=st.just(GAPS))
meetings = st.builds(
    MeetingFacts,
    today=st.just(TODAY),
    start=st.just(START),
    duration_min=st.sampled_from([30, 60, 120]),
    kind=st.sampled_from(["meeting", "call"]),
    remote=st.booleans(),
    location=st.sampled_from(["", "Váci út 1"]),
    travel_min=st.sampled_from([0, 20, 90]),
    conflicts=st.lists(conflicts, max_size=2).map(tuple),
    arguments=st.lists(arguments, max_size=3).map(tuple),
    questions=st.integers(0, 5),
    client_completeness=dossiers,
    attendees=st.lists(attendees, max_size=3).map(tuple),
    has_agenda=st.booleans(),
    has_goals=st.booleans(),
    has_needs_asked=st.booleans(),
    has_offer=st.booleans(),
    products_on_agenda=st.integers(0, 2),
    product_facts=st.just(()),
    ticked=st.frozensets(st.sampled_from(ITEMS)),
)

Fill = Callable[[MeetingFacts, st.DataObject], MeetingFacts]


def _fill_attendee(f: MeetingFacts, data: st.DataObject) -> MeetingFacts:
    if not f.attendees:
        return f
    i = data.draw(st.integers(0, len(f.attendees) - 1))
    field, value = data.draw(
        st.sampled_from(
            [
                ("buying_role", "decision maker"),
                ("attitude", "supporter"),
                ("last_contact", TODAY - timedelta(days=3)),
                ("form_of_address", "Mr."),
                ("language", "Azerbaijani"),
                ("etiquette", "formal"),
                ("interests", "football"),
                ("birthday", date(1980, 1, 1)),
            ]
        )
    )
    if getattr(f.attendees[i], field):
        return f
    people = list(f.attendees)
    people[i] = replace(people[i], **{field: value})
    return replace(f, attendees=tuple(people))


def _better_dossier(f: MeetingFacts, data: st.DataObject) -> MeetingFacts:
    low = f.client_completeness.score if f.client_completeness else 0
    return replace(f, client_completeness=Completeness(data.draw(st.integers(low, 100)), GAPS))


def _answer(f: MeetingFacts, data: st.DataObject) -> MeetingFacts:
    done = tuple(replace(a, response=a.response.strip() or "Prepared.") for a in f.arguments)
    return replace(f, arguments=done)


FILLS: dict[str, Fill] = {
    "location": lambda f, d: replace(f, location=f.location or "Nizami küç. 5"),
    "travel": lambda f, d: replace(f, travel_min=f.travel_min or d.draw(st.integers(1, 120))),
    "no conflicts": lambda f, d: replace(f, conflicts=()),
    "responses": _answer,
    "questions": lambda f, d: replace(f, questions=f.questions + d.draw(st.integers(1, 4))),
    "dossier": _better_dossier,
    "attendee": _fill_attendee,
    "someone attends": lambda f, d: replace(f, attendees=f.attendees or (ANNA,)),
    "agenda": lambda f, d: replace(f, has_agenda=True),
    "goals": lambda f, d: replace(f, has_goals=True),
    "needs": lambda f, d: replace(f, has_needs_asked=True),
    "offer": lambda f, d: replace(f, has_offer=True),
    "products": lambda f, d: replace(f, products_on_agenda=f.products_on_agenda + 1),
    "tick": lambda f, d: replace(f, ticked=f.ticked | {d.draw(st.sampled_from(ITEMS))}),
}
RANK = {"missing": 0, "warning": 1, "ok": 2}


@given(meetings, st.lists(st.sampled_from(sorted(FILLS)), min_size=1, max_size=4), st.data())
def test_filling_in_never_lowers_the_score_nor_any_check(
    facts: MeetingFacts, fills: list[str], data: st.DataObject
) -> None:
    before = readiness(facts)
    after_facts = facts
    for name in fills:
        after_facts = FILLS[name](after_facts, data)
    after = readiness(after_facts)
    assert after.score >= before.score
    for old, new in zip(before.checks, after.checks, strict=True):
        assert RANK[new.state] >= RANK[old.state], (old.item, old.state, new.state)


@given(meetings)
def test_score_and_states_are_consistent(facts: MeetingFacts) -> None:
    r = readiness(facts)
    assert isinstance(r, Readiness) and [c.item for c in r.checks] == list(ITEMS)
    assert 0 <= r.score <= 100
    total = sum(WEIGHTS[c.item] * FACTORS[c.state] for c in r.checks)
    assert r.score == math.floor(total + 0.5)
    for c in r.checks:
        assert c.ticked == (c.item in facts.ticked)
        assert c.state == ("ok" if c.ticked and c.tickable else c.computed)
        assert not c.tickable or c.computed == "warning"
        if c.computed != "ok" and c.item != "product":  # product waits on a tick, not data
            assert c.findings
        for f in c.findings:
            assert f.where in {"details", "questions", "objections", "offer", "products"} or (
                f.where.startswith(("dossier:", "contact:"))
            )
    everything = readiness(replace(facts, ticked=frozenset(ITEMS)))
    assert all(c.state != "warning" or not c.tickable for c in everything.checks)
    assert everything.score >= r.score


@given(meetings)
def test_remote_meetings_and_calls_never_wait_on_travel(facts: MeetingFacts) -> None:
    for remote in (replace(facts, remote=True), replace(facts, kind="call")):
        r = readiness(remote)
        assert r.leave_by == START
        late = r.check("late")
        overlaps = any(c.kind == "overlap" for c in remote.conflicts)
        assert late.computed == ("missing" if overlaps else "ok")


def test_a_clash_is_never_ready_whatever_the_score() -> None:
    r = readiness(PERFECT)
    assert (r.score, r.ready, r.tone) == (100, True, "ok")
    clash = Conflict("overlap", "other", "Other", 30, START, START)
    r = readiness(replace(PERFECT, conflicts=(clash,)))
    assert r.score == 85 and r.check("late").state == "missing"
    assert not r.ready
    assert r.tone == "warning"
    assert readiness(EMPTY).tone == "missing"
