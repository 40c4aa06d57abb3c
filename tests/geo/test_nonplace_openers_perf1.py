"""Names of several words of the ``nonplaces`` list are tried only from a word that may open one: the
test must never drop a name the full try would find."""
from __future__ import annotations

import itertools

from sitrep.geo.normalise import first_piece, key_openers, name_key
from sitrep.lang import pack


def test_first_piece_is_the_first_word_name_key_reads():
    assert first_piece("Jeune") == "jeune"
    assert first_piece("L'Express") == "lexpress"
    assert first_piece("«Al-Qods") == "al"
    assert first_piece("—") is None


def test_openers_hold_each_beginning_of_the_first_words_and_their_rewritten_forms():
    openers = key_openers(["jeune afrique", "saint martin press", "al quds daily"])
    assert {"j", "je", "jeune", "s", "saint", "st", "a", "al", "el", "ash"} <= openers
    assert "afrique" not in openers and "press" not in openers and "q" not in openers


def test_every_name_of_several_words_opens_with_an_opener():
    for code in ("en", "fr"):
        lang = pack(code)
        words = ["Jeune", "Afrique", "France", "24", "St", "Al", "-", "El", "Radio", "Croix", "Rouge", "Agence"]
        for n in (2, 3):
            for toks in itertools.product(words, repeat=n):
                for spaces in itertools.product(("", " "), repeat=n - 1):
                    text = toks[0] + "".join(s + t for s, t in zip(spaces, toks[1:]))
                    key = name_key(text)
                    if " " in key and key in lang.nonplaces:
                        piece = first_piece(toks[0])
                        assert piece is None or piece in lang.nonplace_openers, text


def test_a_newspaper_named_after_a_place_is_no_place(geoparser):
    text = "Selon Jeune Afrique, des soldats ont été tués à Goma."
    names = [t.text for t in geoparser.parse(text, lang="fr")]
    assert "Afrique" not in names
