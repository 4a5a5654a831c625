"""Documents: proposals and contract packages built from an order, and their words."""
