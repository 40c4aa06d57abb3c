"""Trigger phrases match as the tokenizers split the text."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.lexicon import load_triggers
from sitrep.extract.triggers import find_triggers
from sitrep.nlp.models import load_pipeline
from sitrep.types import Article


@pytest.mark.parametrize("text, lang, phrase, kind", [
    ("Gunmen fired rocket-propelled grenades at a convoy near Kandahar.", "en", "rocket-propelled grenades", "shelling"),
    ("A settler was wounded in a drive-by shooting near Hebron.", "en", "drive-by", "attack"),
    ("Students staged a sit-in outside the ministry in Khartoum.", "en", "sit-in", "peaceful_protest"),
    ("Les assaillants ont tiré au lance-roquettes sur le camp de Tessit.", "fr", "lance-roquettes", "shelling"),
    ("L'armée a lancé une contre-offensive contre les rebelles près de Goma.", "fr", "contre-offensive", "armed_clash"),
    ("Un attentat-suicide a visé la caserne de Bouaké.", "fr", "attentat-suicide", "suicide_bomb"),
])
def test_hyphenated_phrases_match_the_split_tokens(text, lang, phrase, kind):
    doc = load_pipeline(lang)(text)
    found = [(doc[t.start:t.end].text, t.kind) for t in find_triggers(doc, lang)]
    assert (phrase, kind) in found


def test_every_hyphenated_phrase_has_its_split_spelling():
    for lang in ("en", "fr"):
        spellings = {e.words for e in load_triggers(lang)}
        for words in list(spellings):
            for w in words:
                if "-" in w.strip("-"):
                    split = []
                    for part in words:
                        split.extend(" - ".join(part.split("-")).split() if "-" in part.strip("-") else [part])
                    assert tuple(split) in spellings, (lang, words)


def test_the_frame_that_hangs_on_the_trigger_decides_its_sense():
    nlp = load_pipeline("en")
    town = nlp("Taliban fighters seized a district centre on Saturday, while a bomb at an army base killed five people.")
    assert [t.kind for t in find_triggers(town, "en") if t.head.lemma_ == "seize"] == ["territory_gain"]
    arms = nlp("Police seized 40 rifles and a rocket launcher in a house near the town of Kano on Monday.")
    assert [t.kind for t in find_triggers(arms, "en") if t.head.lemma_ == "seize"] == ["disrupted_weapons"]


@pytest.mark.parametrize("text, kind", [
    ("Troops pushed the al-Shabaab fighters out of two villages near Baidoa on Monday.", "territory_gain"),
    ("The rebels handed the town over to the army on Monday.", "territory_transfer"),
    ("Police rounded dozens of students up in Lagos on Monday.", "arrest"),
])
def test_a_phrasal_verb_matches_with_its_object_before_the_particle(text, kind):
    doc = load_pipeline("en")(text)
    assert kind in [t.kind for t in find_triggers(doc, "en")]


def test_a_preposition_with_its_own_object_is_no_particle():
    doc = load_pipeline("en")("Troops pushed the rebels into the hills on Monday.")
    assert "territory_gain" not in [t.kind for t in find_triggers(doc, "en")]


def test_a_phrasal_verb_split_by_its_object_reaches_the_coder(pipeline):
    """The cheap first pass keeps the sentence too: the particle may stand a few words after the verb."""
    text = "On 6 May 2024, Somali troops pushed the al-Shabaab fighters out of two villages near Baidoa, Somalia."
    events = pipeline.code(Article(article_id="t", lang="en", published=date(2024, 5, 8), text=text))
    assert [e.sub_event_type for e in events] == ["Government regains territory"]


@pytest.mark.parametrize("text, kind", [
    ("Police blamed arson for the fire that gutted the market in Kano on Monday.", "property_destruction"),
    ("Rioters pillaged shops in the town on Monday.", "property_destruction"),
    ("Two gunmen died in a shootout with police in Karachi on Monday.", "armed_clash"),
    ("A VBIED exploded at a checkpoint near Mogadishu on Monday.", "remote_explosive"),
    ("Three farmers were slain by gunmen near Jos on Monday.", "attack"),
])
def test_common_news_words_for_events_are_triggers(text, kind):
    doc = load_pipeline("en")(text)
    assert kind in [t.kind for t in find_triggers(doc, "en")]


@pytest.mark.parametrize("text", [
    "On 8 March 2022, the army fired heavy machine guns at rebel positions near Kidal, Mali.",
    "On 8 March 2022, rebels fired grenade launchers at army positions near Kidal, Mali.",
])
def test_heavy_weapons_fired_at_positions_are_shelling(pipeline, text):
    """ACLED codes fire from heavy machine guns and grenade launchers at positions as shelling."""
    events = pipeline.code(Article(article_id="t", text=text, lang="en", published=date(2022, 3, 10)))
    dated = [e for e in events if e.status in ("reported", "ongoing")]
    assert [e.sub_event_type for e in dated] == ["Shelling/artillery/missile attack"]


def _kinds(text: str, lang: str = "en") -> list[tuple[str, str]]:
    doc = load_pipeline(lang)(text)
    return [(doc[t.start:t.end].text, t.kind) for t in find_triggers(doc, lang)]


@pytest.mark.parametrize("text, kind", [
    ("An army helicopter fired at militants near the river.", "air_strike"),
    ("An army helicopter fired on militants near the river.", "air_strike"),
    ("Hezbollah fighters fired on soldiers near the border.", "attack"),
    ("Soldiers fired at youths near the checkpoint.", "attack"),
])
def test_a_preposition_makes_a_phrase_no_more_specific_than_a_held_frame(text, kind):
    """ "fire on" outranks "fire" framed only when the frame does not hold: a helicopter firing strikes
    from the air whatever preposition follows."""
    assert [k for _, k in _kinds(text)] == [kind]


def test_a_verb_read_as_a_noun_before_a_joined_verb_is_a_trigger():
    assert ("shot", "attack") in _kinds("An Israeli settler shot and wounded a Palestinian man near the village.")


def test_retook_is_a_taking_of_ground():
    assert ("retook", "territory_gain") in _kinds("Ukrainian forces retook Bilohorivka, Luhansk.")


@pytest.mark.xfail(reason="'shell' frames a shelling whatever qualifies it: a rule lifted acled tune only and was taken "
                          "out", strict=True)
def test_an_unexploded_shell_is_an_explosive_not_a_shelling():
    kinds = [k for _, k in _kinds("An unexploded mortar shell went off in a field, injuring a shepherd.")]
    assert "remote_explosive" in kinds and "shelling" not in kinds
