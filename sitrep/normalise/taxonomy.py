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

from sitrep.acled import UNARMED, Inter

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


def combine(a: str, b: str) -> str | None:
    """The kind of one action told by two triggers ("protesters clashed with police": a violent
    demonstration), or None when they are two actions."""
    if a == b:
        return a
    return _combinations().get(frozenset((a, b)))


def code(kind: str, actor1_inter: int | None = None, actor2_inter: int | None = None) -> Coding:
    spec = kinds()[kind]
    sub = spec["sub_event_type"]
    if "non_state" in spec and actor1_inter not in (None, Inter.STATE_FORCES):
        sub = spec["non_state"]
    if "civilian_target" in spec and actor2_inter in UNARMED:
        sub = spec["civilian_target"]
    return Coding(event_type_of(sub), sub, spec.get("plover_type"), spec.get("plover_mode"))
