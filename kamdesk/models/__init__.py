"""SQLAlchemy ORM mappings only. Import everything here so metadata is complete."""

from kamdesk.models.activity import Activity, ActivityContact
from kamdesk.models.base import BOOKKEEPING_COLUMNS, Base, Record
from kamdesk.models.catalog import PriceColumn, Product, ProductCategory, ProductPrice
from kamdesk.models.client import (
    Client,
    ClientCompetitor,
    ClientKeyReason,
    Competitor,
    Complaint,
    Contact,
    ContactRelation,
)
from kamdesk.models.company import Company, Setting
from kamdesk.models.sales import Invoice, OrderLine, Payment, SalesOrder, SalesPlan

__all__ = [
    "BOOKKEEPING_COLUMNS",
    "Activity",
    "ActivityContact",
    "Base",
    "Client",
    "ClientCompetitor",
    "ClientKeyReason",
    "Company",
    "Competitor",
    "Complaint",
    "Contact",
    "ContactRelation",
    "Invoice",
    "OrderLine",
    "Payment",
    "PriceColumn",
    "Product",
    "ProductCategory",
    "ProductPrice",
    "Record",
    "SalesOrder",
    "SalesPlan",
    "Setting",
]
