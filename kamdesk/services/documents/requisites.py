"""Every requisite a party block prints, as (label, value) lines: the one place documents take
them from (kamdesk.domain.requisites). Labels follow the number's country, not the document's
language: a Hungarian tax number is never «ИНН», an IBAN never «Р/с»."""

from __future__ import annotations

from typing import Any

from kamdesk.domain.requisites import party_requisites
from kamdesk.domain.requisites import requisite_lines as domain_lines


def requisite_lines(party: Any, language: str) -> tuple[tuple[str, str], ...]:
    """A party's requisites (the company profile, a client, or anything with the attributes)
    as (label, value) lines."""
    return tuple(domain_lines(party_requisites(party), language))
