"""Team reports: a report's per-client rows per KAM or per manager, and over which clients.

The reports themselves (key clients, plan vs actual, aging) are the laptop's services, run on
whatever session they are given: on the team server its row-level security scopes them, so a
manager's run is the team's and the head's everyone's (docs/team-server.md 6). This module reads
who is assigned to the clients the session sees and groups the rows
(kamdesk.domain.team_reports); `scope` says over which clients the run was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from kamdesk.domain.team_reports import (
    NO_KAM,
    TEAM_KEY,
    Figures,
    Grouped,
    group_rows,
    manager_owners,
)
from kamdesk.messages import _, ngettext
from kamdesk.models import Client, ClientKam, Kam, Team


@dataclass(frozen=True)
class Assignments:
    """The live assignments of the clients the session sees, and the people named in them."""

    owners: dict[str, tuple[str, ...]]  # client id -> KAM ids, lead first
    kams: dict[str, tuple[str, str | None]]  # KAM id -> (name, team id)
    teams: dict[str, tuple[str, str | None]]  # team id -> (name, manager's KAM id)


@dataclass(frozen=True)
class TeamReport:
    """A report grouped: the groups with what to call them."""

    by: str  # "kam" or "manager"
    grouped: Grouped
    names: dict[str, str]  # group key -> name


@dataclass(frozen=True)
class Scope:
    clients: int  # the live clients the session sees
    whom: str  # "team East", "Anna Kovács", "every team", "this database"

    def said(self) -> str:
        return ngettext(
            "over the {n} client of {whom}", "over the {n} clients of {whom}", self.clients
        ).format(n=self.clients, whom=self.whom)


def load_assignments(session: Session) -> Assignments:
    """Who is assigned to which client (live assignments, not those leaving after a handover),
    and the KAMs' names and teams."""
    owners: dict[str, list[str]] = {}
    run = session.connection().execute  # plain rows: no ORM pass over each assignment
    rows = run(
        select(ClientKam.client_id, ClientKam.kam_id)
        .where(ClientKam.deleted_at.is_(None), ClientKam.leaving_since.is_(None))
        .order_by(ClientKam.client_id, ClientKam.position, ClientKam.kam_id)
    )
    for client_id, kam_id in rows:
        owners.setdefault(client_id, []).append(kam_id)
    kams = {
        k: (name, team)
        for k, name, team in run(
            select(Kam.id, Kam.name, Kam.team_id).where(Kam.deleted_at.is_(None))
        )
    }
    teams = {
        t: (name, manager)
        for t, name, manager in run(
            select(Team.id, Team.name, Team.manager_id).where(Team.deleted_at.is_(None))
        )
    }
    return Assignments({c: tuple(k) for c, k in owners.items()}, kams, teams)


def by_kam(rows: Sequence[Figures], assignments: Assignments) -> TeamReport:
    """The rows under each of their clients' KAMs (shared where a client has several)."""
    names = {k: name for k, (name, _team) in assignments.kams.items()}
    names[NO_KAM] = _("(no KAM)")
    grouped = group_rows(rows, assignments.owners)
    for group in grouped.groups:  # a KAM record the session cannot read: its id stands
        names.setdefault(group.key, group.key)
    return TeamReport("kam", grouped, names)


def by_manager(rows: Sequence[Figures], assignments: Assignments) -> TeamReport:
    """The rows under the managers of their clients' KAMs' teams: a client two KAMs of one
    team share counts once there; KAMs of two teams make it shared between their managers."""
    team_of = {k: team for k, (_name, team) in assignments.kams.items()}
    manager_of = {t: manager for t, (_name, manager) in assignments.teams.items()}
    owners = manager_owners(assignments.owners, team_of, manager_of)
    names: dict[str, str] = {NO_KAM: _("(no team)")}
    managed: dict[str, list[str]] = {}
    for team_id, (team, manager) in sorted(assignments.teams.items(), key=lambda t: t[1][0]):
        if manager is None:
            names[TEAM_KEY + team_id] = _("team {team} (no manager)").format(team=team)
        else:
            managed.setdefault(manager, []).append(team)
    for manager, teams in managed.items():
        who = assignments.kams.get(manager, (manager, None))[0]
        names[manager] = _("{name} ({teams})").format(name=who, teams=", ".join(teams))
    grouped = group_rows(rows, owners)
    for group in grouped.groups:
        names.setdefault(group.key, group.key)
    return TeamReport("manager", grouped, names)


def scope(session: Session) -> Scope:
    """How many live clients the session sees, and whose they are: on the team server the
    login's (its team when it manages one, everyone's for head office and reports)."""
    clients = session.scalar(
        select(text("count(*)")).select_from(Client).where(Client.deleted_at.is_(None))
    )
    return Scope(int(clients or 0), _whom(session))


def _whom(session: Session) -> str:
    if session.get_bind().dialect.name != "postgresql":
        return _("this database")
    run = session.execute
    if not run(text("SELECT to_regprocedure('kamdesk.current_kam()') IS NOT NULL")).scalar():
        return _("every team")  # a server without the access rules: everyone sees everything
    me, everyone = run(text("SELECT kamdesk.current_kam(), kamdesk.sees_all()")).one()
    if everyone or me is None:
        return _("every team") if everyone else _("no KAM record")
    managed = sorted(
        run(select(Team.name).where(Team.manager_id == me, Team.deleted_at.is_(None))).scalars()
    )
    if managed:
        return ngettext("team {names}", "teams {names}", len(managed)).format(
            names=", ".join(managed)
        )
    return str(run(select(Kam.name).where(Kam.id == me)).scalar() or me)
