"""Talk and background that gave a dated event (fr38): a pact between states, acts of an earlier campaign or of
recent fighting, the act a court sentences, a quotation the parser opens in a sentence of its own, victims a
report counts, a land worn down by attacks, a government's list of crimes. Each text is invented; each keeps a
true event beside its background where the rule could have swallowed it. All are published on Tuesday 14 May
2024."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of

D = date(2024, 5, 14)  # a Tuesday: "lundi" is the 13th


def _told(pipeline, text):
    return [(e.event_type, e.sub_event_type, e.event_date) for e in news_of(pipeline, text, published=D)
            if e.event_type]


def test_a_cooperation_pact_between_states_is_no_agreement(pipeline):
    text = ("Les présidents togolais et gabonais ont signé lundi à Lomé trois accords de coopération portant sur "
            "la pêche et le transport maritime.")
    assert _told(pipeline, text) == []


def test_a_pacts_domain_hung_on_the_verb_makes_it_civil(pipeline):
    text = "Kinshasa et Luanda ont conclu lundi quatre accords dans les domaines du pétrole et de la santé."
    assert _told(pipeline, text) == []


def test_a_ceasefire_signed_stays_an_agreement(pipeline):
    text = "Le gouvernement et les miliciens de la CODECO ont signé lundi à Bunia un accord de cessez-le-feu."
    assert [t[:2] for t in _told(pipeline, text)] == [("Strategic developments", "Agreement")]


def test_acts_of_earlier_campaigns_hung_on_lors_are_background(pipeline):
    text = ("Le ministère de la Santé a lancé lundi une campagne contre la polio dans le Borno. "
            "Des vaccinateurs ont été tués lors de précédentes tournées.")
    assert _told(pipeline, text) == []


def test_wounded_of_recent_clashes_read_as_an_adjective_are_background(pipeline):
    text = ("Le gouverneur a visité lundi l'hôpital de Mutwanga, où il a salué des militaires blessés lors des "
            "récents affrontements avec les miliciens.")
    assert _told(pipeline, text) == []


def test_the_act_a_court_sentences_for_is_background(pipeline):
    text = ("Trois militaires ont été condamnés lundi par la cour militaire de Kindu à quinze ans de prison pour "
            "avoir abattu un commerçant lors d'un contrôle routier du 2 mai à Kasongo.")
    assert _told(pipeline, text) == []


def test_an_attack_after_having_been_warned_stays_news(pipeline):
    text = ("Des miliciens ont attaqué lundi le village de Kasenga, après avoir averti les habitants, tuant deux "
            "cultivateurs.")
    assert [t[0] for t in _told(pipeline, text)] == ["Violence against civilians"]


def test_a_quoted_misparsed_verb_takes_no_day_from_outside_the_quote(pipeline):
    text = "« Ils ont tué mon père et emporté nos chèvres », raconte une fillette arrivée lundi au camp de Kanyaruchinya."
    assert _told(pipeline, text) == []


def test_victims_counted_by_a_report_published_on_a_day_are_its_tally(pipeline):
    text = ("L'ONG a recensé 320 civils tués et 150 enlèvements en Ituri entre juillet et septembre, selon son "
            "rapport publié mercredi.")
    assert _told(pipeline, text) == []


def test_victims_found_on_a_day_stay_news(pipeline):
    text = "Les habitants ont découvert lundi 9 civils tués à la machette dans un champ près de Mangina."
    assert [t[2] for t in _told(pipeline, text)] == [date(2024, 5, 13)]


def test_attacks_that_wore_a_land_down_are_background_but_its_latest_killing_is_news(pipeline):
    text = ("Lundi, le ministre a reçu les chefs coutumiers de Fizi, territoire meurtri par les attaques des "
            "miliciens, qui ont encore tué quatre pêcheurs la semaine dernière.")
    assert [t[0] for t in _told(pipeline, text)] == ["Violence against civilians"]


def test_a_governments_list_of_crimes_shares_its_tally(pipeline):
    text = ("Selon le texte signé par le ministre, les rebelles poursuivent « des crimes d'une rare cruauté », "
            "notamment 87 assassinats et exécutions sommaires, 140 cas de viols sur mineures, ainsi que des "
            "centaines de rapts et d'enlèvements.")
    assert _told(pipeline, text) == []


def test_systematic_looting_a_ministry_reports_is_a_habit(pipeline):
    text = "Le ministère signale en outre des pillages systématiques dans les villages du territoire de Walikale."
    assert _told(pipeline, text) == []


def test_a_day_on_the_verb_that_holds_a_ville_morte_is_its_own(pipeline):
    text = ("Les commerçants de Lubero ont observé lundi une journée ville morte, après le meurtre d'un changeur "
            "de monnaie dimanche soir.")
    assert [t for t in _told(pipeline, text) if t[0] == "Protests"] == [("Protests", "Peaceful protest", date(2024, 5, 13))]


def test_people_killed_by_armed_men_are_no_force_met_by_a_protest(pipeline):
    text = ("Les habitants de Kasindi ont observé lundi une journée ville morte pour dénoncer l'insécurité. "
            "Les écoles sont restées fermées. Selon la société civile, trois cultivateurs ont été tués dans leur "
            "champ par des hommes armés.")
    told = _told(pipeline, text)
    assert ("Protests", "Peaceful protest", date(2024, 5, 13)) in told
    assert not any(sub == "Excessive force against protesters" for _, sub, _ in told)
