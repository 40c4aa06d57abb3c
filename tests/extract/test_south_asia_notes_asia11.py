"""South Asia in ACLED's notes, eleventh round: two named groups that fought each other, with the dead told past a
comma as people ("exchanged fire, killing a man"), are each other's foe, the dead their toll; people told demanding
something ("students demanding exam reform") whom forces meet with crowd-control means are protesters; a state
Myanmar's resistance names in its own way ("Karenni State") and towns no table held. Invented reports."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of


def _one(pipeline, text: str):
    [e] = news_of(pipeline, text, lang="en", published=date(2022, 3, 11))
    return e


def test_two_groups_that_exchanged_fire_killing_a_man_fought_each_other(pipeline):
    e = _one(pipeline, "On 10 March 2022, BLA and BLF militants exchanged fire in Kech (Balochistan), killing a "
                       "man.")
    assert e.sub_event_type == "Armed clash"
    assert {e.actor1.name, e.actor2.name} == {"BLA: Balochistan Liberation Army", "BLF: Baloch Liberation Front"}
    assert e.fatalities == 1


def test_two_groups_that_clashed_killing_a_villager_fought_each_other(pipeline):
    e = _one(pipeline, "On 10 March 2022, KIA and TNLA fighters clashed near Namhkam (Shan State), killing a "
                       "villager.")
    assert e.sub_event_type == "Armed clash"
    assert e.actor2 is not None and "TNLA" in e.actor2.name


def test_two_groups_that_attacked_a_village_killing_civilians_attacked_them(pipeline):
    """Guard: no mutual verb, the civilians killed are the target and the second group the first's ally."""
    e = _one(pipeline, "On 10 March 2022, BLA and BLF militants attacked a village in Kech (Balochistan), killing "
                       "two shepherds.")
    assert e.sub_event_type == "Attack"
    assert e.actor2.name == "Civilians (Pakistan)"


def test_karenni_state_is_kayah(pipeline):
    e = _one(pipeline, "On 10 March 2022, a landmine exploded on a road near Hpruso (Karenni State), killing a "
                       "farmer.")
    assert e.place is not None and e.place.country == "MM"
    assert abs(e.place.lat - 19.26) < 0.3 and abs(e.place.lon - 97.06) < 0.3


def test_a_taluka_of_gadchiroli_is_placed_at_its_town(pipeline):
    e = _one(pipeline, "On 10 March 2022, Maoists shot dead a villager in Bhamragad area of Gadchiroli district "
                       "(Maharashtra).")
    assert e.place is not None and abs(e.place.lat - 19.41) < 0.15 and abs(e.place.lon - 80.59) < 0.15


def test_the_border_crossing_town_of_khyber(pipeline):
    e = _one(pipeline, "On 10 March 2022, Pakistani troops fired on Afghan forces at Torkham.")
    assert e.place is not None and abs(e.place.lat - 34.12) < 0.15 and abs(e.place.lon - 71.09) < 0.15


def test_students_demanding_a_reform_fired_on_with_rubber_bullets_are_protesters(pipeline):
    e = _one(pipeline, "On 10 March 2022, police fired rubber bullets at students demanding exam reform in "
                       "Mymensingh.")
    assert e.event_type == "Protests"
    sides = {e.actor1.name, e.actor2.name}
    assert "Protesters (Bangladesh)" in sides
    assert any(name.startswith("Police Forces of Bangladesh") for name in sides)


def test_villagers_fired_on_with_tear_gas_and_no_demand_told_are_civilians(pipeline):
    """Guard: crowd-control means on people no word tells protesting are an attack on civilians."""
    e = _one(pipeline, "On 10 March 2022, police fired tear gas at villagers in Mymensingh.")
    assert e.sub_event_type == "Attack"
    assert e.actor2.name == "Civilians (Bangladesh)"
