"""A sentence never ends on a determiner or a preposition, nor inside a proper name: the parser's cuts
there split a group's name and lose the actors of the event on either side of the cut."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.models import load_pipeline
from tests.extract.reports import news_of, sides


@pytest.mark.parametrize("text,lang,name", [
    ("L'armée a affirmé mercredi avoir tué trente combattants de Boko Haram lors d'une opération menée dans "
     "la forêt de Sambisa.", "fr", "Boko Haram"),
    ("Les soldats ont repoussé jeudi une attaque lancée par des hommes du Front de libération du Macina "
     "près de Mopti.", "fr", "Front de libération du Macina"),
])
def test_one_sentence_keeps_a_group_name_whole(text, lang, name):
    doc = load_pipeline(lang)(text)
    assert len(list(doc.sents)) == 1
    start = text.index(name)
    assert doc.char_span(start, start + len(name), alignment_mode="expand").sent.text == text


def test_a_line_break_and_a_full_stop_still_end_sentences():
    doc = load_pipeline("fr")("Attaque à Gao\nDes hommes armés ont attaqué un poste. Deux policiers ont été tués.")
    assert [s.text.strip() for s in doc.sents] == ["Attaque à Gao", "Des hommes armés ont attaqué un poste.",
                                                   "Deux policiers ont été tués."]


def test_the_group_whose_name_the_parser_cut_is_the_events_side(pipeline):
    [event] = news_of(pipeline, "L'armée nigériane a affirmé mercredi avoir tué trente combattants de Boko Haram "
                      "lors d'une opération menée dans la forêt de Sambisa, dans l'Etat de Borno.", "fr",
                      date(2025, 11, 20))
    assert "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad" in sides(event)
