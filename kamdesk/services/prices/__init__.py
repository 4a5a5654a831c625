"""Prices: the catalogue, price columns, promotions, price-list import and export."""
