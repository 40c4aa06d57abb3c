"""Merged event ids, assigned once and carried forward, as ACLED's ``event_id_cnty``: joins, review
links and update diffs rely on an event keeping its id while sources join or leave it.

Each new grouping is matched to the previous one (per-article event id -> merged id). The pairs
(new group, previous id) are taken most shared reports first: a group inherits the previous id
covering most of its reports, and a previous id goes to the one group holding most of its reports
(the larger part of a split). Ties go to the pair whose shared reports include the earliest one,
so the id of the older event wins a join. A group with no predecessor is named after its earliest
report, which keeps the ids of a new store the same whatever order its articles came in.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping


def fresh_id(founder: str, taken: set[str]) -> str:
    """The id of a new merged event, from the event id of its earliest report; never one in ``taken``."""
    mid, n = _digest(founder), 0
    while mid in taken:
        n += 1
        mid = _digest(f"{founder}\n{n}")
    return mid


def _digest(seed: str) -> str:
    return "M-" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:16]


def carry_ids(groups: list[list[str]], previous: Mapping[str, str], age: Callable[[str], tuple]) -> list[str]:
    """The id of each group of event ids: a previous merged id where one carries over, a fresh one
    otherwise. ``age`` orders event ids, earliest report first."""
    pairs = []
    for i, members in enumerate(groups):
        shared: dict[str, list[str]] = {}
        for e in members:
            if e in previous:
                shared.setdefault(previous[e], []).append(e)
        pairs += [(-len(es), min(map(age, es)), i, mid) for mid, es in shared.items()]
    ids: list[str | None] = [None] * len(groups)
    used: set[str] = set()
    for _, _, i, mid in sorted(pairs):
        if ids[i] is None and mid not in used:
            ids[i] = mid
            used.add(mid)
    taken = set(previous.values())  # an id no group carries on is not given to another
    for i, members in enumerate(groups):
        if ids[i] is None:
            ids[i] = fresh_id(min(members, key=age), taken)
            taken.add(ids[i])
    return ids
