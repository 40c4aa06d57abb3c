"""Armed groups, militias and crowds as ACLED names them, eleventh round (issue 13, session actor11): men of no
stated kind whom a hedge says are of a people are that people's militia; people a mob set upon while protesting
are protesters; the Philippine police's Special Action Force is police; Russian paramilitaries beside an army are
its Wagner associates. Sentences invented for these tests."""
from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract.reports import news_of, sides as _sides

_en = partial(news_of, lang="en", published=date(2024, 5, 2))


def test_gunmen_a_bracket_presumes_of_a_people_are_its_militia(pipeline):
    """"Gunmen (presumed to be Fulani)": the bracket names who the men were, as ACLED codes them."""
    [e] = _en(pipeline, "On 1 May 2024, gunmen (presumed to be Fulani) killed four farmers near Riyom (Plateau).")
    first, second = _sides(e)
    assert first == "Fulani Ethnic Militia (Nigeria)" and second.startswith("Civilians")


def test_armed_men_suspected_to_be_of_a_dinka_section_are_its_clan_militia(pipeline):
    """A Dinka section after the hedge names the section's clan militia, as the section's own wording does."""
    [e] = _en(pipeline, "On 1 May 2024, gunmen suspected to be Rek Dinka killed two traders near Tonj (Warrap).")
    assert _sides(e)[0] == "Rek Clan Militia (South Sudan)"


def test_men_affiliated_with_a_named_group_are_that_group(pipeline):
    """A named group after the hedge is what the men are, not a people its first word names (the merge's review:
    "Oromo" read as a people made the group an unidentified one)."""
    [e] = _en(pipeline, "On 1 May 2024, militants affiliated with Oromo Liberation Army ambushed a military convoy "
                        "near Nekemte.")
    assert _sides(e)[0] == "OLA: Oromo Liberation Army"


def test_victims_hedged_as_a_people_stay_civilians(pipeline):
    """A hedge after the victims' word names no militia: the gunmen stay unidentified."""
    [e] = _en(pipeline, "On 1 May 2024, gunmen killed two herders believed to be Fulani near Riyom (Plateau).")
    first, second = _sides(e)
    assert first.startswith("Unidentified Armed Group") and second.startswith("Civilians")


def test_students_a_mob_attacked_while_protesting_are_protesters(pipeline):
    """Party activists who set on students protesting face protesters, who keep their students beside them."""
    [e] = _en(pipeline, "On 1 May 2024, ruling party activists attacked students protesting fee hikes in Kampala "
                        "with sticks.")
    assert _sides(e) == ["Rioters (Uganda)", "Protesters (Uganda)"]
    assert "Students (Uganda)" in [a.name for a in e.assoc_actor_2]


def test_students_a_mob_attacked_on_their_way_stay_civilians(pipeline):
    """Students the words do not tell protesting are civilians, a rally named after them or not."""
    [e] = _en(pipeline, "On 1 May 2024, a mob attacked students walking home from a rally in Dhaka.")
    assert _sides(e)[1] == "Civilians (Bangladesh)"


def test_the_special_action_force_is_the_philippine_police(pipeline):
    """The Special Action Force is the national police's unit: its troopers are police, not the army."""
    [e] = _en(pipeline, "On 1 May 2024, police Special Action Force troopers killed two NPA rebels near Bayawan "
                        "(Negros Oriental).")
    assert _sides(e)[0].startswith("Police Forces of the Philippines")


def test_russian_paramilitaries_beside_an_army_are_wagner(pipeline):
    """"Supported by Russian paramilitaries" adds the Wagner Group beside Mali's army, as "Russian mercenaries" does."""
    [e] = _en(pipeline, "On 1 May 2024, Malian soldiers supported by Russian paramilitaries attacked a village near "
                        "Niono (Segou), killing five civilians.")
    assert _sides(e)[0].startswith("Military Forces of Mali")
    assert "Wagner Group" in [a.name for a in e.assoc_actor_1]
