"""A sentence never opens on a word in lower case right after a weekday: the French parser's cut there
("ont attaqué lundi | les positions") lost the act's target, and the armed group's attack on an army's
positions was coded as one on civilians."""
from __future__ import annotations

from datetime import date

from sitrep.nlp.models import load_pipeline
from tests.extract.reports import news_of

MARCH = date(2024, 3, 12)


def test_an_attack_on_the_armys_positions_is_a_clash_with_the_army(pipeline):
    text = ("Les rebelles du M23 ont attaqué lundi les positions de l'armée congolaise à Kitshanga, dans le "
            "territoire de Masisi.")
    [event] = news_of(pipeline, text, "fr", MARCH)
    assert event.sub_event_type == "Armed clash"
    assert event.actor2.name.startswith("Military Forces of the Democratic Republic of Congo")


def test_no_sentence_opens_in_lower_case_after_a_weekday():
    doc = load_pipeline("fr")("Les combattants ont bombardé dimanche les positions des FARDC à Sake.")
    assert len(list(doc.sents)) == 1

