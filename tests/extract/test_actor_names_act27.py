"""ACLED's naming conventions for actors (issue 13, session act27), on invented notes in the terse style of
ACLED's notes: an acronym read by the note's country, the crowds of two rival parties, the people of a French
crowd and the Islamic State's Sahel branch under its French names."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of, sides as _sides

PUBLISHED = date(2022, 5, 9)

_en = partial(news_of, lang="en", published=PUBLISHED)
_fr = partial(news_of, lang="fr", published=PUBLISHED)


@pytest.mark.parametrize("text, sides", [
    ("On 9 May 2022, SNA fighters fired mortar rounds at QSD positions around Tal Tamr (Al-Hasakeh). No casualties "
     "were reported.", ["JWS: Syrian National Army", "QSD: Syrian Democratic Forces"]),
    ("On 9 May 2022, SNA troops fought Al Shabaab militants on the outskirts of Jowhar (Middle Shabelle). "
     "3 fatalities.", ["Military Forces of Somalia", "Al Shabaab"]),
])
def test_an_acronym_is_read_by_the_notes_country(pipeline, text, sides):
    """"SNA" in a Syrian note is the Turkish-backed Syrian National Army, in a Somali note Somalia's army."""
    [e] = _en(pipeline, text)
    assert sorted(name.split(" (20")[0] for name in _sides(e)) == sorted(sides)


def test_the_syrian_national_army_is_a_rebel_group_not_a_state_force(pipeline):
    [e] = _en(pipeline, "On 9 May 2022, SNA fighters fired mortar rounds at QSD positions around Tal Tamr "
                        "(Al-Hasakeh). No casualties were reported.")
    sna = next(a for a in (e.actor1, e.actor2) if a.name.startswith("JWS"))
    assert sna.inter == 2


@pytest.mark.parametrize("text, country, first, second", [
    ("On 9 May 2022, BJP and TMC supporters clashed outside a polling booth in Cooch Behar (West Bengal), "
     "injuring five.", "India", "BJP: Bharatiya Janata Party", "AITC: All India Trinamool Congress"),
    ("On 9 May 2022, BJP supporters clashed with TMC supporters after a local meeting in Cooch Behar (West Bengal), "
     "injuring five.", "India", "BJP: Bharatiya Janata Party", "AITC: All India Trinamool Congress"),
    ("On 9 May 2022, supporters of the Awami League and the BNP clashed near a market in Feni (Chattogram), "
     "injuring ten.", "Bangladesh", "AL: Bangladesh Awami League", "BNP: Bangladesh Nationalist Party"),
])
def test_the_crowds_of_two_rival_parties_are_rioters_on_both_sides(pipeline, text, country, first, second):
    """ACLED codes a clash of two parties' supporters as rioters against rioters, each party beside its own
    crowd (assoc_actor_1 and assoc_actor_2), the party named first beside actor1."""
    [e] = _en(pipeline, text)
    assert _sides(e) == [f"Rioters ({country})", f"Rioters ({country})"]
    assert [a.name for a in e.assoc_actor_1] == [first]
    assert [a.name for a in e.assoc_actor_2] == [second]


def test_a_partys_rally_has_no_rival_side(pipeline):
    text = "On 9 May 2022, BNP activists held a rally in Dhaka (Dhaka) against the Awami League government. " \
           "[size=hundreds]"
    [e] = _en(pipeline, text)
    assert _sides(e) == ["Protesters (Bangladesh)", None]
    assert [a.name for a in e.assoc_actor_1] == ["BNP: Bangladesh Nationalist Party"]
    assert e.assoc_actor_2 == []


@pytest.mark.parametrize("text, crowd, group", [
    ("Le 9 mai 2022, des étudiants ont manifesté devant le rectorat de Dakar pour réclamer le versement de leurs "
     "bourses.", "Protesters (Senegal)", "Students (Senegal)"),
    ("Le 9 mai 2022, des enseignants ont tenu un sit-in devant le ministère de l'Education à Niamey pour exiger "
     "le paiement de leurs arriérés.", "Protesters (Niger)", "Teachers (Niger)"),
    ("Le 9 mai 2022, des agents de santé en grève ont manifesté devant l'hôpital régional de Ziguinchor pour "
     "exiger de meilleures conditions de travail.", "Protesters (Senegal)", "Health Workers (Senegal)"),
    ("Le 9 mai 2022, des élèves en colère ont caillassé le commissariat de Kara après la mort d'un camarade.",
     "Rioters (Togo)", "Students (Togo)"),
])
def test_who_a_french_crowd_is_goes_beside_it(pipeline, text, crowd, group):
    """As in English notes, the people of a French crowd are its associated actor: "des étudiants ont
    manifesté" are protesters with ACLED's "Students (country)"."""
    [e] = _fr(pipeline, text)
    assert e.actor1.name == crowd
    assert group in [a.name for a in e.assoc_actor_1]


def test_people_a_french_crowd_protests_for_are_not_its_people(pipeline):
    """ "pour exiger la libération des journalistes": the journalists are what was demanded, not the crowd."""
    text = "Le 9 mai 2022, des militants ont manifesté à Conakry pour exiger la libération des journalistes détenus."
    [e] = _fr(pipeline, text)
    assert "Journalists (Guinea)" not in [a.name for a in e.assoc_actor_1]


