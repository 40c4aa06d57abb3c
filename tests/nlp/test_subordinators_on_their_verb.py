"""A subordinator the French parser hangs on the clause's subject as a preposition opens the clause (frw41)."""
from __future__ import annotations

from sitrep.nlp.models import load_pipeline


def test_an_elided_subordinator_is_the_mark_of_its_verb():
    doc = load_pipeline("fr")("Six bergers ont été tués mardi lorsqu'un avion de l'armée a bombardé un puits.")
    mark = next(t for t in doc if t.lower_ == "lorsqu'")
    assert mark.dep_ == "mark" and mark.head.lower_ == "bombardé"


def test_a_preposition_before_a_subject_stays():
    doc = load_pipeline("fr")("Selon un témoin, des soldats ont tiré sur la foule.")
    selon = doc[0]
    assert selon.dep_ != "mark"
