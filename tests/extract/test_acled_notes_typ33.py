"""Event types of ACLED notes by the codebook's definitions (issue 13, typ33), on invented notes in ACLED's style.

Torturing someone is an attack on them; burning people alive or to death is an attack, not the destruction
of property that burning houses is; demonstrators who wreck, tear down or spray-paint what they protest at
demonstrate violently ("demonstrators engage in violence and/or destructive activities"); the dead a vigil or a
rally is held for were not killed at it; protesters forcibly removed, pushed back, dragged away or scattered met an
intervention.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides


def _one(pipeline, text: str, day: date):
    events = news_of(pipeline, text, lang="en", published=day)
    assert events, text
    return events[0]


TORTURE = [
    ("On 14 May 2023, militiamen tortured a village chief in Djugu (Djugu, Ituri). He died of his injuries. "
     "1 fatality.", date(2023, 5, 14)),
    ("On 15 June 2023, soldiers tortured three young men accused of collaborating with rebels near Hpa-an "
     "(Hpa-An, Kayin).", date(2023, 6, 15)),
    ("On 16 June 2023, Houthi forces tortured a detainee to death in a prison in Dhamar (Dhamar, Dhamar). "
     "1 fatality.", date(2023, 6, 16)),
]


@pytest.mark.parametrize("text, day", TORTURE)
def test_torturing_someone_is_an_attack_on_them(pipeline, text, day):
    event = _one(pipeline, text, day)
    assert event.sub_event_type == "Attack"
    assert sides(event)[1].startswith("Civilians")


BURNED = [
    ("On 6 May 2023, Russian soldiers burned a civilian alive in a village near Izium (Izium, Kharkiv). 1 fatality.",
     date(2023, 5, 6)),
    ("On 7 May 2023, members of a militia burnt two women to death in Mongbwalu (Djugu, Ituri). 2 fatalities.",
     date(2023, 5, 7)),
    ("On 13 May 2023, members of the Myanmar military burned a man alive in Sagaing (Sagaing, Sagaing). 1 fatality.",
     date(2023, 5, 13)),
    ("On 8 May 2023, Fulani gunmen burned an elderly couple to death inside their home in Mangu (Mangu, Plateau). "
     "2 fatalities.", date(2023, 5, 8)),
    ("On 9 May 2023, al-Shabaab fighters burned alive a truck driver who refused to pay a levy near Bulo Burte "
     "(Bulo Burto, Hiraan). 1 fatality.", date(2023, 5, 9)),
]


@pytest.mark.parametrize("text, day", BURNED)
def test_people_burned_alive_or_to_death_are_attacked(pipeline, text, day):
    event = _one(pipeline, text, day)
    assert event.sub_event_type == "Attack"


def test_a_mob_that_burns_a_man_to_death_is_mob_violence(pipeline):
    event = _one(pipeline, "On 10 May 2023, a mob burned a suspected thief to death in Lagos (Ikeja, Lagos). "
                           "1 fatality. [size=no report]", date(2023, 5, 10))
    assert event.sub_event_type == "Mob violence"


@pytest.mark.parametrize("text, day", [
    ("On 12 May 2023, soldiers burned 40 houses in Kyaukse (Kyaukse, Mandalay).", date(2023, 5, 12)),
    ("On 13 May 2023, militants burned a school in Kurram (Kurram, Khyber Pakhtunkhwa). No one was killed.",
     date(2023, 5, 13)),
    ("On 17 July 2023, soldiers wrecked the houses of suspected rebel supporters in Kamwenge (Kamwenge, Western).",
     date(2023, 7, 17)),
])
def test_burning_or_wrecking_buildings_is_property_destruction(pipeline, text, day):
    assert _one(pipeline, text, day).sub_event_type == "Looting/property destruction"


WRECKED = [
    ("On 20 May 2023, demonstrators tore down the fence of the presidential palace in Bishkek (Bishkek). "
     "[size=thousands]", date(2023, 5, 20)),
    ("On 9 June 2023, demonstrators wrecked the gate of the governor's residence in Karachi (Karachi Central, "
     "Sindh). [size=no report]", date(2023, 6, 9)),
    ("On 5 May 2023, climate activists protested in Hamburg (Hamburg) and spray-painted the facade of a bank. "
     "[size=around 20]", date(2023, 5, 5)),
    ("On 14 July 2023, students protesting a tuition rise tore down the gate of the university in Dhaka (Dhaka). "
     "[size=hundreds]", date(2023, 7, 14)),
    ("On 15 July 2023, protesters wrecked two police vehicles in Nairobi (Nairobi). [size=no report]",
     date(2023, 7, 15)),
]


@pytest.mark.parametrize("text, day", WRECKED)
def test_demonstrators_who_wreck_demonstrate_violently(pipeline, text, day):
    assert _one(pipeline, text, day).sub_event_type == "Violent demonstration"


FOR_THE_DEAD = [
    ("On 20 May 2023, residents held a candlelight vigil in Valletta (Valletta) for a murdered journalist. "
     "[size=around 300]", date(2023, 5, 20)),
    ("On 24 May 2023, colleagues of a killed journalist rallied in Manila (Manila, Metro Manila) to demand an "
     "investigation. [size=dozens]", date(2023, 5, 24)),
    ("On 25 May 2023, residents gathered in Lviv (Lviv, Lviv) to mourn soldiers killed at the front. [size=hundreds]",
     date(2023, 5, 25)),
    ("On 20 June 2023, hundreds of people attended a rally in Kyiv (Kyiv) honouring soldiers killed in the war. "
     "[size=hundreds]", date(2023, 6, 20)),
]


@pytest.mark.parametrize("text, day", FOR_THE_DEAD)
def test_the_dead_a_demonstration_is_for_were_not_killed_at_it(pipeline, text, day):
    event = _one(pipeline, text, day)
    assert event.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text, day", [
    ("On 13 June 2023, police shot dead a protester during a march against fuel prices in Conakry (Conakry). "
     "1 fatality. [size=thousands]", date(2023, 6, 13)),
    ("On 18 June 2023, soldiers fired on demonstrators in Mandalay (Mandalay, Mandalay), and two wounded protesters "
     "died later. 2 fatalities. [size=no report]", date(2023, 6, 18)),
])
def test_demonstrators_killed_at_their_demonstration_met_excessive_force(pipeline, text, day):
    assert _one(pipeline, text, day).sub_event_type == "Excessive force against protesters"


INTERVENED = [
    ("On 3 May 2023, around 30 nurses protested outside the health ministry in Nairobi (Nairobi) before police "
     "forcibly removed them. [size=around 30]", date(2023, 5, 3)),
    ("On 5 May 2023, riot police pushed back hundreds of farmers marching towards the parliament in Warsaw (Warsaw, "
     "Masovia). [size=hundreds]", date(2023, 5, 5)),
    ("On 6 May 2023, police cleared a camp set up by climate activists in Paris (Paris, Ile-de-France). "
     "[size=dozens]", date(2023, 5, 6)),
    ("On 10 June 2023, officers dragged away activists blocking a coal train near Lutzerath (Erkelenz, North "
     "Rhine-Westphalia). [size=around 100]", date(2023, 6, 10)),
    ("On 12 June 2023, security forces scattered a crowd of protesters with warning shots in Kaduna (Kaduna North, "
     "Kaduna). [size=hundreds]", date(2023, 6, 12)),
]


@pytest.mark.parametrize("text, day", INTERVENED)
def test_a_protest_removed_pushed_back_or_scattered_met_intervention(pipeline, text, day):
    assert _one(pipeline, text, day).sub_event_type == "Protest with intervention"


@pytest.mark.parametrize("text, day, kind", [
    ("On 3 June 2023, the army pushed back Al Shabaab fighters who attacked a base near Baidoa (Baidoa, Bay). "
     "Casualties unknown.", date(2023, 6, 3), "Armed clash"),
    ("On 5 June 2023, sappers cleared mines from a road near Izium (Izium, Kharkiv).", date(2023, 6, 5),
     "Disrupted weapons use"),
])
def test_pushing_back_fighters_or_clearing_mines_is_no_intervention(pipeline, text, day, kind):
    assert _one(pipeline, text, day).sub_event_type == kind
