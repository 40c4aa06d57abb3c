"""Invented French dispatches for fr26 (recall and types): clashes that set one group against another, a sit-in
or a march the police disperse, and people a group massacred."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of, sides


def test_clashes_that_set_one_group_against_another_name_both_sides(pipeline):
    """The parse hangs the second side ("aux combattants Wazalendo") on the first side's name."""
    for text, pair in (
            ("Des accrochages ont opposé jeudi les insurgés de l'AFC/M23 aux combattants Wazalendo près de "
             "Rubaya, selon des sources locales.", {"M23: March 23 Movement", "Wazalendo"}),
            ("De violents combats ont opposé samedi les miliciens CODECO aux éléments de la CRP non loin de "
             "Fataki, ont rapporté des notables.", {"CODECO: Cooperative for Development of Congo",
                                                   "CRP: Convention for the Popular Revolution"})):
        battles = [e for e in news_of(pipeline, text, published=date(2025, 6, 9)) if e.event_type == "Battles"]
        assert [set(sides(e)) for e in battles] == [pair], (text, [sides(e) for e in battles])


def test_a_sit_in_or_a_march_the_police_disperse_is_a_protest_with_intervention(pipeline):
    for text in ("Les policiers ont dispersé vendredi à coups de gaz lacrymogènes un sit-in des infirmiers devant "
                 "le gouvernorat de Matadi.",
                 "Les forces de l'ordre ont dispersé vendredi une marche des enseignants grévistes à Kikwit."):
        events = news_of(pipeline, text, published=date(2025, 4, 12))
        told = [(e.event_type, e.sub_event_type) for e in events]
        assert told == [("Protests", "Protest with intervention")], (text, told)


def test_people_massacred_are_the_attacks_dead(pipeline):
    for text, dead in (("Des miliciens ont massacré une vingtaine de pêcheurs mercredi sur les rives du lac près "
                        "de Kalemie.", 20),
                       ("Des assaillants non identifiés ont massacré sept cultivateurs mercredi dans leurs champs "
                        "près d'Uvira.", 7)):
        events = news_of(pipeline, text, published=date(2025, 8, 22))
        assert [e.fatalities for e in events] == [dead], (text, [(e.event_type, e.fatalities) for e in events])
