"""False dated events in general news (fpos): the trial of an old act, a prosecutor's account at a trial, the war's
whole toll, an anniversary in a headline, a trend of fighting, a debate's or a parliament's words of violence, a
toll since the middle of a month. Each text is invented; each rule keeps a true event told near the same words.
All are published on Tuesday 14 May 2024."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

D = date(2024, 5, 14)  # a Tuesday: "lundi", "Monday" is the 13th


def _told(pipeline, text, lang="en"):
    return [e.event_type for e in news_of(pipeline, text, lang, published=D) if e.event_type and e.event_date]


@pytest.mark.parametrize("text", [
    # the act a trial is about
    "Three men went on trial on Tuesday in Eldoret for the murder of a farmer in 2022.",
    # a prosecutor's account at a trial
    "A militia leader went on trial in Bunia on Tuesday. Prosecutors said his fighters killed forty villagers and "
    "burned their homes near Bunia.",
    # the war itself as the doer
    "The conflict has killed thousands of people in Myanmar, the UN said.",
    # an anniversary, the preposition hung on the verb
    "Nigeria marks five years since Owo church attack",
    # fighting as the subject of a trend, read as a clause
    "Fighting around Goma has eased in recent days, residents said.",
    # words of violence whose object or complement is a bill, a budget, a flame
    "The opposition launched a fierce attack on the government's budget on Tuesday in Abuja.",
    "Senators killed the bill in Nairobi on Tuesday.",
    "Firefighters battled the flame for hours in Lagos on Tuesday.",
])
def test_english_general_news_is_no_event(pipeline, text):
    assert _told(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Le procès de trois miliciens s'ouvre à Bunia. Selon le parquet, les accusés ont tué une dizaine de civils "
    "dans un village proche de Bunia.",
    "Les rebelles ont tué au moins trente civils dans le territoire de Djugu depuis la mi-avril, selon un bilan "
    "publié mardi.",
])
def test_french_general_news_is_no_event(pipeline, text):
    assert _told(pipeline, text, "fr") == []


@pytest.mark.parametrize("text", [
    # a prosecutor with no trial told reports the day's killings as the police do
    "Prosecutors said the attackers killed forty villagers and burned their homes near Bunia.",
    # a day named makes a prosecutor's account news
    "Prosecutors said gunmen killed five people in an attack on a bar in Bunia on Monday.",
    # a war plane, a fighting that kills on a day: news
    "Fighting killed twelve soldiers near Bamenda on Monday, officials said.",
    # a period before the news, fronted: the news stands
    "Five years since the coup, soldiers shot dead two protesters in Bamako on Tuesday.",
    # an attack on a building, a trend named on its day
    "Gunmen launched an attack on a police station in Abuja on Tuesday, killing two officers.",
    "Fighting eased on Monday around Goma after rebels clashed with troops on Sunday.",
    # a trial beside the day's protest
    "Police fired tear gas on Tuesday at supporters of the accused who gathered outside the court in Eldoret as "
    "his trial opened.",
])
def test_english_news_beside_the_same_words_stays(pipeline, text):
    assert len(_told(pipeline, text)) == 1


@pytest.mark.parametrize("text", [
    "Selon l'armée, les rebelles ont tué une dizaine de civils dans un village proche de Bunia.",
    "Un avion de guerre a tué six civils lundi près de Nyala, selon des témoins.",
    "Les rebelles ont attaqué lundi un village de Djugu, où ils sont présents depuis la mi-avril, tuant six civils.",
])
def test_french_news_beside_the_same_words_stays(pipeline, text):
    assert len(_told(pipeline, text, "fr")) == 1


def test_a_headlines_ambush_with_no_one_fighting_back_is_the_bodys_attack(pipeline):
    text = ("Hauliers squeezed as militants ambush trucks\n\nMOGADISHU (Wire) - Diesel prices on the road north of the "
            "capital have doubled since June, hauliers say.\n\nOn Monday, al-Shabaab fighters ambushed a convoy of "
            "trucks near Beledweyne, killing three drivers and setting two lorries on fire, local elders said.")
    assert _told(pipeline, text) == ["Violence against civilians"]


def test_a_headline_naming_both_acts_keeps_the_battle(pipeline):
    text = ("Militants clash with troops, ambush trucks\n\nMOGADISHU (Wire) - On Monday, al-Shabaab fighters ambushed a "
            "convoy of trucks near Beledweyne, killing three drivers, local elders said. On Sunday, the militants "
            "clashed with Somali troops near Jalalaqsi.")
    assert sorted(_told(pipeline, text)) == ["Battles", "Violence against civilians"]
