"""Three laptops sync by files (issue 12, "Done means"): a hypothesis state machine.

Three copies of the empty database, each with its own replica, create clients, edit one or two
of their fields (the same and different ones, to the same and different values), delete them
(the service cascades to their contacts), add contacts under them (which brings back a client
deleted meanwhile elsewhere) and resolve conflicts. Files travel through a mailbox: each is
addressed to a laptop, delivered in any order, some twice, some never, old ones again later.

At the end everyone exports to everyone and imports, two whole rounds; then all three print the
same digest and list the same open conflicts, `check` is OK, and nothing was lost:

- every value written (a create's, an edit's, a resolution's) is the field's value now, or
  was overwritten by an event made after seeing it (a later edit, resolution or delete of the
  client), or is a side of an open conflict on that field;
- every contact is live, with its client, unless a delete of that client saw it.

"Seeing" is tracked by a model of knowledge: each event gets an id; a laptop knows the events
it made and those known to the sender of each file it imported, as of that export (an
incremental file leaves out only what its recipient had acknowledged, so it knows those).
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    MultipleResults,
    RuleBasedStateMachine,
    initialize,
    multiple,
    precondition,
    rule,
    run_state_machine_as_test,
)

from kamdesk.services.sync.conflicts import OpenConflict
from tests.sync.proof_laptops import CLIENT_FIELDS, Laptop, money

NAMES = ("Acme", "Globex", "Initech")
CITIES = ("Riga", "Tartu", "Vilnius")
PHONES = ("+371 1", "+371 2", "")
LIMITS = (money("100.00"), money("2500.50"), None)
VALUES: dict[str, tuple[Any, ...]] = {
    "name": NAMES,
    "city": CITIES,
    "phone": PHONES,
    "credit_limit": LIMITS,
}
laptop_ids = st.integers(0, 2)
TAKES = ("winner", "other")


@dataclass(frozen=True)
class Write:
    """A value one laptop wrote to a client's field, and what that laptop knew then."""

    event: int
    client: str
    field: str
    stored: Any  # as the database stores it
    knows: frozenset[int]


@dataclass(frozen=True)
class Delete:
    event: int
    client: str
    knows: frozenset[int]


@dataclass(frozen=True)
class Letter:
    to: int
    path: Path
    knows: frozenset[int]  # what its sender knew when it wrote it


