"""General failure classes seen on French political and security news: weapons named by their
carrier, places that are not the event's, and talk that tells no dated event."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import code as _code, news as _dated




@pytest.mark.parametrize("text", [
    "Samedi, un navire a été endommagé dans le port de Tartous lors d'une attaque de drone, a annoncé l'armée.",
    "Deux soldats ont été tués mardi à Gao dans une attaque de drones.",
])
def test_a_drone_attack_is_an_air_or_drone_strike(pipeline, text):
    [e] = _dated(_code(pipeline, text))
    assert e.event_type == "Explosions/Remote violence" and e.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("text", [
    "Mardi, des jihadistes ont attaqué un poste de l'armée à Tessit. Le ministre a parlé d'une bataille "
    "violente près de la frontière avec le Niger.",
    "Mardi, des jihadistes ont attaqué un poste de l'armée à Tessit. Selon le ministre, ils ont attaqué le "
    "poste deux jours avant un sommet en France sur la sécurité.",
])
def test_a_border_or_a_summit_abroad_names_no_second_event(pipeline, text):
    [e] = _dated(_code(pipeline, text))
    assert e.place.country == "ML"


@pytest.mark.parametrize("text", [
    "Ces dernières semaines, des attaques de plus en plus audacieuses sont commises par des groupes armés "
    "dans la région de Tillabéri.",
])
def test_a_trend_over_recent_weeks_is_background(pipeline, text):
    assert not _dated(_code(pipeline, text))


@pytest.mark.parametrize("text", [
    "Mardi, des heurts ont éclaté entre manifestants et policiers à Kindu, faisant cinq blessés.",
    "Des échauffourées ont éclaté lundi entre manifestants et policiers à Kindu.",
])
def test_scuffles_between_a_crowd_and_the_police_are_a_riot(pipeline, text):
    [e] = _dated(_code(pipeline, text))
    assert e.event_type == "Riots" and e.actor1.name == "Rioters (Democratic Republic of Congo)"


def test_clashes_between_forces_and_a_named_group_stay_a_battle(pipeline):
    text = "De violents heurts ont opposé lundi les FARDC aux rebelles du M23 à Kibirizi."
    [e] = _dated(_code(pipeline, text))
    assert e.event_type == "Battles"


@pytest.mark.parametrize("text, lang, town", [
    ("Des manifestants ont protesté mardi contre la junte lors d'un sommet régional à Mopti.", "fr", "Mopti"),
    ("Recruitment: On 12 March 2024, a local militia held a recruitment meeting in Flagstaff (Arizona).", "en",
     "Flagstaff"),
])
def test_a_protest_or_a_meeting_held_at_a_summit_or_meeting_takes_its_place(pipeline, text, lang, town):
    events = _dated(_code(pipeline, text, lang))
    assert events and all(e.place is not None and e.place.name == town for e in events)


@pytest.mark.parametrize("text", [
    "Le procès des auteurs présumés de l'attaque du camp de Rhoe s'est ouvert lundi à Bunia.",
    "Une enquête sur les assassinats de civils à Beni a été ouverte mardi par le parquet.",
    "Dans le territoire de Djugu, les miliciens multiplient les attaques contre les déplacés.",
])
def test_a_trial_an_inquiry_or_repeated_attacks_are_no_dated_event(pipeline, text):
    violent = ("Battles", "Violence against civilians", "Explosions/Remote violence")
    assert not [e for e in _dated(_code(pipeline, text)) if e.event_type in violent]


def test_the_attack_an_inquiry_follows_stays_dated(pipeline):
    text = ("Des hommes armés ont attaqué lundi le village de Kalehe, tuant cinq civils. "
            "Une enquête sur l'attaque a été ouverte.")
    [e] = _dated(_code(pipeline, text))
    assert e.event_type == "Violence against civilians" and e.fatalities == 5


@pytest.mark.parametrize("text, status", [
    ("Le porte-parole a qualifié de mensongères les informations faisant état de combats à Uvira.", "negated"),
    ("Le chef de l'Etat a réaffirmé sa détermination à combattre les groupes armés.", "planned"),
    ("Le gouverneur a promis de traquer et d'attaquer les miliciens dans leurs bastions.", "planned"),
    ("Le M23 occupe la ville de Rutshuru depuis janvier.", "historical"),
    ("Des rumeurs d'attaque des ADF ont semé la panique mardi à Oicha.", "hypothetical"),
])
def test_denials_promises_lasting_states_and_rumours_are_not_dated(pipeline, text, status):
    events = _code(pipeline, text)
    assert events and not _dated(events) and status in {e.status for e in events}


def test_no_break_spaces_do_not_split_a_trigger_and_evidence_quotes_them(pipeline):
    text = "Des jets de\u00a0pierres ont visé les policiers dimanche à\u00a0Kindu."
    [e] = _dated(_code(pipeline, text))
    assert e.event_type == "Riots" and e.place.name == "Kindu"
    assert all(ev.text == text[ev.start:ev.end] for ev in e.evidence)


def test_the_photo_caption_a_page_opens_with_is_not_the_article(pipeline):
    """Its place and its date (years old) are not those of the article's events."""
    text = ("La place de l'Indépendance à Kalemie, le 12 mai 2019. Radio X/ Ph. Jean Dupont\")\n\n"
            "Des manifestants ont lancé des pierres sur les policiers et incendié un bureau.")
    events = _dated(_code(pipeline, text))
    assert events and all(e.event_type == "Riots" and (e.place is None or e.place.name != "Kalemie")
                          for e in events)


