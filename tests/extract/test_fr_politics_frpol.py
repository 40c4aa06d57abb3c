"""French political news with the words of violence and no act (frpol): a machine named by its kind, an attack on
a record, a withdrawal from a body, attacks rebels might launch, a film about old massacres, a town said to have
fallen in reports an official denies. Invented sentences; each negative case gave a dated event before these rules, each control stays one."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

PUBLISHED = date(2025, 6, 11)  # a Wednesday


def _told(pipeline, text):
    return [(e.event_type, e.sub_event_type, e.event_date) for e in news_of(pipeline, text, published=PUBLISHED)]


@pytest.mark.parametrize("text", [
    "Le Tchad réceptionne de nouveaux drones et avions de combat",
    "Mardi, le second a attaqué frontalement le bilan du gouverneur sortant, dénonçant « une province à l'abandon ».",
    "Les trois juntes, qui ont annoncé mardi leur retrait de la Cédéao, veulent unir leurs forces militaires.",
    "Le colonel a averti mardi que les rebelles pourraient profiter de la saison sèche pour lancer de nouvelles "
    "attaques contre les villages de Djugu.",
    "Le porte-parole militaire de l'Ituri a formellement démenti mardi les messages circulant sur les réseaux sociaux "
    "selon lesquels la ville de Mahagi serait tombée aux mains des miliciens.",
    "Un documentaire sur les massacres de Yumbi présenté mardi à Kinshasa",
])
def test_political_news_with_words_of_violence_tells_no_event(pipeline, text):
    assert _told(pipeline, text) == []


@pytest.mark.parametrize("text, kind", [
    ("Des avions de combat ont bombardé mardi des positions rebelles près de Kidal.", "Explosions/Remote violence"),
    ("Des hommes armés ont attaqué mardi le convoi du maire près de Beni, tuant deux personnes.",
     "Violence against civilians"),
    ("Les rebelles ont pris mardi la cité de Rutshuru après de violents combats.", "Battles"),
])
def test_the_same_words_in_an_act_stay_news(pipeline, text, kind):
    assert kind in [t for t, _, _ in _told(pipeline, text)]


def test_survivors_recounting_killings_over_years_tell_no_news(pipeline):
    text = "Au tribunal, des survivants racontent les tueries, à partir de souvenirs rassemblés pendant trois ans."
    assert _told(pipeline, text) == []


def test_survivors_recounting_a_toll_on_a_day_stay_news(pipeline):
    text = "Des survivants racontent que les rebelles ont tué trois personnes mardi près de Rutshuru."
    assert [d for _, _, d in _told(pipeline, text)] == [date(2025, 6, 10)]


def test_the_eve_of_another_day_is_not_the_day_before_the_report(pipeline):
    text = "Des combats ont éclaté près de Rutshuru la veille de l'entrée en vigueur de la trêve."
    assert date(2025, 6, 10) not in [d for _, _, d in _told(pipeline, text)]


def test_the_eve_alone_is_the_day_before_the_report(pipeline):
    text = "La veille, des combats ont éclaté près de Rutshuru entre l'armée et les rebelles."
    assert [d for _, _, d in _told(pipeline, text)] == [date(2025, 6, 10)]