class ThreeLaptops(RuleBasedStateMachine):
    clients = Bundle("clients")

    def __init__(self, template: Path) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="kamsync-"))
        registry = self.folder / "replicas.json"
        self.laptops = [
            Laptop(self.folder, n, template, registry) for n in ("anna", "boris", "carl")
        ]
        self.knows: list[set[int]] = [set(), set(), set()]
        self.mailbox: list[Letter] = []
        self.writes: list[Write] = []
        self.deletes: list[Delete] = []
        self.contacts: list[tuple[int, str, str]] = []  # (event, contact id, client id)
        self.events = 0

    def _event(self, who: int) -> int:
        self.events += 1
        self.knows[who].add(self.events)
        return self.events

    def _log_writes(self, who: int, client: str, fields: tuple[str, ...]) -> None:
        if not fields:
            return
        row = self.laptops[who].raw("client", client, fields)
        assert row is not None
        for name in fields:
            event = self._event(who)
            self.writes.append(Write(event, client, name, row[name], frozenset(self.knows[who])))

    def _log_delete(self, who: int, client: str) -> None:
        event = self._event(who)
        self.deletes.append(Delete(event, client, frozenset(self.knows[who])))

    @initialize(target=clients)
    def seed(self) -> MultipleResults[str]:
        """Anna's two clients, sent to the others in full files: the laptops start in step."""
        made = []
        for name, city in (("Seeded North", "Riga"), ("Seeded South", "Tartu")):
            made.append(self.laptops[0].create_client({"name": name, "city": city}))
            self._log_writes(0, made[-1], CLIENT_FIELDS)
        for to in (1, 2):
            path = self.laptops[0].export(self.folder, None)
            self._deliver(Letter(to, path, frozenset(self.knows[0])))
        return multiple(*made)

    # --- local work ----------------------------------------------------------------------

    @rule(target=clients, who=laptop_ids, data=st.data())
    def create(self, who: int, data: st.DataObject) -> str:
        values = {name: data.draw(st.sampled_from(VALUES[name]), label=name) for name in VALUES}
        client = self.laptops[who].create_client(values)
        self._log_writes(who, client, CLIENT_FIELDS)
        return client

    @rule(client=clients, who=laptop_ids, data=st.data())
    def edit(self, client: str, who: int, data: st.DataObject) -> None:
        laptop = self.laptops[who]
        row = laptop.raw("client", client, CLIENT_FIELDS)
        if row is None or row["deleted_at"] is not None:
            return  # not here, or in the trash: nothing to edit
        fields = data.draw(st.lists(st.sampled_from(CLIENT_FIELDS), min_size=1, max_size=2))
        values = {f: data.draw(st.sampled_from(VALUES[f]), label=f) for f in fields}
        laptop.edit_client(client, values)
        after = laptop.raw("client", client, CLIENT_FIELDS)
        assert after is not None
        changed = tuple(f for f in dict.fromkeys(fields) if after[f] != row[f])
        self._log_writes(who, client, changed)  # a value saved unchanged is no edit

    @rule(client=clients, who=laptop_ids)
    def delete(self, client: str, who: int) -> None:
        laptop = self.laptops[who]
        if not laptop.is_live("client", client):
            return
        laptop.delete_client(client)
        self._log_delete(who, client)

    @rule(client=clients, who=laptop_ids)
    def add_contact(self, client: str, who: int) -> None:
        laptop = self.laptops[who]
        if not laptop.is_live("client", client):
            return
        contact = laptop.add_contact(client, f"Contact {self.events}")
        self.contacts.append((self._event(who), contact, client))

    @rule(who=laptop_ids, data=st.data())
    def resolve(self, who: int, data: st.DataObject) -> None:
        found = self.laptops[who].conflicts()
        if found:
            conflict = data.draw(st.sampled_from(found), label="conflict")
            self._resolve(who, conflict, data.draw(st.sampled_from(TAKES), label="take"))

    def _resolve(self, who: int, conflict: OpenConflict, take: str) -> None:
        self.laptops[who].resolve(conflict.id, take)
        event(f"resolved: {conflict.kind}")
        assert conflict.entity == "client", conflict
        if conflict.kind == "value":
            self._log_writes(who, conflict.record_id, (conflict.field,))
        elif take == "other":  # deleted while edited, or revived by a child: delete it
            self._log_delete(who, conflict.record_id)

    # --- files ---------------------------------------------------------------------------

    @rule(sender=laptop_ids, recipient=laptop_ids)
    def export(self, sender: int, recipient: int) -> None:
        if sender == recipient:
            return
        path = self.laptops[sender].export(self.folder, self.laptops[recipient])
        self.mailbox.append(Letter(recipient, path, frozenset(self.knows[sender])))

    @precondition(lambda self: self.mailbox)
    @rule(data=st.data(), keep=st.booleans())
    def deliver(self, data: st.DataObject, keep: bool) -> None:
        """A file arrives (any of them, in any order); kept, it may arrive again later."""
        letter = data.draw(st.sampled_from(self.mailbox), label="letter")
        if not keep:
            self.mailbox.remove(letter)
        self._deliver(letter)

    @precondition(lambda self: self.mailbox)
    @rule(data=st.data())
    def lose(self, data: st.DataObject) -> None:
        self.mailbox.remove(data.draw(st.sampled_from(self.mailbox), label="lost"))

    @rule(sender=laptop_ids, recipient=laptop_ids)
    def hand_over(self, sender: int, recipient: int) -> None:
        """A file written and read at once (the usual case: conflicts show up mid-run)."""
        if sender != recipient:
            path = self.laptops[sender].export(self.folder, self.laptops[recipient])
            self._deliver(Letter(recipient, path, frozenset(self.knows[sender])))

    def _deliver(self, letter: Letter) -> None:
        self.laptops[letter.to].import_(letter.path)
        self.knows[letter.to] |= letter.knows

    # --- the end -------------------------------------------------------------------------

    def teardown(self) -> None:
        try:
            self._converge()
            self._check_everything()
            self._resolve_all()
            self._converge()
            self._check_everything()
        finally:
            for laptop in self.laptops:
                laptop.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    def _converge(self) -> None:
        for _round in range(2):
            for sender in range(3):
                for recipient in range(3):
                    if sender != recipient:
                        path = self.laptops[sender].export(self.folder, self.laptops[recipient])
                        self._deliver(Letter(recipient, path, frozenset(self.knows[sender])))

    def _resolve_all(self) -> None:
        """Everyone settles the conflicts in turn (some taking the winner, some the other)."""
        for turn in range(6):
            found = self.laptops[turn % 3].conflicts()
            if found:
                self._resolve(turn % 3, found[0], TAKES[turn % 2])

    def _check_everything(self) -> None:
        first = self.laptops[0]
        digests = [laptop.digest() for laptop in self.laptops]
        differ = [set(d) ^ set(digests[0]) for d in digests[1:]]
        assert not differ[0] and not differ[1], differ
        ids = [sorted(c.id for c in laptop.conflicts()) for laptop in self.laptops]
        shown = [
            [(c.kind, c.entity, c.record_id[:6], str(c.winner.get("value", ""))[-36:][:6])
             for c in laptop.conflicts()]
            for laptop in self.laptops
        ]  # fmt: skip
        assert ids[1] == ids[0] and ids[2] == ids[0], shown
        for laptop in self.laptops:
            assert laptop.check() == [], laptop.name
        conflicts = first.conflicts()
        for kind in sorted({c.kind for c in conflicts}) or ["none"]:
            event(f"open conflicts at the end: {kind}")
        for write in self.writes:
            self._check_write(first, write, conflicts)
        for made, contact, client in self.contacts:
            if not any(d.client == client and made in d.knows for d in self.deletes):
                assert first.is_live("contact", contact), ("contact lost", contact)
                assert first.is_live("client", client), ("client of a live contact", client)

    def _check_write(self, first: Laptop, write: Write, conflicts: list[Any]) -> None:
        row = first.raw("client", write.client, (write.field,))
        assert row is not None, ("client lost", write)
        if row["deleted_at"] is None and row[write.field] == write.stored:
            return  # present
        if any(
            w.client == write.client and w.field == write.field and write.event in w.knows
            for w in self.writes
        ) or any(d.client == write.client and write.event in d.knows for d in self.deletes):
            return  # overwritten by an event made after seeing it
        sides = [
            side.get("value")
            for c in conflicts
            if c.kind == "value" and c.record_id == write.client and c.field == write.field
            for side in (c.winner, c.other)
        ]
        assert write.stored in sides, ("value lost", write, row, conflicts)


def test_three_laptops_converge_and_lose_nothing(migrated_template: Path) -> None:
    run_state_machine_as_test(
        lambda: ThreeLaptops(migrated_template),
        settings=settings(stateful_step_count=20, deadline=None),
    )
