"""A bomb that hit a force's vehicle, convoy or patrol has that force as its target and an unidentified
armed group as its author, unless the sentence names one."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides

THURSDAY = date(2025, 11, 20)
MINUSMA = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)"


@pytest.mark.parametrize("text,lang", [
    ("Un engin explosif a explosé mercredi au passage d'un véhicule de la Minusma près de Tessalit, blessant "
     "trois Casques bleus.", "fr"),
    ("An improvised explosive device exploded on Wednesday as a MINUSMA vehicle passed near Tessalit, wounding "
     "three peacekeepers.", "en"),
    ("Un convoi de la Minusma a sauté mercredi sur une mine près de Tessalit.", "fr"),
])
def test_the_force_whose_vehicle_was_hit_is_the_target(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, THURSDAY)
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert sides(event) == ["Unidentified Armed Group (Mali)", MINUSMA]


def test_a_group_named_as_the_bombs_author_stays_its_author(pipeline):
    [event] = news_of(pipeline, "Un engin explosif posé par des jihadistes du JNIM a explosé mercredi au passage "
                      "d'un véhicule de la Minusma près de Tessalit.", "fr", THURSDAY)
    assert sides(event)[1] == MINUSMA and sides(event)[0] != MINUSMA
