"""Shared settings (thresholds and rules), stored as records so they sync with the team."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.classification import Thresholds
from kamdesk.domain.completeness import STALE_DAYS
from kamdesk.domain.flat_edits import Flat
from kamdesk.domain.natural_keys import setting_id
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
# An invoice this many days past due blocks new confirmations (credit control).
CREDIT_OVERDUE_DAYS = 14


@dataclass(frozen=True)
class Rules:
    thresholds: Thresholds = field(default_factory=Thresholds)
    stale_days: int = STALE_DAYS
    credit_overdue_days: int = CREDIT_OVERDUE_DAYS


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
    try:
        stale = int(values.get(STALE_KEY, STALE_DAYS))
    except ValueError:
        stale = STALE_DAYS
    try:
        overdue = int(values.get(OVERDUE_KEY, CREDIT_OVERDUE_DAYS))
    except ValueError:
        overdue = CREDIT_OVERDUE_DAYS
    return Rules(
        thresholds=thresholds,
        stale_days=stale if stale > 0 else STALE_DAYS,
        credit_overdue_days=overdue if overdue >= 0 else CREDIT_OVERDUE_DAYS,
    )


def _rule_values(rules: Rules) -> dict[str, Any]:
    values = {name: getattr(rules.thresholds, name) for name in _THRESHOLD_KEYS}
    values["stale_days"] = rules.stale_days
    values["credit_overdue_days"] = rules.credit_overdue_days
    return values


def _rules_with(rules: Rules, values: Mapping[str, Any]) -> Rules:
    thresholds = {k: v for k, v in values.items() if k in _THRESHOLD_KEYS}
    return Rules(
        thresholds=dataclasses.replace(rules.thresholds, **thresholds),
        stale_days=values.get("stale_days", rules.stale_days),
        credit_overdue_days=values.get("credit_overdue_days", rules.credit_overdue_days),
    )


# the rules field by field (a threshold's name, stale_days, credit_overdue_days), for a form's
# save merged onto what is stored now and the user's choice of a clashing field
RULE_FIELDS = Flat(_rule_values, _rules_with)


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

    if problems:
        raise UserError("\n".join(problems.values()))
    wanted = {key: getattr(rules.thresholds, name) for name, key in _THRESHOLD_KEYS.items()}
    texts = {k: "" if v is None else format(v.normalize(), "f") for k, v in wanted.items()}
    texts[STALE_KEY] = str(rules.stale_days)
    texts[OVERDUE_KEY] = str(rules.credit_overdue_days)
    existing = {s.key: s for s in session.execute(select(Setting)).scalars()}
    for key, value in texts.items():
        row = existing.get(key)
        if row is None:
            session.add(Setting(id=setting_id(key), key=key, value=value))
        elif row.value != value or row.deleted_at is not None:
            row.value = value
            row.deleted_at = None
    session.flush()
