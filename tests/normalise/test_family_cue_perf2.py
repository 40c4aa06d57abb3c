"""The actor families' cue is one trie, in any case, of each family's first fixed word: the engine follows one
branch a character where the flat alternation tried every word at every position, and a text that lacks a family's
first word cannot hold the family. It finds a word wherever the flat alternation of those words does, whatever the
case."""
from __future__ import annotations

import random
import re

from sitrep.lang import pack
from sitrep.normalise.actors import _Family, family_cue


def _family(*words: str) -> _Family:
    return _Family(re.compile("x"), "communal_family", "{name} Militia", 4,
                   tuple(re.compile(f"(?i:{re.escape(w)})") for w in words))


def test_the_cue_is_one_pattern_in_any_case():
    cue = family_cue((_family(" militia", " militiamen"), _family("armed ", " tribe")))
    assert cue.pattern.count("(?i:") == 1
    assert cue.search("two ARMED men") and cue.search("a Militiaman")
    assert cue.search("the militant wing") is None
    assert cue.search("the Tribe's elders") is None  # "armed ... tribe" needs its first word too


def test_the_cue_finds_what_the_flat_alternation_finds():
    rng = random.Random(5)
    families = pack("en").actor_families
    flat = re.compile("|".join(dict.fromkeys(f.fixed[0].pattern for f in families)))
    cue = pack("en").actor_family_cue
    words = ["militia", "Militiamen", "YOUTHS", "armed", "fighters", "tribe", "raiders", "Mai-Mai", "gunmen",
             "the", "village", "people's", "defence", "force", "ethnic", "cattle"]
    for _ in range(500):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
        assert (cue.search(text) is None) == (flat.search(text) is None), text
