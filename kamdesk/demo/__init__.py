"""The demo portfolio: a realistic, deterministic database of two years of key account work."""
