"""A record's sync state as JSON: what a bundle carries and what `sync_state` keeps.

```json
{"id": "<record id>", "o": "<origin dot>", "s": "<origin stamp>", "c": {"<replica>": 7},
 "v": {"<field>": <value>, ...},
 "x": {"<field>": [[<value>, "<stamp>", "<dot>"], ...]},
 "t": [["<stamp>", "<dot>", {"<replica>": 3}]]}
```

- `v` holds every field's value as the record shows it (the provisional winner in a conflict).
- A field absent from `x` has one version: the creation's (`o`, `s`) with the value in `v`.
  Only fields edited since the creation (or in conflict) are listed in `x`, so a record made
  once and never changed costs its values and three short keys.
- `t`: the tombstones (a delete's stamp, dot and what it had seen).
- A dot is `replica:counter`; a stamp is `wall_ms.counter.replica` (domain.clock.Hlc).

Values are what the database stores: text, integers (money in minor units, quantities in
thousandths), null; a binary value travels as `"sha256:<hex>"` and its bytes once, as a blob.
This module is pure: no database, no files.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from kamdesk.domain.clock import Dot, Hlc, VersionVector
from kamdesk.domain.merge import FieldVersion, RecordState, Tombstone, Value, winner

BLOB_PREFIX = "sha256:"
MAX_TEXT = 1_000_000  # characters in one value: a note, never a novel


class StateError(ValueError):
    """A record state that is not well formed (a bundle from a broken or hostile writer)."""


def dot_text(dot: Dot) -> str:
    return f"{dot.replica}:{dot.counter}"


def parse_dot(text: object) -> Dot:
    if not isinstance(text, str) or ":" not in text:
        raise StateError(f"not an event: {text!r}")
    return _parse_dot(text)


@functools.lru_cache(maxsize=4096)
def _parse_dot(text: str) -> Dot:
    """Cached: a bundle names the same few events (a baseline's, an edit's) many times, and a
    Dot is immutable. A refusal is raised, never cached."""
    replica, counter = text.rsplit(":", 1)
    if not replica or not counter.isdigit() or int(counter) < 1:
        raise StateError(f"not an event: {text!r}")
    return Dot(replica, int(counter))


def parse_stamp(text: object) -> Hlc:
    if not isinstance(text, str):
        raise StateError(f"not a stamp: {text!r}")
    return _parse_stamp(text)


@functools.lru_cache(maxsize=4096)
def _parse_stamp(text: str) -> Hlc:
    try:
        stamp = Hlc.from_text(text)
    except ValueError:
        raise StateError(f"not a stamp: {text!r}") from None
    if stamp.wall_ms < 0 or stamp.counter < 0 or not stamp.replica:
        raise StateError(f"not a stamp: {text!r}")
    return stamp


def parse_vector(data: object) -> VersionVector:
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and k and type(v) is int and v >= 0 for k, v in data.items()
    ):
        raise StateError(f"not a version vector: {data!r}")
    return VersionVector.of(data)


def check_value(value: object) -> Value:
    if value is None or type(value) is int or type(value) is bool:
        return value
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            raise StateError("a value is longer than kamdesk accepts")
        return value
    raise StateError(f"not a value kamdesk stores: {type(value).__name__}")


def encode(state: RecordState) -> dict[str, Any]:
    """The JSON object of a record's state."""
    origin_stamp = _origin_stamp(state)
    fields = sorted(state.fields.items())
    winners = {name: winner(vs) for name, vs in fields}
    out: dict[str, Any] = {
        "id": state.record_id,
        "o": dot_text(state.origin),
        "s": origin_stamp.to_text(),
        "c": state.context.as_dict(),
        "v": {name: w.value for name, w in winners.items()},
    }
    edited = {
        name: sorted(
            ([v.value, v.stamp.to_text(), dot_text(v.dot)] for v in vs),
            key=lambda item: (item[1], item[2]),
        )
        for name, vs in fields
        if not _created_only(vs, winners[name], origin_stamp, state.origin)
    }
    if edited:
        out["x"] = edited
    if state.tombstones:
        out["t"] = sorted(
            [t.stamp.to_text(), dot_text(t.dot), t.seen.as_dict()] for t in state.tombstones
        )
    return out


def _created_only(
    versions: frozenset[FieldVersion], best: FieldVersion, stamp: Hlc, origin: Dot
) -> bool:
    """Whether a field holds only the creation's version (then `x` need not list it)."""
    return len(versions) == 1 and best.stamp == stamp and best.dot == origin


