"""Actors as ACLED names them (issue 13, session act12), on invented notes written for these tests."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of, sides as _sides

PUBLISHED = date(2022, 3, 6)

_dated = partial(news_of, lang="en", published=PUBLISHED)


@pytest.mark.parametrize("text, actor1, member", [
    ("On 4 March 2022, JWS operating under OPS shelled QSD positions near Ain Issa in Ar Raqqa countryside.",
     "Operation Peace Spring", "JWS: Syrian National Army"),
    ("On 4 March 2022, JWS who operates under OPS fired mortars at QSD positions near Tal Tamer in Al Hasakeh "
     "countryside.", "Operation Peace Spring", "JWS: Syrian National Army"),
    ("On 4 March 2022, MPC militiamen under the umbrella of the CPC coalition attacked civilians in Ndele "
     "(Bamingui-Bangoran).", "CPC: Coalition of Patriots for Change", "MPC: Patriotic Movement for Central Africa"),
])
def test_a_group_acting_under_an_umbrella_is_its_associate(pipeline, text, actor1, member):
    """ "X operating under Y", "X under the umbrella of Y": ACLED codes the coalition or operation as the
    side, the member group as its associated actor."""
    [e] = _dated(pipeline, text)
    assert e.actor1.name == actor1
    assert member in [a.name for a in e.assoc_actor_1]


@pytest.mark.parametrize("text, assoc", [
    ("On 3 March 2022, in Culiacan, Sinaloa, police officers and military forces seized a drug laboratory in a "
     "rural area.", "Police Forces of Mexico"),
    ("On 3 March 2022, in Culiacan, Sinaloa, military forces and state police arrested an alleged Sinaloa Cartel "
     "leader.", "Police Forces of Mexico"),
    ("On 3 March 2022, in Leon, Guanajuato, state police officers and military officers seized and destroyed a "
     "marijuana plantation.", "Police Forces of Mexico"),
    ("Security measures: On 3 March 2022, in Leon, Guanajuato, more than 300 National Guard and 400 military "
     "elements were deployed to reinforce security.", "Police Forces of Mexico (2018-2024) National Guard"),
])
def test_mexicos_military_leads_a_joint_operation(pipeline, text, assoc):
    """In Mexico ACLED names the military first in an operation it carries out with the police or the
    National Guard, whatever the report's order; the other forces are associated with it."""
    [e] = _dated(pipeline, text)
    assert e.actor1.name.startswith("Military Forces of Mexico")
    assert any(a.name.startswith(assoc) for a in e.assoc_actor_1)


def test_joint_forces_elsewhere_keep_the_reports_order(pipeline):
    text = "On 3 March 2022, police and military forces fought with Karamajong militants near Kotido (Kotido, Northern)."
    [e] = _dated(pipeline, text)
    assert e.actor1.name.startswith("Police Forces of Uganda")
    assert [a.name.split(" (")[0] for a in e.assoc_actor_1] == ["Military Forces of Uganda"]


@pytest.mark.parametrize("text, sides", [
    ("On 3 March 2022, in Recife (Pernambuco), a man was shot and killed by two armed individuals in an "
     "execution. 1 fatality.", ["Unidentified Gang and/or Police Militia", "Civilians (Brazil)"]),
    ("On 3 March 2022, in Belem (Para), a man was killed in a drive-by shooting by armed individuals on a "
     "motorcycle. 1 fatality.", ["Unidentified Gang and/or Police Militia", "Civilians (Brazil)"]),
    ("On 3 March 2022, in Salvador (Bahia), armed individuals exchanged fire with military police forces in the "
     "Liberdade neighborhood. 1 fatality.",
     ["Unidentified Gang and/or Police Militia", "Military Forces of Brazil (2019-2022) Military Police"]),
])
def test_brazils_unnamed_killers_may_be_a_police_militia(pipeline, text, sides):
    """In Brazil ACLED names armed men who kill with the marks of gangs or police militias (an execution,
    a drive-by), or who exchange fire with the police, "Unidentified Gang and/or Police Militia"."""
    [e] = _dated(pipeline, text)
    assert _sides(e) == sides


@pytest.mark.parametrize("text, actor1", [
    ("On 3 March 2022, in Belem (Para), a man was killed in a drive-by shooting by armed individuals on a "
     "motorcycle. Police believe the attack was motivated by a drug debt. 1 fatality.", "Unidentified Gang (Brazil)"),
    ("On 3 March 2022, in Sao Luis (Maranhao), a man was shot and killed by three armed individuals. 1 fatality.",
     "Unidentified Armed Group (Brazil)"),
    ("On 3 March 2022, in Acapulco, Guerrero, a man was killed in a drive-by shooting by armed men. 1 fatality.",
     "Unidentified Gang (Mexico)"),
])
def test_a_gang_told_or_no_mark_keeps_its_name(pipeline, text, actor1):
    events = _dated(pipeline, text)
    assert any(e.actor1 is not None and e.actor1.name == actor1 for e in events)


