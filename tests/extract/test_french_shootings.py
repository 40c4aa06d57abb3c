"""French shootings on people and acting staffs: "tirer sur des civils" is an attack on them (fire on
protesters stays excessive force, rockets fired stay shelling, figures of speech stay no event), and
"l'état-major" is the military of the country it reports on; a country that strikes is the
state acting, and the place is the region it strikes."""
from __future__ import annotations

import pytest

from tests.extract.reports import code as _code, news as _dated


@pytest.mark.parametrize("text, actor1", [
    ("Des militaires ont tiré sur des civils lundi à Goma.",
     "Military Forces of the Democratic Republic of Congo (2019-)"),
    ("Des hommes armés ont tiré sur des fidèles dimanche à Beni, tuant trois personnes.",
     "Unidentified Armed Group (Democratic Republic of Congo)"),
    ("Des policiers ont tiré sur des passants mardi à Kinshasa, faisant un mort.",
     "Police Forces of the Democratic Republic of Congo (2019-)"),
])
def test_firing_on_civilians_is_an_attack_on_them(pipeline, text, actor1):
    [e] = _dated(_code(pipeline, text))
    assert e.sub_event_type == "Attack"
    assert e.actor1.name == actor1
    assert e.actor2.name == "Civilians (Democratic Republic of Congo)"


@pytest.mark.parametrize("text, sub_event_type", [
    ("Des soldats ont tiré sur des manifestants lundi à Bamako.", "Excessive force against protesters"),
    ("Des policiers ont tiré sur la foule mardi à Kinshasa.", "Excessive force against protesters"),
    ("L'armée a tiré des roquettes sur Goma lundi.", "Shelling/artillery/missile attack"),
])
def test_fire_on_protesters_and_rockets_fired_keep_their_kind(pipeline, text, sub_event_type):
    [e] = _dated(_code(pipeline, text))
    assert e.sub_event_type == sub_event_type


@pytest.mark.parametrize("text", [
    "Les ONG tirent la sonnette d'alarme sur la situation des civils à Goma.",
    "Le gouvernement doit tirer les leçons des violences contre les civils à Goma.",
])
def test_figures_of_speech_with_tirer_are_no_event(pipeline, text):
    assert not _dated(_code(pipeline, text))


def test_the_general_staff_is_the_military_of_its_country(pipeline):
    text = ("L'état-major des armées a annoncé que 30 terroristes ont été neutralisés mardi "
            "près de Djibo, au Burkina Faso.")
    [e] = _dated(_code(pipeline, text))
    assert e.actor1.name == "Military Forces of Burkina Faso (2022-)"


@pytest.mark.parametrize("text, country", [
    ("Israël a bombardé mardi plusieurs localités du sud du Liban, tuant deux personnes.", "LB"),
    ("La Russie a bombardé mardi l'est de l'Ukraine.", "UA"),
])
def test_a_country_that_strikes_is_the_state_not_the_place(pipeline, text, country):
    [e] = _dated(_code(pipeline, text))
    assert e.place.country == country


@pytest.mark.parametrize("text, actor1", [
    ("La Russie a bombardé l'est de l'Ukraine mardi.", "Military Forces of Russia (2000-)"),
    ("L'Iran a bombardé mardi des positions kurdes dans le nord de l'Irak.", "Military Forces of Iran (1989-)"),
])
def test_a_country_named_in_french_keeps_its_own_forces(pipeline, text, actor1):
    """The striking state is the one the sentence names, though the article's country is the other."""
    events = _dated(_code(pipeline, text))
    assert events and events[0].actor1.name == actor1
