"""False dated events in French and English general news (frfalse8): acts that "se sont poursuivies" or "have
continued" with no day, talks that ended "sans accord sur un cessez-le-feu" or "without agreement", and a market
rout told in words of killing in French ("les valeurs bancaires massacrées"). Each text is invented; each rule keeps
a true event told near the same words. All are published on Tuesday 14 May 2024."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import headlined_news_types

D = date(2024, 5, 14)  # a Tuesday: "lundi" is the 13th


def _told(pipeline, text, lang="fr"):
    return headlined_news_types(pipeline, text, lang, D)


@pytest.mark.parametrize("text, lang", [
    # continuing acts in the perfect, no day, no figure, no part of a day
    ("Ukraine : Kiev demande des batteries antiaériennes\n\n"
     "KIEV (Agence) - Le président ukrainien a rencontré lundi le chancelier à Berlin pour demander des batteries "
     "antiaériennes. Sur le front, les frappes de drones se sont poursuivies de part et d'autre, selon les armées.",
     "fr"),
    ("RDC : les discussions reprennent au Qatar\n\n"
     "KINSHASA (Agence) - Les délégations ont repris lundi au Qatar leurs discussions. Sur le terrain, les "
     "affrontements se sont poursuivis ces dernières semaines dans les hauts plateaux.", "fr"),
    ("Gaza aid talks open in Cairo\n\n"
     "CAIRO (Wire) - Negotiators met in Cairo on Monday to discuss aid deliveries. Israeli strikes have continued "
     "in parts of the enclave, residents said.", "en"),
    # talks that ended with no agreement
    ("Russie-Ukraine : les délégations se séparent à Istanbul\n\n"
     "ISTANBUL (Agence) - Les délégations se sont retrouvées lundi à Istanbul pour un nouveau cycle de pourparlers, "
     "qui s'est achevé sans accord sur un cessez-le-feu.", "fr"),
    ("Sudan delegations leave Jeddah\n\n"
     "JEDDAH (Wire) - Delegations of the two sides left Jeddah on Monday; the meetings ended without agreement, "
     "Saudi officials said.", "en"),
    # a French market report told in words of killing
    ("Bourse : séance noire à Abidjan\n\n"
     "ABIDJAN (Agence) - La bourse régionale a vécu lundi une séance noire, les valeurs bancaires étant "
     "littéralement massacrées après l'annonce d'un nouvel impôt. « Les investisseurs ont pris la fuite », dit un "
     "analyste. L'indice principal a perdu 5 %.", "fr"),
])
def test_general_news_is_no_event(pipeline, text, lang):
    assert _told(pipeline, text, lang) == []


@pytest.mark.parametrize("text, lang, sub", [
    # a continuing fight that names its day, or a part of the day, stays news
    ("RDC : combats à Sake\n\n"
     "GOMA (Agence) - Les combats entre l'armée et le M23 se sont poursuivis dans la nuit à Sake, selon des "
     "habitants.", "fr", "Armed clash"),
    ("RDC : combats à Sake\n\n"
     "GOMA (Agence) - Les combats entre l'armée et le M23 se sont poursuivis lundi à Sake, selon des habitants.",
     "fr", "Armed clash"),
    ("Strikes on Khan Younis\n\n"
     "GAZA (Wire) - Israeli strikes have continued overnight in Khan Younis, killing five people, residents said.",
     "en", "Air/drone strike"),
    # talks that ended with an agreement
    ("Soudan : accord de cessez-le-feu à Djeddah\n\n"
     "DJEDDAH (Agence) - Le gouvernement et les rebelles ont signé lundi à Djeddah un accord de cessez-le-feu.",
     "fr", "Agreement"),
    ("Ceasefire agreed in Cairo\n\n"
     "CAIRO (Wire) - Talks in Cairo ended on Monday with an agreement on a ceasefire, officials said.",
     "en", "Agreement"),
    # a trigger phrase that holds its own "without" is no denial
    ("Rebels take Rubaya\n\n"
     "GOMA (Wire) - Rebels took the town of Rubaya on Monday without a fight, residents said.",
     "en", "Non-violent transfer of territory"),
    # a killing beside a market's fall
    ("Côte d'Ivoire : douze villageois tués près de Korhogo\n\n"
     "ABIDJAN (Agence) - Des hommes armés ont massacré lundi douze villageois près de Korhogo, selon la police. Les "
     "investisseurs de la bourse d'Abidjan s'inquiètent, et l'indice a reculé.", "fr", "Attack"),
])
def test_a_true_event_near_the_same_words_stays(pipeline, text, lang, sub):
    assert sub in _told(pipeline, text, lang)
