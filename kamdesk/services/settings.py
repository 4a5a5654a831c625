"""Shared settings (thresholds and rules), stored as records so they sync with the team."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.catalog import MAX_PAYMENT_DAYS, ClientTerms, validate_terms
from kamdesk.domain.classification import Thresholds
from kamdesk.domain.completeness import STALE_DAYS
from kamdesk.domain.flat_edits import Flat
from kamdesk.domain.natural_keys import setting_id
from kamdesk.domain.working_hours import (
    WorkingHours,
    clock_text,
    days_text,
    parse_clock,
    parse_days,
)
from kamdesk.errors import UserError
from kamdesk.messages import _
from kamdesk.models import Setting
from kamdesk.services.queries import live

_THRESHOLD_KEYS = {
    "key_share": "classification.key_share",
    "critical_share": "classification.critical_share",
    "mono_share": "classification.mono_share",
    "key_revenue": "classification.key_revenue",
    "abc_a": "classification.abc_a",
    "abc_b": "classification.abc_b",
}
STALE_KEY = "dossier.stale_days"
OVERDUE_KEY = "credit.overdue_days"
NEW_CREDIT_KEY = "new_client.credit_limit"
NEW_PAYMENT_DAYS_KEY = "new_client.payment_days"
WORK_START_KEY = "work.start"
WORK_END_KEY = "work.end"
WORK_DAYS_KEY = "work.days"
# An invoice this many days past due blocks new confirmations (credit control).
CREDIT_OVERDUE_DAYS = 14
PAYMENT_DAYS = 30  # a new client's payment terms when the team set none


@dataclass(frozen=True)
class Rules:
    thresholds: Thresholds = field(default_factory=Thresholds)
    stale_days: int = STALE_DAYS
    credit_overdue_days: int = CREDIT_OVERDUE_DAYS
    # what a new client starts with: a credit limit in the reporting currency (None: none, so
    # credit control never blocks it until one is set) and its payment terms
    new_client_credit_limit: Decimal | None = None
    new_client_payment_days: int = PAYMENT_DAYS
    working_hours: WorkingHours = field(default_factory=WorkingHours)


def _values(session: Session) -> dict[str, str]:
    rows = session.execute(select(Setting.key, Setting.value).where(live(Setting))).all()
    return {k: v for k, v in rows}


def get_rules(session: Session) -> Rules:
    """The team's rules, defaults where nothing was set (or a stored value is unreadable)."""
    values = _values(session)
    kwargs: dict[str, Decimal | None] = {}
    for name, key in _THRESHOLD_KEYS.items():
        if key in values:
            try:
                kwargs[name] = Decimal(values[key]) if values[key] else None
            except InvalidOperation:
                continue
    thresholds = Thresholds(**kwargs)  # type: ignore[arg-type]
    if thresholds.problems():
        thresholds = Thresholds()
    stale = _int(values, STALE_KEY, STALE_DAYS)
    overdue = _int(values, OVERDUE_KEY, CREDIT_OVERDUE_DAYS)
    payment_days = _int(values, NEW_PAYMENT_DAYS_KEY, PAYMENT_DAYS)
    return Rules(
        thresholds=thresholds,
        stale_days=stale if stale > 0 else STALE_DAYS,
        credit_overdue_days=overdue if overdue >= 0 else CREDIT_OVERDUE_DAYS,
        new_client_credit_limit=_credit_limit(values.get(NEW_CREDIT_KEY, "")),
        new_client_payment_days=(
            payment_days if 0 <= payment_days <= MAX_PAYMENT_DAYS else PAYMENT_DAYS
        ),
        working_hours=_working_hours(values),
    )


def _int(values: Mapping[str, str], key: str, default: int) -> int:
    try:
        return int(values.get(key, default))
    except ValueError:
        return default


def _credit_limit(text: str) -> Decimal | None:
    try:
        limit = Decimal(text) if text else None
    except InvalidOperation:
        return None
    return limit if limit is not None and limit.is_finite() and limit >= 0 else None


def _working_hours(values: Mapping[str, str]) -> WorkingHours:
    """The stored hours; the default ones when any part is unreadable or they make no day."""
    default = WorkingHours()
    start = parse_clock(values.get(WORK_START_KEY, "")) or default.start
    end = parse_clock(values.get(WORK_END_KEY, "")) or default.end
    days = parse_days(values.get(WORK_DAYS_KEY, "")) or default.days
    hours = WorkingHours(start, end, days)
    return default if hours.problems() else hours


