"""Where each person sits on a client's org chart, from who reports to whom.

A simple tidy tree: leaves take consecutive columns, a boss sits over the middle of their reports,
subtrees stand side by side. Data from the field is not always a tree (a boss deleted, a loop
typed in by hand on another laptop), so the layout never trusts it.
"""

from __future__ import annotations

from collections.abc import Sequence

Position = tuple[float, int]  # (column, level): columns may be half-steps, level 0 is the top


def layout(people: Sequence[tuple[str, str | None]]) -> dict[str, Position]:
    """(contact id, reports-to id) pairs -> (column, level) per contact, in input order.

    Roots are people without a boss, whose boss is not among `people`, or who stand in a loop of
    bosses (the loop's first member, in input order, becomes the root). Every report sits one level
    below their boss; no two people share a position.
    """
    boss: dict[str, str | None] = {}
    for person, reports_to in people:
        boss.setdefault(person, reports_to)  # a repeated id keeps its first line
    order = list(boss)
    children: dict[str, list[str]] = {person: [] for person in order}
    for person in order:
        b = boss[person]
        if b is not None and b != person and b in children:
            children[b].append(person)

    positions: dict[str, Position] = {}
    next_column = 0

    def place(root: str) -> None:
        # Iterative post-order so that a very long chain cannot exhaust the stack.
        nonlocal next_column
        placed_children: dict[str, list[str]] = {}
        levels = {root: 0}
        seen = {root}
        stack: list[tuple[str, bool]] = [(root, False)]
        while stack:
            node, expanded = stack.pop()
            if not expanded:
                own = [c for c in children[node] if c not in positions and c not in seen]
                seen.update(own)
                placed_children[node] = own
                stack.append((node, True))
                for child in reversed(own):
                    levels[child] = levels[node] + 1
                    stack.append((child, False))
                continue
            kids = placed_children[node]
            if kids:
                column = (positions[kids[0]][0] + positions[kids[-1]][0]) / 2
            else:
                column = float(next_column)
                next_column += 1
            positions[node] = (column, levels[node])

    for person in order:
        b = boss[person]
        if b is None or b == person or b not in children:
            place(person)
    # Whoever is left stands in (or under) a loop of bosses: cut each loop at its first member.
    index = {person: i for i, person in enumerate(order)}
    for person in order:
        if person in positions:
            continue
        walked: list[str] = []
        current: str | None = person
        while current is not None and current not in walked:
            walked.append(current)
            current = boss[current]
        loop = walked[walked.index(current) :] if current is not None else walked
        place(min(loop, key=index.__getitem__))
    return {person: positions[person] for person in order}
