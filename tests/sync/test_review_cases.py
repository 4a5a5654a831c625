"""Cases a review found: after all files went round, every laptop prints one digest and lists
the same conflicts (deletes with children left, the hub named in the same file, three twins)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kamdesk.models import Objection, Payment, Product
from kamdesk.services.clients.dossier import delete_client
from kamdesk.services.sync.resolve import resolve
from kamdesk.services.sync.team import set_hub
from tests.factories import add_client, add_product
from tests.sync.laptops import Laptop, exchange


@pytest.fixture
def team(tmp_path: Path, migrated_template: Path) -> Iterator[list[Laptop]]:
    laptops = [Laptop.new(tmp_path / n, n, migrated_template) for n in ("A", "B", "C")]
    yield laptops
    for laptop in laptops:
        laptop.close()


def _round(laptops: list[Laptop]) -> None:
    for _ in range(2):
        for i, x in enumerate(laptops):
            for y in laptops[i + 1 :]:
                exchange(x, y)


def _agree(laptops: list[Laptop]) -> None:
    digests = {tuple(laptop.digest()) for laptop in laptops}
    ids = {tuple(sorted(c.id for c in laptop.conflicts())) for laptop in laptops}
    assert len(digests) == 1 and len(ids) == 1


def test_a_client_deleted_with_an_objection_left_is_gone_everywhere(team: list[Laptop]) -> None:
    a, b, _ = team

    def setup(s):  # type: ignore[no-untyped-def]
        client = add_client(s, "Acme")
        s.add(Objection(client_id=client.id, objection="too pricey"))
        s.flush()
        return client.id

    cid = a.do(setup)
    _round(team)
    a.do(lambda s: delete_client(s, cid))  # the service leaves the objection: capture takes it
    _round(team)
    _agree(team)
    assert all(laptop.conflicts() == [] for laptop in team)
    assert b.read(lambda s: s.connection().exec_driver_sql(
        "SELECT count(*) FROM objection WHERE deleted_at IS NULL").scalar_one()) == 0  # fmt: skip


def test_a_payment_changed_by_a_script_is_kept_as_created_everywhere(
    team: list[Laptop], caplog: pytest.LogCaptureFixture
) -> None:
    a, b, _ = team

    def setup(s):  # type: ignore[no-untyped-def]
        client = add_client(s, "Acme")
        p = Payment(client_id=client.id, payment_date=date(2026, 11, 2),
                    amount=Decimal("10.00"), currency="EUR")  # fmt: skip
        s.add(p)
        s.flush()
        return p.id

    pid = a.do(setup)
    _round(team)
    b.do(lambda s: s.connection().exec_driver_sql(
        "UPDATE payment SET amount = 9900 WHERE id = ?", (pid,)))  # fmt: skip
    _round(team)
    _agree(team)
    assert b.read(lambda s: s.get(Payment, pid).amount) == Decimal("10.00")
    assert "kept payment" in caplog.text and "never changed" in caplog.text


def test_the_hub_named_in_the_same_file_as_its_edit_decides_on_every_laptop(
    team: list[Laptop],
) -> None:
    a, b, c = team
    pid = a.do(lambda s: add_product(s, "SKU1", "Widget", "10.00").id)
    _round(team)
    a.do(lambda s: set_hub(s, True))
    a.do(lambda s: setattr(s.get(Product, pid), "name", "Hub name"))
    b.do(lambda s: setattr(s.get(Product, pid), "name", "B name"))  # later, not the hub
    b.take(a.export(b.name))
    c.take(b.export(c.name))
    c.take(a.export(c.name))
    _round(team)
    _agree(team)
    assert {laptop.read(lambda s: s.get(Product, pid).name) for laptop in team} == {"Hub name"}
    b.do(lambda s: setattr(s.get(Product, pid), "unit", "box"))  # not a word about the name
    _round(team)
    _agree(team)
    assert a.read(lambda s: (s.get(Product, pid).name, s.get(Product, pid).unit)) == (
        "Hub name",
        "box",
    )


def test_one_sku_made_on_three_laptops_settles_the_same_everywhere(team: list[Laptop]) -> None:
    for laptop in team:
        laptop.do(lambda s, n=laptop.name: add_product(s, "SKU-1", f"Widget {n}", "1.00"))
    _round(team)
    _agree(team)
    a = team[0]
    assert len(a.conflicts()) == 2  # two held back, each with the one in sight
    a.do(lambda s: resolve(s, a.conflicts()[0].id, take="winner"))
    _round(team)
    _agree(team)
    assert len(a.conflicts()) == 1
