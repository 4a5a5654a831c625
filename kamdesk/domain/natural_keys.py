"""Ids derived from a record's natural key (UUID v5), for tables where one key means one thing.

A setting, a client's key reason or a product's price in a column made on two laptops is the
same record, so sync unites them instead of finding two rows with one key. The company profile
is a singleton with one fixed id. Migration 0006 gave the rows written before their derived id.
"""

from __future__ import annotations

import uuid

NAMESPACE = uuid.UUID("63bd4fb3-9f09-49bc-ac95-4005fc414ac8")


def natural_id(table: str, *key: str) -> str:
    """The id of the record of `table` whose natural key is `key`."""
    return str(uuid.uuid5(NAMESPACE, "\x1f".join((table, *key))))


COMPANY_ID = natural_id("company")


def setting_id(key: str) -> str:
    return natural_id("setting", key)


def key_reason_id(client_id: str, reason: str) -> str:
    return natural_id("client_key_reason", client_id, reason)


def product_price_id(product_id: str, price_column_id: str) -> str:
    return natural_id("product_price", product_id, price_column_id)
