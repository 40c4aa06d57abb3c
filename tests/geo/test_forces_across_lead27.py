"""A town named bare as what a state's forces struck, where those forces are often reported acting across
a border, is the town there even when namesakes lie further abroad ("Israeli forces raided Jenin": not a
village of Poland, and not dropped as a stray). Sentences are invented."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of


def test_a_raided_town_lies_where_the_forces_act_across_the_border(pipeline):
    [event] = news_of(pipeline, "Israeli forces raided Jenin on Monday, wounding four young men.", "en",
                      date(2024, 5, 7))
    assert event.place is not None and event.place.country == "PS"
