"""One event told several ways in one French article (frdup, issue 13): a headline the publication alone dates
takes the day its body gives the dead; a day that dates a count of the dead dates the update, not the killing;
"en début de semaine" is the Monday of the publication's week; one sentence naming two acts at two towns far
apart tells two events, while a road's two ends name one place. Invented texts."""
from __future__ import annotations

from datetime import date

from sitrep.acled import TimePrecision
from sitrep.extract.time import find_time_mentions, resolve
from tests.extract.reports import news_of


def test_a_headline_takes_the_day_of_the_dead_its_lead_dates(pipeline):
    text = ("Mabalako : une incursion des rebelles fait sept morts\n\n"
            "Les rebelles ADF ont fait irruption dans la nuit de mardi à mercredi au village de Mangina, dans le "
            "territoire de Beni. Sept habitants ont été tués à l'arme blanche, selon un notable de la place.")
    told = news_of(pipeline, text, published=date(2024, 2, 9))  # a Friday
    assert len(told) == 1 and told[0].event_date == date(2024, 2, 6)


def test_the_day_of_a_count_is_the_updates_not_the_killings(pipeline):
    text = ("Des miliciens ont attaqué jeudi le village de Mavivi, près de Beni, selon un chef local. "
            "Un premier bilan donnait deux morts. Samedi, les chefs de quartier ont recensé cinq personnes tuées "
            "par les assaillants. Les miliciens avaient aussi pillé des boutiques.")
    told = news_of(pipeline, text, published=date(2024, 2, 12))  # a Monday
    assert [e.event_date for e in told] == [date(2024, 2, 8)]
    assert told[0].fatalities == 5


def test_the_start_of_the_week_is_its_monday():
    [t] = find_time_mentions("Deux motards ont été enlevés en début de semaine près de Kiwanja.", "fr")
    assert resolve(t, date(2024, 2, 8)) == (date(2024, 2, 5), TimePrecision.WEEK)  # a Thursday: that Monday


def test_a_headline_of_two_towns_tells_two_events(pipeline):
    text = ("Sud-Kivu : affrontements à Luvungi, manifestation à Uvira\n\n"
            "Des affrontements ont opposé mercredi l'armée à des miliciens à Luvungi. Jeudi, des commerçants "
            "d'Uvira ont manifesté devant la mairie contre ces violences. Les manifestants se sont dispersés "
            "dans le calme.")
    told = news_of(pipeline, text, published=date(2024, 2, 9))  # a Friday
    assert sorted((e.event_type, e.event_date) for e in told) == [("Battles", date(2024, 2, 7)),
                                                                   ("Protests", date(2024, 2, 8))]


def test_a_roads_two_ends_name_one_place(pipeline):
    text = ("Des rebelles ont attaqué vendredi un camion sur la route Oicha-Eringeti, ouvrant le feu sur le "
            "chauffeur, selon la société civile.")
    told = news_of(pipeline, text, published=date(2024, 2, 12))
    assert len(told) == 1
