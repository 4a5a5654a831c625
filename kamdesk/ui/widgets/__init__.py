"""Pieces every section shares: form fields, the period bar, typed money and percentages."""
