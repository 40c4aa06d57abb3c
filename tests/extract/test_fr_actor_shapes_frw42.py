"""Who struck whom in French world-conflict dispatches (frw42, bench/fr_actor_stress.py): a country written as
the subject of the verb that launches the strikes, also where the parse takes "des frappes" for an oblique or a
byline run into the first sentence takes the subject's place; a passive agent named through the men a group
owns ("par des éléments de Boko Haram"). Each text is invented."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.models import load_pipeline
from tests.extract.reports import news_of, sides

D = date(2025, 3, 12)  # a Wednesday


def _strikes(pipeline, text):
    return [sides(e) for e in news_of(pipeline, text, published=D) if e.event_type == "Explosions/Remote violence"]


@pytest.mark.parametrize("text,force", [
    ("La Turquie a mené mardi des frappes aériennes sur des positions kurdes près de Qamichli.",
     "Military Forces of Turkey"),
    ("Israël a mené mardi des frappes aériennes dans le sud du Liban, près de Tyr.", "Military Forces of Israel"),
])
def test_a_country_that_carries_out_strikes_is_its_military(pipeline, text, force):
    [[a1, _]] = _strikes(pipeline, text)
    assert a1 is not None and a1.startswith(force)


def test_a_byline_run_into_the_sentence_leaves_the_country_its_strikes(pipeline):
    text = ("Paul Martin, BBC Afrique L'Iran a tiré une salve de missiles balistiques vers plusieurs villes, dont "
            "Haïfa, provoquant des incendies, selon les secours israéliens.")
    [[a1, _]] = _strikes(pipeline, text)
    assert a1 is not None and a1.startswith("Military Forces of Iran")


def test_the_men_a_group_owns_named_as_the_passive_agent_are_the_group(pipeline):
    text = "Sept pêcheurs ont été tués lundi par des éléments de Boko Haram près de Baga, dans l'Etat de Borno."
    [event] = [e for e in news_of(pipeline, text, published=D) if e.event_type]
    assert sides(event) == ["Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Civilians (Nigeria)"]


def test_a_capitalised_noun_after_a_capitalised_word_ends_no_sentence():
    text = "Neuf bergers ont été tués jeudi par Boko Haram près de Gwoza."
    assert len(list(load_pipeline("fr")(text).sents)) == 1


def test_a_country_written_before_a_passive_verb_struck_nothing(pipeline):
    text = "Un rassemblement de soldats de l'Etat du Jubaland en Somalie a été visé lundi par une grenade."
    assert all(a1 is None or not a1.startswith("Military Forces of Somalia") for a1, _ in _strikes(pipeline, text))
