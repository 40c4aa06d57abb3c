"""French protests, riots and strikes in political news (issue 13, frprot): the party that called a march is its
crowd's associate; a march announced, a strike notice and a suspension of demonstrations are no event of a day; a
crowd's violence told with the grievance it protested is a violent demonstration, not mob violence; police firing
tear-gas grenades intervene in a protest. Invented sentences; each failed before these rules, each control
passes on both sides of them."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

PUBLISHED = date(2025, 6, 11)  # a Wednesday


def _news(pipeline, text):
    return news_of(pipeline, text, published=PUBLISHED)


def _assoc(event) -> list[str]:
    return [a.name for a in event.assoc_actor_1]


def test_the_party_that_called_a_march_is_its_crowds_associate(pipeline):
    """ACLED codes a march "à l'appel du FNDC" as Protesters (Guinea) with the FNDC beside them, even where the
    report names the force first and the party after it."""
    [e] = _news(pipeline, "La police a dispersé mardi à Conakry une marche organisée à l'appel du Front national "
                          "pour la défense de la Constitution, qui réclamait le retour à l'ordre constitutionnel.")
    assert e.sub_event_type == "Protest with intervention"
    assert e.actor1.name == "Protesters (Guinea)"
    assert _assoc(e) == ["FNDC: National Front for the Defense of the Constitution"]


def test_a_party_protested_against_is_no_associate(pipeline):
    """A party named as what the crowd marched against called nothing."""
    events = _news(pipeline, "Des centaines de jeunes ont marché mardi à Conakry contre le FNDC, à l'appel "
                             "d'associations proches du pouvoir.")
    assert events
    assert all(not _assoc(e) for e in events)


@pytest.mark.parametrize("text", [
    "Kinshasa : l'opposition annonce une marche samedi contre la révision de la Constitution",
    "Le syndicat des enseignants a déposé mardi un préavis de grève générale à Conakry.",
    "Le gouvernement togolais a annoncé mardi la suspension de toutes les manifestations publiques à Lomé.",
])
def test_a_march_announced_or_a_demonstrations_ban_is_no_event_of_a_day(pipeline, text):
    assert [e for e in _news(pipeline, text) if e.event_type == "Protests"] == []


@pytest.mark.parametrize("text", [
    "Des milliers de militants de l'opposition ont marché samedi à Kinshasa, comme ils l'avaient annoncé.",
    "Les enseignants en grève ont manifesté mardi devant le ministère, à Conakry.",
])
def test_a_march_held_stays_news(pipeline, text):
    assert "Peaceful protest" in [e.sub_event_type for e in _news(pipeline, text)]


def test_a_riot_against_a_grievance_is_a_violent_demonstration(pipeline):
    """ "Une émeute" of youths angry at power cuts who burn an office is a demonstration turned violent."""
    events = _news(pipeline, "Mardi, une émeute a éclaté à Toamasina, où des jeunes en colère contre les délestages "
                             "ont incendié une agence de la société d'électricité.")
    assert [e.sub_event_type for e in events if e.event_type == "Riots"] == ["Violent demonstration"]


def test_a_lynching_stays_mob_violence(pipeline):
    """A crowd that lynched a thief protested nothing: mob violence."""
    events = _news(pipeline, "Une foule en colère contre le voleur l'a lynché mardi dans la commune de Masina, à "
                             "Kinshasa.")
    assert [e.sub_event_type for e in events if e.event_type == "Riots"] == ["Mob violence"]


def test_tear_gas_grenades_fired_on_a_crowd_are_an_intervention(pipeline):
    events = _news(pipeline, "Des jeunes ont protesté mardi soir à Ziguinchor contre les coupures d'électricité. "
                             "Les policiers les ont dispersés en tirant des grenades lacrymogènes.")
    assert [e.sub_event_type for e in events if e.event_type == "Protests"] == ["Protest with intervention"]


def test_a_headlines_dispersal_is_the_bodys_march_called_by_a_party(pipeline):
    """A headline with no day tells the march its body dates and says the FNDC called: one event, the day before
    publication, with the FNDC beside the crowd (the party read as a side of the body's sentence is the crowd the
    headline names, not a third side)."""
    text = ("Conakry : une manifestation dispersée à coups de gaz lacrymogène\n\n"
            "Les policiers ont dispersé mardi à Conakry une marche organisée à l'appel du Front national pour la "
            "défense de la Constitution (FNDC), qui exigeait la libération de ses responsables.")
    events = [e for e in _news(pipeline, text) if e.event_type == "Protests"]
    assert [(e.event_date, _assoc(e)) for e in events] == [
        (date(2025, 6, 10), ["FNDC: National Front for the Defense of the Constitution"])]


def test_a_party_called_by_its_kind_and_name_is_the_crowds_associate(pipeline):
    [e] = _news(pipeline, "Des centaines de militants ont marché mardi à Lubumbashi, à l'appel du parti Ensemble pour "
                          "la République, contre la vie chère.")
    assert e.actor1.name == "Protesters (Democratic Republic of Congo)"
    assert _assoc(e) == ["Together for the Republic"]
