"""Actors as ACLED names them (issue 13, session en23), on invented notes written for these tests."""
from __future__ import annotations

from datetime import date
from functools import partial

from sitrep.lang import pack
from sitrep.normalise.actors import find_actors
from tests.extract.reports import news_of, sides

PUBLISHED = date(2022, 3, 6)

_en = partial(news_of, lang="en", published=PUBLISHED)


def test_a_security_measure_names_the_force_that_carries_it_out(pipeline):
    """ "Security measures: regime forces carried out sweeps": the forces the sentence names took the
    measure, ACLED's military, not the state's government."""
    events = _en(pipeline, "Security measures: On 5 March 2022, regime forces carried out sweeps across the "
                           "Homs desert.")
    [e] = [e for e in events if e.sub_event_type == "Change to group/activity"]
    assert e.actor1.name == "Military Forces of Syria (2000-)"
    assert e.actor1.start < 0  # a default the rule supplied: it does not raise the event's confidence


def test_a_security_measure_no_one_is_named_for_stays_the_governments(pipeline):
    events = _en(pipeline, "Security measures: On 5 March 2022, a night curfew was imposed in Homs city (Homs) "
                           "for one week.")
    [e] = [e for e in events if e.sub_event_type == "Change to group/activity"]
    assert e.actor1.name == "Government of Syria (2000-)"


def test_the_leading_force_named_before_the_acting_one_is_actor1(pipeline):
    """In Mexico ACLED names the military first in a joint operation: "soldiers and officers of the
    prosecutor's office (ministerial police) detained" is the military's arrest, the police beside it,
    even when the parse gives the verb to the police alone."""
    [e] = _en(pipeline, "On 5 March 2022, in Celaya, Guanajuato, military forces and agents of the State "
                        "Prosecutor's Office (ministerial police) detained a suspected CJNG cell leader.")
    assert e.actor1.name.startswith("Military Forces of Mexico")
    assert any(a.name.startswith("Police Forces of Mexico") for a in e.assoc_actor_1)


def test_a_group_that_beats_protesters_met_the_protest(pipeline):
    """ "Taliban fighters whipped women protesters": the group acted on the crowd, so it is the protest's
    actor2 (the state it became that year), not the crowd's associate; the women who marched are (act26)."""
    [e] = _en(pipeline, "On 5 March 2022, Taliban fighters whipped women protesters in Mazar-i-Sharif (Balkh) and "
                        "fired into the air to break up their march. [size=around 30]")
    assert sides(e) == ["Protesters (Afghanistan)", "Military Forces of Afghanistan (2021-)"]
    assert [a.name for a in e.assoc_actor_1] == ["Women (Afghanistan)"]


def test_an_agreements_two_parties_are_its_sides(pipeline):
    [e] = _en(pipeline, "On 5 March 2022, the Ethiopian government and the TPLF signed a truce agreement in "
                        "Addis Ababa (Addis Ababa).")
    assert sides(e) == ["Government of Ethiopia (2018-)", "TPLF: Tigray People's Liberation Front"]


def test_ambazonian_fighters_are_the_separatists():
    found = find_actors("On 5 March 2022, Ambazonian fighters burned a school in Kumbo.", pack("en"), "CM")
    assert [(a.name, a.text) for a in found][0] == ("Ambazonian Separatists (Cameroon)", "Ambazonian fighters")


def test_two_armies_named_together_are_two_state_forces():
    found = find_actors("On 5 March 2022, Indian and Pakistani armies traded fire across the border.", pack("en"), "IN")
    assert {a.name.split(" (")[0] for a in found} == {"Military Forces of India", "Military Forces of Pakistan"}


def test_a_label_acted_upon_is_not_the_ally_of_actor1(pipeline):
    """ "Soldiers and VDP killed 10 jihadists": the jihadists are not the VDP, who fought beside the army;
    with no other group named they are an unidentified armed group."""
    [e] = _en(pipeline, "On 5 March 2022, the Burkinabe army and VDP killed 10 jihadists close to Arbinda "
                        "(Arbinda, Soum). 10 fatalities.")
    assert sides(e) == ["Military Forces of Burkina Faso (2022-)", "Unidentified Armed Group (Burkina Faso)"]
    assert [a.name for a in e.assoc_actor_1] == ["VDP: Volunteer for Defense of Homeland"]


def test_a_countrys_name_joined_to_a_demonym_is_one_too():
    """ "Belarus and Russian troops": the country's name stands where a demonym would; its forces are not
    dropped."""
    found = find_actors("On 5 March 2022, Belarus and Russian troops began drills near Brest.", pack("en"), "BY")
    assert sorted(a.name.split(" (")[0] for a in found) == ["Military Forces of Belarus", "Military Forces of Russia"]
