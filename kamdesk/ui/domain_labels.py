"""The labels kept below kamdesk/ui (domain/ has no Qt), marked here for the translations.

The interface shows them through `forms.domain_text`, under the context "kamdesk.domain"; Qt's
marker returns the text unchanged, so these tuples only tell scripts/translations.py what to
collect. tests/test_translations.py checks they still cover every value the domain defines.
"""

from __future__ import annotations

from kamdesk.ui.marks import QT_TRANSLATE_NOOP

# domain.client.STATUSES, as shown: capitalised
CLIENT_STATUSES = (
    QT_TRANSLATE_NOOP("kamdesk.domain", "Prospect"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "Active"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "Dormant"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "Lost"),
)

# domain.client.BUYING_ROLES
BUYING_ROLES = (
    QT_TRANSLATE_NOOP("kamdesk.domain", "decision maker"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "approver"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "evaluator"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "user"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "gatekeeper"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "champion"),
)

# domain.client.ATTITUDES
ATTITUDES = (
    QT_TRANSLATE_NOOP("kamdesk.domain", "champion"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "supporter"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "neutral"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "sceptic"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "opponent"),
)

# domain.client.INFLUENCES
INFLUENCES = (
    QT_TRANSLATE_NOOP("kamdesk.domain", "high"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "medium"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "low"),
)

# domain.client.FAMILIARITY
FAMILIARITY = (
    QT_TRANSLATE_NOOP("kamdesk.domain", "none"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "brief"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "regular"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "in depth"),
)

# domain.classification: a key client's categories
CATEGORIES = (
    QT_TRANSLATE_NOOP("kamdesk.domain", "key"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "critical"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "mono"),
)

# domain.orders.STATUS_LABELS
ORDER_STATUSES = (
    QT_TRANSLATE_NOOP("kamdesk.domain", "Draft"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "Confirmed"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "Shipped"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "Delivered"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "Invoiced"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "Cancelled"),
)

# domain.orders.REASON_LABELS
REFUSAL_REASONS = (
    QT_TRANSLATE_NOOP("kamdesk.domain", "Damaged"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "Wrong item"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "Mis-grading"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "Quality"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "Surplus"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "Price dispute"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "Other"),
)

# domain.pricing.RULE_LABELS
PRICE_RULES = (
    QT_TRANSLATE_NOOP("kamdesk.domain", "special price"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "promotion"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "quantity break"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "price column"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "base price"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "typed by hand"),
)

# domain.client_requisites.REGIME_NAMES
VAT_REGIMES = (
    QT_TRANSLATE_NOOP("kamdesk.domain", "From country and VAT number"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "Domestic: the product's rate"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "Intra-Community supply of goods (exempt)"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "Export (0 %)"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "EAEU (0 %, for a Russian supplier)"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "Exempt supply (no VAT)"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "Services to an EU business (reverse charge)"),
)

# domain.tax.REGIME_LABELS: an order's VAT regime (ui/orders/vat_words.py)
SUPPLY_REGIMES = (
    QT_TRANSLATE_NOOP("kamdesk.domain", "domestic supply"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "intra-Community supply"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "export"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "export to the EAEU"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "without VAT"),
    QT_TRANSLATE_NOOP("kamdesk.domain", "reverse charge"),
)