def _rule_values(rules: Rules) -> dict[str, Any]:
    values = {name: getattr(rules.thresholds, name) for name in _THRESHOLD_KEYS}
    values["stale_days"] = rules.stale_days
    values["credit_overdue_days"] = rules.credit_overdue_days
    values["new_client_credit_limit"] = rules.new_client_credit_limit
    values["new_client_payment_days"] = rules.new_client_payment_days
    values["work_start"] = rules.working_hours.start
    values["work_end"] = rules.working_hours.end
    values["work_days"] = rules.working_hours.days
    return values


def _rules_with(rules: Rules, values: Mapping[str, Any]) -> Rules:
    thresholds = {k: v for k, v in values.items() if k in _THRESHOLD_KEYS}
    hours = rules.working_hours
    return Rules(
        thresholds=dataclasses.replace(rules.thresholds, **thresholds),
        stale_days=values.get("stale_days", rules.stale_days),
        credit_overdue_days=values.get("credit_overdue_days", rules.credit_overdue_days),
        new_client_credit_limit=values.get(
            "new_client_credit_limit", rules.new_client_credit_limit
        ),
        new_client_payment_days=values.get(
            "new_client_payment_days", rules.new_client_payment_days
        ),
        working_hours=WorkingHours(
            values.get("work_start", hours.start),
            values.get("work_end", hours.end),
            values.get("work_days", hours.days),
        ),
    )


# the rules field by field (a threshold's name, stale_days, credit_overdue_days), for a form's
# save merged onto what is stored now and the user's choice of a clashing field
RULE_FIELDS = Flat(_rule_values, _rules_with)


def defaults_problems(rules: Rules) -> dict[str, str]:
    """What is wrong with the defaults for new clients and the working hours."""
    problems = rules.working_hours.problems()
    terms = ClientTerms(
        credit_limit=rules.new_client_credit_limit,
        payment_terms_days=rules.new_client_payment_days,
    )  # a client's terms' own rules, for the terms a new client starts with
    found = validate_terms(terms)
    for name in ("credit_limit", "payment_terms_days"):
        if name in found:
            key = (
                "new_client_payment_days" if name == "payment_terms_days" else f"new_client_{name}"
            )
            problems[key] = found[name]
    return problems


def save_rules(session: Session, rules: Rules, *, base: Rules | None = None) -> None:
    """Store the rules (a UserError and nothing saved if they break one). With `base` (the
    rules as the form loaded them) only those the user changed are written; StaleEdit if one
    of them changed since (another window, another laptop through sync)."""
    if base is not None:
        rules = RULE_FIELDS.merge(base, rules, get_rules(session))
    problems = rules.thresholds.problems()
    if rules.stale_days <= 0:
        problems["stale_days"] = _("Days without contact must be at least 1.")
    if not 0 <= rules.credit_overdue_days <= 365:
        problems["credit_overdue_days"] = _("Days overdue before a block are 0 to 365.")
    problems.update(defaults_problems(rules))
    if problems:
        raise UserError("\n".join(problems.values()))
    wanted = {key: getattr(rules.thresholds, name) for name, key in _THRESHOLD_KEYS.items()}
    wanted[NEW_CREDIT_KEY] = rules.new_client_credit_limit
    texts = {k: "" if v is None else format(v.normalize(), "f") for k, v in wanted.items()}
    texts[STALE_KEY] = str(rules.stale_days)
    texts[OVERDUE_KEY] = str(rules.credit_overdue_days)
    texts[NEW_PAYMENT_DAYS_KEY] = str(rules.new_client_payment_days)
    texts[WORK_START_KEY] = clock_text(rules.working_hours.start)
    texts[WORK_END_KEY] = clock_text(rules.working_hours.end)
    texts[WORK_DAYS_KEY] = days_text(rules.working_hours.days)
    existing = {s.key: s for s in session.execute(select(Setting)).scalars()}
    for key, value in texts.items():
        row = existing.get(key)
        if row is None:
            session.add(Setting(id=setting_id(key), key=key, value=value))
        elif row.value != value or row.deleted_at is not None:
            row.value = value
            row.deleted_at = None
    session.flush()
