"""A wave of drones or missiles, some shot down, and a death it caused is remote violence (ACLED's
Air/drone strike or shelling), not an attack nor only an interception."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of

TUESDAY = date(2025, 11, 18)


def test_a_death_after_interceptions_is_the_strikes(pipeline):
    events = news_of(pipeline, "Russia launched 120 drones and 8 missiles at Ukraine overnight, the air force said on "
                     "Tuesday, adding that air defences had shot down 98 drones. A woman was killed in Odesa.", "en",
                     TUESDAY)
    killed = [e for e in events if e.fatalities]
    assert [(e.event_type, e.sub_event_type, e.place.name) for e in killed] == \
        [("Explosions/Remote violence", "Air/drone strike", "Odesa")]


def test_interceptions_alone_stay_disrupted_weapons(pipeline):
    [event] = news_of(pipeline, "Air defences shot down 40 Russian drones over Kyiv region on Monday night, the air "
                      "force said on Tuesday.", "en", TUESDAY)
    assert event.sub_event_type == "Disrupted weapons use"
