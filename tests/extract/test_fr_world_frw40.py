"""French wire reports of world conflicts (frw40, bench/fr_world_stress.py): a weekday the parser makes the head
of the act's agent and place, a fronted "A Ville," cut from its clause, a side's claim of what it strikes as a
rule, a trend of fighting, the act a riposte answers, the truce a crowd asks for, and a
headline's order of magnitude beside the body's figure. Each text is invented; each keeps a true
event beside what the rule leaves out. All are published on Tuesday 14 May 2024."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of

D = date(2024, 5, 14)  # a Tuesday: "lundi" is the 13th


def _news(pipeline, text):
    return [e for e in news_of(pipeline, text, published=D) if e.event_type and e.event_date]


def test_the_agent_after_a_weekday_is_the_acts_author(pipeline):
    text = "Trois passants ont été tués lundi par une frappe russe à Zaporijia."
    [e] = _news(pipeline, text)
    assert e.sub_event_type == "Air/drone strike"
    assert "Russia" in e.actor1.name and e.event_date == date(2024, 5, 13)


def test_a_weekday_read_as_the_root_gives_the_verb_its_phrases(pipeline):
    text = "Un responsable du Hamas a été tué lundi dans une frappe israélienne contre un véhicule près de Deir el-Balah."
    [e] = _news(pipeline, text)
    assert e.sub_event_type == "Air/drone strike"


def test_a_fronted_unaccented_place_is_the_acts_place(pipeline):
    text = ("Les rebelles disent tenir depuis dimanche la ville de Bunagana.\n\n"
            "A Kinshasa, des manifestants ont attaqué lundi plusieurs ambassades.")
    places = {e.place.name for e in _news(pipeline, text) if e.event_type == "Riots"}
    assert places == {"Kinshasa"}


def test_a_bare_infinitive_after_a_claim_is_no_dated_act(pipeline):
    text = "Moscou, qui nie cibler la population, affirme frapper uniquement des cibles militaires à Dnipro."
    assert _news(pipeline, text) == []


def test_a_perfect_infinitive_after_a_claim_stays_news(pipeline):
    text = "L'armée affirme avoir bombardé lundi des positions rebelles près de Goma."
    assert [e.sub_event_type for e in _news(pipeline, text)] == ["Shelling/artillery/missile attack"]


def test_fighting_that_intensifies_is_a_trend(pipeline):
    text = "L'offensive dans le nord du territoire s'est intensifiée ces derniers jours."
    assert _news(pipeline, text) == []


def test_the_shelling_a_riposte_answers_is_known_before(pipeline):
    text = "Kiev présente ses opérations comme une riposte aux bombardements russes sur ses villes frontalières."
    assert _news(pipeline, text) == []


def test_an_order_of_magnitude_in_the_headline_yields_to_the_bodys_figure(pipeline):
    text = ("Mali : des dizaines de villageois tués dans une attaque près de Bandiagara\n\n"
            "BAMAKO (AFP) - Au moins 31 villageois ont été tués lundi par des hommes armés dans un hameau proche "
            "de Bandiagara, ont indiqué des élus locaux.")
    [e] = _news(pipeline, text)
    assert e.fatalities == 31 and e.event_type == "Violence against civilians"


def test_a_count_of_victims_before_a_participle_are_its_victims(pipeline):
    text = "Burkina : des dizaines de fidèles tués dans une attaque contre une mosquée près de Ouahigouya"
    [e] = _news(pipeline, text)
    assert e.sub_event_type == "Attack" and e.actor2.name.startswith("Civilians")


def test_a_place_inside_the_truce_a_crowd_asks_for_is_not_where_it_marched(pipeline):
    text = ("A Marseille, des centaines de manifestants pour un cessez-le-feu à Gaza\n\n"
            "MARSEILLE (AFP) - Des centaines de personnes ont manifesté lundi à Marseille pour réclamer un "
            "cessez-le-feu à Gaza, à l'appel de plusieurs associations.")
    assert [(e.place.name, e.event_date) for e in _news(pipeline, text)] == [("Marseille", date(2024, 5, 13))]
