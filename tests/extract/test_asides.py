"""Headlines of other stories inside a page ("A lire aussi : ...") are not the article's events."""
from __future__ import annotations

from datetime import date
from functools import partial

from sitrep.extract.asides import find_asides
from sitrep.nlp.models import load_pipeline
from tests.extract.reports import news_of


_code = partial(news_of, published=date(2024, 5, 7))


def test_a_teaser_in_the_body_gives_no_event(pipeline):
    text = ("Des hommes armés ont attaqué lundi le village de Pissila, tuant cinq civils. A lire aussi : "
            "Au Niger, l'armée repousse une attaque jihadiste à Diffa\n"
            "Les habitants ont fui vers Kaya, selon une source locale.")
    events = _code(pipeline, text, "fr")
    assert [e.place.name for e in events] == ["Pissila"]


def test_a_teaser_line_in_english(pipeline):
    text = ("Police fired tear gas at protesters in Nairobi on Tuesday.\n"
            "Read more:\nGunmen kill 12 villagers in Zamfara\n"
            "The protesters had gathered outside parliament.")
    events = _code(pipeline, text, "en")
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_the_cue_must_announce_a_teaser():
    nlp = load_pipeline("fr")
    text = "Il faut lire aussi le rapport de l'ONU sur les attaques au Mali."
    assert find_asides(nlp(text), "fr") == []
    teaser = "Fin du texte.\nVoir aussi\nLe Mali et le Niger signent un accord"
    [(start, end)] = find_asides(nlp(teaser), "fr")
    assert teaser[start:end] == "Voir aussi\nLe Mali et le Niger signent un accord"
