"""SQLAlchemy ORM mappings only. Import everything here so metadata is complete."""

from kamdesk.models.activity import (
    Activity,
    ActivityContact,
    ActivityProduct,
    MeetingQuestion,
    Objection,
)
from kamdesk.models.base import BOOKKEEPING_COLUMNS, Base, Record
from kamdesk.models.catalog import (
    PriceColumn,
    Product,
    ProductCategory,
    ProductPrice,
    ProductTaxRate,
    ProductTranslation,
)
from kamdesk.models.client import (
    Client,
    ClientCompetitor,
    ClientKeyReason,
    Competitor,
    Complaint,
    Contact,
    ContactRelation,
)
from kamdesk.models.company import Company, Setting, VatRegistration
from kamdesk.models.document import Contract, IssuedDocument
from kamdesk.models.pricing import (
    ClientPrice,
    ExchangeRate,
    Promotion,
    PromotionClient,
    PromotionProduct,
    QuantityBreak,
)
from kamdesk.models.replica import Replica
from kamdesk.models.sales import (
    Invoice,
    OrderEvent,
    OrderLine,
    Payment,
    ReturnLine,
    SalesOrder,
    SalesPlan,
    SalesReturn,
)
from kamdesk.models.sync import (
    SyncConflict,
    SyncDirty,
    SyncExchange,
    SyncHeld,
    SyncMeta,
    SyncPeer,
    SyncState,
)

__all__ = [
    "BOOKKEEPING_COLUMNS",
    "Activity",
    "ActivityContact",
    "ActivityProduct",
    "Base",
    "Client",
    "ClientCompetitor",
    "ClientKeyReason",
    "ClientPrice",
    "Company",
    "Competitor",
    "Complaint",
    "Contact",
    "ContactRelation",
    "Contract",
    "ExchangeRate",
    "Invoice",
    "IssuedDocument",
    "MeetingQuestion",
    "Objection",
    "OrderEvent",
    "OrderLine",
    "Payment",
    "PriceColumn",
    "Product",
    "ProductCategory",
    "ProductPrice",
    "ProductTaxRate",
    "ProductTranslation",
    "Promotion",
    "PromotionClient",
    "PromotionProduct",
    "QuantityBreak",
    "Record",
    "Replica",
    "ReturnLine",
    "SalesOrder",
    "SalesPlan",
    "SalesReturn",
    "Setting",
    "SyncConflict",
    "SyncDirty",
    "SyncExchange",
    "SyncHeld",
    "SyncMeta",
    "SyncPeer",
    "SyncState",
    "VatRegistration",
]
