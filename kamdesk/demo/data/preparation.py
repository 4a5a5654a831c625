"""Meeting preparation: questions, answers, needs asked, objections (demo data)."""

from __future__ import annotations

from typing import Final

QUESTIONS: Final = (
    "How did the last deliveries go for your sites?",
    "What volumes do you expect for next quarter?",
    "Who else will decide on the new contract?",
    "What would make you move more of the range to us?",
    "How do you compare our prices with the competitor's?",
    "Which products are you missing from our range?",
    "What are your plans for the new warehouse?",
    "How is the payment approval working on your side?",
    "What worries you most about the coming season?",
)
ANSWERS: Final = (
    "Mostly fine; one late truck in October.",
    "About the same as this quarter, maybe 10 % more in spring.",
    "The new CFO signs off everything above 50 000.",
    "A faster delivery to the regional sites.",
    "They find us 4–5 % dearer on gloves.",
)
NEEDS_ASKED: Final = (
    "Asked by e-mail: expected volumes per site and their delivery windows.",
    "Asked the buyer for the tender specification and the decision date.",
    "Requested their consumption report for the last six months.",
)
OBJECTIONS: Final = (
    (
        "Your prices are higher than the competitor's.",
        "Compare the cost per use: our gloves last twice as long; show the audit figures.",
    ),
    (
        "Deliveries to the regional sites are too slow.",
        "Offer the weekly milk run from the new hub; two-day delivery guaranteed.",
    ),
    ("We cannot accept 30-day payment terms any longer.", ""),
    (
        "The new range has no references yet.",
        "Name the two reference clients in their sector and offer a free trial batch.",
    ),
    ("Your minimum order quantity is too high for small sites.", ""),
    (
        "Your invoices do not match our purchase orders.",
        "Agree to put their PO number on every invoice; show the corrected template.",
    ),
)
COMPLAINT_RESPONSES: Final = (
    "Acknowledge; the credit note is issued, and the carrier has been changed.",
    "Apologise first; propose the replacement schedule agreed with the warehouse.",
)
