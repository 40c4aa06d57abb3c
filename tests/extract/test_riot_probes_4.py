"""Riots against protests and attacks, second probe (wt-riot4): invented ACLED-style notes of the
kinds wt-riot3 left coded wrong. A protest's stated cause ("protested after a man was killed by
police") is background, not force used on the protesters; a verb the parse reads as an adjective
("hijacked police vehicles and assaulted citizens") still tells its act; a strike or a march during
which workers wreck property is their violent demonstration; a French clash between supporters or
youths ("des heurts entre des partisans de X et de Y") is fought by rioters, not armed groups."""
from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from tests.extract.reports import news_of

NOTES = [
    # a protest's stated cause is background: no force used on the protesters
    ('On 4 March 2023, residents protested in Nakuru (Nakuru Town East, Nakuru) after a man was killed by '
     'police. [size=dozens]', "Peaceful protest", None),
    ('On 4 March 2023, hundreds of people protested in Kisumu (Kisumu Central, Kisumu) after a motorcycle '
     'taxi rider was shot dead by police the previous day. [size=hundreds]', "Peaceful protest", None),
    ('On 4 March 2023, students demonstrated in Lagos (Ikeja, Lagos) after a classmate was beaten by '
     'soldiers. [size=no report]', "Peaceful protest", None),
    ('On 4 March 2023, traders protested in Kampala (Kampala, Kampala) after their stalls were demolished by '
     'city authorities. [size=dozens]', "Peaceful protest", None),
    ('On 4 March 2023, relatives and neighbours demonstrated in Lahore (Lahore, Punjab) after a teenager was '
     'killed by gunmen. [size=dozens]', "Peaceful protest", None),
    # a verb read as an adjective after a conjunction: youths' violence with no demonstration told
    ('On 4 March 2023, a group of youths seized a truck and assaulted passers-by in Kinshasa (Kinshasa, '
     'Kinshasa). Police intervened and arrested several of them. [size=dozens]', "Mob violence", "Rioters"),
    ('On 4 March 2023, youths hijacked a bus and assaulted passengers in Goma (Goma, North Kivu). '
     '[size=no report]', "Mob violence", "Rioters"),
    # workers who wreck property during a strike or a march: a violent demonstration
    ('On 4 March 2023, teachers ransacked the office of the provincial governor in Mbandaka (Mbandaka, '
     'Equateur) during a strike over unpaid salaries. [size=dozens]', "Violent demonstration", "Rioters"),
    ('On 4 March 2023, nurses ransacked the office of the provincial governor in Mbandaka (Mbandaka, '
     'Equateur) during a march over unpaid salaries. [size=dozens]', "Violent demonstration", "Rioters"),
    ('On 4 March 2023, during a march over unpaid allowances, teachers vandalised the provincial education '
     'office in Kananga (Kananga, Kasai-Central). [size=dozens]', "Violent demonstration", "Rioters"),
]


@pytest.mark.parametrize("text,sub_event_type,rioters", NOTES, ids=[f"{n:02d}" for n in range(len(NOTES))])
def test_riot_probe(pipeline, text, sub_event_type, rioters):
    day = datetime.strptime(re.search(r"On (\d+ \w+ \d{4})", text).group(1), "%d %B %Y").date()
    events = news_of(pipeline, text, lang="en", published=day)
    assert [e.sub_event_type for e in events] == [sub_event_type]
    if rioters is None:  # the cause's doer is no side of the protest
        assert events[0].actor2 is None and events[0].actor1.name.startswith("Protesters")
    else:
        assert events[0].actor1.name.startswith(rioters)


FRENCH = [
    "Le 4 mars 2023, des heurts ont éclaté entre des partisans du parti au pouvoir et de l'opposition à "
    "Conakry, en Guinée.",
    "Le 4 mars 2023, des affrontements ont opposé des partisans de deux candidats à Lomé, au Togo.",
    "Le 4 mars 2023, des heurts ont éclaté entre des habitants de deux quartiers à Conakry, en Guinée.",
]


@pytest.mark.parametrize("text", FRENCH)
def test_french_clash_between_crowds_is_mob_violence(pipeline, text):
    """ACLED: a clash between groups of people no one arms is mob violence between rioters; French
    tells the two sides with "entre" or "opposer", as English does with "between"."""
    events = news_of(pipeline, text, lang="fr", published=date(2023, 3, 4))
    assert [(e.sub_event_type, e.actor1.name.split(" (")[0], e.actor2.name.split(" (")[0]) for e in events] == \
        [("Mob violence", "Rioters", "Rioters")]


def test_a_french_clash_of_armed_men_stays_a_battle(pipeline):
    text = "Le 4 mars 2023, des combats ont opposé l'armée aux jihadistes entre Gao et Ansongo, au Mali."
    assert [e.event_type for e in news_of(pipeline, text, lang="fr", published=date(2023, 3, 4))] == ["Battles"]


def test_a_protest_answered_by_force_stays_force(pipeline):
    """The cause clause hangs from the protest; force told as the protest's own outcome still counts."""
    text = ('On 4 March 2023, police shot dead two protesters during a demonstration in Conakry (Conakry, '
            'Conakry). [size=no report]')
    assert [e.sub_event_type for e in news_of(pipeline, text, lang="en", published=date(2023, 3, 4))] == \
        ["Excessive force against protesters"]


@pytest.mark.parametrize("text", [
    "On 4 March 2023, youths clashed with police in Goma (Goma, North Kivu).",
    "On 4 March 2023, youths clashed with police in Kisumu (Kisumu Central, Kisumu).",
])
def test_a_crowd_read_as_qualified_by_its_clash_is_its_doer(pipeline, text):
    """ "youths clashed with police", parsed as a noun and its participle: a clash has no patient, so
    the youths fought the police, a riot (mob violence, no demonstration told), not a battle."""
    events = news_of(pipeline, text, lang="en", published=date(2023, 3, 4))
    assert [(e.sub_event_type, e.actor1.name.split(" (")[0]) for e in events] == [("Mob violence", "Rioters")]


def test_a_headline_participle_still_names_the_dead(pipeline):
    text = "On 4 March 2023, two soldiers killed in an ambush in Goma (Goma, North Kivu)."
    assert [e.event_type for e in news_of(pipeline, text, lang="en", published=date(2023, 3, 4))] == ["Battles"]


@pytest.mark.parametrize("text", [
    "On 4 March 2023, residents burned a police station in Goma (Goma, North Kivu).",
    "On 4 March 2023, youths vandalised a police station in Goma (Goma, North Kivu).",
])
def test_a_crowd_wrecking_the_states_property_riots(pipeline, text):
    """ACLED: people who wreck a police station, with no demonstration told, are rioters in mob
    violence against the police; the station's owner is no doer."""
    events = news_of(pipeline, text, lang="en", published=date(2023, 3, 4))
    assert [(e.sub_event_type, e.actor1.name.split(" (")[0], e.actor2.name.split(" (")[0]) for e in events] == \
        [("Mob violence", "Rioters", "Police Forces of the Democratic Republic of Congo")]
