"""The region's parties as ACLED's notes name them, third round (issue 13, session mena3): a Turkish drone or
warplane striking the SDF in Syria is Turkey's own military, since Operation Peace Spring, which ACLED names for
Turkey's forces on the ground there, flies no strikes; the Tariq Bin Ziyad Brigade is a unit of Haftar's forces.
Sentences are invented."""
from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract.reports import news_of, sides

_en = partial(news_of, lang="en", published=date(2023, 5, 30))

TURKEY, SDF = "Military Forces of Turkey (2016-)", "QSD: Syrian Democratic Forces"


def test_a_turkish_drone_strike_on_the_sdf_is_turkeys_military(pipeline):
    events = _en(pipeline, "On 29 May 2023, a Turkish drone struck a pickup near Amuda (Al Hasakeh), killing two "
                           "SDF fighters.")
    assert events[0].sub_event_type == "Air/drone strike"
    assert sorted(sides(events[0])) == sorted([TURKEY, SDF])


def test_turkish_shelling_of_the_sdf_stays_operation_peace_spring(pipeline):
    """Not on the ground: Turkish artillery against the SDF is the operation ACLED names."""
    events = _en(pipeline, "On 29 May 2023, Turkish forces shelled SDF positions near Amuda (Al Hasakeh). No "
                           "casualties were reported.")
    assert sorted(sides(events[0])) == sorted(["Operation Peace Spring", SDF])


def test_us_aircraft_striking_the_islamic_state_in_syria_stay_the_coalition(pipeline):
    """Not for a coalition whose theatre is the air too: US strikes in Syria are the Global Coalition's."""
    events = _en(pipeline, "On 29 May 2023, US aircraft struck an Islamic State hideout near Busayrah (Deir "
                           "ez-Zor).")
    assert sides(events[0])[0] == "Global Coalition Against Daesh"


def test_the_tariq_bin_ziyad_brigade_is_haftars_forces(pipeline):
    events = _en(pipeline, "On 29 May 2023, the Tariq Bin Ziyad Brigade detained a lawyer in Sirte (Sirte).")
    assert sides(events[0])[0] == "Military Forces of Libya (2014-) Haftar Faction"
