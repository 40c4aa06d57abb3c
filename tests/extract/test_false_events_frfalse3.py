"""False dated events in French and English general news (frfalse3): a football report's strikers "bombarding" the
opposing goal in a sentence that names no game word, a week's or a season's tally of strikes told as one day's
event, a deal the parties "have yet to sign", a court that "jails" protesters and the act it judges, the displaced
"driven out by the raids" of the past, attacks "become routine" ("monnaie courante"). Each text is invented; each rule keeps a true event told near the
same words. All are published on Tuesday 14 May 2024."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import headlined_news_types

D = date(2024, 5, 14)  # a Tuesday: "lundi" is the 13th


def _told(pipeline, text, lang="fr"):
    return headlined_news_types(pipeline, text, lang, D)


@pytest.mark.parametrize("text, lang", [
    # a football report: the strikers bombard the opposing goal, the sentence naming no game word
    ("Football : le Gabon écrase le Tchad (5-0)\n\n"
     "LIBREVILLE (Agence) - Le Gabon a largement dominé le Tchad lundi au stade de l'Amitié, dans un match "
     "de qualification sans suspense.\n\n"
     "Les attaquants gabonais ont bombardé la cage tchadienne dès le coup d'envoi, et le portier a cédé à "
     "cinq reprises.", "fr"),
    # a week's tally of drones and missiles fired on a whole country
    ("Ukraine : Kiev réclame davantage de défenses antiaériennes\n\n"
     "KIEV (Agence) - Le ministre ukrainien de la Défense a plaidé lundi pour de nouvelles livraisons de "
     "systèmes antiaériens.\n\n"
     "Selon lui, Moscou a lancé près de trois cents drones et une trentaine de missiles contre le pays au "
     "cours de la semaine écoulée.", "fr"),
    # a season's barrages named as the reason for sanctions
    ("EU adopts fresh sanctions on Moscow\n\n"
     "BRUSSELS (Wire) - EU ministers adopted new sanctions on Russia on Monday.\n\n"
     "The measures target the oil revenue behind a war in which Russia has stepped up its drone and missile "
     "strikes on Ukrainian cities this spring.", "en"),
    # a deal the parties have yet to sign
    ("Sudan talks drag on in Jeddah\n\n"
     "JEDDAH (Wire) - Envoys of Sudan's army and the Rapid Support Forces met again on Monday, mediators "
     "said.\n\nThe two sides have yet to sign a ceasefire agreement.", "en"),
    # a court jails protesters for an old assault: a sentence, and the act judged
    ("Court jails five Kenyan students for storming parliament\n\n"
     "NAIROBI (Wire) - A Nairobi court sentenced five students to prison on Monday for taking part in the "
     "storming of parliament during the 2023 tax protests.", "en"),
    # people driven out years ago by a militia's raids
    ("Tanganyika : les déplacés de Kalemie réclament des vivres\n\n"
     "KALEMIE (Agence) - Les déplacés du site de Katanika ont remis lundi un mémorandum au maire.\n\n"
     "La plupart ont quitté leurs collines voici plusieurs années, chassés par les incursions des miliciens "
     "Twa et les représailles qui ont suivi.", "fr"),
    # abductions a governor calls commonplace
    ("Nord-Kivu : le gouverneur plaide pour plus de policiers\n\n"
     "GOMA (Agence) - Le gouverneur a reçu lundi les chefs de quartier de la ville.\n\n"
     "Dans la province, les enlèvements et les attaques contre les civils sont devenus monnaie courante, "
     "a-t-il reconnu.", "fr"),
    # attacks an envoy calls routine
    ("UN envoy urges talks on Sudan\n\n"
     "NEW YORK (Wire) - The UN envoy for Sudan called on Monday for the warring sides to return to talks, "
     "saying attacks on displacement camps and clinics had become routine.", "en"),
])
def test_general_news_is_no_event(pipeline, text, lang):
    assert _told(pipeline, text, lang) == []


@pytest.mark.parametrize("text, lang, sub", [
    # a war's line of defence bombarded, the article no match report
    ("RDC : les rebelles bombardent les positions de l'armée près de Sake\n\n"
     "GOMA (Agence) - Des rebelles ont bombardé lundi la ligne de défense de l'armée près de Sake, tuant deux "
     "soldats, selon un officier.", "fr", "Shelling/artillery/missile attack"),
    # a day's strike told beside the week's tally: the day's strike stays
    ("Ukraine : un missile tue trois civils à Kharkiv\n\n"
     "KIEV (Agence) - Lundi, un missile russe a frappé Kharkiv, tuant trois civils, selon le maire.\n\n"
     "Au cours de la semaine écoulée, la ville a été visée à sept reprises.", "fr",
     "Shelling/artillery/missile attack"),
    # a deal signed on the day, its parties' earlier failures told after it
    ("Sudan's warring sides sign truce in Jeddah\n\n"
     "JEDDAH (Wire) - Envoys of Sudan's army and the Rapid Support Forces signed a ceasefire agreement in "
     "Jeddah on Monday, mediators said.", "en", "Agreement"),
    # a bombing named with its own day beside the jailing of suspects: news
    ("Two held over Kampala bus bombing\n\n"
     "KAMPALA (Wire) - Police on Monday jailed two men for the bombing of a bus in Kampala on Sunday that "
     "killed four people.", "en", "Remote explosive/landmine/IED"),
    # a day's abduction told beside the commonplace ones: news
    ("Nord-Kivu : trois commerçants enlevés près de Goma\n\n"
     "GOMA (Agence) - Des hommes armés ont enlevé lundi trois commerçants près de Goma, où les enlèvements "
     "sont devenus monnaie courante.", "fr", "Abduction/forced disappearance"),
])
def test_a_true_event_near_the_same_words_stays(pipeline, text, lang, sub):
    assert sub in _told(pipeline, text, lang)
