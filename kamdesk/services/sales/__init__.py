"""Sales: orders and their life, credit, returns, suggestions, losses."""
