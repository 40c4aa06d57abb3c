"""Sentences a new user tried (the thirty-fifth session's lead): a threat told with a day and a phrase between
the verb and its infinitive is no attack; a drought or hunger that kills is no armed group's deed, but a group
that kills while a drought goes on is."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of

AUG = date(2025, 8, 13)


def test_a_threat_with_words_between_is_no_dated_attack(pipeline):
    text = ("Le groupe jihadiste a menacé lundi, dans un message audio diffusé par ses partisans, d'attaquer les "
            "convois de vivres qui circulent vers Tombouctou.")
    assert news_of(pipeline, text, "fr", AUG) == []


def test_a_threatening_group_that_then_attacks_is_coded(pipeline):
    text = ("Des jihadistes ont menacé les commerçants avant d'attaquer lundi un marché près de Gao, tuant quatre "
            "personnes.")
    [event] = news_of(pipeline, text, "fr", AUG)
    assert event.event_date == date(2025, 8, 11)
    assert event.fatalities == 4


def test_hunger_that_kills_is_no_attack(pipeline):
    text = "Hunger killed at least thirty children in camps around Baidoa in July, aid agencies said on Monday."
    assert news_of(pipeline, text, "en", AUG) == []


def test_gunmen_who_kill_during_a_drought_are_coded(pipeline):
    text = ("Al-Shabaab fighters killed three herders near Dinsoor on Monday, elders said, as the drought drove "
            "families towards the towns.")
    [event] = news_of(pipeline, text, "en", AUG)
    assert event.actor1.name == "Al Shabaab"
    assert event.fatalities == 3


def test_gunmen_named_as_agents_kill_even_as_floods_hit(pipeline):
    text = "Six villagers were killed by gunmen near Beni on Monday as floods swept the area."
    [event] = news_of(pipeline, text, "en", AUG)
    assert event.sub_event_type == "Attack"


def test_soldiers_wounded_in_the_latest_fighting_is_no_new_clash(pipeline):
    text = ("Le ministre de la Défense est arrivé mardi à Bunia. Il a visité l'hôpital militaire où sont soignés "
            "des soldats blessés lors des derniers combats contre les miliciens dans le territoire de Djugu.")
    assert news_of(pipeline, text, "fr", date(2025, 10, 15)) == []


def test_the_latest_fighting_with_its_day_is_news(pipeline):
    text = "Les derniers combats, samedi, entre l'armée et des miliciens près de Djugu ont fait cinq morts."
    [event] = news_of(pipeline, text, "fr", date(2025, 10, 15))
    assert event.event_date == date(2025, 10, 11)


def test_a_convoy_under_attack_from_a_named_group_names_it(pipeline):
    text = ("On 9 August 2025, an army supply convoy came under attack from JNIM militants near Hombori (Douentza, "
            "Mopti); three soldiers were killed.")
    [event] = news_of(pipeline, text, "en", AUG)
    assert event.actor1.name == "JNIM: Group for Support of Islam and Muslims"
    assert event.actor2.name.startswith("Military Forces of Mali")


def test_a_post_under_fire_from_a_group_is_an_event(pipeline):
    text = "On 9 August 2025, a police post in Bardera came under fire from Al Shabaab militants."
    [event] = news_of(pipeline, text, "en", AUG)
    assert event.actor1.name == "Al Shabaab"


def test_a_minister_under_fire_from_senators_is_no_event(pipeline):
    text = "The finance minister came under fire from opposition senators on Tuesday over the budget."
    assert news_of(pipeline, text, "en", AUG) == []