def encode_baseline(
    record_id: str, values: Mapping[str, Value], base: str, *, deleted: bool
) -> dict[str, Any]:
    """encode(baseline(...)) made directly: a full export writes millions of these."""
    origin = f"{base}:1"
    stamp = f"0.0.{base}"
    out: dict[str, Any] = {
        "id": record_id,
        "o": origin,
        "s": stamp,
        "c": {base: 2 if deleted else 1},
        "v": dict(sorted(values.items())),
    }
    if deleted:
        out["t"] = [[stamp, f"{base}:2", {base: 1}]]
    return out


def decode(entity: str, data: Mapping[str, Any]) -> RecordState:
    """The state a JSON object describes; StateError when it is not well formed."""
    record_id = data.get("id")
    if not isinstance(record_id, str) or not 1 <= len(record_id) <= 36:
        raise StateError(f"a {entity} record without a valid id")
    origin = parse_dot(data.get("o"))
    origin_stamp = parse_stamp(data.get("s"))
    context = parse_vector(data.get("c"))
    values = data.get("v")
    edited = data.get("x", {})
    tombs = data.get("t", [])
    if not isinstance(values, dict) or not isinstance(edited, dict) or not isinstance(tombs, list):
        raise StateError(f"a {entity} record that is not well formed")
    fields: dict[str, frozenset[FieldVersion]] = {}
    for name, value in values.items():
        if name in edited:
            fields[name] = frozenset(_version(item) for item in _list(edited[name]))
            if not fields[name]:
                raise StateError(f"a {entity} field without a value")
        else:
            if not ((type(value) is str and len(value) <= MAX_TEXT) or value is None):
                value = check_value(value)  # the other kinds, and the refusals
            fields[name] = frozenset({FieldVersion(value, origin_stamp, origin)})
    if set(edited) - set(values):
        raise StateError(f"a {entity} record that is not well formed")
    tombstones = frozenset(_tombstone(item) for item in tombs)
    seen = {origin, *(v.dot for n in edited for v in fields[n]), *(t.dot for t in tombstones)}
    if not all(context.covers(dot) for dot in seen):
        raise StateError(f"a {entity} record whose events are not in its context")
    return RecordState(entity, record_id, origin, fields, tombstones, context)


def baseline(
    entity: str, record_id: str, values: Mapping[str, Value], base: str, *, deleted: bool
) -> RecordState:
    """The state of a record no laptop has changed since the file's baseline `base`."""
    origin = Dot(base, 1)
    stamp = Hlc(0, 0, base)
    make = tuple.__new__  # FieldVersion(v, stamp, origin) without its __new__'s call: faster
    fields = {
        name: frozenset((make(FieldVersion, (v, stamp, origin)),)) for name, v in values.items()
    }
    if not deleted:
        return RecordState(
            entity, record_id, origin, fields, frozenset(), VersionVector.of({base: 1})
        )
    tomb = Tombstone(stamp, Dot(base, 2), VersionVector.of({base: 1}))
    return RecordState(
        entity, record_id, origin, fields, frozenset({tomb}), VersionVector.of({base: 2})
    )


def is_baseline(state: RecordState, base: str) -> bool:
    """Whether `state` is a record untouched since the baseline `base` (kept without a state)."""
    origin = Dot(base, 1)
    stamp = Hlc(0, 0, base)
    if state.origin != origin:
        return False
    if state.tombstones:
        tomb = Tombstone(stamp, Dot(base, 2), VersionVector.of({base: 1}))
        if state.tombstones != {tomb} or state.context != VersionVector.of({base: 2}):
            return False
    elif state.context != VersionVector.of({base: 1}):
        return False
    for versions in state.fields.values():
        if len(versions) != 1:
            return False
        (only,) = versions
        # decoded versions share their stamp and dot objects: `is` settles most at once
        if not (only.dot is state.origin or only.dot == origin):
            return False
        if not (only.stamp is stamp or only.stamp == stamp):
            return False
        stamp = only.stamp
    return True


def _origin_stamp(state: RecordState) -> Hlc:
    for versions in state.fields.values():
        for v in versions:
            if v.dot == state.origin:
                return v.stamp
    return Hlc(0, 0, state.origin.replica)


def _list(item: object) -> list[Any]:
    if not isinstance(item, list):
        raise StateError("a record that is not well formed")
    return item


def _version(item: object) -> FieldVersion:
    parts = _list(item)
    if len(parts) != 3:
        raise StateError("a field version that is not well formed")
    return FieldVersion(check_value(parts[0]), parse_stamp(parts[1]), parse_dot(parts[2]))


def _tombstone(item: object) -> Tombstone:
    parts = _list(item)
    if len(parts) != 3:
        raise StateError("a delete that is not well formed")
    return Tombstone(parse_stamp(parts[0]), parse_dot(parts[1]), parse_vector(parts[2]))
