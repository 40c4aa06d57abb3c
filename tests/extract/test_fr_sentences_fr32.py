"""French sentences that tell two acts, name a government as their source, or tell a killing by its
bodies (fr32). Every sentence is invented."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of

FRIDAY = date(2024, 5, 31)  # the day the invented dispatches are published


def _places(events) -> list[str]:
    return sorted(e.place.country for e in events if e.place is not None)


def test_a_relative_clause_with_its_own_day_and_place_is_its_own_event(pipeline):
    """The strikes "qui ont tué mardi" in one town and the rockets fired in answer on another are two
    events: the rockets on the day the group said it fired them, the strikes on theirs."""
    events = news_of(pipeline, "Le Hezbollah a affirmé jeudi avoir tiré des roquettes sur Haïfa, en représailles "
                               "aux frappes israéliennes qui ont tué mardi soir au moins douze personnes à Nabatieh.",
                     published=FRIDAY)
    assert len(events) == 2, [(e.event_date, e.place and e.place.name) for e in events]
    by_country = {e.place.country: e for e in events}
    assert set(by_country) == {"IL", "LB"}
    assert by_country["IL"].event_date == date(2024, 5, 30)  # the telling's Thursday, not the strikes' Tuesday
    assert by_country["LB"].event_date == date(2024, 5, 28)


def test_the_toll_of_a_relative_clause_is_its_own_acts(pipeline):
    """The nine dead of the shelling told in the relative clause are not the rockets' dead."""
    events = news_of(pipeline, "Le Hamas a dit samedi avoir visé Ashkelon avec des roquettes, en riposte aux "
                               "bombardements qui ont tué vendredi neuf personnes à Khan Younès.",
                     published=date(2024, 6, 2))
    tolls = {e.place.country: e.fatalities for e in events if e.place is not None}
    assert tolls == {"IL": None, "PS": 9}


def test_a_relative_clause_with_no_day_of_its_own_stays_one_event(pipeline):
    """ "où ils ont tué cinq civils" tells what the attack did: one event, its dead counted in it."""
    events = news_of(pipeline, "Des hommes armés ont attaqué mardi le village de Mbau, où ils ont tué cinq civils.",
                     published=FRIDAY)
    assert len(events) == 1
    assert events[0].fatalities == 5


def test_selon_a_capital_names_the_source_not_a_second_place(pipeline):
    """ "selon Kiev" says who told the toll; the strikes are coded once, where they fell."""
    events = news_of(pipeline, "Deux civils ont été tués jeudi par des frappes de drones sur Kherson, selon Kiev.",
                     published=FRIDAY)
    assert [e.place.name for e in events] == ["Kherson"]


def test_a_capital_after_a_verb_of_saying_is_no_place(pipeline):
    """ "a indiqué Washington": the government told of the strike near the port, which is its place."""
    events = news_of(pipeline, "Une frappe a détruit mardi un entrepôt d'armes près de Hodeïda, a indiqué Washington.",
                     published=FRIDAY)
    assert len(events) == 1
    assert events[0].place is not None and events[0].place.country == "YE"


def test_armed_men_identified_between_commas_are_the_group_named(pipeline):
    """ "des hommes armés, identifiés comme des combattants Wazalendo," are Wazalendo, commas or not."""
    events = news_of(pipeline, "Samedi matin, des hommes armés, identifiés comme des combattants Wazalendo, ont "
                               "incendié une dizaine de maisons à Kibirizi, dans le territoire de Rutshuru.",
                     published=FRIDAY)
    assert [e.actor1.name if e.actor1 else None for e in events] == ["Wazalendo"]


def test_bodies_riddled_with_bullets_found_on_a_day_are_an_attack(pipeline):
    """Bodies "criblés de balles" found on a told day and place: civilians shot by an unnamed armed group,
    their number the toll; not rioters, and not the victims as the attackers."""
    for text, dead in (
            ("Les corps de trois pêcheurs ont été retrouvés mercredi sur la rive du lac près de Vitshumbi, "
             "criblés de balles.", 3),
            ("Les corps de deux motards, criblés de balles, ont été découverts lundi près de Butembo.", 2)):
        events = news_of(pipeline, text, published=FRIDAY)
        assert [(e.event_type, e.sub_event_type, e.fatalities) for e in events] == \
            [("Violence against civilians", "Attack", dead)], text
        assert events[0].actor1.name.startswith("Unidentified Armed Group"), text
        assert _places(events) == ["CD"]


def test_a_force_named_corps_is_no_body(pipeline):
    """"Corps" in a force's name ("l'Africa Corps") names the attackers, not the dead."""
    events = news_of(pipeline, "Des soldats maliens et des mercenaires de l'Africa Corps ont tué mardi six bergers "
                               "près de Ténenkou.", published=FRIDAY)
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Violence against civilians", "Attack")]


def test_each_act_of_a_sentence_keeps_its_own_doer(pipeline):
    """The group that says it fired is the rockets' side, not the strikes'; "frappes israéliennes" are
    Israel's, not the group's."""
    events = news_of(pipeline, "Le Hezbollah a affirmé jeudi avoir tiré des roquettes sur Haïfa, en représailles "
                               "aux frappes israéliennes qui ont tué mardi soir au moins douze personnes à Nabatieh.",
                     published=FRIDAY)
    doers = {e.place.country: e.actor1.name if e.actor1 else None for e in events if e.place is not None}
    assert doers["IL"] == "Hezbollah"
    assert doers["LB"] is not None and "Israel" in doers["LB"]
