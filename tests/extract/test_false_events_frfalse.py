"""False dated events in French general news (frfalse): an anniversary's recalled night whose second act shares
the pluperfect's auxiliary, a rugby report's forwards "pounding" the opposing line, protesters named as people a
court sentences or a pardon frees, a fight within a party's ranks. Each text is invented; each rule keeps a true event told near the same words.
All are published on Tuesday 14 May 2024."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.types import Article
from tests.extract.reports import news

D = date(2024, 5, 14)  # a Tuesday: "lundi" is the 13th


def _told(pipeline, text):
    """The dated events coded from ``text``, its first line the headline, as the benches code an article."""
    article = Article(article_id="t", text=text, lang="fr", published=D, title=text.split("\n")[0])
    return [e.sub_event_type for e in news(pipeline.code(article)) if e.event_type and e.event_date]


@pytest.mark.parametrize("text", [
    # an anniversary: the second participle of a recalled pluperfect, its auxiliary shared
    "Burkina : huit ans après, Kaya n'oublie pas\n\n"
    "KAYA (Agence) - Des familles ont déposé dimanche des gerbes au pied du monument dédié aux villageois tués "
    "lors de la tuerie de 2016.\n\n"
    "Les anciens racontent encore l'aube où des hommes armés avaient cerné le quartier et incendié les boutiques.",
    # a rugby report: the forwards pound the opposing line
    "Rugby : le Cameroun domine le Gabon (31-20)\n\n"
    "YAOUNDÉ (Agence) - Le Cameroun a dominé samedi le Gabon au stade Omnisports, au terme d'un match engagé.\n\n"
    "Les avants camerounais ont pilonné la ligne gabonaise avant d'aplatir un essai en coin.",
    # protesters as the people a court sentences, in the headline and in the body
    "Kinshasa : des manifestants condamnés à un an de prison\n\n"
    "KINSHASA (Agence) - Le tribunal de paix a indiqué que onze manifestants ont été condamnés mardi à un an de "
    "prison ferme pour outrage.",
    # protesters a pardon frees
    "Guinée : une cinquantaine de manifestants détenus libérés après une grâce\n\n"
    "CONAKRY (Agence) - Cinquante-deux personnes arrêtées lors des marches de 2022 ont quitté mardi la maison "
    "centrale, a annoncé le ministère.",
    # a fight within a party's ranks
    "Gabon : la majorité se déchire avant les législatives\n\n"
    "LIBREVILLE (Agence) - À deux mois du vote, la bataille fait rage au sein du parti présidentiel, où trois "
    "barons briguent la tête de liste.",
])
def test_french_general_news_is_no_event(pipeline, text):
    assert _told(pipeline, text) == []


@pytest.mark.parametrize("text, sub", [
    # a pluperfect that retells the day's news, not an anniversary's: news
    ("Burkina : des hommes armés attaquent un quartier de Kaya\n\n"
     "KAYA (Agence) - Des hommes armés ont attaqué dimanche un quartier de Kaya, selon des habitants.\n\n"
     "Les assaillants avaient cerné le quartier à l'aube et incendié les boutiques avant de repartir.", "Attack"),
    # a line of defence pounded in a war, whatever the page names
    ("Ukraine : l'armée russe pilonne les lignes ukrainiennes\n\n"
     "KIEV (Agence) - Les forces russes ont pilonné lundi la ligne de défense ukrainienne près de Pokrovsk, tuant "
     "deux soldats.", "Shelling/artillery/missile attack"),
    # protesters arrested at a march: the intervention ACLED codes
    ("Kinshasa : la police arrête des manifestants\n\n"
     "KINSHASA (Agence) - Onze manifestants ont été arrêtés lundi lors d'une marche de l'opposition à Kinshasa.",
     "Protest with intervention"),
    # fighting within a military camp
    ("RDC : des combats dans un camp militaire\n\n"
     "GOMA (Agence) - Des combats ont éclaté lundi au sein du camp militaire de Katindo, faisant deux morts.",
     "Armed clash"),
])
def test_a_true_event_near_the_same_words_stays(pipeline, text, sub):
    assert sub in _told(pipeline, text)
