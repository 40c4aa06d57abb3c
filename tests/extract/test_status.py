"""Talk is not news: accusations, condemnations, calls, fears, bans, denials and references to
earlier events give no dated event, while the events a report tells stay dated."""
from __future__ import annotations

import pytest

from tests.extract.reports import code as _code, news as _dated

UNDATED = {"historical", "planned", "hypothetical", "negated"}




@pytest.mark.parametrize("text, lang", [
    ("L'attaque contre le poste de Tillia n'a pas été revendiquée.", "fr"),
    ("The attack on the checkpoint near Kismayo was not claimed.", "en"),
    ("No group has claimed the attack on the checkpoint near Kismayo.", "en"),
])
def test_an_unclaimed_attack_happened(pipeline, text, lang):
    events = _code(pipeline, text, lang)
    assert [e.status for e in events] == ["reported"]


@pytest.mark.parametrize("text, lang", [
    ("Le groupe a démenti avoir attaqué la localité de Kalehe mardi.", "fr"),
    ("The militia denied that its fighters had attacked the town of Jowhar on Monday.", "en"),
    ("Aucune attaque n'a été signalée à Kalehe mardi.", "fr"),
    ("No attack was reported in Jowhar on Monday.", "en"),
])
def test_a_denied_attack_is_negated(pipeline, text, lang):
    events = _code(pipeline, text, lang)
    assert events and {e.status for e in events} == {"negated"}
    assert all(e.event_date is None for e in events)


@pytest.mark.parametrize("text, lang", [
    ("Le gouverneur accuse les rebelles d'avoir attaqué la ville de Kalehe mardi.", "fr"),
    ("The governor accused the rebels of attacking the town of Jowhar on Monday.", "en"),
    ("L'Union africaine a condamné l'attaque de mardi contre le camp de Kalehe.", "fr"),
    ("The African Union condemned Monday's attack on the camp in Jowhar.", "en"),
    ("L'envoyé de l'ONU a appelé les belligérants à cesser les combats à Kalehe.", "fr"),
    ("The UN envoy called on the warring parties to stop the fighting in Jowhar.", "en"),
    ("Les habitants craignent que d'autres attaques ne suivent à Kalehe.", "fr"),
    ("La junte a publié un communiqué pour interdire toutes les manifestations à Niamey.", "fr"),
    ("The junta banned all protests in Niamey.", "en"),
])
def test_accusations_condemnations_calls_fears_and_bans_are_no_dated_event(pipeline, text, lang):
    events = [e for e in _code(pipeline, text, lang) if e.event_type in ("Battles", "Violence against civilians",
                                                                       "Protests", "Riots")]
    assert not _dated(events)


@pytest.mark.parametrize("text, lang", [
    ("Le ministre s'est rendu mardi à Kalehe pour évaluer la situation après les attaques des rebelles.", "fr"),
    ("The minister visited Jowhar on Tuesday after the attacks by the militia.", "en"),
    ("Un an après le massacre de Kalehe, les familles réclament justice.", "fr"),
    ("One year after the massacre in Jowhar, families are demanding justice.", "en"),
    ("En 2019, des jihadistes ont attaqué la base de Tillia.", "fr"),
    ("Le député dénonce la recrudescence des attaques armées dans le territoire de Kalehe.", "fr"),
    ("Le préfet a effectué sa troisième visite à Kalehe depuis sa prise de fonction.", "fr"),
])
def test_a_reference_to_earlier_events_is_background(pipeline, text, lang):
    assert not _dated(_code(pipeline, text, lang))


def test_a_rate_of_killings_is_no_event(pipeline):
    text = "La société civile a constaté le taux élevé des cas de meurtres et assassinats à Kalehe."
    assert not _dated(_code(pipeline, text, "fr"))


def test_a_claim_told_in_the_present_inside_a_quotation_is_no_dated_event(pipeline):
    text = "Le chef coutumier de Kalehe a déclaré : « l'ennemi attaque nos villages et nos champs »."
    assert not _dated(_code(pipeline, text, "fr"))


def test_a_witness_telling_the_attack_in_the_past_is_news(pipeline):
    text = "« Ils ont attaqué le village à l'aube », a raconté mardi un habitant de Kalehe."
    assert _dated(_code(pipeline, text, "fr"))


@pytest.mark.parametrize("text, lang", [
    ("Des rebelles ont attaqué mardi la ville de Kalehe, tuant cinq civils.", "fr"),
    ("L'attaque des rebelles contre Kalehe mardi n'a fait aucune victime.", "fr"),
    ("A mob beat a man accused of theft in Jowhar on Monday.", "en"),
])
def test_the_news_itself_stays_dated(pipeline, text, lang):
    assert _dated(_code(pipeline, text, lang))


def test_a_plan_named_in_a_phrase_leaves_the_arrest_reported(pipeline):
    """ "arrested ... for planning attacks": the plan is the attacks', the arrest is news."""
    text = "Police arrested six men in Mombasa on Tuesday for allegedly planning attacks on a hotel."
    events = _code(pipeline, text, "en")
    assert [e.sub_event_type for e in _dated(events)] == ["Arrests"]
    assert {e.status for e in events if e.sub_event_type == "Attack"} <= UNDATED


def test_every_cue_is_found_whether_or_not_its_pattern_is_skipped():
    """The cue scan skips a pattern whose opening words a sentence lacks; it finds what a full scan finds."""
    from sitrep.extract.status import STATUS_KEYS, _cue_span, _sentence_cues
    from sitrep.lang import pack
    from sitrep.nlp import load_pipeline
    from sitrep.text import fold

    nlp, cues = load_pipeline("en"), pack("en").status_cues
    doc = nlp("Rebels have not attacked the town of Foya since 2019, and the army is planning to retake it.")
    sent = next(doc.sents)
    patterns = [(status, cues[key]) for status, key in STATUS_KEYS]
    found = [(status, span.text) for status, span in _sentence_cues(doc, sent, "clause", patterns, cues)]
    full = [(status, span.text) for status, pats in patterns for p in pats for m in p.finditer(fold(sent.text))
            if (span := _cue_span(doc, sent.start_char + m.start(), sent.start_char + m.end())) is not None]
    assert found == full and len(found) >= 2