@pytest.mark.parametrize("text, lang", [
    ("Il a exhorté les jeunes à ne pas rejoindre les groupes armés qui attaquent les villages.", "fr"),
    ("The bishop urged young men not to join the militias that attack farming villages.", "en"),
])
def test_what_a_group_habitually_does_is_no_dated_event(pipeline, text, lang):
    assert not _dated(_code(pipeline, text, lang))


def test_a_relative_clause_that_names_its_day_is_news(pipeline):
    text = "Les combats qui opposent depuis lundi les FARDC au M23 à Masisi ont fait dix morts."
    [e] = _dated(_code(pipeline, text))
    assert e.event_type == "Battles" and e.fatalities == 10


@pytest.mark.parametrize("text", [
    "Le ministre a fait le point sur la situation sécuritaire marquée par les attaques des rebelles à Masisi.",
    "Au cours de la réunion, les participants ont évoqué les massacres commis à Djugu.",
])
def test_a_review_of_the_situation_tells_no_dated_event(pipeline, text):
    assert not _dated(_code(pipeline, text))


@pytest.mark.parametrize("text", [
    "Selon le diplomate, cette crise est notamment aggravée par l'offensive des rebelles dans le Masisi.",
    "L'insécurité est alimentée par les attaques des miliciens dans la région de Djugu.",
])
def test_what_a_situation_is_worsened_by_is_background(pipeline, text):
    assert not _dated(_code(pipeline, text))


@pytest.mark.parametrize("text", [
    "Les pourparlers entre le gouvernement et les rebelles ont repris lundi à Luanda.",
    "La revue de presse de ce mardi revient sur les combats de Walikale.",
    "Kinshasa et Kigali se rejettent mutuellement la responsabilité des combats dans le Nord-Kivu.",
    "Des faits récents sont cités, notamment l'assassinat d'une dizaine de personnes à Kiwanja.",
    "Le ministre a indiqué que \"au lieu de combattre les rebelles, l'ennemi combat des civils\".",
    "Le ministre a présenté mardi ses condoléances aux familles des victimes tuées lors de l'attaque de Kibua.",
    "Les élèves ont repris le chemin de l'école mardi à Beni après des perturbations dues aux attaques.",
    "Le député a annoncé mardi une marche pacifique pour le samedi prochain à Kinshasa.",
    "Les miliciens continuent de tuer des civils dans le territoire de Beni.",
    "Les déplacés ayant fui les affrontements de Masisi réclament une assistance humanitaire.",
    "Le porte-parole du gouvernement a qualifié de terrorisme l'attaque perpétrée contre la ville de Bunia.",
    "Le gouvernement provincial a réagi mardi à l'attaque de la prison de Kakwangura.",
    "Le ministre a promis des sanctions contre les policiers ayant tiré sur les manifestants.",
])
def test_talks_warnings_reviews_blame_and_quoted_claims_are_no_dated_event(pipeline, text):
    assert not _dated(_code(pipeline, text))


@pytest.mark.parametrize("text", [
    "Les pourparlers ont abouti lundi à un accord de cessez-le-feu à Luanda.",
    "Un habitant a déclaré : « des hommes armés ont attaqué le village de Kibua mardi ».",
])
def test_an_agreement_reached_and_a_witness_past_stay_news(pipeline, text):
    assert len(_dated(_code(pipeline, text))) == 1


def test_a_future_act_announced_on_a_named_day_is_planned(pipeline):
    text = "Le gouverneur a averti mardi que toute manifestation non autorisée sera dispersée."
    assert not _dated(_code(pipeline, text, published=date(2025, 11, 4)))  # published on that Tuesday


