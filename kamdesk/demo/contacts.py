"""A client's people, their informal relations, its complaints and the competitors met there."""

from __future__ import annotations

from datetime import date, timedelta

from kamdesk.demo.data import (
    catalogue,
    dossier,
    market,
    people,
    preparation,
    regions,
)
from kamdesk.demo.identity import IdentityStage
from kamdesk.demo.model import DemoClient
from kamdesk.demo.text import slugify
from kamdesk.domain.natural_keys import contact_relation_id


class ContactsStage(IdentityStage):
    """The people around each client and what happened with them."""

    def _contacts(self, c: DemoClient) -> None:
        rng = self.rng
        count, no_champion, unknown_decider = self._contact_gaps(c)
        slots = people.SLOT_FILL_ORDER[:count]
        present = set(slots)

        def boss(slot: int) -> int:
            parent = people.SLOTS[slot][3]
            return parent if parent in present else (0 if slot != 0 else -1)

        def depth(slot: int) -> int:
            b = boss(slot)
            return 0 if b < 0 else 1 + depth(b)

        leader = -1  # the opinion leader others listen to, when the KAM has found one
        if rng.random() < (0.6 if c.is_key else 0.25):
            leader = rng.choice([s for s in slots if people.SLOTS[s][2] in ("high", "medium")])
        if c.status == "prospect":
            known = (5, 4, 1, 0)
        elif c.is_key:
            known = (1, 3, 5, 4)
        else:
            known = (2, 5, 4, 1)
        attitude_weights = people.ATTITUDE_WEIGHTS
        if no_champion:
            attitude_weights = (0, *attitude_weights[1:])
        ids = c.slot_ids
        created = self.stamp(self.created(c))
        for slot in sorted(slots, key=depth):  # bosses first: reports_to is a foreign key
            b = boss(slot)
            buying_role = people.SLOTS[slot][1]
            if slot == 0 and unknown_decider:
                buying_role = ""  # who really decides is still unclear
            self._contact(
                c,
                slot,
                buying_role,
                known=known,
                attitude_weights=attitude_weights,
                reports_to=ids[b] if b >= 0 else None,
                is_leader=slot == leader,
                created=created,
            )
        c.contacts = [ids[s] for s in slots]
        c.buyers = [ids[s] for s in slots if s in (1, 2)] or [ids[0]]

    def _contact_gaps(self, c: DemoClient) -> tuple[int, bool, bool]:
        """How many people the KAM knows, and whether the champion or the decider is missing."""
        rng = self.rng
        prospect = c.status == "prospect"
        if prospect:
            count = rng.randint(2, 3)
        elif c.is_key:
            count = rng.randint(6, 9)
        else:
            count = rng.randint(2, 6)
        # Gaps the dossier must show: one key account has nobody inside who sells for us, at
        # another nobody knows who decides; prospects and some small clients are alike.
        no_champion = c.key_rank == 2
        if no_champion:
            count = 6  # the operations director, our usual champion, is not known
        unknown_decider = c.key_rank == 3 or (
            not c.is_key and rng.random() < (0.4 if prospect else 0.08)
        )
        return count, no_champion, unknown_decider

    def _contact(
        self,
        c: DemoClient,
        slot: int,
        buying_role: str,
        *,
        known: tuple[int, ...],
        attitude_weights: tuple[int, ...],
        reports_to: str | None,
        is_leader: bool,
        created: str,
    ) -> None:
        rng, cc = self.rng, c.country
        influence = people.SLOTS[slot][2]
        cid = c.slot_ids[slot] = self.uid()
        female = rng.random() < 0.45
        full_name, address, first, last = self._person(cc, female, slot)
        position, department = people.POSITIONS[cc.language][slot]
        if slot == 0:  # the director signs for the client, on its charter
            c.director = (full_name, position)
        attitude = rng.choices(people.ATTITUDES, attitude_weights)[0]
        if buying_role == "champion":
            attitude = rng.choice(("champion", "supporter"))
        vip = slot == 0 and (c.is_key or rng.random() < 0.3)
        vip = vip or (slot == 2 and c.is_key and rng.random() < 0.5)
        # Some people are only names with an e-mail: no personal notes at all.
        bare = rng.random() < (0.1 if c.is_key else 0.22)
        familiarity = rng.choices(dossier.FAMILIARITY, (3, 2, 0, 0) if bare else known)[0]
        if bare:
            address = ""
            birthday, interests, language, etiquette, notes, email_alt = None, "", "", "", "", ""
        else:
            birthday, interests, language, etiquette, notes, email_alt = self._personal(c, slot)
        phone = self._phone(cc, c.city) if rng.random() < 0.55 else ""
        mobile = self._mobile(cc) if not phone or rng.random() < 0.8 else ""
        email = f"{slugify(first, sep='')}.{slugify(last, sep='')}@{c.slug}.{cc.tld}"
        self.out.add(
            "contact",
            (
                cid,
                created,
                created,
                1,
                None,
                c.id,
                full_name,
                position,
                department,
                phone,
                email,
                buying_role,
                attitude,
                influence,
                int(vip),
                birthday,
                interests,
                address,
                language,
                notes,
                reports_to,
                mobile,
                email_alt,
                familiarity,
                int(is_leader),
                etiquette,
            ),
        )

    def _personal(self, c: DemoClient, slot: int) -> tuple[str | None, str, str, str, str, str]:
        """Birthday, interests, language, etiquette, notes and second e-mail of a known person."""
        rng, cc = self.rng, c.country
        birthday: str | None = None
        interests = etiquette = notes = email_alt = ""
        if rng.random() < 0.75:
            birthday = date(
                rng.randint(1962, 1998), rng.randint(1, 12), rng.randint(1, 28)
            ).isoformat()
        if rng.random() < 0.65:
            interests = ", ".join(rng.sample(people.INTERESTS, rng.randint(1, 3)))
        language = cc.language if c.language != "en" or rng.random() < 0.5 else "en"
        if rng.random() < (0.5 if c.is_key else 0.2):
            etiquette = self._etiquette(cc)
        if rng.random() < (0.3 if c.is_key else 0.12):
            notes = rng.choice(people.CONTACT_NOTES)
        if rng.random() < 0.2:
            email_alt = f"{dossier.SLOT_MAILBOXES[slot]}@{c.slug}.{cc.tld}"
        return birthday, interests, language, etiquette, notes, email_alt

    def _etiquette(self, cc: regions.Country) -> str:
        """One line of manners to remember: 'Prefers formal address; no calls before 10:00.'"""
        rng = self.rng
        pool = dossier.ETIQUETTE_COMMON + dossier.ETIQUETTE_BY_COUNTRY[cc.kind]
        text = "; ".join(rng.sample(pool, rng.choices((1, 2, 3), (4, 4, 2))[0]))
        return f"{text[0].upper()}{text[1:]}."

    def _relations(self, c: DemoClient) -> None:
        """Informal lines between the people of one client: who listens to whom, who clashes."""
        rng, people = self.rng, c.contacts
        if len(people) < 3 or rng.random() >= 0.5:
            return
        day = self.created(c) + timedelta(days=rng.randint(20, 300))  # learnt over time
        pairs: set[frozenset[int]] = set()
        for _ in range(rng.choices((1, 2, 3), (5, 3, 2))[0]):
            a, b = rng.sample(range(len(people)), 2)
            if frozenset((a, b)) in pairs:
                continue  # one line per pair of people
            pairs.add(frozenset((a, b)))
            kind = "influences" if rng.random() < 0.75 else "conflicts"
            note = rng.choice(dossier.RELATION_NOTES[kind])
            rid = contact_relation_id(people[a], people[b], kind)
            row = (rid, *self.rec(day)[1:], people[a], people[b], kind, note)
            self.out.add("contact_relation", row)

    def _complaints(self, c: DemoClient) -> None:
        """Complaints over the history; recent ones may still be open at as_of."""
        rng, as_of = self.rng, self.as_of
        if c.status == "prospect":
            return
        first = max(self.start, c.start + timedelta(days=14))
        last = min(as_of, c.stop + timedelta(days=20))
        critical = c.key_rank == 0  # the critical account always has one being handled
        if first > last or not (critical or rng.random() < (0.55 if c.is_key else 0.21)):
            return
        span = (last - first).days
        n = rng.choices((1, 2, 3), (6, 3, 1))[0]
        days = [first + timedelta(days=rng.randint(0, span)) for _ in range(n)]
        recent = critical or (c.stop >= as_of and rng.random() < (0.4 if c.is_key else 0.15))
        if recent:
            days[-1] = max(first, as_of - timedelta(days=rng.randint(2, 12 if critical else 30)))
        held = days[-1] if critical else None  # still being handled at as_of
        quality = c.slot_ids.get(6)
        for day in sorted(days):
            opened = self.weekday(day)
            if opened > as_of:
                opened = day
            subject, description, resolution = rng.choice(dossier.COMPLAINTS)
            fill = {
                "n": rng.randint(2, 40),
                "days": rng.randint(1, 5),
                "lot": f"L{opened.year % 100:02d}-{rng.randint(1000, 9999)}",
                "category": catalogue.CATEGORIES[
                    self.products[rng.choice(c.assortment)].category
                ].lower()
                if c.assortment
                else "goods",
            }
            r = rng.random()
            contact: str | None = None
            if r < 0.65:
                contact = rng.choice(c.buyers)
            elif r < 0.8:
                contact = quality or c.contacts[0]
            elif r < 0.9:
                contact = c.contacts[0]
            solved = self.weekday(opened + timedelta(days=rng.randint(2, 40)))
            resolved = None if solved > as_of or day == held else solved
            if resolved is None:
                resolution = ""
            self.out.add(
                "complaint",
                (
                    self.uid(),
                    self.stamp(opened),
                    self.stamp(resolved or opened),
                    1,
                    None,
                    c.id,
                    contact,
                    opened.isoformat(),
                    subject.format(**fill),
                    description.format(**fill),
                    "open" if resolved is None else "resolved",
                    None if resolved is None else resolved.isoformat(),
                    resolution,
                    self.prep.choice(preparation.COMPLAINT_RESPONSES)
                    if resolved is None and self.prep.random() < 0.5
                    else "",
                ),
            )

    def _client_competitors(self, c: DemoClient) -> None:
        rng = self.rng
        if rng.random() >= 0.5:
            return
        pool = market.COUNTRY_COMPETITORS[c.country.kind]
        cats = market.INDUSTRY_CATEGORIES[c.industry]
        for comp in rng.sample(pool, rng.randint(1, min(2, len(pool)))):
            supplies = ", ".join(
                catalogue.CATEGORIES[k] for k in rng.sample(cats, rng.randint(1, min(2, len(cats))))
            )
            self.out.add(
                "client_competitor",
                (
                    *self.rec(self.start),
                    c.id,
                    self.competitor_ids[comp],
                    supplies,
                    rng.choice(market.COMPETITOR_TERMS),
                    str(rng.randrange(10, 65, 5)),
                ),
            )

    # orders, invoices, payments -----------------------------------------------------------
