"""Team reports on the team server (issue 19, docs/team-server.md 6), run through the command
line as the real logins: the demo portfolio (40 clients, three KAMs) on the session's cluster,
its KAMs put in teams: Anna and Boris in East (managed by Maria), Carl in West; one client of
Anna's shared with Boris, one with Carl (the demo shares some more). The head's run (the
administrator) sees every client; Maria's the team's; Anna's hers. Grouped per KAM a shared
client counts under each of its KAMs, once in the total."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.cli import main
from kamdesk.db.policies import KAM, MANAGER
from kamdesk.db.server import make_server_engine
from kamdesk.domain.natural_keys import client_kam_id
from kamdesk.models import Client, ClientKam, Kam, Team
from tests.factories import DEMO_AS_OF
from tests.pg import Cluster, _database

LOGINS = {"anna": KAM, "boris": KAM, "maria": MANAGER, "carl": KAM}
PERIOD = ("--from", "2025-11-24", "--to", DEMO_AS_OF.isoformat())


@pytest.fixture
def office(pg_cluster: Cluster, pg_demo_template: tuple[Cluster, str]) -> Iterator[dict[str, Any]]:
    """The demo portfolio on the server, its people in teams, and the URLs to run as them."""
    for name, group in LOGINS.items():
        pg_cluster.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') "
            f"THEN CREATE ROLE {name} LOGIN IN ROLE {group}; END IF; END $$"
        )
    with _database(pg_cluster, pg_demo_template[1]) as url:
        engine = make_server_engine(url)
        try:
            with Session(engine) as s:
                people = _teams(s)
                s.commit()
        finally:
            engine.dispose()
        base = url.rsplit("/", 1)[0].replace("postgres@", "{}@")
        yield {
            "head": url,
            **{who: f"{base.format(who)}/{url.rsplit('/', 1)[1]}" for who in LOGINS},
            **people,
        }


def _teams(s: Session) -> dict[str, Any]:
    kams = list(s.scalars(select(Kam).where(Kam.deleted_at.is_(None)).order_by(Kam.name)))
    assert len(kams) == 3, [k.name for k in kams]  # the demo's
    anna, boris, carl = kams
    east, west = Team(name="East"), Team(name="West")
    s.add_all([east, west])
    s.flush()
    maria = Kam(name="Maria Rossi", role_name="maria", team_id=east.id, is_manager=True)
    s.add(maria)
    s.flush()
    east.manager_id, west.manager_id = maria.id, None
    for kam, login, team in ((anna, "anna", east), (boris, "boris", east), (carl, "carl", west)):
        kam.role_name, kam.team_id = login, team.id
    owned = select(ClientKam.client_id).where(ClientKam.deleted_at.is_(None))
    annas = sorted(s.scalars(owned.where(ClientKam.kam_id == anna.id)))
    shared, across = annas[0], annas[1]  # with Boris (East), with Carl (West)
    for client, kam in ((shared, boris), (across, carl)):
        if s.get(ClientKam, client_kam_id(client, kam.id)) is None:
            s.add(ClientKam(id=client_kam_id(client, kam.id), client_id=client, kam_id=kam.id,
                            position=2))  # fmt: skip
    s.flush()
    mine: dict[str, set[str]] = {}
    for kam in (anna, boris, carl):
        mine[kam.id] = set(s.scalars(owned.where(ClientKam.kam_id == kam.id)))
    clients = s.scalar(select(func.count()).select_from(Client).where(Client.deleted_at.is_(None)))
    sets = list(mine.values())
    several = {c for i, a in enumerate(sets) for b in sets[i + 1 :] for c in a & b}
    return {
        "ids": {"anna": anna.id, "boris": boris.id, "carl": carl.id, "maria": maria.id},
        "names": {"anna": anna.name, "boris": boris.name, "carl": carl.name},
        "owned": mine,
        "shared": shared,  # Anna's and Boris's
        "several": several,  # every client with more than one KAM (the demo has one too)
        "clients": clients,
    }


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[str, str]:
    code = main(["report", *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out, err


def test_the_heads_key_clients_per_kam_count_a_shared_client_under_both(
    office: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    flat, err = run(capsys, "key-clients", "--server", office["head"], *PERIOD, "--json")
    assert f"over the {office['clients']} clients of every team" in err
    rows = json.loads(flat)
    assert abs(sum(r["share"] for r in rows) - 1) < 1e-9
    out, _err = run(capsys, "key-clients", "--server", office["head"], *PERIOD, "--json", "--by",
                    "kam")  # fmt: skip
    grouped = json.loads(out)
    groups = {g["group_id"]: g for g in grouped["groups"]}
    ids, owned, shared = office["ids"], office["owned"], office["shared"]
    revenue = {r["client_id"]: Decimal(r["revenue"]) for r in rows}
    for who in ("anna", "boris", "carl"):
        group = groups[ids[who]]
        assert group["group"] == office["names"][who]
        assert {r["client_id"] for r in group["rows"]} == owned[ids[who]] & set(revenue)
        assert Decimal(group["totals"]["revenue"]) == sum(revenue[c] for c in owned[ids[who]]
                                                         if c in revenue)  # fmt: skip
        marked = {r["client_id"] for r in group["rows"] if r["shared"]}
        assert marked == office["several"] & owned[ids[who]] & set(revenue)
        if who != "carl":
            assert shared in owned[ids[who]]
    (total,) = grouped["total"]
    assert total["clients"] == len(rows) and Decimal(total["totals"]["revenue"]) == sum(
        revenue.values()
    )
    in_groups = sum(Decimal(g["totals"]["revenue"]) for g in grouped["groups"])
    repeated = sum(
        revenue[c] * (sum(c in o for o in owned.values()) - 1) for c in office["several"]
        if c in revenue
    )  # fmt: skip
    assert repeated and in_groups == sum(revenue.values()) + repeated


def test_a_managers_run_is_the_teams(
    office: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    ids, owned = office["ids"], office["owned"]
    east = owned[ids["anna"]] | owned[ids["boris"]]
    out, err = run(capsys, "aging", "--server", office["maria"], "--at", DEMO_AS_OF.isoformat(),
                   "--json", "--by", "manager")  # fmt: skip
    assert f"over the {len(east)} clients of team East" in err
    grouped = json.loads(out)
    seen = {r["client_id"] for g in grouped["groups"] for r in g["rows"]}
    assert seen and seen <= east
    wests = owned[ids["carl"]]  # a client of East's that Carl (West) also has: under both
    assert seen & wests
    under: dict[str, set[str]] = {}  # a group per manager and currency: the managers'
    marked: dict[str, set[str]] = {}
    for group in grouped["groups"]:
        under.setdefault(group["group"], set()).update(r["client_id"] for r in group["rows"])
        rows = group["rows"]
        marked.setdefault(group["group"], set()).update(r["client_id"] for r in rows if r["shared"])
    assert under.pop("Maria Rossi (East)") == seen
    assert under == ({"team West (no manager)": seen & wests} if seen & wests else {})
    # the shared client of Anna and Boris (one team) counts once under their manager
    assert marked["Maria Rossi (East)"] == seen & wests
    flat, _err = run(capsys, "aging", "--server", office["head"], "--at",
                     DEMO_AS_OF.isoformat(), "--json")  # fmt: skip
    heads = {r["client_id"]: r for r in json.loads(flat)}
    for group in grouped["groups"]:
        assert all(r == {**heads[r["client_id"]], "shared": r["shared"]} for r in group["rows"])
        mine = [heads[r["client_id"]] for r in group["rows"]]
        assert Decimal(group["totals"]["balance"]) == sum(Decimal(r["balance"]) for r in mine)
    # the head's run per manager: East under Maria, West (no manager) under its team
    out, _err = run(capsys, "aging", "--server", office["head"], "--at", DEMO_AS_OF.isoformat(),
                    "--json", "--by", "manager")  # fmt: skip
    names = {g["group"] for g in json.loads(out)["groups"]}
    assert {"Maria Rossi (East)", "team West (no manager)"} <= names


def test_a_kams_plan_is_their_clients_only_and_the_csv_says_the_group(
    office: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    ids, owned, shared = office["ids"], office["owned"], office["shared"]
    period = ("--period", str(DEMO_AS_OF.year), "--at", DEMO_AS_OF.isoformat())
    out, err = run(capsys, "plan", "--server", office["anna"], *period, "--csv", "--by", "kam")
    assert f"over the {len(owned[ids['anna']])} clients of {office['names']['anna']}" in err
    rows = list(csv.DictReader(io.StringIO(out)))
    header = out.splitlines()[0].split(",")
    assert header[:4] == ["group_id", "group", "shared", "client_id"]
    clients = {r["client_id"] for r in rows if r["client_id"]}
    assert clients and clients <= owned[ids["anna"]]
    # Anna sees her colleagues' assignments to the clients they share: under each of them
    pairs = {(r["group_id"], r["client_id"]) for r in rows if r["client_id"]}
    expected = {(k, c) for k, mine in owned.items() for c in mine if c in clients}
    assert pairs == expected and (ids["boris"], shared) in pairs
    for r in rows:
        assert r["shared"] == ("yes" if r["client_id"] in office["several"] else "no")
    flat, _err = run(capsys, "plan", "--server", office["head"], *period, "--json")
    heads = {r["client_id"]: r for r in json.loads(flat)}
    for r in rows:
        if r["client_id"]:
            assert Decimal(r["actual"]) == Decimal(heads[r["client_id"]]["actual"])


def test_a_url_with_a_password_is_refused_before_connecting(
    office: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    url = office["anna"].replace("anna@", "anna:secret@")
    code = main(["report", "key-clients", "--server", url, "--json"])
    _out, err = capsys.readouterr()
    assert code == 2 and "pgpass" in err and "secret" not in err


def test_the_report_reads_in_one_read_only_snapshot(office: dict[str, Any]) -> None:
    from sqlalchemy import text

    from kamdesk.cli.team import server_reading
    from kamdesk.errors import StorageError

    with (
        pytest.raises(StorageError, match="read-only transaction"),
        server_reading(office["head"]) as s,
    ):
        assert s.execute(text("SHOW transaction_isolation")).scalar() == "repeatable read"
        assert s.execute(text("SHOW jit")).scalar() == "off"  # compiling cost more than it won
        s.execute(text("UPDATE client SET name = name"))
