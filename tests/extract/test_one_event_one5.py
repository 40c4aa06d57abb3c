"""Sub-event types of ACLED notes (issue 13), on invented notes.

Explosions a ceasefire monitoring mission reports with no device named are the front's artillery fire:
ACLED codes them as shelling. A blast elsewhere, or a named device, stays a remote explosive.
Territory taken where the report tells no violence and no dead is a non-violent transfer: the codebook's
overtaking and regaining are by armed action.
"""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.types import Article


def _types(pipeline, text, published=date(2022, 5, 8)):
    events = pipeline.code(Article(article_id="t", text=text, lang="en", published=published))
    return [e.sub_event_type for e in events if e.status in ("reported", "ongoing")]


@pytest.mark.parametrize("text", [
    "On 3 May 2022, the OSCE SMM observed a total of 5 explosions involving unknown weapons near Horlivka.",
    "On 3 May 2022, the OSCE Special Monitoring Mission recorded 12 explosions near Avdiivka, Donetsk.",
])
def test_explosions_a_monitor_observes_are_shelling(pipeline, text):
    assert _types(pipeline, text) == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text", [
    "On 3 May 2022, an explosion at a market in Kramatorsk killed two civilians.",
    "On 3 May 2022, the OSCE SMM reported that a landmine exploded near Horlivka, injuring a civilian.",
])
def test_other_blasts_stay_remote_explosives(pipeline, text):
    assert _types(pipeline, text) == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize("text", [
    "On 3 May 2022, M23 rebels took control of Bunagana (Rutshuru, Nord-Kivu).",
    "On 3 May 2022, Al Shabaab militants took over the town of Bulo Burte (Hiraan).",
])
def test_territory_taken_with_no_violence_told_is_a_non_violent_transfer(pipeline, text):
    assert _types(pipeline, text) == ["Non-violent transfer of territory"]


@pytest.mark.parametrize("text,sub", [
    ("On 3 May 2022, following clashes with the army, Al Shabaab militants took over the town of Bulo Burte "
     "(Hiraan).", "Non-state actor overtakes territory"),
    ("On 3 May 2022, M23 rebels took control of Bunagana (Rutshuru, Nord-Kivu). Two soldiers were killed.",
     "Non-state actor overtakes territory"),
    ("On 3 May 2022, Somali government forces took control of the town of Bulo Burte (Hiraan).",
     "Government regains territory"),
])
def test_territory_taken_in_a_fight_or_by_the_state_stays_a_battle(pipeline, text, sub):
    assert _types(pipeline, text) == [sub]