def test_the_police_a_demonstrating_crowd_clashed_with_are_actor2(pipeline):
    """A riot told as a clash between the crowd and the police was fought by the police, not by a second
    crowd of rioters."""
    text = ("On 4 March 2022, a clash ensued between the demonstrating residents and the police at Birendranagar "
            "(Surkhet). The demonstrators were demanding compensation. [size=no report]")
    [e] = _dated(pipeline, text)
    assert e.actor1.name == "Rioters (Nepal)"
    assert e.actor2.name.startswith("Police Forces of Nepal")


def test_settlers_who_clash_with_rioters_riot_too(pipeline):
    """Settlers who fought Palestinian rioters are "Rioters (Israel)": in a riot ACLED names every crowd
    that fought rioters, whatever group it came from."""
    text = ("On 4 March 2022, a group of Israeli settlers attacked Palestinian houses with stones in Burin village "
            "(Nablus, West Bank) and clashed with Palestinian rioters who confronted them. [size=no report]")
    [e] = _dated(pipeline, text)
    assert sorted(_sides(e)) == ["Rioters (Israel)", "Rioters (Palestine)"]


def test_a_drone_a_coalition_shoots_down_is_an_unidentified_groups(pipeline):
    """An interception by a coalition of states, the weapon's owner unnamed: ACLED's unidentified armed
    group of the country, as for a state's own interceptions."""
    text = ("Interception: On 4 March 2022, Global Coalition forces shot down an armed drone over Erbil airport "
            "in Erbil city, Erbil. There were no casualties.")
    [e] = _dated(pipeline, text)
    assert _sides(e) == ["Global Coalition Against Daesh", "Unidentified Armed Group (Iraq)"]


def test_two_groups_that_clashed_are_each_others_foe(pipeline):
    """ "JNIM militants and a VDP volunteer clashed": the groups a mutual verb joins fought each other;
    the second is actor2, not the first's ally."""
    text = ("On 4 March 2022, suspected JNIM militants and a VDP volunteer clashed in the village of Tanwalbougou "
            "(Fada NGourma, Gourma). The VDP was killed.")
    [e] = _dated(pipeline, text)
    assert _sides(e) == ["JNIM: Group for Support of Islam and Muslims", "VDP: Volunteer for Defense of Homeland"]


def test_a_force_listed_by_its_members_noun_is_an_associate(pipeline):
    """ "FACA soldiers, mercenaries from the Wagner group and Anti-Balaka militiamen attacked": one list of
    attackers, the first named actor1 and the others its associated actors."""
    text = ("On 4 March 2022, FACA soldiers, mercenaries from the Wagner group and Anti-Balaka militiamen attacked "
            "civilians in Bossangoa (Ouham), killing 5.")
    [e] = _dated(pipeline, text)
    assert e.actor1.name == "Military Forces of the Central African Republic (2016-)"
    assert {"Wagner Group", "Anti-Balaka"} <= {a.name for a in e.assoc_actor_1}


def test_unnamed_assailants_from_a_country_are_its_unidentified_group(pipeline):
    text = ("On 4 March 2022, BSF personnel shot down a drone suspectedly belonging to assailants from Pakistan near "
            "Attari village (Amritsar, Punjab).")
    [e] = _dated(pipeline, text)
    assert e.actor2.name == "Unidentified Armed Group (Pakistan)"


def test_two_tribes_sharing_one_noun_are_two_actors(pipeline):
    """ "Al Awad and Al Hamid tribesmen clashed": the name joined before the family's noun shares it,
    and the two tribes fought each other."""
    text = "On 4 March 2022, Al Awad and Al Hamid tribesmen clashed in Rada (Al Bayda). Two were killed."
    [e] = _dated(pipeline, text)
    assert _sides(e) == ["Al Awad Tribal Militia (Yemen)", "Al Hamid Tribal Militia (Yemen)"]


def test_pro_hadi_forces_are_yemens_military(pipeline):
    text = "On 4 March 2022, pro-Hadi and Giants Brigades forces clashed with Houthi forces near Hays (Al Hudaydah)."
    [e] = _dated(pipeline, text)
    assert e.actor1.name.startswith("Military Forces of Yemen (2012-")
    assert e.actor2.name.endswith("Supreme Political Council")
    assert [a.name for a in e.assoc_actor_1] == ["Giants Brigade"]


def test_the_syrian_republican_guard_is_syrias_military(pipeline):
    text = ("On 4 March 2022, an unidentified armed group detonated an IED against a Syrian Republican Guard vehicle "
            "in Qodsayya in Rural Damascus.")
    [e] = _dated(pipeline, text)
    assert _sides(e) == ["Unidentified Armed Group (Syria)", "Military Forces of Syria (2000-)"]


@pytest.mark.parametrize("text, government", [
    ("Elections/referendum: On 4 March 2022, a general election was held across Costa Rica (coded to San Jose).",
     "Government of Costa Rica"),
    ("Other: On 4 March 2022, in Lima, the Congress elected a new president of the assembly.", "Government of Peru"),
])
def test_an_election_no_one_is_named_for_is_the_governments(pipeline, text, government):
    """ACLED codes an election as a development of the state: actor1 "Government of country"."""
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Other"
    assert e.actor1.name.startswith(government)
