"""Who a crowd is, as ACLED names it beside the crowd (issue 13, session act26): students, workers, women
protesting; a vigilante group punishing a thief; refugees and IDPs of a displacement. Invented notes in the
terse style of ACLED's notes."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of, sides as _sides

PUBLISHED = date(2022, 3, 12)

_dated = partial(news_of, lang="en", published=PUBLISHED)


def _assoc(event) -> list[str]:
    return [a.name for a in event.assoc_actor_1]


@pytest.mark.parametrize("text, assoc", [
    ("On 12 March 2022, in Bulawayo, teachers held a protest to demand that their salaries be paid in US dollars. "
     "[size=no report]", ["Teachers (Zimbabwe)"]),
    ("On 12 March 2022, about 300 students of the Kwame Nkrumah university marched in Kumasi against a rise in "
     "hall fees. [size=about 300]", ["Students (Ghana)"]),
    ("On 12 March 2022, over 40 workers of a cement factory gathered in Oran to demand unpaid wages. Police "
     "dispersed them. [size=over 40]", ["Labour Group (Algeria)"]),
    ("On 12 March 2022, in Nantes, around 60 people, including nurses and doctors, rallied against the closing "
     "of an emergency unit. [size=around 60]", ["Health Workers (France)"]),
    ("On 12 March 2022, in Multan, farmers and women blocked a highway demanding canal water for their fields. "
     "[size=no report]", ["Farmers (Pakistan)", "Women (Pakistan)"]),
    ("On 12 March 2022, hundreds answered a call by the resistance committee of Kassala and marched against military "
     "rule. [size=hundreds]", ["Resistance Committees (Sudan)"]),
    ("On 12 March 2022, Muslims gathered in Srinagar to protest against remarks on the Prophet by a politician. "
     "[size=no report]", ["Muslim Group (India)"]),
    ("On 12 March 2022, indigenous communities marched in Temuco (Araucania) to demand the return of ancestral "
     "lands. [size=around 500]", ["Indigenous Group (Chile)"]),
])
def test_a_crowds_people_are_its_associated_actors(pipeline, text, assoc):
    """ACLED codes the crowd as "Protesters (country)" or "Rioters (country)" and who it is as its associated
    actors ("Students (Ghana)", "Labour Group (Algeria)" for workers)."""
    [e] = _dated(pipeline, text)
    assert e.actor1.name.split(" (")[0] in ("Protesters", "Rioters")
    assert _assoc(e) == assoc


@pytest.mark.parametrize("text", [
    "On 12 March 2022, in Mombasa, residents protested against the killing of two fishermen and a farmer by "
    "police. [size=no report]",
    "On 12 March 2022, in Kisumu, rioters attacked journalists covering a rally of the ODM party. [size=no report]",
    "On 12 March 2022, hundreds of people marched in Abeokuta and demanded better pay for nurses and farmers. "
    "[size=hundreds]",
])
def test_people_a_crowd_mourns_or_hits_are_not_its_associates(pipeline, text):
    """The farmers whose killing was protested, the journalists a riot hit, or the nurses a march demanded pay
    for are not who the crowd was."""
    events = _dated(pipeline, text)
    assert events
    assert not any(name.split(" (")[0] in ("Farmers", "Journalists", "Health Workers") for e in events
                   for name in _assoc(e))


@pytest.mark.parametrize("text", [
    "On 12 March 2022, in Blantyre, a mob beat a suspected thief to death at a market. 1 fatality.",
    "On 12 March 2022, in Masaka, a mob caught a man stealing goats and beat him. [size=no report]",
])
def test_mob_justice_has_a_vigilante_group(pipeline, text):
    """A crowd punishing someone it takes for a thief: rioters against civilians, with ACLED's "Vigilante
    Group (country)" associated."""
    [e] = _dated(pipeline, text)
    assert e.actor1.name.startswith("Rioters (")
    country = e.actor1.name.split(" (")[1]
    assert f"Vigilante Group ({country}" in _assoc(e)


@pytest.mark.parametrize("text, country", [
    ("Displacement: On 12 March 2022, about 3500 residents fled from Minova (Kalehe, Sud-Kivu) after fighting "
     "nearby.", "Democratic Republic of Congo"),
    ("Displacement: On 12 March 2022, some 450 families were evacuated from Kramatorsk, Donetsk.", "Ukraine"),
])
def test_displaced_people_are_civilians_with_refugees_associated(pipeline, text, country):
    """ACLED codes a displacement by the civilians who fled as actor1, "Refugees/IDPs (country)" beside them."""
    [e] = _dated(pipeline, text)
    assert _sides(e) == [f"Civilians ({country})", None]
    assert _assoc(e) == [f"Refugees/IDPs ({country})"]


@pytest.mark.parametrize("text", [
    "On 12 March 2022, in Ndola, rioters beat a suspected thief near a bus station. [size=no report]",
    "On 12 March 2022, in Pachuca, Hidalgo, residents captured a suspected burglar and beat him. [size=no report]",
])
def test_a_crowd_seizing_a_suspect_is_a_vigilante_group(pipeline, text):
    """However the act is read (a beating, a seizure), a crowd punishing a suspected thief with no demonstration
    told is mob violence with "Vigilante Group (country)" beside the rioters."""
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Mob violence"
    assert any(name.startswith("Vigilante Group (") for name in _assoc(e))
