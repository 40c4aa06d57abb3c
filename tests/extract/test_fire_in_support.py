"""Fire that backs a side ("backed by air strikes", "appuyées par des frappes de drones") is support:
the supported side's act names the event, as ACLED folds air and artillery support into a battle."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

TUESDAY_AFTER = date(2025, 11, 19)


@pytest.mark.parametrize("text,lang", [
    ("On Tuesday, Somali troops backed by US air strikes killed 12 al-Shabaab fighters near Jowhar, the "
     "government said.", "en"),
    ("Les FARDC, appuyées par des frappes de drones, ont tué mardi dix rebelles du M23 près de Sake.", "fr"),
])
def test_a_battle_backed_by_strikes_is_a_battle(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, TUESDAY_AFTER)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


def test_strikes_that_did_the_killing_stay_strikes(pipeline):
    [event] = news_of(pipeline, "Les FARDC ont tué mardi dix rebelles du M23 lors de frappes de drones près de Sake.",
                      "fr", TUESDAY_AFTER)
    assert event.sub_event_type == "Air/drone strike"
