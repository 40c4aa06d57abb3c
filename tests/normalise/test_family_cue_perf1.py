"""One pattern of the actor families' fixed words rules out, in one scan, a text no family can name an
actor in (most sentences); a text holding one still gets every family's own test."""
from __future__ import annotations

import re

from sitrep.lang import pack
from sitrep.normalise.actors import _Family, _family_hits, family_cue, find_actors


def test_a_text_without_any_fixed_word_has_no_family_hit():
    lang = pack("en")
    assert lang.actor_family_cue is not None
    text = "Kaduna residents said the market reopened on Monday."
    assert lang.actor_family_cue.search(text) is None
    assert _family_hits(text, lang) == []


def test_a_text_with_a_fixed_word_is_read_by_the_families():
    lang = pack("en")
    names = [a.name for a in find_actors("The Kaduna militiamen attacked the village.", lang, "NG")]
    assert any("Kaduna" in n for n in names), names


def test_a_family_without_fixed_words_leaves_no_cue():
    bare = _Family(re.compile("x"), "communal_family", "{name} Militia", 4)
    worded = _Family(re.compile("x"), "communal_family", "{name} Militia", 4, (re.compile("(?i: militia)"),))
    assert family_cue((worded, bare)) is None
    assert family_cue((worded,)).search("a MILITIA")
    assert family_cue(()).search("anything") is None
