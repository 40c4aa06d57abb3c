"""ACLED's actors on invented sentences (issue 13, session act31): a crowd made of foreigners, an attack
with no side named, private guards, Mayi Mayi factions."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of, sides as _sides

_en = partial(news_of, lang="en", published=date(2022, 3, 2))
_fr = partial(news_of, lang="fr", published=date(2022, 3, 2))


@pytest.mark.parametrize("text, crowd", [
    ("On 2 March 2022, around 200 rioters, mostly Haitian migrants, threw stones at National Guard officers in "
     "Tapachula (Chiapas). [size=around 200]", "Rioters (Haiti)"),
    ("On 2 March 2022, dozens of rioters, mainly Venezuelan migrants, clashed with police in Iquique (Tarapaca). "
     "[size=dozens]", "Rioters (Venezuela)"),
    ("On 2 March 2022, some 300 protesters, most of them migrants from Nicaragua, marched to the immigration office "
     "in San Jose (San Jose) to ask for work permits. [size=some 300]", "Protesters (Nicaragua)"),
])
def test_a_crowd_made_of_foreigners_is_named_after_them(pipeline, text, crowd):
    """ACLED names a crowd after the nationality of the people it is made of ("Rioters (Honduras)" for a
    caravan's migrants in Guatemala), told right after it as "mostly / mainly / most of them X"."""
    events = _en(pipeline, text)
    assert events and all(_sides(e)[0] == crowd for e in events)


def test_a_crowd_of_foreigners_in_an_article_that_names_their_country_often(pipeline):
    """The migrants' country named three times over: the crowd is still theirs, and the soldiers the host
    country's."""
    text = ("On 2 March 2022, near the border post of Agua Caliente in Esquipulas (Chiquimula), dozens of rioters, "
            "mostly migrants from Honduras, pelted soldiers with rocks after being told to return to Honduras. The "
            "group had left Honduras two days earlier. [size=dozens]")
    [e] = _en(pipeline, text)
    assert _sides(e) == ["Rioters (Honduras)", "Military Forces of Guatemala (2020-2024)"]


def test_a_crowd_whose_own_words_name_its_country_keeps_it(pipeline):
    text = ("On 2 March 2022, Afghan protesters, mostly women, rallied outside the UN office in Islamabad (Islamabad "
            "Capital Territory). [size=around 50]")
    [e] = _en(pipeline, text)
    assert _sides(e)[0] == "Protesters (Afghanistan)"


def test_a_crowd_with_a_trade_told_after_it_keeps_its_country(pipeline):
    """ "residents, mostly farmers": people of no other country leave the crowd the event's."""
    text = ("On 2 March 2022, residents, mostly farmers, protested against land grabbing in Kisumu (Kisumu). "
            "[size=no report]")
    [e] = _en(pipeline, text)
    assert _sides(e)[0] == "Protesters (Kenya)"


@pytest.mark.parametrize("text", [
    "On 2 March 2022, a village elder was gunned down by an unknown motorcyclist in the Chanayethazan quarter of "
    "Mandalay city (Mandalay).",
    "On 2 March 2022, a tea shop owner was gunned down by a pillion rider in the Pyigyitagon quarter of "
    "Mandalay city (Mandalay).",
])
@pytest.mark.xfail(reason="taken out by issue 13's discipline: acled tune +1, check level (act31)", strict=False)
def test_an_attack_with_no_side_named_is_by_an_unidentified_group_on_civilians(pipeline, text):
    """ACLED's "Attack" always has both sides: with neither named, an unidentified armed group struck civilians."""
    [e] = _en(pipeline, text)
    assert _sides(e) == ["Unidentified Armed Group (Myanmar)", "Civilians (Myanmar)"]


@pytest.mark.parametrize("text, want", [
    ("On 2 March 2022, security guards of a mining company shot dead two artisanal miners near Tarkwa (Western).",
     "Private Security Forces (Ghana)"),
    ("On 2 March 2022, security guards shot and injured a street vendor in Lekki (Lagos).",
     "Private Security Forces (Nigeria)"),
])
def test_guards_are_private_security(pipeline, text, want):
    """ACLED names guards no state employs, with or without "private" said, "Private Security Forces (country)";
    prison guards stay police."""
    events = _en(pipeline, text)
    assert events and _sides(events[0])[0] == want


def test_french_vigiles_are_private_security(pipeline):
    text = ("Le 2 mars 2022, des vigiles d'une société minière ont abattu deux orpailleurs près de Tarkwa, dans l'ouest "
            "du Ghana.")
    events = _fr(pipeline, text)
    assert events and _sides(events[0])[0] == "Private Security Forces (Ghana)"


def test_prison_guards_are_still_police(pipeline):
    text = "On 2 March 2022, prison guards beat several inmates at a prison in Mandalay (Mandalay region)."
    [e] = _en(pipeline, text)
    assert _sides(e)[0] == "Police Forces of Myanmar (2021-)"


@pytest.mark.parametrize("code, text, want", [
    (_en, "On 2 March 2022, Mayi Mayi Malaika militiamen attacked a gold mining site in Salamabila (Kabambare, "
          "Maniema).", "Mayi Mayi Militia (Malaika)"),
    (_en, "On 2 March 2022, Mayi Mayi Apa Na Pale militiamen clashed with FARDC soldiers near Lubero (Lubero, "
          "Nord-Kivu).", "Mayi Mayi Militia (Apa Na Pale)"),
    (_fr, "Le 2 mars 2022, des miliciens Maï-Maï Kyandenga ont attaqué un village près de Mwenga, dans le "
          "Sud-Kivu.", "Mayi Mayi Militia (Kyandenga)"),
    (_en, "On 2 March 2022, Mayi Mayi Yakutumba militiamen clashed with FARDC soldiers near Fizi (Fizi, Sud-Kivu).",
     "Mayi Mayi Militia (Yakutumba)"),
    (_en, "On 2 March 2022, Mayi Mayi militiamen killed two civilians in Bunyakiri (Kalehe, Sud-Kivu).",
     "Mayi Mayi Militia"),
])
def test_a_mayi_mayi_faction_is_named_as_acled_names_it(pipeline, code, text, want):
    """ACLED names a Mayi Mayi faction "Mayi Mayi Militia (name)"; one the dictionary holds keeps its record's
    name, and bare Mayi Mayi are the movement."""
    events = code(pipeline, text)
    assert events and _sides(events[0])[0] == want


def test_a_mayi_mayi_label_before_a_group_the_dictionary_holds_names_that_group():
    from sitrep.normalise.actors import find_actors

    names = [a.name for a in find_actors("Mai-Mai APCLS fighters attacked the village.", "en", "CD")]
    assert "Mayi Mayi Militia (APCLS)" not in names
    assert "APCLS: Alliance of Patriots for a Free and Sovereign Congo" in names


@pytest.mark.parametrize("text, want", [
    ("On 2 March 2022, soldiers detained three young men at a checkpoint near Tuqu (Bethlehem, West Bank).",
     "Military Forces of Israel (2021-2022)"),
    ("On 2 March 2022, troops stormed the old city of Nablus (Nablus, West Bank) and exchanged fire with local "
     "gunmen.", "Military Forces of Israel (2021-2022)"),
    ("On 2 March 2022, Palestinian soldiers of the presidential guard detained a student in Ramallah, in the "
     "occupied West Bank.", "Military Forces of Palestine (1994-)"),
])
def test_soldiers_in_palestine_are_israels_unless_a_demonym_says_otherwise(pipeline, text, want):
    """In the occupied territories soldiers no demonym places are Israel's, as ACLED codes them; "Palestinian
    soldiers" stay Palestine's: a country's row naming another state reads only the unqualified word."""
    events = _en(pipeline, text)
    assert events and want in _sides(events[0])


def test_a_country_row_naming_another_state_reads_only_the_unqualified_word():
    from sitrep.normalise.actors import find_actors

    assert [a.name for a in find_actors("Soldiers raided the camp.", "en", "PS")] == \
        ["Military Forces of Israel (2022-)"]
    assert [a.name for a in find_actors("Palestinian soldiers raided the camp.", "en", "PS")] == \
        ["Military Forces of Palestine (1994-)"]
    assert find_actors("Soldiers raided the camp.", "en", "JO")[0].name.startswith("Military Forces of Jordan")
