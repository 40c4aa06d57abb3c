"""A people's militia fights where its people lives: "Dinka and Nuer clashed near Bor" is at Bor in South Sudan,
not at Bor in Russia, and two peoples who share one country give the clash that country where its village is
unknown. A people of many countries, or a person's name, says nothing of where."""
from __future__ import annotations

import csv
from datetime import date

import pytest

from sitrep.normalise.actors import DATA, paired_peoples_homes
from tests.extract.reports import news_of

MAY = date(2024, 5, 15)


def test_every_people_has_known_home_countries():
    with (DATA / "countries.tsv").open(encoding="utf-8") as fh:
        iso = {r["iso2"] for r in csv.DictReader(fh, delimiter="\t")}
    rows = [line.split("\t") for line in (DATA / "ethnic_groups.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert rows and all(len(r) == 2 and r[1].strip() and set(r[1].strip().split(",")) <= iso for r in rows)


@pytest.mark.parametrize("text,lang", [
    ("Dinka and Nuer youths clashed near Bor on Sunday, leaving 12 dead.", "en"),
    ("Des affrontements entre Dinka et Nuer ont fait douze morts dimanche près de Bor.", "fr"),
])
def test_a_clash_of_two_peoples_is_placed_where_they_live(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, MAY)
    assert event.place is not None and event.place.country == "SS"
    assert {event.actor1.name, event.actor2.name} == {"Dinka Ethnic Militia (South Sudan)",
                                                      "Nuer Ethnic Militia (South Sudan)"}


def test_two_peoples_of_one_country_give_an_unknown_villages_clash_its_country(pipeline):
    text = "Clashes between the Pokot and the Turkana near Lokwamosing killed three on Monday."
    [event] = news_of(pipeline, text, "en", MAY)
    assert {event.actor1.name, event.actor2.name} == {"Pokot Ethnic Militia (Kenya)", "Turkana Ethnic Militia (Kenya)"}


@pytest.mark.parametrize("text,lang", [
    ("Fulani and Tuareg herders met in Gao.", "en"),  # peoples of many countries
    ("Issa and Moussa were arrested in Bor.", "en"),  # a person's name that is also a people's
    ("Les Dinka vivent au bord du Nil.", "fr"),  # one people, no pair
])
def test_no_home_is_told_without_two_peoples_of_few_countries(text, lang):
    assert paired_peoples_homes(text, lang) == frozenset()


def test_a_peoples_militia_abroad_keeps_the_town_the_text_names(pipeline):
    text = "Nuer militiamen attacked villagers in Gambela on Monday, killing three."
    [event] = news_of(pipeline, text, "en", MAY)
    assert event.place is not None and event.place.country == "ET"
    text = "Hausa militiamen attacked villagers in Bangassou on Monday, killing three."
    [event] = news_of(pipeline, text, "en", MAY)
    assert event.place is not None and event.place.country == "CF"
