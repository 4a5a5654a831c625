"""Orders: the list, the order window with its lines, and each step of an order's life."""
