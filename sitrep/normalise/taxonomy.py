"""ACLED event and sub-event types and PLOVER types for sitrep's trigger kinds.

A kind names what a trigger says happened; ACLED's rules that depend on who did it to whom
(government forces regain, non-state actors overtake; an attack on armed men is a clash) are
applied here, once, for every language.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from sitrep.acled import ARMED, CROWDS, NON_STATE_ARMED

DATA = Path(__file__).parent / "data" / "taxonomy.json"


@dataclass(frozen=True)
class Coding:
    event_type: str | None
    sub_event_type: str | None
    plover_type: str | None
    plover_mode: str | None


@functools.lru_cache(maxsize=None)
def taxonomy() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=None)
def event_type_of(sub_event_type: str | None) -> str | None:
    for event_type, subs in taxonomy()["acled"].items():
        if sub_event_type in subs:
            return event_type
    return None


def kinds() -> dict[str, dict]:
    return taxonomy()["kinds"]


def is_violent(kind: str) -> bool:
    return bool(kinds()[kind].get("violent"))


def is_support(kind: str) -> bool:
    """Air or artillery support, which ACLED folds into a battle it accompanies."""
    return bool(kinds()[kind].get("support"))


@functools.lru_cache(maxsize=None)
def _combinations() -> dict[frozenset, str]:
    return {frozenset((a, b)): result for a, b, result in taxonomy()["combine"]}


@functools.lru_cache(maxsize=None)
def _ranks() -> dict[str, int]:
    return {kind: n for n, kind in enumerate(taxonomy()["precedence"])}


def combine(a: str, b: str) -> str | None:
    """The kind of one event told by two triggers: the pair's own kind when two make a new one
    ("protesters clashed with police": a violent demonstration), else the kind ACLED's precedence
    ranks higher ("attacked ... and looted": an attack); None when either kind never joins."""
    if a == b:
        return a
    made = _combinations().get(frozenset((a, b)))
    if made is not None:
        return made
    ranks = _ranks()
    if a not in ranks or b not in ranks:
        return None
    return a if ranks[a] < ranks[b] else b


def remote_kind(kinds_told) -> str | None:
    """The best-ranked kind of remote violence among ``kinds_told`` (ACLED's Explosions/Remote violence:
    an air strike, shelling, a mine), or None."""
    remote = [k for k in kinds_told if event_type_of(kinds()[k]["sub_event_type"]) == "Explosions/Remote violence"]
    return min(remote, key=_ranks().get, default=None)


def settled_pair(a: str, b: str) -> bool:
    """Whether ACLED's codebook names the pair's kind itself ("a protest" and "an arrest": a protest
    with intervention; "an attack" with "a mine": the mine), whatever the sentence says first."""
    return a == b or frozenset((a, b)) in _combinations()


def names_demonstration(kind: str) -> bool:
    """Whether a trigger of this kind tells of a demonstration ("protesters", "a rally")."""
    return bool(kinds()[kind].get("demonstration"))


def code(kind: str, actor1_inter: int | None = None, actor2_inter: int | None = None,
         demonstrated: bool = True, foreign: bool = False, ruling: bool = False) -> Coding:
    """ACLED's types for a kind, given who acted on whom and whether the event's triggers tell of a
    demonstration (ACLED: violence with no demonstration is mob violence, not a violent demonstration).
    A ``foreign`` actor1 (another state's forces) regains no ground of its own state: ACLED codes the
    ground it takes as overtaken (the kind's ``foreign``: "Russian forces captured the village" in Ukraine).
    A non-state actor1 that is ``ruling`` the place (the report says it controls it) acts as its de facto
    authority: ACLED codes its arrests as arrests, not abductions (the kind's ``non_state``)."""
    spec = kinds()[kind]
    sub = spec["sub_event_type"]
    if "foreign" in spec and foreign:
        sub = spec["foreign"]
    if "non_state" in spec and actor1_inter in NON_STATE_ARMED and not ruling:
        sub = spec["non_state"]
    if "armed_target" in spec and actor2_inter in ARMED:
        sub = spec["armed_target"]
    if "by_crowd" in spec and actor1_inter in CROWDS:
        sub = spec["by_crowd"]
    if "without_demonstration" in spec and not demonstrated:
        sub = spec["without_demonstration"]
    return Coding(event_type_of(sub), sub, spec.get("plover_type"), spec.get("plover_mode"))
