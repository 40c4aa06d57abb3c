"""DR Congo security and humanitarian news with no new incident (frdrc): an operation's balance sheet whose counts
the next paragraph gives in the speaker's words. Invented sentences; each negative case gave a dated event before
these rules, each control stays one."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of

PUBLISHED = date(2025, 6, 11)  # a Wednesday
BALANCE = ("Le commandant du secteur a présenté mardi à Butembo le bilan de ses unités depuis le mois de janvier.\n\n")


def _told(pipeline, text):
    return [(e.event_type, e.sub_event_type, e.event_date) for e in news_of(pipeline, text, published=PUBLISHED)]


def test_a_balance_sheets_counts_told_by_its_speaker_next_paragraph_are_no_news(pipeline):
    text = BALANCE + "Selon lui, quatre-vingts miliciens ont été neutralisés et une dizaine de positions détruites."
    assert _told(pipeline, text) == []


def test_a_speaker_going_on_with_the_counts_is_no_news(pipeline):
    text = BALANCE + "Il affirme que ses hommes ont neutralisé soixante miliciens dans les collines."
    assert _told(pipeline, text) == []


def test_a_dated_fight_after_a_balance_sheet_stays_news(pipeline):
    text = BALANCE + "Lundi, les militaires ont repoussé une attaque des miliciens près de Butembo, tuant deux assaillants."
    assert [d for _, _, d in _told(pipeline, text)] == [date(2025, 6, 9)]


def test_an_agreement_in_force_named_in_a_plea_is_no_news(pipeline):
    text = "Le ministre a plaidé mardi à Kinshasa pour le respect de l'accord de paix conclu à Genève entre les deux pays."
    assert _told(pipeline, text) == []


def test_an_agreement_signed_on_a_day_named_stays_news(pipeline):
    text = "Le médiateur a salué l'accord de cessez-le-feu signé mardi à Genève par les deux délégations."
    assert ("Strategic developments", "Agreement", date(2025, 6, 10)) in _told(pipeline, text)


def test_a_march_that_dispersed_of_itself_is_a_peaceful_protest(pipeline):
    text = "Des habitants ont manifesté mardi devant la mairie de Butembo. Le cortège s'est dispersé dans le calme à midi."
    assert [s for _, s, _ in _told(pipeline, text)] == ["Peaceful protest"]


def test_a_march_the_police_dispersed_stays_an_intervention(pipeline):
    text = "Des habitants ont manifesté mardi devant la mairie de Butembo. La police a dispersé le cortège à midi."
    assert [s for _, s, _ in _told(pipeline, text)] == ["Protest with intervention"]


def test_a_months_toll_in_a_headline_is_no_news(pipeline):
    assert _told(pipeline, "Trente civils tués en un mois autour de Butembo, selon les forces vives") == []


def test_families_fleeing_the_fighting_tell_no_battle(pipeline):
    assert _told(pipeline, "Des familles fuient les combats et se réfugient à Butembo") == []


def test_a_battle_families_flee_from_stays_news(pipeline):
    text = "Des combats ont éclaté mardi près de Butembo entre l'armée et les miliciens ; des familles fuient vers la ville."
    assert [(t, d) for t, _, d in _told(pipeline, text)] == [("Battles", date(2025, 6, 10))]


def test_a_worry_after_clashes_on_a_day_named_keeps_them_news(pipeline):
    text = "La société civile se dit inquiète après des affrontements samedi entre l'armée et des miliciens près de Butembo."
    assert [(t, d) for t, _, d in _told(pipeline, text)] == [("Battles", date(2025, 6, 7))]


def test_a_worry_after_undated_clashes_tells_no_news(pipeline):
    text = "La société civile se dit inquiète après des affrontements entre l'armée et des miliciens près de Butembo."
    assert _told(pipeline, text) == []


def test_an_ambush_on_an_aid_groups_car_is_an_attack_on_civilians(pipeline):
    text = "Des hommes armés ont tendu mardi une embuscade à un véhicule d'une ONG près de Butembo."
    assert [s for _, s, _ in _told(pipeline, text)] == ["Attack"]


def test_an_ambush_on_an_army_patrol_stays_a_clash(pipeline):
    text = "Des hommes armés ont tendu mardi une embuscade à une patrouille de l'armée près de Butembo."
    assert [s for _, s, _ in _told(pipeline, text)] == ["Armed clash"]
