"""The first pass keeps a stretch of text for the parser only when a whole trigger phrase with its
frame could be matched in it, and never drops one the trigger matcher would accept."""
from __future__ import annotations

import pytest

from sitrep.extract.lexicon import trigger_index
from sitrep.extract.prefilter import TriggerPrefilter
from sitrep.extract.triggers import find_triggers
from sitrep.nlp import load_pipeline


@pytest.fixture(scope="module")
def prefilters():
    return {lang: TriggerPrefilter(trigger_index(lang), load_pipeline(lang)) for lang in ("en", "fr")}


def _words(lang: str, text: str) -> list[str]:
    return [t.text for t in load_pipeline(lang).make_doc(text) if not t.is_space]


@pytest.mark.parametrize("lang, text, kept", [
    ("en", "Soldiers set fire to the market.", True),
    ("en", "The committee set the date of the fair.", False),  # "set" alone is no trigger
    ("en", "Militants fired rockets at the town.", True),
    ("en", "The company fired its chief executive.", False),  # "fire" needs a rocket, a shell...
    ("en", "Rebels and troops exchanged heavy fire near the border.", True),  # a modifier inside the phrase
    ("fr", "L'armée a repris la ville de Kidal.", True),
    ("fr", "Le président a repris la parole après la pause.", False),  # "reprendre" needs a town, a base...
    ("fr", "La prise de Saraqeb a été annoncée.", True),  # a proper noun completes "prise"
    ("fr", "La prise de parole a été annoncée.", False),
])
def test_whole_phrases_and_frames(prefilters, lang, text, kept):
    assert prefilters[lang].may_trigger(_words(lang, text)) is kept


@pytest.mark.parametrize("lang, text", [
    ("en", "Gunmen shot dead two villagers on Sunday."),
    ("en", "Protesters marched on parliament and police dispersed them with tear gas."),
    ("fr", "Des hommes armés ont tué trois civils et incendié des maisons."),
    ("fr", "Les jihadistes ont pris le contrôle du camp militaire."),
])
def test_every_sentence_with_a_trigger_after_the_parse_is_kept(prefilters, lang, text):
    doc = load_pipeline(lang)(text)
    assert find_triggers(doc, lang), "the example must hold a trigger"
    assert prefilters[lang].may_trigger(_words(lang, text))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_rules_by_ending_give_every_rules_lemma(prefilters, lang):
    """The suffix rules looked up by ending give what testing each rule's ending on the form gives."""
    prefilter = prefilters[lang]
    assert prefilter.rules
    for low in ["", "s", "ies", "fought", "grenades", "blessées", "attaquaient", "prises", "x", "bombardés"]:
        by_rule = {low[: len(low) - len(old)] + new for old, new in prefilter.rules if low.endswith(old)}
        assert set(prefilter._lemmas(low, low)) == {low} | _tables_lemmas(prefilter, low) | by_rule


def _tables_lemmas(prefilter, low: str) -> set[str]:
    found = {w for by_form in prefilter.exceptions for w in by_form.get(low, ())}
    if prefilter.lookup is not None:
        lookup = prefilter.lookup.get(low) or ()
        found |= {lookup} if isinstance(lookup, str) else set(lookup)
    return found
