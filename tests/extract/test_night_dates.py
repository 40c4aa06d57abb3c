"""A date told as a night is flagged on the event, so that merging allows the morning after as well."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.time import spans_night
from tests.extract.reports import news_of


@pytest.mark.parametrize("text,lang,night", [
    ("dans la nuit de mercredi à jeudi", "fr", True),
    ("la nuit du vendredi au samedi", "fr", True),
    ("cette nuit", "fr", True),
    ("mercredi", "fr", False),
    ("hier soir", "fr", False),
    ("overnight", "en", True),
    ("the night of Friday to Saturday", "en", True),
    ("last night", "en", True),
    ("on Friday", "en", False),
    ("yesterday", "en", False),
])
def test_night_phrases(text, lang, night):
    assert spans_night(text, lang) is night


def test_an_event_dated_by_a_night_says_so(pipeline):
    [e] = news_of(pipeline, "Dans la nuit de lundi à mardi, des hommes armés ont attaqué le poste de police de "
                            "Kaya, tuant trois agents, selon une source locale.", published=date(2023, 5, 10))
    assert e.event_date == date(2023, 5, 8) and e.why["date_spans_night"] is True
    told = news_of(pipeline, "Des hommes armés ont attaqué lundi le poste de police de Kaya, tuant trois agents, "
                             "selon une source locale.", published=date(2023, 5, 10))
    assert told and not any("date_spans_night" in e.why for e in told)
