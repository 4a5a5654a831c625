"""A bundle from an older schema is brought up to this one; every later migration says how."""

from __future__ import annotations

from typing import Any

import pytest

from kamdesk.db import revision_order
from kamdesk.sync import upgrade


def test_every_migration_since_sync_began_has_its_bundle_step() -> None:
    """A migration after 0008 that changes what a record holds ships a step in STEPS (or None,
    saying it changed no record): add one when this fails."""
    order = revision_order()
    later = order[order.index(upgrade.FIRST_SYNC_REVISION) + 1 :]
    assert set(later) <= set(upgrade.STEPS), sorted(set(later) - set(upgrade.STEPS))
    assert set(upgrade.STEPS) <= set(later)


def test_steps_run_in_order_from_the_bundles_revision(monkeypatch: pytest.MonkeyPatch) -> None:
    def rename(entity: str, data: dict[str, Any]) -> dict[str, Any]:
        values = dict(data["v"])
        if entity == "client" and "mobile" in values:
            values["phone_mobile"] = values.pop("mobile")
        return {**data, "v": values}

    def default(entity: str, data: dict[str, Any]) -> dict[str, Any]:
        return {**data, "v": {**data["v"], "segment": data["v"].get("segment", "")}}

    monkeypatch.setattr(upgrade, "STEPS", {"0009": rename, "0010": None, "0011": default})
    order = ("0008", "0009", "0010", "0011")
    record = {"id": "c1", "v": {"mobile": "+36 30"}}
    assert upgrade.upgrade_record(order, "0008", "client", record)["v"] == {
        "phone_mobile": "+36 30",
        "segment": "",
    }
    assert upgrade.upgrade_record(order, "0010", "client", record)["v"] == {
        "mobile": "+36 30",
        "segment": "",
    }
    assert upgrade.upgrade_record(order, "0011", "client", record) == record
