"""False dated events in French and English general news (frfalse10): an act in the present perfect over a span
of time with no figure ("has shelled border villages for years", "have stepped up raids in recent weeks"), event
nouns that a word of repetition qualifies in French as the predicate
("les embuscades restent fréquentes"), and an agreement that is only proposed ("a roadmap for a truce", "une
proposition de trêve") or the subject of "talks" that the tagger read as a verb. Each text is invented; each rule
keeps a true event told near the same words. All are published on Tuesday 14 May 2024."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import headlined_news_types

D = date(2024, 5, 14)  # a Tuesday: "lundi" is the 13th


def _told(pipeline, text, lang="fr"):
    return headlined_news_types(pipeline, text, lang, D)


@pytest.mark.parametrize("text, lang", [
    # an act in the present perfect over a span with no figure: what has gone on
    ("Senate passes mining bill\n\n"
     "ABUJA (Wire) - Nigeria's senate passed a mining bill on Monday, its spokesman said.\n\n"
     "Rebels hold much of the north, and the air force has carried out strikes on villages outside its control "
     "for years.", "en"),
    ("Lawmakers approve border budget\n\n"
     "ISLAMABAD (Wire) - Pakistan's lawmakers approved a border security budget on Monday.\n\n"
     "Militants have stepped up raids on checkpoints in the tribal districts in recent weeks.", "en"),
    # a word of repetition on the event nouns, or as their predicate
    ("Niger : le gouverneur inaugure un marché\n\n"
     "NIAMEY (Agence) - Le gouverneur de la région a inauguré lundi un marché à bétail à Filingué.\n\n"
     "Dans les communes voisines, les embuscades contre les patrouilles restent fréquentes.", "fr"),
    # an agreement only proposed, or the subject of talks read as a verb
    ("Gulf states propose Yemen plan\n\n"
     "RIYADH (Wire) - Saudi Arabia, Oman and Egypt on Monday proposed a roadmap for a three-month humanitarian "
     "truce in Yemen, to be followed by talks on a unity government.", "en"),
    ("Soudan : les médiateurs présentent une proposition\n\n"
     "DJEDDAH (Agence) - Les médiateurs ont présenté lundi aux deux camps une proposition de trêve de trois mois, "
     "selon un diplomate.", "fr"),
    ("Yemen ceasefire talks stall over prisoners\n\n"
     "MUSCAT (Wire) - Omani officials said on Monday that no date had been set for the next round.", "en"),
])
def test_general_news_is_no_event(pipeline, text, lang):
    assert _told(pipeline, text, lang) == []


@pytest.mark.parametrize("text, lang, sub", [
    # a perfect that names its day or a figure stays news
    ("Soldiers killed in northwest Pakistan\n\n"
     "PESHAWAR (Wire) - Militants have stepped up raids in recent weeks and killed four soldiers at a checkpoint "
     "near Bannu on Monday, the army said.", "en", "Armed clash"),
    # repeated strikes on a named day stay news
    ("Air strikes kill six in Sudanese town\n\n"
     "PORT SUDAN (Wire) - Army jets carried out repeated air strikes on the town of Kadugli on Monday, killing six "
     "people, medics said.", "en", "Air/drone strike"),
    # a proposal accepted is an agreement made
    ("Yemen's warring sides accept truce\n\n"
     "MUSCAT (Wire) - Yemen's warring sides on Monday accepted an Omani proposal for a ceasefire, officials said.",
     "en", "Agreement"),
])
def test_a_true_event_near_the_same_words_stays(pipeline, text, lang, sub):
    assert sub in _told(pipeline, text, lang)
