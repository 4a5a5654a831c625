from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.completeness import ContactFacts, DossierFacts, completeness, is_stale

TODAY = date(2026, 11, 23)
BOSS = ContactFacts("Anna", "decision maker", "supporter", TODAY, True)
FRIEND = ContactFacts("Béla", "champion", "champion", TODAY, True)
FULL = DossierFacts(
    today=TODAY, has_tax_id=True, has_address=True, has_needs=True, has_plans=True,
    has_problems=True, has_budget=True, has_revenue_figure=True, has_spend_estimate=True,
    competitors_known=2, contacts=(BOSS, FRIEND), last_contact=TODAY - timedelta(days=10),
)  # fmt: skip


def codes(facts: DossierFacts) -> list[str]:
    return [g.code for g in completeness(facts).gaps]


def test_a_complete_dossier_scores_100() -> None:
    assert completeness(FULL).score == 100 and codes(FULL) == []


def test_an_empty_dossier_scores_zero_and_lists_everything() -> None:
    empty = DossierFacts(TODAY, False, False, False, False, False, False, False, False, 0, (), None)
    result = completeness(empty)
    assert result.score == 0
    assert codes(empty)[:3] == ["no_contacts", "no_decision_maker", "no_champion"]
    assert "never_contacted" in codes(empty)
    assert {g.where for g in result.gaps} == {"contacts", "strategy", "profile", "competitors",
                                             "history"}  # fmt: skip


def test_missing_decision_maker_and_champion() -> None:
    only_user = ContactFacts("Carla", "user", "neutral", TODAY, True)
    facts = replace(FULL, contacts=(only_user,))
    assert codes(facts) == ["no_decision_maker", "no_champion"]
    assert completeness(facts).score == 75


def test_a_champion_by_attitude_counts() -> None:
    fan = ContactFacts("Dóra", "evaluator", "champion", TODAY, True)
    assert codes(replace(FULL, contacts=(BOSS, fan))) == []


def test_stale_contact_after_90_days() -> None:
    assert codes(replace(FULL, last_contact=TODAY - timedelta(days=90))) == []
    gaps = completeness(replace(FULL, last_contact=TODAY - timedelta(days=91))).gaps
    assert [g.code for g in gaps] == ["stale"] and "91 days" in gaps[0].message
    assert is_stale(None, TODAY) and not is_stale(TODAY, TODAY)


def test_contacts_without_personal_notes_are_named() -> None:
    bare = [ContactFacts(f"P{i}", "user", "neutral", None, False) for i in range(5)]
    (gap,) = completeness(replace(FULL, contacts=(BOSS, FRIEND, *bare))).gaps
    assert gap.message == "No personal notes for P0, P1, P2 and 2 more."


_contact = st.builds(
    ContactFacts,
    name=st.text(max_size=5),
    buying_role=st.sampled_from(["", "decision maker", "champion", "user"]),
    attitude=st.sampled_from(["", "champion", "neutral"]),
    last_contact=st.none() | st.dates(),
    has_personal_notes=st.booleans(),
)


@given(
    st.lists(_contact, max_size=6),
    st.none() | st.dates(max_value=TODAY),
    st.integers(0, 400),
)
def test_no_contacts_last_meeting_is_read(
    people: list[ContactFacts], last: date | None, stale_days: int
) -> None:
    # services.clients.completeness.dossier_completeness leaves each contact's last meeting out (a
    # costly query for nothing): should a rule come to read it, that must change too
    facts = replace(FULL, contacts=tuple(people), last_contact=last)
    unknown = replace(facts, contacts=tuple(replace(p, last_contact=None) for p in people))
    assert completeness(facts, stale_days=stale_days) == completeness(
        unknown, stale_days=stale_days
    )
