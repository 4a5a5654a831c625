"""Documents: proposals and contract packages from an order, and what happens to the PDF."""
