"""False dated events in French and English general news (frfalse4): a government that "protests" against a decision,
a present participle going on with an anniversary's pluperfect, a whole year's toll "au cours de l'année 2024", a
tally of deaths "since February", an insurgency "qui a tué des milliers de personnes". Each text is invented; each
rule keeps a true event told near the same words. All are published on Tuesday 14 May 2024."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import headlined_news_types

D = date(2024, 5, 14)  # a Tuesday: "lundi" is the 13th


def _told(pipeline, text, lang="fr"):
    return headlined_news_types(pipeline, text, lang, D)


@pytest.mark.parametrize("text, lang", [
    # a government's diplomatic complaint
    ("Tchad : N'Djamena convoque l'ambassadeur du Soudan\n\n"
     "N'DJAMENA (Agence) - Le gouvernement tchadien a protesté lundi contre des propos du chef de l'armée "
     "soudanaise, qu'il juge « hostiles », et a convoqué l'ambassadeur du Soudan.", "fr"),
    ("Beijing summons envoy over arms sale\n\n"
     "BEIJING (Wire) - The foreign ministry protested on Monday against a new arms deal with the island and "
     "summoned the envoy.", "en"),
    # an anniversary's retold killing, its participle after the pluperfect
    ("Burundi : dix ans après, les rescapés de Gatumba se souviennent\n\n"
     "BUJUMBURA (Agence) - Une messe a été célébrée lundi pour le dixième anniversaire du massacre.\n\n"
     "Cette nuit-là, des combattants avaient cerné les tentes du camp, abattant des dizaines de réfugiés.", "fr"),
    # a whole year's toll in a report
    ("Kasaï : un rapport d'ONG dresse un bilan sombre\n\n"
     "KANANGA (Agence) - Au moins 800 civils ont été tués dans la province au cours de l'année 2023, selon un "
     "rapport d'ONG présenté lundi à Kananga.", "fr"),
    # a tally since a month
    ("Somali army chief vows to retake lost towns\n\n"
     "MOGADISHU (Wire) - The army chief said on Monday his forces would retake the lost towns.\n\n"
     "Local elders say dozens of soldiers have been killed in the region since April.", "en"),
    # an insurgency's whole toll in a relative clause
    ("Niger : le gouvernement rappelle ses ambassadeurs\n\n"
     "NIAMEY (Agence) - Le gouvernement a rappelé lundi plusieurs ambassadeurs.\n\n"
     "Le pays fait face à une insurrection jihadiste qui a tué des milliers de personnes.", "fr"),
])
def test_general_news_is_no_event(pipeline, text, lang):
    assert _told(pipeline, text, lang) == []


@pytest.mark.parametrize("text, lang, sub", [
    # students who protest in the street
    ("Kinshasa : les étudiants protestent contre la hausse des frais\n\n"
     "KINSHASA (Agence) - Des centaines d'étudiants ont protesté lundi devant le rectorat contre la hausse des "
     "frais académiques.", "fr", "Peaceful protest"),
    # a killing told on its day after a ceremony: news
    ("Burundi : une messe pour les victimes, une nouvelle attaque\n\n"
     "BUJUMBURA (Agence) - Une messe a été célébrée dimanche pour le dixième anniversaire du massacre.\n\n"
     "Lundi, des hommes armés ont attaqué un village voisin, tuant six habitants.", "fr", "Attack"),
    # a day's killings beside the year's count
    ("Kasaï : sept civils tués près de Kananga\n\n"
     "KANANGA (Agence) - Sept civils ont été tués lundi près de Kananga, portant à 300 le nombre de morts "
     "depuis le début de l'année.", "fr", "Attack"),
    # the deadliest attack since a month: the day's attack stays
    ("Militants kill four soldiers in Somalia\n\n"
     "MOGADISHU (Wire) - Al Shabaab fighters killed four soldiers near Balcad on Monday, the deadliest attack "
     "since April.", "en", "Armed clash"),
])
def test_a_true_event_near_the_same_words_stays(pipeline, text, lang, sub):
    assert sub in _told(pipeline, text, lang)
