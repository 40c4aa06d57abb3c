"""Actors named as ACLED names them (issue 13): state bodies and armed groups with general, public
ACLED names, on invented notes written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.types import Article


def _names(pipeline, text, published=date(2022, 5, 8)):
    events = pipeline.code(Article(article_id="t", text=text, lang="en", published=published))
    return [{a.name for a in (e.actor1, e.actor2) if a is not None}
            for e in events if e.status in ("reported", "ongoing")]


@pytest.mark.parametrize("text,name", [
    # ACLED records Somaliland's forces as a state actor of their own, in Somalia
    ("On 5 May 2022, Somaliland forces clashed with clan militiamen near a town in Sool region, Somalia. "
     "2 fatalities.", "Military Forces of Somaliland (1991-)"),
    ("On 5 May 2022, Somaliland police arrested 12 protesters in Hargeisa, Somalia.",
     "Police Forces of Somaliland (1991-)"),
    # Myanmar's Border Guard Force is a unit of the military; the Karenni, Rohingya and Karen groups by their names
    ("On 5 May 2022, the Border Guard Force torched houses in a village near Myawaddy (Kayin), Myanmar.",
     "Military Forces of Myanmar (2021-) Border Guard Force"),
    ("On 5 May 2022, the Karenni Army clashed with the Myanmar military in Demoso (Kayah). 3 fatalities.",
     "KNPP/KA: Karenni National Progressive Party/Karenni Army"),
    ("On 5 May 2022, ARSA militants shot dead a community leader in a camp in Maungdaw (Rakhine), Myanmar. "
     "1 fatality.", "ARSA: Arakan Rohingya Salvation Army"),
    ("On 5 May 2022, DKBA troops clashed with the military near Myawaddy (Kayin), Myanmar. 2 fatalities.",
     "DKBA (Benevolent): Democratic Karen Benevolent Army (2010-)"),
    ("On 5 May 2022, ULFA-I militants attacked an army camp in Tinsukia (Assam), India. No fatalities.",
     "ULFA-I: United Liberation Front of Asom-Independent"),
])
def test_named_state_bodies_and_groups(pipeline, text, name):
    assert any(name in names for names in _names(pipeline, text))


def test_the_rapid_support_forces_were_a_unit_of_sudan_s_military_before_the_war():
    """Until the war of April 2023 ACLED coded the RSF as a unit of Sudan's military forces."""
    from sitrep.normalise.actors import dated
    from sitrep.types import Actor

    rsf = Actor(name="RSF: Rapid Support Forces", inter=2)
    assert dated(rsf, date(2022, 5, 5)).name == "Military Forces of Sudan (2019-) Rapid Support Forces"
    assert dated(rsf, date(2023, 6, 1)).name == "RSF: Rapid Support Forces"


def test_a_lone_attacker_in_the_united_states_is_a_sole_perpetrator(pipeline):
    text = "On 5 May 2022, an unidentified gunman shot and killed a man outside a bar in Chicago (Illinois). 1 fatality."
    assert any("Sole Perpetrator (United States)" in names for names in _names(pipeline, text))
    elsewhere = "On 5 May 2022, an unidentified gunman shot and killed a man in a bar in Lagos (Lagos), Nigeria. 1 fatality."
    assert any("Unidentified Armed Group (Nigeria)" in names for names in _names(pipeline, elsewhere))


def test_private_security_guards_are_private_security_forces(pipeline):
    text = ("On 5 May 2022, private security guards of a mining company shot a villager near Cajamarca, Peru. "
            "1 fatality.")
    assert any("Private Security Forces (Peru)" in names for names in _names(pipeline, text))


def test_armed_youth_of_a_people_are_its_ethnic_militia(pipeline):
    text = "On 5 May 2022, Murle armed youth raided cattle camps near Pibor (Jonglei), South Sudan. 6 fatalities."
    assert any("Murle Ethnic Militia (South Sudan)" in names for names in _names(pipeline, text))


@pytest.mark.parametrize("text,name", [
    ("On 5 May 2022, ITBP personnel clashed with Maoists in Narayanpur (Chhattisgarh), India. 1 fatality.",
     "Police Forces of India"),
    ("On 5 May 2022, District Reserve Guard personnel killed two Maoists in Dantewada (Chhattisgarh), India. "
     "2 fatalities.", "Police Forces of India"),
    ("On 5 May 2022, Counter Terrorism Department officials killed four militants in Mastung (Balochistan), "
     "Pakistan. 4 fatalities.", "Police Forces of Pakistan"),
    ("On 5 May 2022, Israeli Border Police shot dead a man in Jenin (West Bank), Palestine. 1 fatality.",
     "Police Forces of Israel"),
    ("On 5 May 2022, the Shin Bet arrested two men in Hebron (West Bank), Palestine.", "Police Forces of Israel"),
    ("On 5 May 2022, prison guards shot dead two inmates during an escape from a prison in Kaduna, Nigeria. "
     "2 fatalities.", "Police Forces of Nigeria"),
])
def test_police_units_are_the_country_s_police(pipeline, text, name):
    """A unit with no name of its own in ACLED's list is the country's police, which ACLED's unit names extend."""
    assert any(any(n.startswith(name + " (") for n in names) for names in _names(pipeline, text))


def test_kadyrov_s_forces_are_russia_s_military(pipeline):
    """Chechnya's forces under Kadyrov fight in Ukraine as part of Russia's forces."""
    text = "On 5 May 2022, Kadyrov's forces clashed with Ukrainian forces in a village near Izium (Kharkiv), Ukraine. 5 fatalities."
    assert any("Military Forces of Russia (2000-)" in names for names in _names(pipeline, text))


def test_forces_listed_together_are_one_side_across_a_proper_name(pipeline):
    """ "the army and Kachin State police officers detained": the second force's own name (a region's) does
    not keep the two apart; ACLED codes the first listed as actor1 and the other as its associate."""
    text = "On 5 May 2022, the army and Kachin State police officers detained a teacher in Myitkyina (Kachin), Myanmar."
    [names] = _names(pipeline, text)
    assert names == {"Military Forces of Myanmar (2021-)", "Civilians (Myanmar)"}


@pytest.mark.parametrize("text,gang", [
    ("Property destruction: On 4 May 2022, in Badiraguato, Sinaloa, soldiers located and destroyed a field of "
     "poppy plants.", "Unidentified Gang (Mexico)"),
    ("Property destruction: On 4 May 2022, in Cucuta (Norte de Santander), police forces destroyed a "
     "laboratory used to process cocaine.", "Unidentified Gang (Colombia)"),
])
def test_drug_crops_a_state_force_destroys_belong_to_a_gang(pipeline, text, gang):
    assert any(gang in names for names in _names(pipeline, text))


def test_houses_a_state_force_burns_belong_to_civilians(pipeline):
    names = _names(pipeline, "Property destruction: On 4 May 2022, soldiers burned the houses of a village near "
                             "Kantchari (Tapoa), Burkina Faso.")
    assert any("Civilians (Burkina Faso)" in n for n in names)
