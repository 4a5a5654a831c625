"""A realistic, deterministic demo database: two years of a distributor's key account work.

`build_demo` fills an empty database with our own company, a catalogue with price columns,
clients in four countries with their people and competitors, orders, invoices, payments,
meetings, calls, tasks and sales plans, all ending at `as_of`. The client dossiers are uneven
on purpose, as real ones are: the key accounts have reasons, strategy texts, known people with
their etiquette and informal relations, the long tail is often thin, and some dossiers lack
the decision maker, a champion or personal notes. About a fifth of the clients complained at
some point; a few complaints are still open at `as_of`. No settings are written.

Determinism: every choice comes from one `random.Random(seed)`, consumed in a fixed order, and
only from operations that are exact in IEEE arithmetic (no pow/exp/cos from the C library), so
the same seed and `as_of` give byte-identical data on any machine.

Speed: rows are plain tuples written with the driver's executemany, bypassing the ORM and the
column TypeDecorators; `writer.COLUMNS` and its helpers write exactly what those types store.
The file is filled with a rollback journal and its indexes are built at the end
(kamdesk.db.bulk), with the garbage collector paused: the costs that grew faster than the
portfolio (issue 17).

The stages live in their own modules (catalogue, clients with contacts/dossier/identity,
history, schedule, plans); each is a mixin over `base.StageBase`, which holds the shared state.
"""

from __future__ import annotations

import contextlib
import gc
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection

from kamdesk.db import Database, baseline_load, bulk_load
from kamdesk.db.bulk import indexes_deferred, rollback_journal
from kamdesk.demo.catalogue import CatalogueStage
from kamdesk.demo.clients import ClientsStage
from kamdesk.demo.data.suppliers import SUPPLIERS
from kamdesk.demo.history import HistoryStage
from kamdesk.demo.model import Progress
from kamdesk.demo.plans import PlansStage
from kamdesk.demo.schedule import ScheduleStage
from kamdesk.errors import UserError
from kamdesk.messages import _, ngettext
from kamdesk.services.receivables.cache import rebuild as rebuild_receivables
from kamdesk.services.receivables.legacy import allocate_named