@pytest.mark.parametrize("text", [
    "Le 9 mai 2022, des combattants de l'Etat islamique au Sahel ont attaqué le village de Tin-Akoff (Oudalan), "
    "tuant trois civils.",
    "Le 9 mai 2022, des hommes armés de l'EIGS ont tué quatre bergers près de Ménaka (Ménaka).",
    "Le 9 mai 2022, des éléments de l'Etat islamique au Grand Sahara ont enlevé deux commerçants à Tillabéri "
    "(Tillabéri).",
])
def test_the_sahel_branch_under_its_french_names(pipeline, text):
    [e] = _fr(pipeline, text)
    assert e.actor1.name == "Islamic State (Sahel)"


@pytest.mark.parametrize("text, force, country, group", [
    ("On 9 May 2022, police fired live rounds at students protesting a rise in tuition fees in Conakry (Conakry), "
     "killing two. [size=no report]", "Police Forces of Guinea", "Guinea", "Students (Guinea)"),
    ("On 9 May 2022, security forces opened fire on teachers demonstrating over months of unpaid salaries in "
     "Kananga (Kasai-Central), wounding four. [size=dozens]", "Military Forces of the Democratic Republic of Congo",
     "Democratic Republic of Congo", "Teachers (Democratic Republic of Congo)"),
])
def test_excessive_force_is_coded_protesters_first_with_their_people_beside_them(pipeline, text, force, country,
                                                                                  group):
    """As in ACLED's own rows, the protesters are actor1, with who they were beside them (assoc_actor_1), and the
    force that used excessive force is actor2, whichever the report names first."""
    [e] = _en(pipeline, text)
    assert e.sub_event_type == "Excessive force against protesters"
    assert e.actor1.name == f"Protesters ({country})"
    assert e.actor2.name.startswith(force)
    assert [a.name for a in e.assoc_actor_1] == [group]
    assert e.assoc_actor_2 == []


def test_an_intervention_keeps_the_protesters_first_with_their_people(pipeline):
    text = "On 9 May 2022, police used tear gas to disperse a sit-in by students outside parliament in Dhaka " \
           "(Dhaka). [size=no report]"
    [e] = _en(pipeline, text)
    assert e.actor1.name == "Protesters (Bangladesh)"
    assert [a.name for a in e.assoc_actor_1] == ["Students (Bangladesh)"]


@pytest.mark.parametrize("text, parties", [
    ("On 9 May 2022, the governments of Ethiopia and Kenya signed a border security accord in Moyale (Oromia).",
     {"Government of Ethiopia", "Government of Kenya"}),
    ("On 9 May 2022, the governments of Rwanda and the Democratic Republic of Congo agreed to a ceasefire in "
     "Luanda (Luanda).", {"Government of Rwanda", "Government of the Democratic Republic of Congo"}),
])
def test_the_governments_of_two_states_are_the_two_parties_of_an_agreement(pipeline, text, parties):
    [e] = _en(pipeline, text)
    assert e.sub_event_type == "Agreement"
    assert {a.name.split(" (")[0] for a in (e.actor1, e.actor2)} == parties


@pytest.mark.parametrize("text", [
    "On 9 May 2022, Iranian-backed militias clashed with IS fighters in the desert near Al Mayadin (Deir-ez-Zor).",
    "On 9 May 2022, pro-Iran militias clashed with IS cells in the countryside of Al Mayadin (Deir-ez-Zor).",
])
def test_militias_named_by_their_backer_are_acleds_pro_iran_militia(pipeline, text):
    """ "Iranian-backed" names who backs the militias, not a town or people they are named after (no
    "Iranian-backed Communal Militia"): ACLED's "Militia (Pro-Iran)"."""
    [e] = _en(pipeline, text)
    assert sorted(_sides(e)) == ["Islamic State (Syria)", "Militia (Pro-Iran)"]


@pytest.mark.parametrize("text, sides", [
    ("On 9 May 2022, Dinka youths attacked Nuer traders at a market in Bor (Jonglei), killing 2. 2 fatalities.",
     ["Dinka Ethnic Militia (South Sudan)", "Civilians (South Sudan)"]),
    ("On 9 May 2022, Turkana youths raided a village and drove away 300 goats near Lokori (Turkana).",
     ["Turkana Ethnic Militia (Kenya)", "Civilians (Kenya)"]),
])
def test_youths_of_a_people_who_attack_are_its_ethnic_militia(pipeline, text, sides):
    """ "Dinka youths attacked": ACLED names the young men of a people who raid or kill its ethnic militia,
    not rioters."""
    [e] = _en(pipeline, text)
    assert _sides(e) == sides


def test_youths_of_a_people_who_protest_are_protesters_of_that_ethnic_group(pipeline):
    """The same words beside a demonstration name who the crowd is: ACLED's "Fulani Ethnic Group (Nigeria)"
    beside the protesters, no militia."""
    text = "On 9 May 2022, Fulani youths protested in Jos (Plateau) against the killing of herders. [size=hundreds]"
    [e] = _en(pipeline, text)
    assert _sides(e) == ["Protesters (Nigeria)", None]
    assert [a.name for a in e.assoc_actor_1] == ["Fulani Ethnic Group (Nigeria)"]


def test_janjaweed_are_darfurs_arab_ethnic_militia(pipeline):
    """ "Janjaweed" names no place or clan a communal militia is named after: ACLED codes Darfur's Arab
    militias so called as "Arab Ethnic Militia (Sudan)"."""
    text = "On 9 May 2022, Janjaweed militiamen on camels attacked a farming village near Kutum (North Darfur), " \
           "killing 8. 8 fatalities."
    [e] = _en(pipeline, text)
    assert _sides(e) == ["Arab Ethnic Militia (Sudan)", "Civilians (Sudan)"]
