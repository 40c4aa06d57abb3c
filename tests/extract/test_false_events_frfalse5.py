"""False dated events in French and English general news (frfalse5): a pluperfect told in a sentence that puts its
acts in a past period ("il y a quelques années", "de 2019"), the verb's or an event noun's relative clause's, and a
verb of killing whose object is a hope ("assassiner les espoirs" of a club). Each text is invented; each rule keeps
a true event told near the same words. All are published on Tuesday 14 May 2024."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import headlined_news_types

D = date(2024, 5, 14)  # a Tuesday: "lundi" is the 13th


def _told(pipeline, text, lang="fr"):
    return headlined_news_types(pipeline, text, lang, D)


@pytest.mark.parametrize("text, lang", [
    # a governor's promise, the burnings it recalls told in the pluperfect with "il y a quelques années"
    ("Kasaï : le gouverneur en tournée à Tshikapa\n\n"
     "TSHIKAPA (Agence) - Le gouverneur a entamé lundi une tournée dans le territoire.\n\n"
     "Il a promis de tourner la page des violences qui avaient ravagé la région il y a quelques années, quand "
     "des écoles avaient été incendiées et des familles chassées de leurs terres.", "fr"),
    # an election campaign recalling a past vote's clashes in a pluperfect relative
    ("Togo : la campagne électorale s'ouvre à Lomé\n\n"
     "LOMÉ (Agence) - La campagne pour les législatives s'est ouverte lundi à minuit, pour deux semaines de "
     "meetings. Les partis d'opposition appellent au boycott, rappelant les municipales de 2020, dont ils avaient "
     "été écartés, et les heurts qui avaient suivi à Sokodé.", "fr"),
    # a striker who "killed" his old club's hopes
    ("Football : le buteur ivoirien signe à Lyon\n\n"
     "PARIS (Agence) - L'attaquant ivoirien s'est engagé lundi pour quatre saisons avec Lyon.\n\n"
     "Il avait assassiné les espoirs de son ancien club d'un doublé lors de la dernière journée.", "fr"),
])
def test_general_news_is_no_event(pipeline, text, lang):
    assert _told(pipeline, text, lang) == []


@pytest.mark.parametrize("text, lang, sub", [
    # a pluperfect recap of the day's attack, in a town under blockade "depuis 2022": the day makes it news
    ("Burkina : assaut contre Djibo\n\n"
     "OUAGADOUGOU (Agence) - Le président a salué mardi la bravoure des soldats.\n\n"
     "Lundi, des jihadistes avaient attaqué le marché de Djibo, dont les habitants vivent sous blocus depuis "
     "2022.", "fr", "Attack"),
    # a pluperfect attack ranked against a past period: news
    ("Niger : le poste de Téra attaqué\n\n"
     "NIAMEY (Agence) - Des jihadistes avaient attaqué à l'aube le poste militaire de Téra, selon des sources "
     "locales, le premier assaut contre la ville depuis 2023. Cinq soldats ont été tués.", "fr", "Armed clash"),
    # two young men killed, "l'espoir de leur famille" an apposition: the killing stays
    ("Mali : deux jeunes assassinés près de Ségou\n\n"
     "SÉGOU (Agence) - Des hommes armés ont assassiné lundi deux jeunes, l'espoir de leur famille, près de "
     "Ségou.", "fr", "Attack"),
])
def test_a_true_event_near_the_same_words_stays(pipeline, text, lang, sub):
    assert sub in _told(pipeline, text, lang)
