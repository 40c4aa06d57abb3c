"""Armed groups, militias and state forces as ACLED names them, twelfth round (issue 13, session actor12): the forces
of several states told in one phrase are led by the host state's; "armed youth" are armed men, and a people a hedge
names after them names their militia. Sentences invented for these tests."""
from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract.reports import news_of, sides as _sides

_en = partial(news_of, lang="en", published=date(2024, 5, 2))


def _assoc(event) -> list[str]:
    return [a.name for a in event.assoc_actor_1]


def test_the_host_states_troops_lead_a_neighbours_named_after_them(pipeline):
    """"Beninese and Togolese soldiers" in Benin: Benin's forces are actor1, Togo's their associates, though the
    phrase puts Togo's nearest its noun."""
    [e] = _en(pipeline, "On 1 May 2024, Beninese and Togolese soldiers clashed with JNIM fighters near Kandi "
                        "(Alibori).")
    first, _ = _sides(e)
    assert first.startswith("Military Forces of Benin") and any(a.startswith("Military Forces of Togo")
                                                                 for a in _assoc(e))


def test_the_host_states_troops_named_last_still_lead(pipeline):
    """"Rwandan and Mozambican troops" in Mozambique: the host's forces lead whichever place the phrase gives them."""
    [e] = _en(pipeline, "On 1 May 2024, Rwandan and Mozambican troops killed five insurgents near Macomia (Cabo "
                        "Delgado).")
    first, _ = _sides(e)
    assert first.startswith("Military Forces of Mozambique") and any(a.startswith("Military Forces of Rwanda")
                                                                      for a in _assoc(e))


def test_two_foreign_armies_keep_their_order(pipeline):
    """Neither army at home (Chad's and Niger's in Cameroon): the rule does not fire, the phrase's order stands."""
    [e] = _en(pipeline, "On 1 May 2024, Chadian and Nigerien troops clashed with Boko Haram fighters near Fotokol "
                        "(Far North).")
    first, _ = _sides(e)
    assert first.startswith("Military Forces of Niger") and any(a.startswith("Military Forces of Chad")
                                                                 for a in _assoc(e))


def test_two_states_forces_that_clash_stay_foes(pipeline):
    """"Ukrainian and Russian forces clashed": each other's foe, no host leading an ally."""
    [e] = _en(pipeline, "On 1 May 2024, Ukrainian and Russian forces clashed near Chasiv Yar (Donetsk).")
    assert {s.split(" (")[0] for s in _sides(e)} == {"Military Forces of Ukraine", "Military Forces of Russia"}
    # the host named first, the foreign army second: the host does not become its own foe
    [e] = _en(pipeline, "On 2 May 2024, Armenian and Azerbaijani forces clashed near Sotk (Gegharkunik), killing two "
                        "Armenian and three Azerbaijani soldiers.")
    assert {s.split(" (")[0] for s in _sides(e)} == {"Military Forces of Armenia", "Military Forces of Azerbaijan"}


def test_armed_youths_who_kill_are_an_armed_group_not_rioters(pipeline):
    """"Armed youths" who kill herders are armed men of no stated kind, not a crowd's mob violence."""
    [e] = _en(pipeline, "On 1 May 2024, armed youths attacked a cattle camp near Rumbek (Lakes), killing three "
                        "herders.")
    first, second = _sides(e)
    assert first == "Unidentified Armed Group (South Sudan)" and second.startswith("Civilians")


def test_armed_youth_in_the_singular_a_hedge_says_are_of_a_dinka_section_are_its_clan_militia(pipeline):
    """The collective "armed youth", hedged as of a Dinka section, names the section's clan militia as the plural
    did."""
    [e] = _en(pipeline, "On 1 May 2024, armed youth (presumed to be Rek Dinka) ambushed a lorry near Tonj (Warrap) "
                        "and abducted two women.")
    assert _sides(e)[0] == "Rek Clan Militia (South Sudan)"


def test_youths_of_a_protest_are_no_armed_group(pipeline):
    """Unarmed youths who block a road stay a crowd: the armed word is what makes them armed men."""
    events = _en(pipeline, "On 1 May 2024, youths burned tyres and blocked a road in Juba to protest against fuel "
                           "prices.")
    assert events and not any((s or "").startswith("Unidentified Armed Group") for e in events for s in _sides(e))
