"""Invented wire dispatches: a dateline ("Beyrouth, 4 novembre (AFP) –") opens the text, and the
first sentence after it keeps its actor; the town the dispatch was filed from is not the event's place."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.models import load_pipeline
from tests.extract.reports import code as _code, news as _dated

PUBLISHED = date(2025, 11, 5)  # a Wednesday


@pytest.mark.parametrize("lang, text, first", [
    ("fr", "Beyrouth, 4 novembre (AFP) – Israël a frappé mardi le sud du Liban, tuant deux personnes.", "Israël"),
    ("fr", "Le Caire, 4 novembre (AFP) – Des négociateurs se sont retrouvés mardi au Caire.", "Des"),
    ("fr", "Port-au-Prince – Des gangs ont tué lundi cinq personnes à Carrefour.", "Des"),
    ("en", "Kyiv, Nov 4 (Reuters) - Russian forces shelled Kharkiv on Tuesday, killing three people.", "Russian"),
])
def test_a_dateline_is_a_sentence_of_its_own(lang, text, first):
    sents = list(load_pipeline(lang)(text).sents)
    assert sents[1][0].text == first and sents[1].text.rstrip().endswith(text.split()[-1])


def test_a_sentence_that_opens_like_a_dateline_is_not_cut():
    text = "Selon l'armée, les rebelles – qui ont fui – ont tué deux civils lundi à Beni."
    assert len(list(load_pipeline("fr")(text).sents)) == 1


def test_the_strike_after_a_dateline_keeps_its_actor_and_not_the_dateline_town(pipeline):
    text = ("Beyrouth, 4 novembre (AFP) – Israël a frappé mardi le sud du Liban, tuant deux personnes, a annoncé "
            "le ministère libanais de la Santé.")
    [e] = _dated(_code(pipeline, text, published=PUBLISHED))
    assert e.event_type == "Explosions/Remote violence" and e.actor1.name.startswith("Military Forces of Israel")
    assert e.fatalities == 2 and e.event_date == date(2025, 11, 4)
    assert e.place is None or "Beyrouth" not in (e.place.name or "")


@pytest.mark.parametrize("text", [
    "Quinze otages ont été libérés lundi dans le territoire de Mambasa.",
    "L'armée a libéré lundi trois otages dans le territoire de Masisi.",
])
def test_people_freed_near_a_territory_word_are_no_ground_taken(pipeline, text):
    assert not [e for e in _dated(_code(pipeline, text, published=PUBLISHED)) if e.event_type == "Battles"]


@pytest.mark.parametrize("text", [
    "L'armée a libéré lundi la localité de Kitchanga, dans le territoire de Masisi.",
    "La ville de Kitchanga a été libérée lundi par l'armée.",
])
def test_a_town_freed_is_still_ground_regained(pipeline, text):
    [e] = _dated(_code(pipeline, text, published=PUBLISHED))
    assert e.sub_event_type == "Government regains territory"


@pytest.mark.parametrize("text", [
    "Les armées répliquent par des frappes de drones, qui tuent parfois des civils.",
    "Les rebelles attaquent souvent les convois sur cette route.",
    "Le Hezbollah refuse de remettre ses armes tant qu'Israël occupe cinq positions en territoire libanais.",
])
def test_what_happens_at_times_or_on_a_condition_is_no_dated_event(pipeline, text):
    assert not _dated(_code(pipeline, text, published=PUBLISHED))


def test_a_dated_attack_on_a_road_often_used_stays_news(pipeline):
    text = "Lundi, des hommes armés ont attaqué un convoi sur cette route, souvent empruntée par les commerçants."
    [e] = _dated(_code(pipeline, text, published=PUBLISHED))
    assert e.event_date == date(2025, 11, 3)
