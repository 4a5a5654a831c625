"""A handover by reassignment (docs/team-server.md 3.5): who may take a client, and the client's
KAMs after the move.

A client has one to MAX_KAMS KAMs that stay (position 1 the lead, 2-3 co-KAMs). A handover
names the incoming KAM and whether they come as the lead or as a co-KAM:
- as the lead, they take position 1 and the lead they replace leaves (a co-KAM promoted to lead
  leaves their own place; the other co-KAMs keep their order);
- as a co-KAM, they join after the others and nobody leaves (a fourth is refused).
The outgoing KAM's assignment is not ended here: it is marked leaving, and ends at their next
exchange with the team server (their last offline edits pushed first), or after the grace.
A KAM still leaving from an earlier handover may be handed the client back: they stay.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kamdesk.domain.client import MAX_KAMS
from kamdesk.messages import _, ngettext


@dataclass(frozen=True)
class Seat:
    """One live assignment of the client, as the rule sees it."""

    kam_id: str
    position: int
    leaving: bool = False


@dataclass(frozen=True)
class Move:
    """The client's KAMs after a handover: who stays, in order (the lead first), and whose
    assignment is marked leaving."""

    staying: tuple[str, ...]
    leaving: tuple[str, ...]

    def positions(self) -> dict[str, int]:
        return {kam_id: n for n, kam_id in enumerate(self.staying, start=1)}


class HandoverRefused(ValueError):
    """A handover the rules refuse; the message says why."""


def staying(seats: Sequence[Seat]) -> list[Seat]:
    """The assignments that stay (not leaving), lead first."""
    return sorted((s for s in seats if not s.leaving), key=lambda s: (s.position, s.kam_id))


def hand_over(seats: Sequence[Seat], to_kam: str, *, co: bool = False, who: str = "") -> Move:
    """The client's KAMs after handing it to `to_kam` (as the lead, or with `co` as a co-KAM);
    HandoverRefused when the rules forbid it. `who` names the incoming KAM in the messages."""
    now = staying(seats)
    ids = [s.kam_id for s in now]
    name = who or to_kam
    if co:
        if to_kam in ids:
            raise HandoverRefused(_("{kam} is already one of the client's KAMs.").format(kam=name))
        if len(ids) >= MAX_KAMS:
            raise HandoverRefused(
                ngettext(
                    "The client already has {n} KAM, the most it may have: hand it over as "
                    "the lead, or end a co-KAM's assignment first.",
                    "The client already has {n} KAMs, the most it may have: hand it over as "
                    "the lead, or end a co-KAM's assignment first.",
                    MAX_KAMS,
                ).format(n=MAX_KAMS)
            )
        return Move((*ids, to_kam), ())
    if ids and ids[0] == to_kam:
        raise HandoverRefused(_("{kam} is already the client's lead KAM.").format(kam=name))
    outgoing = tuple(ids[:1])
    rest = [k for k in ids[1:] if k != to_kam]
    return Move((to_kam, *rest), outgoing)
