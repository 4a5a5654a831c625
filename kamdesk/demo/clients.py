"""Stage two: who the clients are and how much they buy; then the clients themselves.

Each client is written with its people, dossier, competitors and price agreements.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from decimal import Decimal

from kamdesk.demo.contacts import ContactsStage
from kamdesk.demo.data import (
    activities,
    market,
    regions,
)
from kamdesk.demo.dossier import DossierStage
from kamdesk.demo.model import (
    KEY_ACCOUNT,
    KEY_INDUSTRIES,
    KEY_SHARES,
    RETAIL,
    TAIL_CAP,
    TAIL_SHARE,
    VIP,
    WHOLESALE,
    DemoClient,
)
from kamdesk.demo.requisites import RequisitesStage
from kamdesk.demo.text import slugify
from kamdesk.demo.writer import dec_text, minor_of
from kamdesk.domain.client import kam_name_key
from kamdesk.domain.money import (
    from_minor,
    round_money,
    to_minor,
)
from kamdesk.domain.natural_keys import (
    client_kam_id,
    client_price_id,
    kam_id,
    key_reason_id,
    promotion_client_id,
    promotion_product_id,
    quantity_break_id,
)
from kamdesk.domain.pricing import PromotionTerms, QuantityBreakTerms, SpecialPrice
from kamdesk.domain.text import sort_key


class ClientsStage(ContactsStage, DossierStage, RequisitesStage):
    """Plan the clients, then write them with everything they own."""

    # clients ------------------------------------------------------------------------------

    def plan_clients(self) -> None:
        """Who the clients are and how much they buy, before anything is written."""
        rng, n, as_of = self.rng, self.n_clients, self.as_of
        countries: list[str] = []
        while len(countries) < n:
            block = list(self.supplier.pattern)
            rng.shuffle(block)
            countries.extend(block)
        key_count = min(len(KEY_SHARES), n)
        keys = rng.sample(range(n), key_count)
        rank = {idx: r for r, idx in enumerate(keys)}
        tail = [i for i in range(n) if i not in rank]
        rng.shuffle(tail)
        n_tail = len(tail)
        # A few prospects, dormant and lost clients, and some won during the history.
        cuts = [round(n_tail * f) for f in (0.06, 0.07, 0.025, 0.10)]
        if n_tail >= 8:
            cuts = [max(1, k) for k in cuts]
        fates: dict[int, str] = {}
        pos = 0
        for fate, k in zip(("prospect", "dormant", "lost", "new"), cuts, strict=True):
            for idx in tail[pos : pos + k]:
                fates[idx] = fate
            pos += k
        industries = list(market.INDUSTRIES)
        for i in range(n):
            country = regions.COUNTRIES[countries[i]]
            r = rank.get(i, -1)
            industry = KEY_INDUSTRIES[r] if r >= 0 else rng.choice(industries)
            fate = fates.get(i, "active")
            start, stop = self.start - timedelta(days=rng.randint(1, 2000)), as_of
            if fate == "new":
                start = as_of - timedelta(days=rng.randint(60, 600))
            elif fate == "dormant":
                stop = as_of - timedelta(days=rng.randint(100, 300))
            elif fate == "lost":
                stop = as_of - timedelta(days=rng.randint(380, 650))
            elif fate == "prospect":
                start = stop = as_of - timedelta(days=rng.randint(20, 240))
            status = {"new": "active"}.get(fate, fate)
            c = DemoClient(
                index=i,
                id=self.uid(),
                country=country,
                city=rng.choice(country.cities),
                industry=industry,
                key_rank=r,
                status=status,
                start=start,
                stop=stop,
            )
            peak, amp = market.SEASONS[industry]
            c.season_peak, c.season_amp = peak, amp
            if c.is_key:
                c.growth = rng.uniform(1.03, 1.18)
            elif status != "prospect":
                # Pareto-like sizes (alpha 4/3) from square roots only: exact everywhere.
                v = 1.0 - rng.random()
                c.annual = 18_000.0 * min(40.0, 1.0 / (math.sqrt(v) * math.sqrt(math.sqrt(v))))
                c.growth = rng.uniform(0.85, 1.35)
            self.clients.append(c)
        self._size_key_accounts()

    def _size_key_accounts(self) -> None:
        """Give the key accounts their revenue shares of the last 12 months' total."""
        as_of = self.as_of
        tail = [c for c in self.clients if not c.is_key]
        keys = sorted((c for c in self.clients if c.is_key), key=lambda c: c.key_rank)
        weight = sum(c.active_fraction(as_of) for c in tail)
        # Few tail clients cannot carry 39 % without each looking like a key account.
        tail_share = min(TAIL_SHARE, 0.05 * weight)
        total = 5_000_000.0
        for _ in range(8):  # capping lowers the total, which lowers the cap: iterate
            tail_sum = sum(c.annual * c.active_fraction(as_of) for c in tail)
            if tail_sum <= 0 or tail_share <= 0:
                tail_share = 0.0
                break
            total = tail_sum / tail_share
            cap = TAIL_CAP * total
            capped = False
            for c in tail:
                earned = c.annual * c.active_fraction(as_of)
                if earned > cap:
                    c.annual *= cap / earned
                    capped = True
            if not capped:
                break
        shares = KEY_SHARES[: len(keys)]
        for c, share in zip(keys, shares, strict=True):
            c.share = (1.0 - tail_share) * share / sum(shares)
            c.annual = total * (1.0 - tail_share) * share / sum(shares)

    def write_clients(self) -> None:
        rng = self.rng
        used_names: set[str] = set()
        name_counts: dict[str, int] = {}
        industry_products: dict[str, list[int]] = {
            ind: [i for i, p in enumerate(self.products) if p.category in cats]
            for ind, cats in market.INDUSTRY_CATEGORIES.items()
        }
        overdue_pool = [c for c in self.clients if c.status == "active" and c.key_rank != 0]
        for c in rng.sample(overdue_pool, min(len(overdue_pool), max(1, self.n_clients // 14))):
            c.overdue = True
        total = len(self.clients)
        step = max(1, total // 20)
        self._kams()
        for c in self.clients:
            legal = self._name_client(c, used_names, name_counts)
            row = self._client_row(c, legal)
            candidates = industry_products[c.industry]
            size = rng.randint(80, 140) if c.is_key else rng.randint(15, 45)
            c.assortment = rng.sample(candidates, min(size, len(candidates)))
            c.core = max(1, len(c.assortment) // 3)
            self._contacts(c)
            self.out.add("client", (*row, *self.client_requisites(c)))
            self._assignments(c)
            self._relations(c)
            self._client_competitors(c)
            self._complaints(c)
            if (c.index + 1) % step == 0 or c.index + 1 == total:
                self.out.flush()
                self.tell("clients", c.index + 1, total)

    def _kams(self) -> None:
        """The supplier's KAMs as records (ids derived from their names, as migration 0014
        and the dossier make them)."""
        day = self.stamp(self.as_of - timedelta(days=800))
        for name in self.supplier.kams:
            key = kam_name_key(name)
            self.out.add("kam", (kam_id(key), day, day, 1, None, name, key, "", None, None, False))

    def _assignments(self, c: DemoClient) -> None:
        """The client's KAM leads; every fourth key account has a co-KAM (no draw of the
        random stream: the rest of the portfolio stays as it was)."""
        kams = self.supplier.kams
        names = [c.kam]
        if c.is_key and c.key_rank % 4 == 1:
            names.append(next(k for k in kams[c.key_rank % len(kams) :] + kams if k != c.kam))
        made = self.stamp(self.created(c))
        for position, name in enumerate(names, start=1):
            kid = kam_id(kam_name_key(name))
            row = (client_kam_id(c.id, kid), made, made, 1, None, c.id, kid, position, None)
            self.out.add("client_kam", row)

    def _name_client(self, c: DemoClient, used_names: set[str], name_counts: dict[str, int]) -> str:
        """Give the client a unique trading name and its web slug; return the legal name."""
        rng, cc = self.rng, c.country
        form, long_form = rng.choice(cc.legal_forms)
        if c.is_key:
            form, long_form = cc.legal_forms[-1]  # the big ones are joint-stock companies
        root = rng.choice(cc.roots)
        sector = rng.choice(market.INDUSTRIES[c.industry][cc.kind])
        base = self._name_base(cc.kind, root, sector)
        name = self._client_name(cc.kind, base, form)
        if name in used_names:  # a namesake elsewhere: add the city, then a number
            with_city = base = f"{base} {c.city.name}"
            name = self._client_name(cc.kind, base, form)
            while name in used_names:
                k = name_counts[with_city] = name_counts.get(with_city, 1) + 1
                base = f"{with_city} {k}"
                name = self._client_name(cc.kind, base, form)
        used_names.add(name)
        c.name = name
        c.slug = slugify(f"{root} {sector}")
        return self._client_name(cc.kind, base, long_form, legal=True)

    def _size_client(self, c: DemoClient) -> tuple[float, int, str]:
        """The client's spend on our categories, its revenue, head count and segment."""
        rng = self.rng
        spend = c.annual * (1.0 if c.status != "lost" else 0.8)
        if c.status == "prospect":
            spend = rng.uniform(30_000, 600_000)
        c.wallet_gap = c.key_rank == 3 or rng.random() < 0.2
        if c.wallet_gap:
            spend *= rng.uniform(2.5, 6.0)  # a large share of wallet still goes elsewhere
        else:
            spend *= rng.uniform(1.1, 1.7)
        c.spend = spend
        revenue = spend * rng.uniform(40, 160)
        per_head = rng.uniform(60_000, 160_000) if c.is_key else rng.uniform(90_000, 260_000)
        employees = max(5, round(revenue / per_head))
        segment = (
            "Enterprise"
            if employees >= 1000
            else "Mid-market"
            if employees >= 100
            else "Small business"
        )
        return revenue, employees, segment

    def _agree_terms(self, c: DemoClient) -> int | None:
        """Payment terms, discount limit and price column; return the credit limit."""
        rng = self.rng
        if c.is_key:
            c.terms = rng.choice((45, 60))
            c.max_discount = Decimal(rng.choice(("5", "7.5", "10")))
            c.price_column = VIP if c.key_rank == 0 else KEY_ACCOUNT
        else:
            c.terms = rng.choices((14, 30, 45, 60), (2, 5, 2, 1))[0]
            c.max_discount = Decimal(rng.choice(("0", "0", "2", "3", "5")))
            if c.annual > 200_000:
                c.price_column = KEY_ACCOUNT if rng.random() < 0.3 else WHOLESALE
            elif c.annual > 40_000:
                c.price_column = WHOLESALE
            else:
                c.price_column = RETAIL if rng.random() < 0.6 else WHOLESALE
        c.late_payer = rng.random() < 0.08
        if c.status == "prospect":
            return None
        return minor_of(math.ceil(max(c.annual, 12_000) / 12 * (c.terms + 30) / 30 / 1000) * 1000)

    def _notes(self, c: DemoClient) -> tuple[str, str, str, str]:
        """Needs, development plans, problems and notes: always for key accounts."""
        rng, as_of = self.rng, self.as_of
        needs = plans = problems = notes = ""
        if c.is_key or rng.random() < 0.35:
            needs = rng.choice(activities.NEEDS)
        if c.is_key or rng.random() < 0.3:
            plans = rng.choice(activities.DEVELOPMENT_PLANS).format(
                n=rng.randint(2, 12), city=c.city.name, year=as_of.year + rng.randint(0, 1)
            )
        if c.is_key or rng.random() < 0.25:
            problems = rng.choice(activities.PROBLEMS)
        if rng.random() < 0.2:
            notes = rng.choice(activities.CLIENT_NOTES)
        return needs, plans, problems, notes

    def _client_row(self, c: DemoClient, legal: str) -> tuple[object, ...]:
        """The client's row up to its requisites (its key reasons are written here)."""
        rng, as_of, cc = self.rng, self.as_of, c.country
        c.language = cc.language if rng.random() < 0.85 else "en"
        c.postal_code, c.address = self._address(cc, c.city)
        revenue, employees, segment = self._size_client(c)
        credit = self._agree_terms(c)
        kam = c.kam = self._kam(c)
        c.legal_name = legal
        founded = date(rng.randint(1992, as_of.year - 3), rng.randint(1, 12), rng.randint(1, 28))
        notes = self._notes(c)
        phone = self._phone(cc, c.city)
        reasons = self._key_reasons(c, employees)
        strategy = self._strategy(c, bool(reasons))
        self.client_terms(c, self._tax_id(cc, c.city))
        if credit is not None and c.units != 1.0:  # in the client's currency, whole thousands
            credit = max(1, round(credit * c.units / 100_000)) * 100_000
        row = (
            c.id,
            self.stamp(self.created(c)),
            self.stamp(self.created(c)),
            1,
            None,
            f"CL-{c.index + 1:05d}",
            c.name,
            sort_key(c.name),
            legal,
            c.tax_id,
            cc.code,
            c.city.name,
            c.postal_code,
            c.address,
            phone,
            f"{rng.choice(('info', 'office', 'sales'))}@{c.slug}.{cc.tld}",
            f"www.{c.slug}.{cc.tld}",
            c.industry,
            segment,
            c.status,
            founded.isoformat(),
            employees,
            minor_of(round(revenue * c.units, -4)),
            minor_of(round(c.spend * c.units, -3)),
            c.currency,
            self.column_ids[c.price_column],
            credit,
            c.terms,
            dec_text(c.max_discount),
            c.language,
            kam,
            None,
            *notes,
            *strategy,
            None,  # archived_at
        )
        if reasons:  # decided at a portfolio review some months ago
            day = max(self.created(c), as_of - timedelta(days=rng.randint(20, 200)))
            for reason, justification in reasons:
                rid = key_reason_id(c.id, reason)
                reason_row = (rid, *self.rec(day)[1:], c.id, reason, justification)
                self.out.add("client_key_reason", reason_row)
        return row

    def price_agreements(self) -> None:
        """Quantity breaks on bulk articles, three promotions (past, running, coming) and a
        few special prices negotiated with the key accounts just before as_of."""
        rng, as_of = self.rng, self.as_of
        day = self.breaks_since = as_of - timedelta(days=30)
        bulk = [i for i, p in enumerate(self.products) if p.category in ("FLM", "TAP", "HYG")]
        for p in sorted(rng.sample(bulk, min(15, len(bulk)))):
            for min_qty, pct in ((50, "3"), (200, "6")):
                pid = self.products[p].id
                bid = quantity_break_id(pid, None, min_qty * 1000)
                self.breaks[p] = (
                    *self.breaks.get(p, ()),
                    QuantityBreakTerms(Decimal(min_qty), Decimal(pct)),
                )
                self.out.add(
                    "quantity_break",
                    (bid, *self.rec(day)[1:], pid, None, min_qty * 1000, pct, None),
                )
        promotions: tuple[tuple[str, str | None, str | None, int, int, tuple[str, ...]], ...] = (
            ("Spring packaging sale", "BOX", "8", -200, -170, ()),
            ("Clean winter: cleaning chemicals", "CLN", "10", -7, 14, ()),
            ("Launch: premium hygiene paper", None, None, 3, 40, ("HYG",)),
        )
        for name, category, percent, start, end, products in promotions:
            row = self.rec(min(as_of, as_of + timedelta(days=start)))
            fixed: int | None = None
            picks = [i for i, p in enumerate(self.products) if p.category == category]
            if products:  # a fixed launch price on three articles, for the key accounts only
                picks = [i for i, p in enumerate(self.products) if p.category in products][:3]
                fixed = to_minor(round_money(self.prices[picks[0]][VIP][0] * Decimal("0.9")))
                for p in picks:
                    pid = self.products[p].id
                    link = (promotion_product_id(row[0], pid), *self.rec(day)[1:])
                    self.out.add("promotion_product", (*link, row[0], pid))
                for c in self.clients:
                    if c.is_key:
                        link = (promotion_client_id(row[0], c.id), *self.rec(day)[1:])
                        self.out.add("promotion_client", (*link, row[0], c.id))
            self.out.add(
                "promotion",
                (
                    *row,
                    name,
                    self.category_ids[category] if category else None,
                    percent,
                    fixed,
                    (as_of + timedelta(days=start)).isoformat(),
                    (as_of + timedelta(days=end)).isoformat(),
                    "",
                ),
            )
            terms = PromotionTerms(
                name,
                as_of + timedelta(days=start),
                as_of + timedelta(days=end),
                Decimal(percent) if percent else None,
                from_minor(fixed) if fixed is not None else None,
            )
            only = frozenset(c.id for c in self.clients if c.is_key) if products else frozenset()
            for p in picks:
                self.promotions.setdefault(p, []).append((terms, only))
        self._special_prices()
        self.out.flush()

    def _special_prices(self) -> None:
        """A few prices negotiated with the key accounts just before as_of."""
        rng = self.rng
        agreed = self.as_of - timedelta(days=3)
        for c in self.clients:
            if not c.is_key or not c.assortment:
                continue
            for p in rng.sample(c.assortment[: max(1, c.core)], min(3, c.core or 1)):
                listed = self.prices[p][c.price_column][0]
                price = round_money(listed * Decimal(100 - rng.choice((3, 4, 5, 6))) / 100)
                if c.currency != self.currency:  # agreed in the client's currency
                    price = self.rate_book.convert(price, self.currency, c.currency, agreed).amount
                pid = self.products[p].id
                self.specials[(c.index, p)] = (SpecialPrice(price, agreed),)
                self.out.add(
                    "client_price",
                    (
                        client_price_id(c.id, pid, agreed.isoformat(), None),
                        *self.rec(agreed)[1:],
                        c.id,
                        pid,
                        to_minor(price),
                        agreed.isoformat(),
                        None,
                        "Framework agreement",
                    ),
                )
