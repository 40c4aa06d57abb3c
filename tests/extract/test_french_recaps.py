"""French reports that recall a conflict's past, a trial's charges or the people who fled a fight:
what they recall is background, not a dated event of the report's days (invented sentences)."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of

PUBLISHED = date(2025, 11, 5)


_dated = partial(news_of, published=PUBLISHED)


@pytest.mark.parametrize("text", [
    # a date stated in an earlier year, and the next sentence going on with it
    "En mars 2022, les troupes russes ont occupé la ville de Boutcha. Les soldats avaient tué plus de 400 "
    "civils dans la ville.",
    # "il y a un an", which the parse makes an adverbial clause of its own
    "Les rebelles ont attaqué la ville de Rutshuru il y a un an.",
    "Il y a un an, les bombardements avaient détruit une grande partie du quartier de Saltivka à Kharkiv.",
    # a pluperfect going on with a recalled past
    "Lors des élections de 2018, des affrontements avaient fait trois morts à Kinshasa. Des bureaux de vote "
    "avaient été incendiés par des militants.",
    # a series is a trend, as a wave is
    "C'était le début d'une longue série d'attaques dans le pays.",
])
def test_a_recalled_past_is_background(pipeline, text):
    assert not _dated(pipeline, text)


def test_the_charges_of_a_trial_are_no_event(pipeline):
    text = "Le procès s'est ouvert lundi à Ouagadougou. Les six accusés sont poursuivis pour assassinat et terrorisme."
    assert not _dated(pipeline, text)


def test_the_fight_people_fled_is_no_event_of_their_flight(pipeline):
    text = "Mardi, quelque 2 000 personnes ont franchi la frontière à Adré, fuyant les combats au Darfour."
    assert not _dated(pipeline, text)


def test_a_recent_attack_told_after_a_recap_stays_news(pipeline):
    text = ("En mars 2022, les troupes russes ont occupé la ville de Boutcha. Mardi, des soldats ont tué trois "
            "civils à Kherson.")
    [e] = _dated(pipeline, text)
    assert e.event_date == date(2025, 11, 4)


def test_a_conditional_clause_does_not_date_its_main_clause(pipeline):
    text = "Mardi, des rebelles ont attaqué un poste de l'armée à Rutshuru, si l'on en croit les habitants."
    assert len(_dated(pipeline, text)) == 1


@pytest.mark.parametrize("text", [
    "L'armée prépare une nouvelle offensive contre les rebelles dans la région de Djibo.",
    "Les rebelles ont reçu des armes afin d'attaquer la ville de Goma.",
])
def test_a_prepared_or_intended_act_is_no_event(pipeline, text):
    assert not _dated(pipeline, text)


def test_an_attack_told_with_its_purpose_stays_news(pipeline):
    text = "Mardi, les rebelles ont attaqué la ville de Goma pour que l'armée se retire, selon des témoins."
    assert len(_dated(pipeline, text)) == 1


def test_a_fight_people_fear_is_no_event(pipeline):
    text = "Des habitants de Mekele disent craindre le retour des combats dans la région."
    assert not _dated(pipeline, text)
