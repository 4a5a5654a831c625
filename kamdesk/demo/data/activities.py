"""Texts of the client dossier's notes, orders, meetings, calls and tasks (demo data)."""

from __future__ import annotations

from typing import Final

NEEDS: Final = (
    "Stable monthly supply of stretch film for two distribution centres; one consolidated "
    "invoice per month.",
    "Wants a single supplier for hygiene paper and dispensers across all sites.",
    "Needs HACCP-compliant colour-coded cleaning tools for the new production line.",
    "Looking for plastic-free food-service packaging before the EU single-use rules bite.",
    "Asks for consignment stock of PPE at the main warehouse.",
    "Needs certified FFP3 respirators and cut-resistant gloves for the new plant.",
    "Wants electronic invoices and an EDI link to their ERP.",
    "Needs faster deliveries (48 h) to regional stores.",
)
DEVELOPMENT_PLANS: Final = (
    "Opening {n} new stores in the {city} region next year.",
    "Building a new warehouse ({n} 000 m²) near {city}; opening planned in {year}.",
    "Doubling production capacity in {year}; a second shift from spring.",
    "Launching a take-away line in all outlets by {year}.",
    "Centralising purchasing at headquarters in {city} from {year}.",
    "Certifying to IFS Food in {year}.",
    "Expanding to {n} new cities; tender for a national supplier of consumables.",
)
PROBLEMS: Final = (
    "Complained about two late deliveries last quarter; trust must be rebuilt.",
    "Headquarters pushes for lower purchase prices every year.",
    "High staff turnover in purchasing; we keep losing our contacts.",
    "Cash-flow problems in the off-season; payments slip by a few weeks.",
    "Quality issue with a batch of stretch film (tearing) in spring.",
    "A competitor offers free dispensers in exchange for a 3-year contract.",
)
CLIENT_NOTES: Final = (
    "Prefers all documents in the local language.",
    "Orders must reference their PO number, or invoices are returned.",
    "Deliveries only between 7:00 and 14:00; ramp 3.",
    "Annual price talks in November.",
    "Pays strictly on the due date, never earlier.",
)
ORDER_NOTES: Final = (
    "Deliver to ramp 3 before noon.",
    "Call the warehouse manager before delivery.",
    "PO number on every delivery note, please.",
    "Partial delivery accepted.",
    "Urgent: promotion starts on Monday.",
)

MEETING_SUBJECTS: Final = (
    "Quarterly business review",
    "Price negotiation for {year}",
    "Presentation of the new {category} range",
    "Contract renewal",
    "Warehouse visit: consumption audit",
    "Complaint follow-up: damaged delivery",
    "Annual plan and volumes for {year}",
    "Trial of eco food-service packaging",
    "Introduction meeting",
)
CALL_SUBJECTS: Final = (
    "Order follow-up",
    "Reminder: invoice due",
    "Stock check for next month",
    "Agree the delivery schedule",
    "Feedback on the last delivery",
    "Promotion of the month",
    "Prepare the next meeting",
)
TASK_SUBJECTS: Final = (
    "Send the commercial proposal",
    "Prepare the reconciliation statement",
    "Update the client's price list",
    "Send samples of the new {category} range",
    "Prepare the contract package",
    "Check the credit limit with finance",
    "Collect feedback after the trial order",
)
AGENDAS: Final = (
    "1. Results of the last quarter. 2. Open complaints. 3. Volumes and prices for next "
    "quarter. 4. New products.",
    "1. Their plans for the season. 2. Our offer. 3. Delivery and payment terms.",
    "1. Consumption per site. 2. Savings potential. 3. Next steps.",
    "1. Introductions. 2. Their needs. 3. Our range and references.",
)
GOALS: Final = (
    "Agree the volume for next quarter; keep the discount at the current column.",
    "Get a trial order for the new range.",
    "Learn who decides on the new warehouse's supplies.",
    "Close the overdue invoices; agree a payment schedule.",
    "Renew the framework contract for one more year.",
    "Meet the new purchasing head; find out their priorities.",
)
OUTCOMES: Final = (
    "Agreed a trial order; samples to be sent this week.",
    "Client asked for 3 % extra discount; escalated to the head of sales.",
    "Volumes confirmed for the next quarter, prices unchanged.",
    "Complaint settled with a credit note; client satisfied.",
    "Client is evaluating a competitor's offer; follow up in two weeks.",
    "Contract renewed for 12 months.",
    "Met the new buyer; good first impression.",
    "Payment of the overdue invoices promised by the end of the month.",
    "No decision yet; the budget is approved in the next month.",
    "Client wants the eco range; prepare a proposal.",
)
CANCEL_REASONS: Final = (
    "Cancelled by the client: illness.",
    "Postponed by the client; new date to be agreed.",
    "Cancelled: the client's director travelled.",
)
