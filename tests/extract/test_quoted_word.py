"""A word the narrator puts in quotation marks ("« neutralisé »") is held at a distance, not a speaker's
account of the past: the act it names stays part of the day's news."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import code

WEDNESDAY = date(2025, 11, 19)


def test_a_scare_quoted_word_is_no_memory(pipeline):
    events = code(pipeline, "Des hommes armés ont attaqué mardi un poste militaire près de Djibo. Quatre soldats ont "
                  "été tués, selon l'armée, qui dit avoir « neutralisé » une dizaine d'assaillants.", "fr", WEDNESDAY)
    assert [(e.status, e.event_type) for e in events] == [("reported", "Battles")]


def test_a_quoted_account_of_the_past_stays_background(pipeline):
    events = code(pipeline, "« Ils ont brûlé nos maisons et tué nos frères », a raconté un déplacé rencontré dans un "
                  "camp de Goma.", "fr", WEDNESDAY)
    assert not [e for e in events if e.status in ("reported", "ongoing")]