LONG_REPORT = (
    "Le président a reçu mardi les chefs des partis de la majorité au palais. "
    "La réunion a porté sur la situation politique du pays. "
    "Plusieurs ministres étaient présents. "
    "Les échanges ont duré trois heures. "
    "Le porte-parole a salué un climat serein. "
    "L'opposition n'a pas été invitée. "
    "Elle réclame un dialogue inclusif. "
    "Selon le président, des groupes armés ont attaqué mardi des civils au Niger. "
    "Une nouvelle réunion est prévue le mois prochain."
)


def test_a_long_report_places_no_event_at_a_whole_country(pipeline):
    events = _dated(_code(pipeline, LONG_REPORT))
    assert not [e for e in events if e.place is not None and e.place.feature == "country"]


def test_a_short_report_naming_only_a_country_keeps_its_event(pipeline):
    events = _dated(_code(pipeline, "Des groupes armés ont attaqué mardi des civils au Niger."))
    assert len(events) == 1 and events[0].place.feature == "country"


def test_typographic_apostrophes_parse_as_plain_ones(pipeline):
    """With "l’" and "d’" the model tags a noun and an adverb and the list leaves the talk word."""
    text = ("Des faits récents sont cités, notamment le recrutement forcé d’une centaine de jeunes à Bukavu les 14 "
            "et 28 octobre, l’assassinat d’une dizaine de personnes à Kiwanja, et le bombardement de zones habitées.")
    assert not _dated(_code(pipeline, text, published=date(2025, 11, 4)))


def test_a_clash_of_a_past_year_named_in_homage_is_background(pipeline):
    text = "Rendant hommage aux officiers tombés lors des affrontements de 2013, le ministre a réaffirmé son engagement."
    assert not _dated(_code(pipeline, text, published=date(2025, 11, 6)))


MONTHLY_TALLY = (
    "Au moins 80 civils ont été tués en octobre dans la province du Nord-Kivu, selon un rapport publié jeudi. "
    "Les chercheurs notent une hausse des violences par rapport au mois précédent. "
    "Le rapport recommande un renforcement des patrouilles. "
    "Les auteurs appellent le gouvernement à protéger les civils. "
    "La société civile de Beni a salué la publication du rapport. "
    "Elle demande des enquêtes sur chaque massacre. "
    "Les autorités militaires n'ont pas réagi. "
    "Une réunion sur la sécurité est prévue la semaine prochaine à Goma."
)


def test_a_long_report_codes_no_monthly_tally_over_a_province(pipeline):
    events = _dated(_code(pipeline, MONTHLY_TALLY, published=date(2025, 11, 7)))
    assert not [e for e in events if e.place is not None and e.place.feature == "admin1"]


@pytest.mark.parametrize("text", [
    "La bataille politique autour de la révision de la Constitution s'est intensifiée mardi à Kinshasa.",
    "L'opposition a lancé mardi une offensive diplomatique auprès des chancelleries à Kinshasa.",
    "Une véritable guerre des prix oppose depuis lundi les opérateurs de téléphonie à Lubumbashi.",
    "Le président a promis mardi à Goma de mener le combat contre la corruption jusqu'au bout.",
])
def test_a_figure_of_speech_is_no_event(pipeline, text):
    assert not _dated(_code(pipeline, text))


def test_a_battle_qualified_by_place_stays_an_event(pipeline):
    text = "Mardi, une bataille violente a opposé l'armée aux rebelles du M23 près de Sake."
    assert len(_dated(_code(pipeline, text))) == 1


@pytest.mark.parametrize("text", [
    "Le gouverneur a promis mardi à Kindu d'exécuter le budget provincial avec rigueur.",
    "Les fonctionnaires ont manifesté mardi à Kindu leur soutien au nouveau gouverneur.",
    "Le gouverneur de Kindu entend s'emparer du dossier de la voirie urbaine dès mardi.",
    "Les agents de l'hygiène ont enlevé mardi des tonnes d'immondices au marché central de Kindu.",
    "L'ancien ministre est décédé dimanche à Lubumbashi des suites d'une attaque cardiaque.",
])
def test_a_word_in_another_sense_is_no_event(pipeline, text):
    assert not _dated(_code(pipeline, text))


@pytest.mark.parametrize("text", [
    "Des hommes armés ont exécuté mardi trois otages à Beni.",
    "Des centaines de personnes ont manifesté mardi à Kindu contre la vie chère.",
])
def test_the_violent_or_public_sense_stays_an_event(pipeline, text):
    assert len(_dated(_code(pipeline, text))) == 1
