"""Sales plans: targets per client per month, and how the clients stand against them."""
