"""False dated events in French and English general news (frfalse7): attacks that a relative clause spreads over a
past period ("les attaques qui ont visé le nord au cours des derniers mois"), incursions a force is deployed to
face, fighting that people are trapped by, acts told "over the past year" or "since the 2021 coup", and a goal
bombarded in a match report that names its round in the plural ("les quarts de finale"). Each text is invented; each rule keeps a true event told near the
same words. All are published on Tuesday 14 May 2024."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import headlined_news_types

D = date(2024, 5, 14)  # a Tuesday: "lundi" is the 13th


def _told(pipeline, text, lang="fr"):
    return headlined_news_types(pipeline, text, lang, D)


@pytest.mark.parametrize("text, lang", [
    # a summit's speech citing attacks a past-tense relative clause spreads over the last months
    ("Cédéao : le sommet de Lomé s'achève\n\n"
     "LOMÉ (Agence) - Les chefs d'État se sont réunis lundi à Lomé.\n\n"
     "Le président de la commission a dénoncé « une menace qui gagne les pays côtiers », citant les attaques qui "
     "ont visé le nord du Bénin et du Togo au cours des derniers mois.", "fr"),
    ("West African leaders meet in Lome\n\n"
     "LOME (Wire) - Leaders met in Lome on Monday. The commission's president warned of the jihadist threat, "
     "citing attacks that hit northern Benin and Togo in recent months.", "en"),
    # a recruitment for a force deployed to face incursions
    ("Bénin : 3 000 recrues pour le Nord\n\n"
     "COTONOU (Agence) - Le gouvernement a annoncé lundi le recrutement de 3 000 soldats pour une opération "
     "déployée dans le nord du pays face aux incursions jihadistes venues du Niger.", "fr"),
    # an aid agency's warning about people trapped by fighting
    ("Soudan : alerte à la faim au Darfour\n\n"
     "PORT-SOUDAN (Agence) - Une agence de l'ONU a averti lundi que la faim gagnait le Darfour, où des milliers "
     "de familles sont prises au piège des combats entre l'armée et les paramilitaires.", "fr"),
    ("Hunger spreads in Darfur, U.N. warns\n\n"
     "PORT SUDAN (Wire) - Thousands of families are trapped by fighting between the army and the paramilitaries "
     "in Darfur, a U.N. agency warned on Monday.", "en"),
    # acts spread over the past year, or since a year's event
    ("U.N. extends Haiti force\n\n"
     "UNITED NATIONS (Wire) - The U.N. Security Council on Monday extended the force's mandate. Gangs have "
     "expanded into Artibonite, where they have massacred villagers over the past year, the U.N. says.", "en"),
    ("Ukraine asks for air defences\n\n"
     "KYIV (Wire) - Ukraine's prime minister on Monday urged partners to speed up deliveries of air defences, "
     "saying Russian strikes had knocked out half of the country's power plants over the past year.", "en"),
    ("Myanmar party claims win\n\n"
     "YANGON (Wire) - The party said on Monday it had won a majority of seats. Voting did not take place in "
     "areas held by resistance groups, where fighting has continued since the 2021 coup.", "en"),
    # a match report: the round named in the plural, the coach as "le sélectionneur"
    ("Football : les Étalons balaient le Bénin et filent en demi-finales\n\n"
     "ABIDJAN (Agence) - Le Burkina Faso a dominé le Bénin (3-0) lundi soir à Abidjan et rejoint les "
     "demi-finales. Les attaquants burkinabè ont bombardé le but adverse dès le coup d'envoi.\n\n"
     "« Nous avons été sérieux », a déclaré le sélectionneur.", "fr"),
])
def test_general_news_is_no_event(pipeline, text, lang):
    assert _told(pipeline, text, lang) == []


@pytest.mark.parametrize("text, lang, sub", [
    # a relative clause that names the day dates its noun
    ("Bénin : des attaques dans le Nord\n\n"
     "COTONOU (Agence) - Les attaques qui ont visé lundi deux villages du nord du Bénin ont fait six morts, les "
     "plus meurtrières depuis des mois.", "fr", "Attack"),
    # a fight still going on, told in the present, keeps its toll's day
    ("Mali : combats près de Kidal\n\n"
     "BAMAKO (Agence) - Les combats qui durent depuis trois mois dans la région ont fait dix morts lundi près de "
     "Kidal, selon un élu.", "fr", "Armed clash"),
    # protesters faced by the police are no incursions
    ("Guinée : des manifestants tués à Kindia\n\n"
     "CONAKRY (Agence) - La police a ouvert le feu lundi face aux manifestants qui bloquaient la route de Kindia, "
     "tuant deux jeunes.", "fr", "Excessive force against protesters"),
    # civilians caught in a day's fighting and killed
    ("Centrafrique : des civils tués à Bambari\n\n"
     "BANGUI (Agence) - Lundi, des civils pris au piège des combats entre l'armée et les rebelles ont été tués à "
     "Bambari.", "fr", "Armed clash"),
    ("Civilians killed in Babanusa\n\n"
     "PORT SUDAN (Wire) - Two civilians trapped by fighting between the army and the RSF were killed in Babanusa "
     "on Monday.", "en", "Armed clash"),
    # a day's massacre ranked against the past year stays news
    ("Gang attack in Haiti\n\n"
     "PORT-AU-PRINCE (Wire) - Gang members massacred at least 20 villagers in Artibonite on Monday, the worst "
     "attack over the past year, the U.N. said.", "en", "Attack"),
    # attackers who are gunmen, in an article that is no match report
    ("Burkina : trois morts dans une attaque près de Kaya\n\n"
     "KAYA (Agence) - Des hommes armés ont attaqué lundi un village près de Kaya, tuant trois civils, selon des "
     "sources locales. Les attaquants ont ensuite incendié des boutiques.", "fr", "Attack"),
])
def test_a_true_event_near_the_same_words_stays(pipeline, text, lang, sub):
    assert sub in _told(pipeline, text, lang)
