"""A day told inside a trigger phrase does not break it ("ont pris dimanche le contrôle", "fired on Sunday
at"), and, with that, "des semaines / mois / années de" make the event nouns they govern background, as
"weeks / months / years of" do in English (fr17). Sentences invented."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.triggers import find_triggers
from sitrep.nlp.models import load_pipeline
from tests.extract.reports import code, news

PUBLISHED = date(2024, 9, 18)  # a Wednesday


@pytest.mark.parametrize("lang, text, phrase, kind", [
    ("fr", "Les miliciens ont pris dimanche le contrôle de la localité de Kalonge.",
     "pris dimanche le contrôle", "territory_gain"),
    ("fr", "Les miliciens ont pris samedi soir le contrôle du village de Kalonge.",
     "pris samedi soir le contrôle", "territory_gain"),
    ("fr", "Les rebelles ont pris le 12 mars le contrôle de la cité de Nyabiondo.",
     "pris le 12 mars le contrôle", "territory_gain"),
    ("en", "Police fired on Sunday at protesters in Ibadan.", "fired on Sunday at", "attack"),
    ("en", "Police fired yesterday at protesters in Ibadan.", "fired yesterday at", "attack"),
    ("en", "Police fired on Sunday night at protesters in Ibadan.", "fired on Sunday night at", "attack"),
])
def test_a_day_told_inside_a_phrase_keeps_the_phrase(lang, text, phrase, kind):
    doc = load_pipeline(lang)(text)
    assert (phrase, kind) in [(doc[t.start:t.end].text, t.kind) for t in find_triggers(doc, lang)]


def test_a_phrase_word_that_opens_a_day_still_matches_first():
    """ "opened fire on Monday": "fire on" takes its own "on" when nothing else follows."""
    doc = load_pipeline("en")("Soldiers opened fire on Monday.")
    assert "attack" in [t.kind for t in find_triggers(doc, "en")]


def test_a_takeover_told_with_its_day_inside_is_news(pipeline):
    text = ("Les miliciens de la CODECO ont pris dimanche le contrôle de la localité de Kalonge après plusieurs "
            "jours de combats contre l'armée, selon des sources locales.")
    assert [e.sub_event_type for e in news(code(pipeline, text, "fr", PUBLISHED))][:1] == [
        "Non-state actor overtakes territory"]


@pytest.mark.parametrize("text", [
    "Le gouverneur s'est rendu lundi à Beni auprès des déplacés, après des semaines d'attaques des ADF.",
    "Le Premier ministre a inauguré mardi un hôpital à Kidal, une ville meurtrie par des années de combats.",
    "Le président a reçu jeudi les chefs coutumiers de Djugu, après des mois de violences intercommunautaires.",
])
def test_weeks_or_years_of_events_are_background(pipeline, text):
    assert not news(code(pipeline, text, "fr", PUBLISHED))