_CACHE_KIB = 256 * 1024
# counts up when the generator writes other data for the same seed (cached demo databases of an
# older generation are built again: benchmarks/)
GENERATION = 3


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind the demo wrote."""

    clients: int
    contacts: int
    products: int
    orders: int
    order_lines: int
    invoices: int
    payments: int
    activities: int
    key_reasons: int = 0
    contact_relations: int = 0
    complaints: int = 0
    contracts: int = 0
    exchange_rates: int = 0


def build_demo(
    db: Database,
    *,
    seed: int = 1,
    clients: int = 40,
    as_of: date,
    progress: Progress | None = None,
    country: str = "HU",
) -> DemoSummary:
    """Fill an empty database with demo data whose history ends at `as_of`.

    Two years of orders, invoices and payments up to `as_of`, meetings and calls planned for
    the three weeks after it. `progress(stage, done, total)` is called for the stages
    catalogue, clients, orders (every 1 % of orders), activities and plans.
    `country` is where our company is registered (HU, RU, IT or AZ): its requisites, currency
    and VAT rates, and where its clients are (suppliers.SUPPLIERS).
    UserError if the database already holds data: demo rows must never mix with real ones.
    """
    if clients < 1:
        raise UserError(_("The demo needs at least one client."))
    supplier = SUPPLIERS.get(country.upper())
    if supplier is None:
        raise UserError(
            _("No demo for a supplier in {country!r}: choose one of {countries}.").format(
                country=country, countries=", ".join(SUPPLIERS)
            )
        )
    if isinstance(as_of, datetime):  # a datetime is a date too; keep only the day
        as_of = as_of.date()
    with db.engine.connect() as conn:
        _refuse_non_empty(conn)
        # One transaction: a failure leaves the file empty. It must be over before bulk_load
        # restores the sync level, which SQLite refuses inside a transaction.
        cache = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
        with bulk_load(conn), rollback_journal(conn):
            try:
                # Random UUID keys scatter the primary keys' index writes: a large cache saves
                # a third of the time on big builds (SQLite only takes the memory it needs;
                # 768 MiB saved nothing more at 10 000 clients).
                conn.exec_driver_sql(f"PRAGMA cache_size=-{_CACHE_KIB}")
                builder = _Builder(conn, random.Random(seed), as_of, clients, progress, supplier)
                # meeting preparation and issue 13's additions draw from their own streams:
                # the rest stays as it was
                builder.prep = random.Random(seed * 7919 + 1)
                builder.extra = random.Random(seed * 104729 + 3)
                builder.ledger = random.Random(seed * 15485863 + 5)
                with _collector_paused(), baseline_load(conn):
                    with indexes_deferred(conn):
                        builder.build()
                    # the demo allocates its payments itself (kamdesk.demo.receivables), so
                    # this finds nothing to do; kept for a payment naming its invoice
                    allocate_named(conn)
                    rebuild_receivables(conn)
                conn.commit()
            except BaseException:
                conn.rollback()
                raise
            finally:
                conn.exec_driver_sql(f"PRAGMA cache_size={int(cache)}")
        counts = builder.out.counts
    return DemoSummary(
        clients=counts["client"],
        contacts=counts["contact"],
        products=counts["product"],
        orders=counts["sales_order"],
        order_lines=counts["order_line"],
        invoices=counts["invoice"],
        payments=counts["payment"],
        activities=counts["activity"],
        key_reasons=counts["client_key_reason"],
        contact_relations=counts["contact_relation"],
        complaints=counts["complaint"],
        contracts=counts["contract"],
        exchange_rates=counts["exchange_rate"],
    )


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while the stages make their millions of rows and the
    receivables and digest tallies are computed from them: its passes over a heap that grows
    with the portfolio cost a tenth of a 10 000-client build, and the build leaves only a few
    objects per client in cycles (collected after)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _held(table: str, n: int) -> str:
    """What the database already holds, as one whole sentence per table."""
    if table == "client":
        held = ngettext(
            "The database already holds {n} client. The demo is only built into a new, "
            "empty database, so that demo data never mixes with real data.",
            "The database already holds {n} clients. The demo is only built into a new, "
            "empty database, so that demo data never mixes with real data.",
            n,
        )
    elif table == "product":
        held = ngettext(
            "The database already holds {n} product. The demo is only built into a new, "
            "empty database, so that demo data never mixes with real data.",
            "The database already holds {n} products. The demo is only built into a new, "
            "empty database, so that demo data never mixes with real data.",
            n,
        )
    elif table == "sales_order":
        held = ngettext(
            "The database already holds {n} order. The demo is only built into a new, "
            "empty database, so that demo data never mixes with real data.",
            "The database already holds {n} orders. The demo is only built into a new, "
            "empty database, so that demo data never mixes with real data.",
            n,
        )
    else:
        held = _(
            "The database already holds a company profile. The demo is only built into "
            "a new, empty database, so that demo data never mixes with real data."
        )
    return held.format(n=n)


def _refuse_non_empty(conn: Connection) -> None:
    for table in ("client", "product", "sales_order", "company"):
        n = conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
        if n:
            raise UserError(_held(table, n))


class _Builder(CatalogueStage, ClientsStage, HistoryStage, ScheduleStage, PlansStage):
    """The whole demo, stage after stage; the order of the stages is the order of the draws."""

    def build(self) -> None:
        self.tell("catalogue", 0, 1)
        self.company()
        self.catalogue()
        self.competitors()
        self.exchange_rates()
        self.out.flush()
        self.tell("catalogue", 1, 1)
        self.plan_clients()
        self.write_clients()
        self.price_agreements()
        self.orders()
        self.receivables()
        self.activities()
        self.sales_plans()
        self.out.flush()
