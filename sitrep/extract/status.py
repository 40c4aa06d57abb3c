"""Whether a trigger reports a dated event, or background, a plan, a hypothesis or a denial.

Cue patterns are per-language data (a language pack's ``status.json``); a cue counts only when it sits in
the trigger's own clause, so "troops besieged for three years" does not make the breakthrough of
the same sentence historical. Words of talk ("accuse X d'avoir attaqué", "condamne l'attaque",
"appelle à cesser les combats", "interdit les manifestations") are ``governing`` cues: they count
when the trigger is what they are about, their complement in the parse or the words right after them.
"""
from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span, Token

from sitrep.acled import Status
from sitrep.extract.clause import (DIRECT_OBJECT, PASSIVE_AGENT, PASSIVE_SUBJECT, RELATIVE_CLAUSE, SUBJECT, UNDERGOER,
                                   clause_head, counted_by, governing_verb, lemma_as_verb, pluperfect, prepositions_of, tense)
from sitrep.extract.time import find_time_mentions
from sitrep.lang import LanguagePack, pack
from sitrep.nlp.models import doc_text, folded_lemmas, span_text
from sitrep.text import fold, leading_literal, may_match

STATUS_KEYS = ((Status.NEGATED, "negated"), (Status.HISTORICAL, "background"),
               (Status.PLANNED, "planned"), (Status.HYPOTHETICAL, "hypothetical"))
GOVERNED_WINDOW = 6  # "accuse le M23 d'avoir attaqué": a talk word's object follows within a few words
CLAUSE_PUNCT = {",", ";", ":", ".", "!", "?", "(", ")", "—", "–"}  # ends the stretch a talk word governs
CLAUSE_OPENERS = {"AUX", "PRON"}  # after "and"/"et", these (or a finite verb) start a clause of its own
OWN_CLAUSE_DEPS = {"nsubj", "parataxis", "conj", "advcl"}  # what hangs on a talk word but is not its object
JOINED_CLAUSES = {"conj", "parataxis", "advcl"}  # a clause set beside or under another, with its own time
RELATIVE_DEPS = RELATIVE_CLAUSE | {"parataxis"}  # a clause that tells its own news
OPEN_QUOTES, CLOSE_QUOTES = ("«", "“"), ("»", "”")  # typographic quotation marks, opening and closing
RECOUNT_REACH = 2  # sentences before a quotation where who recounts it may be named
STRAIGHT_QUOTES = ('"',)  # opens and closes alike: an odd count before the trigger means inside
YEAR = re.compile(r"(?:19|20)\d\d")  # a year written in figures, whatever the language


def compile_cues(raw: dict) -> dict:
    """A language's ``status.json``: each status's cue patterns compiled, continuation subjects,
    occurrence predicates and the words that deny a noun as sets, the governing cues by status."""
    out = {k: [re.compile(p) for p in raw.get(k, [])] for _, k in STATUS_KEYS}
    out["background_of_phrase"] = [re.compile(p) for p in raw.get("background_of_phrase", [])]
    out["coded_elsewhere"] = [re.compile(p) for p in raw.get("coded_elsewhere", [])]
    out["continuation_subjects"] = set(raw.get("continuation_subjects", []))
    out["occurrence_predicates"] = set(raw.get("occurrence_predicates", []))
    out["denying_determiners"] = set(raw.get("denying_determiners", []))
    out["toll_nouns"] = {fold(w) for w in raw.get("toll_nouns", [])}
    out["denying_marks"] = set(raw.get("denying_marks", []))
    out["achieving_verbs"] = {fold(v) for v in raw.get("achieving_verbs", [])}
    out["operation_words"] = {fold(w) for w in raw.get("operation_words", [])}
    out["later_than_marks"] = {fold(w) for w in raw.get("later_than_marks", [])}
    out["generic_determiners"] = set(raw.get("generic_determiners", []))
    out["purpose_marks"] = set(raw.get("purpose_marks", []))
    out["reference_cases"] = set(raw.get("reference_cases", []))
    out["causing_participles"] = {fold(w) for w in raw.get("causing_participles", [])}
    out["definite_determiners"] = set(raw.get("definite_determiners", []))
    out["earlier_modifiers"] = set(raw.get("earlier_modifiers", []))
    out["latest_modifiers"] = {fold(w) for w in raw.get("latest_modifiers", [])}
    out["series_words"] = {fold(w) for w in raw.get("series_words", [])}
    out["series_verbs"] = set(raw.get("series_verbs", []))
    out["views_of_the_event"] = set(raw.get("views_of_the_event", []))
    out["responsibility_verbs"] = set(raw.get("responsibility_verbs", []))
    out["attribution_verbs"] = set(raw.get("attribution_verbs", []))
    out["attributing_authorities"] = {fold(w) for w in raw.get("attributing_authorities", [])}
    out["disowning_verbs"] = {fold(v) for v in raw.get("disowning_verbs", [])}
    out["analogy_cues"] = tuple(fold(c) for c in raw.get("analogy_cues", []))
    out["recounting_verbs"] = set(raw.get("recounting_verbs", []))
    out["continuing_verbs"] = set(raw.get("continuing_verbs", []))
    out["lasting_states"] = set(raw.get("lasting_states", []))
    out["sentencing_verbs"] = {fold(v) for v in raw.get("sentencing_verbs", [])}
    out["grounds_preps"] = {fold(v) for v in raw.get("grounds_preps", [])}
    out["findings_openers"] = tuple(raw.get("findings_openers", []))
    out["aftermath_verbs"] = set(raw.get("aftermath_verbs", []))
    out["aftermath_nouns"] = {fold(w) for w in raw.get("aftermath_nouns", [])}
    out["claim_verbs"] = set(raw.get("claim_verbs", []))
    out["aim_preps"] = {fold(w) for w in raw.get("aim_preps", [])}
    out["remembrance_nouns"] = frozenset(fold(w) for w in raw.get("remembrance_nouns", []))
    out["content_relatives"] = {fold(w) for w in raw.get("content_relatives", [])}
    out["complement_marks"] = frozenset(fold(w) for w in raw.get("complement_marks", []))
    out["perfect_auxiliaries"] = set(raw.get("perfect_auxiliaries", []))
    out["lasting_spans"] = [re.compile(p) for p in raw.get("lasting_spans", [])]
    out["accepting_verbs"] = {fold(v) for v in raw.get("accepting_verbs", [])}
    out["generic_present"] = bool(raw.get("generic_present", False))
    out["headline_future_marks"] = frozenset(raw.get("headline_future_marks", ()))
    out["indefinite_plurals"] = {fold(w) for w in raw.get("indefinite_plurals", [])}
    out["frequency_adverbs"] = {fold(w) for w in raw.get("frequency_adverbs", [])}
    out["example_markers"] = {fold(w) for w in raw.get("example_markers", [])}
    out["telling_verbs"] = set(raw.get("telling_verbs", [])) | out["claim_verbs"]  # any verb of saying
    out["claim_openers"] = tuple(raw.get("claim_openers", []))
    out["stopping_verbs"] = set(raw.get("stopping_verbs", []))
    out["lull_verbs"] = {fold(w) for w in raw.get("lull_verbs", [])}
    out["during_words"] = set(raw.get("during_words", []))
    out["during_relatives"] = tuple(raw.get("during_relatives", []))
    out["weeks_ago"] = [re.compile(p) for p in raw.get("weeks_ago", [])]
    out["long_ago"] = [re.compile(p) for p in raw.get("long_ago", [])]
    out["years_told"] = [re.compile(p) for p in raw.get("years_told", [])]  # each with the year as its one group
    out["manner_marks"] = {fold(w) for w in raw.get("manner_marks", [])}
    out["trend_verbs"] = set(raw.get("trend_verbs", []))
    out["trend_making_verbs"] = {fold(w) for w in raw.get("trend_making_verbs", [])}
    out["projectile_nouns"] = {fold(w) for w in raw.get("projectile_nouns", [])}
    out["landing_preps"] = {fold(w) for w in raw.get("landing_preps", [])}
    out["ravaging_verbs"] = set(raw.get("ravaging_verbs", []))
    out["war_scale"] = set(raw.get("war_scale", []))
    out["war_nouns"] = {fold(w) for w in raw.get("war_nouns", [])}
    out["court_speakers"] = {fold(w) for w in raw.get("court_speakers", [])}
    out["court_settings"] = {fold(w) for w in raw.get("court_settings", [])}
    out["habitual_modifiers"] = set(raw.get("habitual_modifiers", [])) | set(raw.get("scattered_modifiers", []))
    out["scattered_modifiers"] = set(raw.get("scattered_modifiers", []))
    out["comparison_words"] = {fold(w) for w in raw.get("comparison_words", [])}
    out["quantity_links"] = {fold(w) for w in raw.get("quantity_links", [])}
    out["record_words"] = set(raw.get("record_words", []))
    out["custody_crowds"] = {fold(w) for w in raw.get("custody_crowds", [])}
    out["custody_verbs"] = {fold(w) for w in raw.get("custody_verbs", [])}
    out["tally_nouns"] = set(raw.get("tally_nouns", []))
    out["standing_agreements"] = set(raw.get("standing_agreements", []))
    out["concurrent_marks"] = {fold(w) for w in raw.get("concurrent_marks", [])}
    out["agreement_nouns"] = {fold(w) for w in raw.get("agreement_nouns", [])}
    out["talks_words"] = {fold(w) for w in raw.get("talks_words", [])}
    out["topic_preps"] = {fold(w) for w in raw.get("topic_preps", [])}
    out["draft_words"] = {fold(w) for w in raw.get("draft_words", [])}
    out["withdrawal_nouns"] = {fold(w) for w in raw.get("withdrawal_nouns", [])}
    out["standing_fight_verbs"] = {fold(w) for w in raw.get("standing_fight_verbs", [])}
    out["pending_preps"] = {fold(w) for w in raw.get("pending_preps", [])}
    out["carrying_out_words"] = {fold(w) for w in raw.get("carrying_out_words", [])}
    out["noun_aim_marks"] = {fold(w) for w in raw.get("noun_aim_marks", [])}
    out["establishing_verbs"] = {fold(w) for w in raw.get("establishing_verbs", [])}
    out["aim_bodies"] = {fold(w) for w in raw.get("aim_bodies", [])}
    out["counting_verbs"] = {fold(v) for v in raw.get("counting_verbs", [])}
    out["succumbing_verbs"] = {fold(v) for v in raw.get("succumbing_verbs", [])}
    out["wave_nouns"] = set(raw.get("wave_nouns", []))
    out["conditional_endings"] = {inf: tuple(ends) for inf, ends in raw.get("conditional_endings", {}).items()}
    governing = raw.get("governing", {})
    out["governing"] = [(status, [re.compile(p) for p in governing.get(key, [])]) for status, key in STATUS_KEYS]
    return out


def _cue_span(doc: Doc, start: int, end: int) -> Span | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def cue_status(doc: Doc, trigger: Token, lang: str | LanguagePack, phrase: tuple[int, int] | None = None,
               violent: bool = False) -> str | None:
    """The undated status whose cue governs the trigger's clause, if any; ``phrase``, the token range of
    the trigger's words, holds no cue ("sans rencontrer de résistance" is a trigger of its own); ``violent``,
    whether the trigger names violence (whose rank against an earlier period is news, ``_a_comparison``)."""
    lang = pack(lang)
    cues = lang.status_cues
    return (_without(trigger, cues, phrase) or _clause_status(doc, trigger, cues, violent, _day_words(lang))
            or _governing_status(doc, trigger, cues, _day_words(lang))
            or _phrase_status(doc, trigger, cues) or _earlier_reference(trigger, cues, lang) or _a_cause_told(trigger, cues)
            or _earlier_modified(trigger, cues) or _latest_undated(trigger, cues, lang) or _the_event_told(doc, trigger, cues, lang)
            or _coded_elsewhere(doc, trigger, cues, lang)
            or _recounted_memory(trigger, cues, lang) or _quoted_claim(trigger, cues) or _habitual_relative(trigger, lang)
            or _a_perfect_in_an_aside(trigger, cues, lang)
            or _past_description(trigger, lang) or _damage_to_mend(trigger, cues, lang) or _an_agreement_in_force(trigger, cues, lang)
            or _an_agreement_talked_of(trigger, cues) or _an_agreement_carried_out(trigger, cues, lang)
            or _a_withdrawal_pending(trigger, cues, lang)
            or _a_things_aim(trigger, cues) or _a_present_beside_a_past(trigger, cues, lang)
            or _goes_on_undated(trigger, cues, lang) or _a_lull(trigger, cues, lang)
            or _claimed_present(trigger, cues, lang) or _claimed_aim(trigger, cues, lang)
            or _told_in_a_past_period(doc, trigger, cues) or _a_pluperfect_in_a_past_sentence(doc, trigger, cues, lang)
            or _a_periods_start(trigger, lang) or _a_participles_period(doc, trigger, cues, lang)
            or _a_reports_finding(trigger, cues, lang) or _a_lasting_perfect(trigger, cues, lang)
            or _a_perfect_over_a_span(trigger, cues, lang)
            or _a_generic_present(trigger, cues, lang) or _aim_of_a_present(trigger, cues, lang)
            or _a_standing_fight(trigger, cues, lang)
            or _a_habit(trigger, cues, lang) or _a_frequent_act(trigger, cues, lang)
            or _an_example_of_a_series(trigger, cues)
            or _a_trend(trigger, cues, lang) or _a_tally(trigger, lang)
            or _a_wars_toll(trigger, cues, lang) or _the_war_as_doer(trigger, cues, lang)
            or _told_in_court(trigger, cues, lang) or _a_courts_sentence(trigger, cues) or _the_act_judged(trigger, cues, lang)
            or _a_periods_toll(trigger, lang) or _a_months_victims(trigger, lang)
            or _a_relatives_toll(doc, trigger, cues, lang)
            or _habitual_plural(trigger, cues, lang) or _a_record(trigger, cues, lang)
            or _recounted_clause(trigger, cues, lang) or _crowd_in_custody(trigger, cues, lang)
            or _any_one(trigger, cues, lang) or _purpose_of(doc, trigger, cues) or _manner_of(doc, trigger, cues)
            or _quoted_past(trigger, lang) or _conditional_present(trigger, cues) or _asked(trigger)
            or _a_headlines_future(trigger, cues))


def _a_headlines_future(trigger: Token, cues: dict) -> str | None:
    """ "Colombia and ELN rebels to meet in Caracas to revive peace talks": a headline (no full stop) whose main verb
    is a bare infinitive with its own subject and a marker of the infinitive (``headline_future_marks``) and no finite
    verb is a headline's future, what is to happen, not what happened."""
    marks = cues.get("headline_future_marks", ())
    root = trigger.sent.root
    # a headline ends with no full stop: "retired teachers protested in X to demand pensions." is a sentence the
    # parse gave no finite verb
    if not marks or root.tag_ != "VB" or span_text(trigger.sent).rstrip().endswith(".") or \
            not any(a.i == root.i for a in (trigger, *trigger.ancestors)):
        return None
    if not any(c.dep_ == "aux" and fold(c.text) in marks and c.i < root.i for c in root.children) or \
            not any(c.dep_.startswith("nsubj") for c in root.children):
        return None
    # "teachers protested ... to demand higher pensions": a finite verb anywhere makes it a sentence of the past
    return None if any("Fin" in t.morph.get("VerbForm") for t in trigger.sent) else Status.PLANNED


def _asked(trigger: Token) -> str | None:
    """ "Qui se bat ?", "Who is fighting whom?": an explainer's question (a sentence ending in a question mark,
    outside a quotation) asks about the war; it tells no event of its own."""
    sent = trigger.sent
    if not span_text(sent).rstrip().endswith("?"):
        return None
    text = doc_text(trigger.doc)
    after = text[sent.end_char:sent.end_char + 3].lstrip()
    if inside_quotes(trigger, max(0, sent.start_char - 2)) or after[:1] in CLOSE_QUOTES + STRAIGHT_QUOTES:
        return None  # "« Pourquoi ont-ils tué nos enfants ? », s'interroge une mère": a witness's question
    return Status.HYPOTHETICAL


def _conditional_present(trigger: Token, cues: dict) -> str | None:
    """ "La police a prévenu qu'elle disperserait tout rassemblement", "les rebelles attaqueraient la ville": a
    verb in the present conditional tells what would happen, not what did; the parse tags it as an
    indicative, so its form is read against its infinitive (``conditional_endings``: the infinitive's ending
    and the conditional's). The past conditional ("auraient tué", a report not confirmed) is an auxiliary's
    and stays news. An infinitive takes the mood of the verb it completes ("la clause qui obligerait l'Ukraine à
    céder le Donbass"), and an event noun the mood of the verb it is the subject of ("une offensive entraînerait
    une riposte")."""
    if trigger.pos_ == "NOUN":
        trigger = _verb_after(trigger)
        if trigger is None:
            return None
    if trigger.pos_ != "VERB" or any(c.dep_.startswith("aux") for c in trigger.children):
        return None
    if "Inf" in trigger.morph.get("VerbForm") and trigger.dep_ == "xcomp" and trigger.head.i != trigger.i:
        trigger = trigger.head
        if trigger.pos_ != "VERB" or any(c.dep_.startswith("aux") for c in trigger.children):
            return None
    word, lemma = fold(trigger.text.lower()), fold(trigger.lemma_.lower())
    for ending, forms in cues["conditional_endings"].items():
        if lemma.endswith(ending) and any(word == lemma[:-len(ending)] + form for form in forms):
            return Status.HYPOTHETICAL
    return None


def _verb_after(noun: Token) -> Token | None:
    """ "a averti qu'une offensive israélienne contre le Liban entraînerait une riposte": the first verb after an
    event noun in its clause, which the noun is the subject of (the parse may hang the two apart); none
    past a mark that ends the clause."""
    for tok in noun.doc[noun.i + 1:noun.sent.end]:
        if tok.text in CLAUSE_PUNCT:
            return None
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _quoted_past(trigger: Token, lang: LanguagePack) -> str | None:
    """ "« Ils ont massacré nos frères à Kishishe », a-t-il lancé": a past told inside a quotation with no day
    named in it is the speaker's memory or argument, not the report's news; the report tells its own
    events in its own words, and a witness who names the day ("hier soir", "last night") in the act's own
    clause stays news."""
    verb = governing_verb(trigger)
    if verb is not None and "Inf" in verb.morph.get("VerbForm") and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head  # "« On a voulu me tuer »": the finite verb the infinitive completes
    if tense(trigger) != "past" or verb is None or "Inf" in verb.morph.get("VerbForm"):
        return None  # "a permis de « neutraliser » une dizaine d'assaillants": a word quoted in the narrator's clause
    since = _quote_since(trigger)
    if not inside_quotes(trigger, since) or not inside_quotes(verb, since) or _a_word_quoted(trigger):
        return None
    sent = trigger.sent
    own = _own_clause(verb)
    told = [t for t in find_time_mentions(span_text(sent), lang, sent.start_char)
            if any(tok.i in own for tok in trigger.doc.char_span(t.start, t.end, alignment_mode="expand") or ())]
    return None if told else Status.HISTORICAL


def _quote_since(trigger: Token) -> int:
    """Where the trigger's sentence starts, or the "«" before it that the parser may make a sentence of its own,
    or the sentence before it whose quotation it closes ('"We had no warning. The plane dropped two bombs,"
    said a monk')."""
    start = trigger.sent.start
    if start > 0 and span_text(trigger.doc[start - 1].sent).strip() in OPEN_QUOTES:
        start -= 1
    elif start > 0 and _closes_a_quote_opened_before(trigger):
        start = trigger.doc[start - 1].sent.start
    return trigger.doc[start].idx


def _closes_a_quote_opened_before(trigger: Token) -> bool:
    """Whether the trigger's sentence has no quotation mark before it, closes one after it, and the sentence before
    leaves one open."""
    text, sent = doc_text(trigger.doc), trigger.sent
    before, after = text[sent.start_char:trigger.idx], text[trigger.idx:sent.end_char]
    marks = OPEN_QUOTES + CLOSE_QUOTES + STRAIGHT_QUOTES
    if any(q in before for q in marks) or not any(q in after for q in CLOSE_QUOTES + STRAIGHT_QUOTES):
        return False
    prev = text[trigger.doc[sent.start - 1].sent.start_char:sent.start_char]
    return max(prev.rfind(q) for q in OPEN_QUOTES) > max(prev.rfind(q) for q in CLOSE_QUOTES) or \
        sum(prev.count(q) for q in STRAIGHT_QUOTES) % 2 == 1


def _own_clause(verb: Token) -> set[int]:
    """The tokens of the verb's own clause: not a clause set beside it ("On a voulu me tuer, aujourd'hui on veut
    me salir": the day is the second clause's)."""
    own = {verb.i}
    for c in verb.children:
        if c.dep_ not in JOINED_CLAUSES:
            own.update(t.i for t in c.subtree)
    return own


QUOTED_WORD_MAX = 2  # "« neutralisé »": a word or two in quotation marks are the narrator's, held at a distance


def _a_word_quoted(trigger: Token) -> bool:
    """ "l'armée, qui affirme avoir « neutralisé » une vingtaine d'assaillants": a quotation that closes
    within a word or two of the trigger and opened just before it quotes a word, not a speaker's account."""
    text = doc_text(trigger.doc)
    opened = max(text.rfind(q, 0, trigger.idx) for q in OPEN_QUOTES)
    closes = [i for i in (text.find(q, trigger.idx) for q in CLOSE_QUOTES) if i >= 0]
    return opened >= 0 and bool(closes) and len(text[opened + 1:min(closes)].split()) <= QUOTED_WORD_MAX


def _manner_of(doc: Doc, trigger: Token, cues: dict) -> str | None:
    """ "accusent le M23 de violer le cessez-le-feu en attaquant leurs positions": a present participle that
    tells how the act it hangs on was done (after a mark of manner, ``manner_marks``) shares that act's
    status when a cue of its clause or a word of talk governing it makes it undated (an accusation, a plan,
    a denial)."""
    if trigger.pos_ != "VERB" or trigger.dep_ != "advcl" or trigger.head is trigger:
        return None
    if "Part" not in trigger.morph.get("VerbForm") or "Pres" not in trigger.morph.get("Tense"):
        return None
    if not any(c.dep_ == "mark" and fold(c.text) in cues["manner_marks"] for c in trigger.children):
        return None  # "..., blocking roads": a participle with no mark of manner may tell an act of its own
    return _clause_status(doc, trigger.head, cues) or _governing_status(doc, trigger.head, cues)


def _without(trigger: Token, cues: dict, phrase: tuple[int, int] | None) -> str | None:
    """ "ils ont pris la ville presque sans combattre", "une nuit sans combat": an infinitive or a noun under a
    preposition that denies it (``denying_marks``) tells what did not happen."""
    if trigger.pos_ == "NOUN" and _denied_by_its_mark(trigger, cues, ("case",), phrase):
        return Status.NEGATED  # "une nuit sans combat", "sans violence": the noun names what did not happen
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and fold(trigger.head.text) in cues["denying_marks"] \
            and not (phrase and phrase[0] <= trigger.head.i < phrase[1]):
        return Status.NEGATED  # "talks ended without agreement": the preposition the noun hangs on denies it
    noun = trigger
    while noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and noun.head is not noun:
        noun = noun.head  # "sans parvenir à un accord de trêve": the truce is the accord's
    if trigger.pos_ == "NOUN" and noun.dep_ in ("obj", "dobj", "obl", "obl:arg"):
        return _failed_to(noun, cues)  # "se sont séparées sans parvenir à un accord": the noun never reached
    if trigger.pos_ != "VERB" or "Inf" not in trigger.morph.get("VerbForm"):
        return None
    if _denied_by_its_mark(trigger, cues, ("mark", "case"), phrase):
        return Status.NEGATED
    return _failed_to(trigger, cues)


def _denied_by_its_mark(tok: Token, cues: dict, deps: tuple[str, ...], phrase: tuple[int, int] | None = None) -> bool:
    """Whether a preposition or marker that denies (``denying_marks``: "sans") hangs on ``tok``, outside the
    trigger's own phrase."""
    return any(c.dep_ in deps and fold(c.text) in cues["denying_marks"] and not (phrase and phrase[0] <= c.i < phrase[1])
               for c in tok.children)


def _failed_to(trigger: Token, cues: dict) -> str | None:
    """ "déployés en renfort, sans parvenir à reprendre le contrôle du quartier": an infinitive, or a noun ("sans
    parvenir à un accord"), that a verb of achieving (``achieving_verbs``: parvenir, réussir, pouvoir) governs,
    that verb itself denied by its preposition, tells what was tried and not done; "sans hésiter à tirer", whose
    verb is no verb of achieving, tells an act done."""
    head = trigger.head
    if head is trigger or head.pos_ != "VERB" or "Inf" not in head.morph.get("VerbForm"):
        return None
    if fold(head.lemma_) not in cues["achieving_verbs"]:
        return None
    return Status.NEGATED if _denied_by_its_mark(head, cues, ("mark", "case")) else None


def _purpose_of(doc: Doc, trigger: Token, cues: dict) -> str | None:
    """ "l'armée va lancer une offensive pour reprendre la ville": an infinitive of purpose (``purpose_marks``)
    is what the act it hangs on aims at; when that act is a plan or a hypothesis, so is its aim. The aim
    of an act told as news ("a tiré pour disperser la foule") keeps its own reading; a passive aim ("l'engin a
    été emporté pour être détruit") is what is to be done to it next, a plan."""
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("obj", "dobj") and trigger.head.pos_ == "VERB":
        trigger = trigger.head  # "pour lancer de nouvelles attaques": the act's noun shares its verb's aim
    passive = any(c.dep_ in ("aux:pass", "auxpass") and "Inf" in c.morph.get("VerbForm") for c in trigger.children)
    if trigger.pos_ != "VERB" or "Inf" not in trigger.morph.get("VerbForm") and not passive or trigger.head is trigger:
        return None
    if not any(c.dep_ in ("mark", "case") and fold(c.text) in cues["purpose_marks"] for c in trigger.children):
        return None
    if passive:
        return Status.PLANNED  # "emporté pour être détruit", "transférés pour être jugés": a later step
    status = _clause_status(doc, trigger.head, cues) or _governing_status(doc, trigger.head, cues)
    return status if status in (Status.PLANNED, Status.HYPOTHETICAL) else None


def _any_one(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "toute manifestation doit être déclarée", "chaque attaque": an event noun in the singular under a
    determiner of any one (``generic_determiners``) is a kind of event a rule or a view is about, not one
    that took place; so are all of a kind ("toutes les manifestations sont interdites") where no day is named."""
    if trigger.pos_ != "NOUN":
        return None
    generic = any(c.dep_ == "det" and fold(c.text) in cues["generic_determiners"] for c in trigger.children)
    if "Plur" not in trigger.morph.get("Number"):
        return Status.HYPOTHETICAL if generic else None
    # "toutes les manifestations sont interdites depuis 2022": every one of a kind (the parse may tag "toutes" an
    # adjective), in a sentence naming no day
    every = any(c.dep_ in ("det", "amod") and fold(c.text) in cues["generic_determiners"] for c in trigger.children)
    if every and not any(fold(t.text) in _day_words(lang) for t in trigger.sent):
        return Status.HYPOTHETICAL
    return None


def _phrase_status(doc: Doc, trigger: Token, cues: dict) -> str | None:
    """A cue that makes background only of what its own phrase names: "the anniversary of the 2011
    uprising" is past, the protest held in its commemoration is news; "marks ten years since the attack"
    names it even where the parse hangs the preposition on the verb."""
    for _, span in _sentence_cues(doc, trigger.sent, "phrase", [(Status.HISTORICAL, cues["background_of_phrase"])], cues):
        if trigger.i != span.root.i and (trigger in span.root.subtree or trigger.head in span):
            return Status.HISTORICAL
    return None


def _sentence_cues(doc: Doc, sent: Span, kind: str, patterns: list[tuple[str, list[re.Pattern]]],
                   cues: dict) -> list[tuple[str, Span]]:
    """Every cue of ``patterns`` in the sentence, in the order of the patterns, with its status;
    found once per sentence, since every trigger of the sentence reads the same ones; a pattern
    whose opening words the sentence lacks is not run, and a cue inside an operation's name is none."""
    key = ("sitrep.cues", kind, sent.start)
    found = doc.user_data.get(key)
    if found is None:
        folded = fold(span_text(sent))
        found = doc.user_data[key] = [
            (status, span) for status, pats in patterns for pat in pats
            if leading_literal(pat) in folded and may_match(pat, folded)
            for m in pat.finditer(folded)
            if (span := _cue_span(doc, sent.start_char + m.start(), sent.start_char + m.end())) is not None
            and not _in_an_operation_name(span, cues["operation_words"])]
    return found


OPERATION_NAME_WORDS = 4  # "Operation Solid Will", "Operation Hadin Kai": the capitalised words of a name after its noun


def _in_an_operation_name(span: Span, operations: set[str]) -> bool:
    """ "a raid under Operation Solid will": a cue word inside the name of a military operation (after one of
    the language's ``operation_words``, with only capitalised words between) names the operation; it
    tells no plan nor any other status."""
    if not operations:
        return False
    for k in range(span.start - 1, max(span.sent.start, span.start - OPERATION_NAME_WORDS - 1) - 1, -1):
        tok = span.doc[k]
        if fold(tok.lower_) in operations:
            return k < span.start - 1 or tok.text[:1].isupper()
        if not tok.text[:1].isupper():
            return False
    return False


def _clause_status(doc: Doc, trigger: Token, cues: dict, violent: bool = False,
                   days: frozenset[str] = frozenset()) -> str | None:
    """A cue of the trigger's own clause: "n'ont pas attaqué", "depuis trois ans", "devrait lancer"."""
    target = clause_head(trigger)
    targets = {target, clause_head(target.head)} if target.dep_ == "conj" else {target}
    statuses = [(status, cues[key]) for status, key in STATUS_KEYS]
    for status, span in _sentence_cues(doc, trigger.sent, "clause", statuses, cues):
        head = clause_head(span.root)
        if _inside_other_phrase(span, head, trigger) or violent and status == Status.HISTORICAL and _a_comparison(span, cues):
            continue
        if status == Status.HISTORICAL and _what_it_remembers(span, trigger, cues):
            continue
        if status == Status.NEGATED and (_predicate_denied(trigger, head, cues)
                                         or _other_subject_denied(span.root, trigger, cues)
                                         or _toll_denied(span.root, trigger, cues)):
            continue
        if status == Status.HISTORICAL and days and _a_dated_clause_beside(span, head, trigger, days,
                                                                           cues["later_than_marks"]):
            continue
        if head in targets or clause_head(head.head) in targets and _carries_over(head, span, trigger):
            return status
        if trigger.i in range(head.left_edge.i, head.right_edge.i + 1) and head.dep_ == "ROOT" \
                and target.dep_ in ("xcomp",):
            return status
        if clause_head(target.head) == head and _infinitive_complement(target):
            return status  # "l'armée compte poursuivre son offensive", however the cue is parsed
        if _whole_adverbial_clause(span, head) and clause_head(head.head) in targets:
            return status
    return None


def _a_dated_clause_beside(span: Span, head: Token, trigger: Token, days: frozenset[str],
                           later: set[str]) -> bool:
    """ "Gunmen killed five villagers on Monday, a year after an attack that killed 30": a phrase that sets the
    act later than a past one (its cue ends on a word of ``later_than_marks``) and hangs on the clause, not its
    verb, leaves the act outside it news when the clause names its own day outside the phrase."""
    phrase = {t.i for t in span.root.subtree}
    if span.root.i == head.i or trigger.i in phrase or fold(span[-1].text) not in later:
        return False
    return any(fold(t.text) in days for t in head.subtree if t.i not in phrase)


def _a_participles_period(doc: Doc, trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "les massacres attribués aux ADF depuis 2014": a bare participle that qualifies the event noun
    itself carries the noun's period, whatever clause the noun stands in, unless the sentence names a
    day ("les combats engagés depuis trois semaines ont fait dix morts mardi": news of that day); so does
    a relative clause in a past tense on the noun ("les attaques qui ont visé le nord au cours des derniers
    mois", ``_a_past_relatives_period``). A day on a verb of saying outside the noun's clause ("..., the envoy said on
    Monday") dates the telling."""
    for status, span in _sentence_cues(doc, trigger.sent, "clause", [(s, cues[k]) for s, k in STATUS_KEYS], cues):
        if status != Status.HISTORICAL or _names_a_day(trigger.sent, lang, _outside_its_clause(trigger)):
            continue
        head = clause_head(span.root)
        # "a truce agreed in 2022": the parse may tag the bare participle a finite past; with no subject it is none
        if head.dep_ == "acl" and head.head.i == trigger.i \
                and ("Part" in head.morph.get("VerbForm") or not any(c.dep_ in SUBJECT for c in head.children)) \
                and not any(c.dep_.startswith("aux") for c in head.children):
            return status
        if _a_past_relatives_period(head, trigger, span, cues):
            return status
    return None


def _outside_its_clause(trigger: Token) -> set[int]:
    """The words of the trigger's sentence outside the clause it stands in (a verb of saying and its day)."""
    return set(range(trigger.sent.start, trigger.sent.end)) - {t.i for t in clause_head(trigger).subtree}


def _a_past_relatives_period(head: Token, trigger: Token, cue: Span, cues: dict) -> bool:
    """The cue's clause is a relative clause on the event noun whose verb tells a past ("qui ont visé",
    "that have hit"): the period it names is the noun's, so the noun names acts spread over it, whatever
    clause the noun stands in. A relative in the present ("les combats qui durent depuis trois mois") tells
    a fight still going on, and a ranking ("la plus meurtrière depuis") measures news (``_a_comparison``)."""
    if head.dep_ not in RELATIVE_CLAUSE or head.head.i != trigger.i or trigger.pos_ != "NOUN" \
            or _a_comparison(cue, cues):
        return False
    perfect = "Part" in head.morph.get("VerbForm") and any(c.dep_.startswith("aux") for c in head.children)
    return perfect or bool({"Past", "Imp"} & set(head.morph.get("Tense")))


COMPARISON_REACH = 7  # "la première sur ce bastion du mouvement depuis": the ranking word opens the phrase


def _a_comparison(cue: Span, cues: dict) -> bool:
    """ "une frappe sur la banlieue sud, la première depuis plusieurs mois", "la plus meurtrière depuis 2024",
    "the deadliest since 2019": a period that ranks the act against earlier ones (after a word of rank,
    ``comparison_words``, in the same stretch of the sentence) measures how rare the news is; it does not
    make it background. A word of rank that counts ("plus de 300 morts depuis octobre", ``quantity_links``)
    ranks nothing: the period is a tally's."""
    before = cue.doc[max(cue.sent.start, cue.start - COMPARISON_REACH):cue.start]
    for tok in reversed(before):
        if tok.text in CLAUSE_PUNCT - {","} or tok.pos_ in ("VERB", "AUX"):
            return False
        if fold(tok.lower_) in cues["comparison_words"]:
            return tok.i + 1 < len(tok.doc) and fold(tok.doc[tok.i + 1].lower_) not in cues["quantity_links"]
    return False


def _carries_over(head: Token, cue: Span, trigger: Token) -> bool:
    """Whether a cue of a clause hanging on the trigger's carries over to it: a complement or an
    auxiliary does ("ont dû fuir"), and so does a joined clause that goes on about the trigger's own
    subject ("une bombe a été découverte, mais elle n'a pas explosé"); a clause joined after the
    trigger's with a verb of its own, the trigger being its clause's act or object, does not
    ("organized a protest and expressed their fear of closures": the protest took place)."""
    if head.dep_ in ("xcomp", "aux"):
        return True
    if _passive_participle_of_a_noun(head):
        return False  # "repris plusieurs villages, occupés depuis juin par les rebelles": the villages' past
    own_verb = "Fin" in head.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in head.children)
    return head.dep_ == "conj" and not (trigger.i < head.i and own_verb and trigger.dep_ not in SUBJECT)


def _passive_participle_of_a_noun(verb: Token) -> bool:
    """A bare participle with an agent of its own, right after a comma ("plusieurs villages, occupés depuis
    juin par les rebelles"): the parse may join it to the clause before, but it qualifies the noun there."""
    left = verb.left_edge
    return "Part" in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children) \
        and any(c.dep_ in PASSIVE_AGENT for c in verb.children) \
        and left.i > 0 and verb.doc[left.i].text == "," and verb.doc[left.i - 1].pos_ in ("NOUN", "PROPN")


def _whole_adverbial_clause(cue: Span, head: Token) -> bool:
    """ "Il y a un an, les bombardements avaient détruit ...": a cue that is the whole of an adverbial
    clause (the parse makes "il y a" a verb) dates the clause it modifies; a cue that only opens one
    ("si les rebelles attaquent, ...") tells of that clause alone."""
    return head.dep_ == "advcl" and cue.start <= head.left_edge.i and head.right_edge.i < cue.end


def _what_it_remembers(cue: Span, trigger: Token, cues: dict) -> bool:
    """ "held a vigil in memory of a councillor murdered last year", "ont marché en mémoire d'un jeune": a
    background cue around a noun of remembrance (``remembrance_nouns``) dates what the gathering remembers, not
    the gathering, where the trigger is the word the phrase hangs on or that word's object."""
    nouns = cues.get("remembrance_nouns", ())
    for tok in cue:
        if fold(tok.text) in nouns or fold(tok.lemma_) in nouns:
            hung = {w.i for w in remembrance_hosts(tok)}
            return trigger.i in hung or trigger.head.i in hung and trigger.dep_ in DIRECT_OBJECT
    return False


REMEMBRANCE_REACH = 3  # "marché à Lyon en mémoire de": the parse may hang the phrase on the place before it


def remembrance_hosts(noun: Token) -> list[Token]:
    """The words a phrase of remembrance may hang on: its head's heads up to the first verb, prepositions
    passed over ("a vigil in memory of": the vigil, then the verb that holds it)."""
    out, tok = [], noun
    while len(out) < REMEMBRANCE_REACH and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ == "ADP":
            continue
        out.append(tok)
        if tok.pos_ in ("VERB", "AUX"):
            break
    return out


def _inside_other_phrase(cue: Span, head: Token, trigger: Token) -> bool:
    """ "intercepted 15 men for allegedly planning attacks": a cue inside a prepositional phrase of
    the clause tells of what that phrase names, not of the clause's own verb."""
    tok = cue.root
    while tok.i != head.i and tok.head is not tok:
        tok = tok.head
        if tok.dep_ == "prep" and not cue.start <= tok.i < cue.end:
            return not tok.left_edge.i <= trigger.i <= tok.right_edge.i
    return False


def _predicate_denied(trigger: Token, head: Token, cues: dict) -> bool:
    """ "L'attaque n'a pas été revendiquée": a denial of what is said of the event, its subject,
    leaves the event standing; "Aucune attaque n'a été signalée" denies the event itself."""
    if trigger.dep_ not in SUBJECT or trigger.head != head or head.pos_ != "VERB":
        return False  # "les exécutions ne sont pas inhabituelles": a denial about events in general
    if any(fold(c.lemma_) in cues["denying_determiners"] or fold(c.text) in cues["denying_determiners"]
           for c in trigger.children):
        return False
    said = {fold(head.lemma_)} | {fold(c.lemma_) for c in head.children if c.dep_ in ("obj", "dobj")}
    return not said & cues["occurrence_predicates"]


def _toll_denied(cue: Token, trigger: Token, cues: dict) -> bool:
    """ "a bomb targeted a convoy; no fatalities", "an air strike with no casualties": a denial of the toll
    (``toll_nouns``), ACLED's way of saying nobody died, leaves the act standing."""
    noun = cue.head if cue.dep_ == "det" else cue
    return noun.i != trigger.i and (fold(noun.lemma_) in cues["toll_nouns"] or fold(noun.text) in cues["toll_nouns"])


def _other_subject_denied(cue: Token, trigger: Token, cues: dict) -> bool:
    """ "Aucun groupe n'a revendiqué l'attaque", "No group has claimed the attack": the denial is
    of who did something about the event, not of the event."""
    noun = cue.head
    return (fold(cue.text) in cues["denying_determiners"] and noun.i != trigger.i
            and noun.dep_ in SUBJECT and noun.head.i != trigger.i)


def _governing_status(doc: Doc, trigger: Token, cues: dict, days: frozenset[str] = frozenset()) -> str | None:
    """A word of talk whose object the trigger is: an accusation, a condemnation, a call, a fear, a ban."""
    for status, span in _sentence_cues(doc, trigger.sent, "governing", cues["governing"], cues):
        if span.start <= trigger.i < span.end:
            continue  # "des manifestants ont dénoncé ...": the protest is no talk about itself
        if status == Status.HISTORICAL and _acts_on_a_day(span, days, cues["wave_nouns"]):
            continue  # "une vague de frappes a visé lundi Kiev": the wave is that day's, not a trend
        if status == Status.HISTORICAL and trigger.pos_ == "NOUN" and not _definite_noun(trigger, cues) and \
                any(fold(c.text) in days and c.i > trigger.i for c in trigger.children):
            continue  # "inquiets après des affrontements dimanche": news of its day; "l'attaque de mardi" is known
        if _governs(span, trigger, cues["aim_preps"], cues["content_relatives"], cues["complement_marks"]):
            return status
    return _governed_across_a_quote(doc, trigger, cues)


QUOTE_CUE_REACH = 2  # words between a word of talk and the quotation mark it opens: "dénonce « un enlèvement »"


def _governed_across_a_quote(doc: Doc, trigger: Token, cues: dict) -> str | None:
    """ "Son parti dénonce « un enlèvement » et exige sa libération": the parser may end a sentence on the
    quotation mark a word of talk opens; the quoted words are still that word's object."""
    start = trigger.sent.start
    if start == 0 or doc[start - 1].text not in OPEN_QUOTES or trigger.i - start > GOVERNED_WINDOW:
        return None
    before = doc[start - 1].sent
    if before.start == start - 1 and before.start > 0:
        before = doc[before.start - 1].sent  # "«" parsed as a sentence of its own
    for status, span in _sentence_cues(doc, before, "governing", cues["governing"], cues):
        if start - 1 - span.end <= QUOTE_CUE_REACH or _quote_names_its_object(doc, span, start - 1):
            return status
    return None


QUOTE_NOUN_REACH = 4  # "appelle à une journée « ville morte »": the words of the object a quotation names


def _quote_names_its_object(doc: Doc, cue: Span, quote: int) -> bool:
    """ "a appelé à une journée « ville morte » jeudi pour protester": a quotation that names the noun right
    before it ("journée"), the cue's object with no verb nor mark between them, is what is called for."""
    between = doc[cue.end:quote]
    return 0 < len(between) <= QUOTE_NOUN_REACH and between[-1].pos_ == "NOUN" and \
        not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in between)


def _acts_on_a_day(span: Span, days: frozenset[str], waves: set[str]) -> bool:
    """Whether the cue is a noun of many acts (``wave_nouns``: "vague", "série") that is the subject of a
    verb its own clause dates with a day ("une vague de frappes a visé lundi ..."), or the object of a verb
    its own clause dates ("a mené lundi une série de frappes"): those acts were that day's, not a trend. A trial or
    an inquiry opened that day stays talk about its event."""
    root = span.root
    if not days or fold(root.lemma_) not in waves or root.head is root:
        return False
    if root.dep_ in SUBJECT:
        return any(fold(c.text) in days for c in root.head.children)
    verb = next((a for a in root.ancestors if a.pos_ == "VERB"), None)  # "a mené lundi soir une série de frappes"
    if verb is None or verb.i > root.i:
        return False
    # ... or a day of the verb's own clause, after it ("a mené une série de frappes dans la nuit de lundi à mardi")
    # or before it ("La veille, jeudi soir, l'aviation avait mené une série de raids")
    return any(fold(t.text) in days and next((a for a in t.ancestors if a.pos_ == "VERB"), None) == verb
               for t in verb.subtree)


CLAUSE_JOINING_MARKS = (";",)  # join two clauses each whole: what follows takes nothing before it as its object


def _governs(span: Span, trigger: Token, aims: frozenset[str] | set[str] = frozenset(),
             contents: frozenset[str] | set[str] = frozenset(), complement_marks: frozenset[str] = frozenset()) -> bool:
    """The trigger is the cue's complement in the parse, or follows it closely in the same stretch; not
    when the cue is inside the trigger's own subject ("protesters demanding the release of detained
    activists injured two officers": the demand qualifies who injured)."""
    doc = span.doc
    if trigger.i < span.start and any(t.text in CLAUSE_JOINING_MARKS for t in doc[trigger.i:span.start]):
        return False  # "gunmen killed 17 villagers; residents blamed herders": a clause the mark ends is its own
    in_subject = _predicate(trigger) and any(c.dep_ in SUBJECT and span.root in c.subtree for c in trigger.children)
    near = trigger.i <= span.end + GOVERNED_WINDOW or _a_listed_noun(trigger)  # a list runs on as long as it lasts
    if span.end <= trigger.i and near and not in_subject and \
            not any(_ends_stretch(t) for t in doc[span.end:trigger.i]):
        return True
    root, tok = span.root.i, trigger
    while tok.head.i != tok.i:
        if tok.dep_ in RELATIVE_DEPS and not _content_relative(tok, contents) or (tok.head.i == root and tok.dep_ in OWN_CLAUSE_DEPS
                                         and not _a_listed_noun(tok) and not _infinitive_read_as_adverbial(tok, complement_marks)
                                         and not _reason_told(tok, aims)):
            return False
        if _complement_left_beside(span.root, tok):
            return True
        tok = tok.head
        if tok.i == root:
            return True
    return False


def _content_relative(tok: Token, contents: frozenset[str] | set[str]) -> bool:
    """ "a démenti les messages selon lesquels la ville serait tombée": a relative opened by a phrase of content
    (``content_relatives``) tells what its noun says, so it is the object of the word of talk, not news of its own."""
    start = tok.left_edge.i
    return " ".join(fold(t.text) for t in tok.doc[start:start + 2]) in contents


def _reason_told(tok: Token, aims: frozenset[str] | set[str]) -> bool:
    """ "condamnés jeudi à vingt ans de prison pour avoir tué un manifestant": a perfect infinitive opened by a
    marker of aim (``aim_preps``) gives the reason for the sentence, the charge or the praise: the act it tells
    is what the word of talk is about, however far from it."""
    return any(c.dep_ == "mark" and fold(c.text) in aims for c in tok.children) \
        and any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in tok.children)


def _predicate(tok: Token) -> bool:
    """A verb, or a noun with a copula: what may have a subject of its own. A bare noun the parse gives
    a subject ("Les personnes condamnées pour crimes de guerre, | viol ou ...") is a misparsed list item."""
    return tok.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in tok.children)


def _complement_left_beside(cue: Token, tok: Token) -> bool:
    """ "un rapport accusant les FSR d'avoir commis des crimes": a verb clause opened by a marker
    ("d'", "of") that starts right where the cue's own phrase ends, and that the parse hangs on the
    cue's head instead of the cue, is the cue's complement all the same."""
    return (tok.head.i == cue.head.i and tok.i > cue.i and tok.pos_ in ("VERB", "AUX")
            and tok.left_edge.i == cue.right_edge.i + 1 and any(c.dep_ == "mark" for c in tok.children))


def _infinitive_read_as_adverbial(tok: Token, complement_marks: frozenset[str] = frozenset()) -> bool:
    """ "called on the United States to pressure Israel to withdraw", "vowed on Monday to keep fighting": an
    infinitive with no subject or marker of its own that the parse hangs on a verb as an adverbial clause
    (a phrase between them misleads it) is the verb's complement: what is called for, vowed, planned. So is
    one whose only marker introduces a complement (``complement_marks``: "a menacé mardi, dans un
    communiqué, d'attaquer"); "avant d'attaquer", "pour attaquer" keep their own clause."""
    return tok.dep_ == "advcl" and "Inf" in tok.morph.get("VerbForm") and not any(
        c.dep_ in SUBJECT or c.dep_ == "mark" and fold(c.text) not in complement_marks for c in tok.children)


def _a_listed_noun(tok: Token) -> bool:
    """ "Les discussions portent sur le désarmement, le retrait des troupes et ...": a noun the parse
    joins to the talk verb, with no subject or copula of its own, is one more item of what is talked
    about, not a clause of its own."""
    return tok.dep_ == "conj" and tok.pos_ == "NOUN" and not any(
        c.dep_ in SUBJECT or c.dep_ == "cop" for c in tok.children)


def _ends_stretch(tok: Token) -> bool:
    """Punctuation, a finite verb or a conjunction opening a clause closes what a talk word governs:
    "a man accused of theft and beat him" tells the beating as news; "cas de meurtres et
    assassinats" joins two nouns under one."""
    if tok.pos_ == "CCONJ" and tok.i + 1 < len(tok.doc):
        after = tok.doc[tok.i + 1]
        return after.pos_ in CLAUSE_OPENERS or "Fin" in after.morph.get("VerbForm")
    if tok.text == "," and _next_listed_noun(tok):
        return False
    return tok.text in CLAUSE_PUNCT or "Fin" in tok.morph.get("VerbForm")


def _next_listed_noun(comma: Token) -> bool:
    """ "évoquent les villages incendiés, les viols et ...": a comma before one more noun of a list (the
    parse joins it as a conjunct, or joins the list's last noun to it: "crimes de guerre, viol ou
    détournement") goes on with what the talk word governs."""
    doc = comma.doc
    i = comma.i + 1
    while i < len(doc) and (doc[i].pos_ == "DET" or doc[i].dep_ == "case"):  # "des", "du" may be parsed as either
        i += 1
    if i >= len(doc) or doc[i].pos_ != "NOUN":
        return False
    noun = doc[i]
    return noun.dep_ == "conj" or i + 1 < len(doc) and doc[i + 1].pos_ == "CCONJ" and any(
        c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > i for c in noun.children)


def _earlier_reference(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "Le ministre s'est rendu à Bunia après les attaques", "un deuil décrété à la suite du massacre
    de X": an event named with a definite article
    after "après", "depuis", "suite à" in a clause that tells no event of its own is one already known."""
    if trigger.pos_ != "NOUN":
        return None
    cases = {fold(c.text) for c in prepositions_of(trigger)}
    if trigger.head is not trigger and fold(trigger.head.lemma_) in cues["reference_cases"]:
        cases.add(fold(trigger.head.lemma_))  # "à la suite du massacre": the noun of sequence heads it
    dets = {fold(c.text) for c in trigger.children if c.dep_ in ("det", "case")}  # "du", "aux": article and case in one
    if not cases & cues["reference_cases"] or not dets & cues["definite_determiners"]:
        return None
    head = clause_head(trigger)
    if head.i == trigger.i or fold(head.lemma_) in lang.trigger_index or fold(head.text) in lang.trigger_index:
        return None
    return Status.HISTORICAL


def _a_cause_told(trigger: Token, cues: dict) -> str | None:
    """ "une guerre entre factions, déclenchée par l'arrestation de l'un de ses fondateurs": an event named
    with a definite article as the agent of a participle of causing (``causing_participles``) on another noun
    is what set that off, already known, not the day's news."""
    verb = trigger.head
    if trigger.pos_ != "NOUN" or verb is trigger or verb.dep_ not in ("acl", "amod") \
            or fold(verb.lemma_) not in cues["causing_participles"]:
        return None
    dets = {fold(c.text) for c in trigger.children if c.dep_ in ("det", "case")}
    return Status.HISTORICAL if dets & cues["definite_determiners"] else None


def _earlier_modified(trigger: Token, cues: dict) -> str | None:
    """ "a landmine planted during previous clashes", "earlier attacks had killed dozens": an event noun its own
    adjective places before the one told is background, and so is what such a noun did, and what was done
    during it ("Lors des précédentes manifestations, des dizaines de personnes avaient été tuées"). The
    adjective before its noun counts however the parse hangs it (it may read "précédentes" as the noun)."""
    earlier = cues["earlier_modifiers"]
    # "lors des récents affrontements": the parse may read the noun as an adjective of the modifier before it
    nouns = [trigger] if trigger.pos_ in ("NOUN", "ADJ") else [c for c in trigger.children if c.dep_ in SUBJECT]
    during = [c for c in trigger.children if c.dep_ == "advmod" and fold(c.text) in cues["during_words"]]
    if trigger.pos_ == "VERB" and during:
        nouns += [c for c in trigger.children if c.dep_.startswith("obl")]
        # "tués lors de précédentes campagnes": the parse may hang the noun on "lors" rather than on the verb
        nouns += [c for d in during for c in d.children if c.dep_.startswith("obl")]
    if any(c.dep_ == "amod" and fold(c.text) in earlier for n in nouns for c in n.children) \
            or any(fold(n.text) in earlier or n.i > 0 and fold(n.doc[n.i - 1].text) in earlier for n in nouns):
        return Status.HISTORICAL
    return None


def _latest_undated(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "au chevet des militaires blessés lors des derniers combats": an event noun its adjective calls the
    latest (``latest_modifiers``) is one already known when its sentence gives it no day of its own; "les
    derniers combats, samedi, ont fait cinq morts" stays that day's news."""
    if trigger.pos_ not in ("NOUN", "ADJ") or not cues["latest_modifiers"]:
        return None
    latest = any(c.dep_ == "amod" and fold(c.text) in cues["latest_modifiers"] for c in trigger.children) \
        or trigger.i > 0 and fold(trigger.doc[trigger.i - 1].text) in cues["latest_modifiers"]
    if not latest or any(fold(t.text) in _day_words(lang, months=True) for t in trigger.sent):
        return None
    return Status.HISTORICAL


def _the_event_told(doc: Doc, trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "Police believe the attack was motivated by a debt", "IS claimed responsibility for the attack":
    after the first sentence, an event noun with a definite article whose clause only tells a view of it
    (``views_of_the_event``: a claim, a belief, a motive) is the event told before, not a new one."""
    if trigger.pos_ != "NOUN" or trigger.sent.start == 0:
        return None
    if not any(c.dep_ == "det" and fold(c.text) in cues["definite_determiners"] for c in trigger.children):
        return None
    head = clause_head(trigger)
    if head.i == trigger.i or fold(head.lemma_) not in cues["views_of_the_event"]:
        return None
    first = trigger  # "les pillages et les attaques compliquent ...": the list's first noun is the subject
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN") and first.head.i < first.i:
        first = first.head
    if any(fold(t.lemma_) in lang.trigger_index for t in (head, first.head) if t.i != first.i):
        return None
    return Status.HISTORICAL


def sought(trigger: Token, lang: str | LanguagePack) -> bool:
    """ "Fano fighters have been battling federal troops for control of towns", "se battent pour le contrôle
    de la route": a gain of ground named after a preposition of aim (``aim_preps``) is what a fight is for,
    not ground taken."""
    aims = pack(lang).status_cues["aim_preps"]
    return trigger.pos_ == "NOUN" and any(fold(p.text) in aims for p in prepositions_of(trigger))


def views_the_event_told(doc: Doc, trigger: Token, lang: str | LanguagePack) -> bool:
    """ "L'attaque n'a pas été revendiquée", "The governor condemned the attack", "The coalition denied
    carrying out the strike": after the first sentence, an event noun with a definite article whose
    clause only tells a view of it (a claim, a belief, a motive) or that a word of talk is about (a
    condemnation, a denial, an accusation) is the event told before, seen by someone: evidence of that
    event, not an event of its own."""
    lang = pack(lang)
    cues = lang.status_cues
    if trigger.pos_ != "NOUN" or trigger.sent.start == 0 or not _definite_noun(trigger, cues):
        return False
    return _the_event_told(doc, trigger, cues, lang) is not None or _governing_status(doc, trigger, cues) is not None


def _definite_noun(trigger: Token, cues: dict) -> bool:
    """ "l'attaque", "the attack": the noun carries a definite article (French parses "l'" as det or case)."""
    return any(c.dep_ in ("det", "case") and fold(c.text) in cues["definite_determiners"] for c in trigger.children)


def definite_noun(trigger: Token, lang: str | LanguagePack) -> bool:
    """Whether an event noun carries a definite article ("le massacre", "the attack")."""
    return _definite_noun(trigger, pack(lang).status_cues)


def during_relative(event: Token, trigger: Token, lang: str | LanguagePack) -> bool:
    """ "la prise de la ville, au cours de laquelle des civils auraient été exécutés": whether a relative of
    time (``during_relatives``) stands between an event word and a trigger after it, in one sentence, so
    that the trigger tells what happened during that event; an event whose own phrase names its day is news."""
    if event.sent.start != trigger.sent.start or event.i >= trigger.i:
        return False
    comma = next((t.i for t in trigger.doc[event.i:trigger.i] if t.text == ","), trigger.i)
    if _dated_by(trigger.doc[event.left_edge.i:comma], pack(lang)):
        return False  # "l'attaque de samedi, au cours de laquelle": the condemned event is the news
    between = fold(trigger.doc[event.i + 1:trigger.i].text)
    return any(re.search(rf"(?:^|,) ?{re.escape(p)}\b", between) for p in pack(lang).status_cues["during_relatives"])


def claims_the_event(doc: Doc, trigger: Token, lang: str | LanguagePack) -> bool:
    """ "Al-Shabaab claimed the attack", "L'attaque a été revendiquée par l'EI": the trigger's clause is a
    claim of responsibility (``responsibility_verbs``) that no negation denies ("n'a pas été
    revendiquée"). ACLED codes a credible claimant as the event's author."""
    lang = pack(lang)
    cues = lang.status_cues
    head = clause_head(trigger)
    if head.i == trigger.i or fold(head.lemma_) not in cues["responsibility_verbs"]:
        return False
    statuses = [(status, cues[key]) for status, key in STATUS_KEYS]
    return not any(status == Status.NEGATED and clause_head(span.root) == head
                   for status, span in _sentence_cues(doc, trigger.sent, "clause", statuses, cues))


def authorities_attribute_the_event(doc: Doc, trigger: Token, lang: str | LanguagePack) -> bool:
    """ "The provincial ministry blamed the TTP for the attack", "Police attributed the killing to IS": the
    trigger's clause is an attribution (``attribution_verbs``) by authorities (its subject one of
    ``attributing_authorities``) that no negation denies. ACLED names the group the authorities blame as
    the author of an attack by unidentified gunmen, as it does a claimant; a blame by others is a view."""
    cues = pack(lang).status_cues
    head = clause_head(trigger)
    if head.i == trigger.i or fold(head.lemma_) not in cues["attribution_verbs"] or \
            any(c.dep_ == "neg" for c in head.children):
        return False
    authorities = cues["attributing_authorities"]
    return any(c.dep_ in ("nsubj", "agent") and any(fold(t.lemma_) in authorities for t in c.subtree)
               for c in head.children)


def _coded_elsewhere(doc: Doc, trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "The group was torturing a woman (coded separately)": a report that says an act it mentions is
    recorded as an event of its own (``coded_elsewhere``) is not about that act. The cue marks the
    last event word before it in its stretch of the sentence, and the words that phrase holds."""
    for _, span in _sentence_cues(doc, trigger.sent, "elsewhere", [(Status.HISTORICAL, cues["coded_elsewhere"])], cues):
        marked = None
        for tok in reversed(doc[trigger.sent.start:span.start]):
            if _breaks_stretch(tok):
                break
            if fold(tok.lemma_) in lang.trigger_index or fold(tok.text) in lang.trigger_index:
                marked = tok
                break
        if marked is not None and trigger in marked.subtree:
            return Status.HISTORICAL
    return None


def _breaks_stretch(tok: Token) -> bool:
    """A full stop, a semicolon, or a comma outside brackets ("(Isiolo, Isiolo)" is one place)."""
    if tok.text in {".", ";", ":"}:
        return True
    if tok.text != ",":
        return False
    before = tok.doc[tok.sent.start:tok.i].text
    return before.count("(") <= before.count(")")


def _habitual_relative(trigger: Token, lang: LanguagePack) -> str | None:
    """ "les groupes armés qui attaquent les villages": a verb in the present inside a relative clause
    says what its noun habitually does, not what happened; a day it names ("qui attaquent depuis
    mardi") makes it news again. "armed gangs that kidnap for ransom": the tagger may read the relative's verb as a
    noun; in its bare form, with the relative pronoun its subject, it is the present still."""
    if trigger.dep_ not in RELATIVE_CLAUSE:
        return None
    misread = trigger.pos_ == "NOUN" and fold(trigger.text) == fold(trigger.lemma_) and any(
        c.dep_ in SUBJECT and c.pos_ == "PRON" for c in trigger.children)
    if not misread and (trigger.pos_ != "VERB" or tense(trigger) != "present"):
        return None
    days = lang.time.get("weekdays", {})
    if any(fold(t.text) in days or t.like_num for t in trigger.subtree):
        return None
    return Status.HISTORICAL


def _a_perfect_in_an_aside(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "The ADF, which has pledged allegiance to Islamic State, has killed thousands": an act in the present
    perfect (``perfect_auxiliaries`` in the present) inside a relative clause set off by a comma describes its
    noun, background to the news, in a language whose news tells its events in the past (``generic_present``);
    a day or a figure in the clause makes it news."""
    if not cues["generic_present"] or trigger.pos_ != "VERB" or trigger.dep_ not in RELATIVE_CLAUSE:
        return None
    left = trigger.left_edge
    if left.i == 0 or trigger.doc[left.i - 1].text != ",":
        return None
    if not any(c.dep_.startswith("aux") and fold(c.lemma_) in cues["perfect_auxiliaries"]
               and "Pres" in c.morph.get("Tense") for c in trigger.children):
        return None
    return None if _dated_by(list(trigger.subtree), lang) else Status.HISTORICAL


def _dated_by(tokens, lang: LanguagePack) -> bool:
    """Whether the words name a day ("mardi", "hier") or a figure: what makes a told event news again. An
    article is no figure ("une porte-parole du HCR": French "un, une" read as numbers)."""
    days, units = _day_words(lang), lang.time.get("ago_units", {})
    return any(fold(t.text) in days or t.like_num and t.pos_ != "DET" and not _a_duration(t, units) for t in tokens)


def _a_duration(number: Token, units: dict[str, str]) -> bool:
    """ "pendant cinq ans", "depuis deux mois": a number of weeks, months or years (``ago_units``) is a span of
    time, not a figure that makes a told event news."""
    after = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    return after is not None and fold(after.text) in units


@functools.lru_cache(maxsize=None)
def _day_words(lang: LanguagePack, months: bool = False) -> frozenset[str]:
    """The language's words naming a day ("mardi", "hier"), and with ``months`` a month: what dates news;
    gathered once per pack, the status rules test them for every trigger."""
    keys = ("weekdays", "days", "months") if months else ("weekdays", "days")
    return frozenset(w for key in keys for w in lang.time.get(key, {}))


def _goes_on_undated(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "La société civile rappelle que les massacres se poursuivent": events that go on (``continuing_verbs``,
    in the present), or that never stopped ("les combats n'ont jamais cessé", ``stopping_verbs`` denied), in
    a sentence naming no day and no figure are the lasting situation, not a dated event; "les combats se
    poursuivent mardi à Masisi" stays news."""
    verb = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ not in SUBJECT or verb.pos_ not in ("VERB", "AUX"):
        return None
    goes_on = tense(verb) == "present" and (fold(verb.lemma_) in cues["continuing_verbs"] or _a_lasting_state(verb, cues))
    never_stopped = fold(verb.lemma_) in cues["stopping_verbs"] and any(
        "Neg" in c.morph.get("Polarity") or c.dep_ == "neg" for c in verb.children)
    if goes_on or never_stopped:
        return None if _dated_by(trigger.sent, lang) else Status.HISTORICAL
    if _went_on_undated(verb, cues, lang):
        return Status.HISTORICAL
    return None


def _went_on_undated(verb: Token, cues: dict, lang: LanguagePack) -> bool:
    """ "Les frappes de drones se sont poursuivies de part et d'autre", "strikes have continued in parts of the
    enclave": a continuing verb in the perfect (a participle on an auxiliary in the present) tells, as the present
    does, how things have stood, when its sentence names no day, no figure and no part of a day; "les combats se
    sont poursuivis dans la nuit à Sake" and "se sont poursuivis lundi" stay news."""
    if fold(verb.lemma_) not in cues["continuing_verbs"] or "Part" not in verb.morph.get("VerbForm"):
        return False
    auxes = [c for c in verb.children if c.dep_.startswith("aux") and c.pos_ == "AUX"]
    if not auxes or any("Pres" not in a.morph.get("Tense") for a in auxes):
        return False
    parts = frozenset(fold(w) for w in lang.time.get("day_parts", ()))
    return not _dated_by(verb.sent, lang) and not any(fold(t.text) in parts for t in verb.sent)


def _a_lull(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "Les combats ont ralenti depuis plusieurs jours dans ce secteur", "les affrontements se sont calmés":
    fighting whose verb tells it slowed, eased or stopped (``lull_verbs``), in a sentence naming no day and no
    figure, is the state of a front, not a fight of that day; "les combats ont cessé mardi soir" stays news."""
    verb = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ not in SUBJECT or verb.i == trigger.i:
        return None
    if verb.pos_ != "VERB" and not any(c.dep_.startswith("aux") for c in verb.children):
        return None  # "ont ralenti" the tagger read as a pronoun is a verb still: its auxiliary says so
    if fold(verb.lemma_) not in cues["lull_verbs"] and lemma_as_verb(lang.code, verb.text) not in cues["lull_verbs"]:
        return None
    return None if _dated_by(trigger.sent, lang) else Status.HISTORICAL


def _a_lasting_state(verb: Token, cues: dict) -> bool:
    """ "les combats font rage autour de Pokrovsk", "restent intenses", "se concentrent toujours": a present
    verb and the word it takes (``lasting_states``: "faire rage", "rester intense", "concentrer toujours")
    telling the state of a front, as ``continuing_verbs`` do."""
    lemma = fold(verb.lemma_)
    return any(f"{lemma} {fold(c.lemma_)}" in cues["lasting_states"] or f"{lemma} {fold(c.text)}" in cues["lasting_states"]
               for c in verb.children if c.i > verb.i)


def _claimed_present(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "Il a affirmé que des milliers de soldats participent aux combats": what a speaker asserts in the
    present, in a clause after "que" governed by a verb of saying (``claim_verbs``) or in a sentence
    opening on the speaker's word ("Selon lui, ...", ``claim_openers``), naming no day and no figure, is a
    claim about the world, not a dated event; "a indiqué que les combats se poursuivent mardi" stays news."""
    told = tense(trigger)
    if told in ("present", "unknown") and cues["claim_openers"] and \
            fold(span_text(trigger.sent)).lstrip().startswith(cues["claim_openers"]):
        return None if _dated_by(trigger.sent, lang) else Status.HYPOTHETICAL  # "Selon lui, les FARDC bombardent ..."
    if told != "present":
        return None
    head = clause_head(trigger)
    while head.dep_ == "conj" and head.head is not head:
        head = clause_head(head.head)
    if head.dep_ != "ccomp" or fold(head.head.lemma_) not in cues["claim_verbs"]:
        return None
    return None if _dated_by(head.subtree, lang) else Status.HYPOTHETICAL


def _claimed_aim(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "Moscou affirme frapper des infrastructures militaires": a bare infinitive after a verb of saying
    (``claim_verbs``) tells what a side says it does as a rule, naming no act of a day; "affirme avoir
    frappé", a perfect infinitive, tells a past act and stays news, and so does a day in the clause."""
    if "Inf" not in trigger.morph.get("VerbForm") or any(c.pos_ == "AUX" or c.dep_.startswith("aux")
                                                         for c in trigger.children):
        return None
    before = trigger.doc[trigger.i - 1] if trigger.i else trigger
    # the parse may hang the verb of saying on the infinitive ("affirme" a dependent of "frapper")
    teller = trigger.head if trigger.dep_ in ("xcomp", "ccomp") else before if before.head == trigger else None
    if teller is None or teller is trigger or fold(teller.lemma_) not in cues["claim_verbs"]:
        return None
    clause = trigger.subtree if teller.head == trigger else teller.subtree
    return None if _dated_by(clause, lang) else Status.HYPOTHETICAL


def _told_in_a_past_period(doc: Doc, trigger: Token, cues: dict) -> str | None:
    """ "U.N. experts said in a report last year that Rwandan troops were fighting", "des experts ont affirmé
    l'an dernier que ...": what a statement made in a past period (a background cue of the verb of saying's
    own clause, ``telling_verbs``) tells happened no later than that period: background to today's news."""
    head = clause_head(trigger)
    while head.dep_ == "conj" and head.head is not head:
        head = clause_head(head.head)
    # the parse may hang the told clause on the report's noun ("said in a report last year that ...")
    teller = next((a for a in head.ancestors if a.pos_ == "VERB"), None)
    if teller is None or fold(teller.lemma_) not in cues["telling_verbs"]:
        return None
    for _, span in _sentence_cues(doc, trigger.sent, "period", [(Status.HISTORICAL, cues["background"])], cues):
        if clause_head(span.root) == teller and not head.left_edge.i <= span.start <= head.right_edge.i:
            return Status.HISTORICAL
    return None


def _a_pluperfect_in_a_past_sentence(doc: Doc, trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "les affrontements qui avaient embrasé la province il y a quelques années, quand des villages avaient été
    incendiés", "les législatives de 2019 et les heurts qui avaient suivi": a pluperfect (the trigger's own, or
    that of a relative clause on the event noun) in a sentence that puts its acts in a past period (a background
    cue) tells that past, not news; one naming a day ("dimanche, des hommes armés avaient attaqué Djibo, sous
    blocus depuis 2022") is the news it recaps, and so is one ranked against the period ("le premier assaut
    depuis 2023")."""
    if not (pluperfect(trigger) or _a_pluperfect_relative(trigger)) or _names_a_day(trigger.sent, lang):
        return None
    found = _sentence_cues(doc, trigger.sent, "period", [(Status.HISTORICAL, cues["background"])], cues)
    return Status.HISTORICAL if any(not _a_comparison(span, cues) for _, span in found) else None


def _a_pluperfect_relative(noun: Token) -> bool:
    """ "les heurts meurtriers qui avaient suivi": an event noun whose relative clause is told in the pluperfect."""
    return noun.pos_ == "NOUN" and any(c.dep_ in RELATIVE_CLAUSE and c.pos_ == "VERB" and pluperfect(c)
                                       for c in noun.children)


def _a_periods_start(trigger: Token, lang: LanguagePack) -> str | None:
    """ "Kharkiv has been hit repeatedly since Russia launched a new offensive in May", "depuis que le M23 a
    repris les armes": an act in a clause opened by a word that starts a period (``period_openers``) is the
    point the news is counted from, background to it; one told on a day of the week ("since gunmen attacked
    the camp on Monday") is recent enough to be news itself."""
    head = clause_head(trigger)
    openers = lang.time.get("period_openers", ())
    if head.dep_ != "advcl" or not any(c.dep_ == "mark" and fold(c.lower_) in openers for c in head.children):
        return None
    days = _day_words(lang)
    return None if any(fold(t.text) in days for t in head.subtree) else Status.HISTORICAL


def _a_reports_finding(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "Selon le document, des centaines de civils ont été exécutés": a sentence opening on the report told
    before as its source (``findings_openers``) tells what the report found over its period, background to
    the news; one naming a day ("Selon le rapport, deux manifestants ont été tués lundi") is news."""
    if not cues["findings_openers"] or not fold(span_text(trigger.sent)).lstrip().startswith(cues["findings_openers"]):
        return None
    return None if _names_a_day(trigger.sent, lang) else Status.HISTORICAL


def _a_lasting_perfect(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "Fano fighters have been battling federal troops": an act in the perfect of duration (a progressive
    with a perfect auxiliary, ``perfect_auxiliaries``) is a state of things that has lasted, background to the
    news, unless its sentence names a day or a figure."""
    if "Prog" not in trigger.morph.get("Aspect") or not any(
            c.dep_.startswith("aux") and fold(c.lemma_) in cues["perfect_auxiliaries"] for c in trigger.children):
        return None
    return None if _dated_by(trigger.sent, lang) else Status.HISTORICAL


def _a_perfect_over_a_span(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "the military has carried out air strikes on areas outside its control for years", "Russian forces have
    kept up attacks along the front in recent weeks": an act in the present perfect (``perfect_auxiliaries`` in
    the present) over a span of time with no figure (``lasting_spans``: "for years", "in recent weeks",
    "throughout the spring") is what has gone on, background to the news, unless its sentence names a day or
    a figure; "have killed five soldiers since Monday" stays news."""
    if not cues["lasting_spans"] or not cues["perfect_auxiliaries"]:
        return None
    verb = trigger if trigger.pos_ == "VERB" else trigger.head if trigger.dep_ in UNDERGOER else None
    if verb is None or verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm") or not any(
            c.dep_.startswith("aux") and fold(c.lemma_) in cues["perfect_auxiliaries"]
            and "Pres" in c.morph.get("Tense") for c in verb.children):
        return None
    spans = (fold(" ".join(t.text for t in p.subtree)) for p in verb.subtree if p.dep_ == "prep")
    if not any(r.fullmatch(span) for span in spans for r in cues["lasting_spans"]):
        return None
    return None if _dated_by(trigger.sent, lang) else Status.HISTORICAL


def _a_generic_present(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "the northwest, where armed gangs raid villages and abduct residents": an act in the simple present
    whose doers are a bare plural (no article, no figure) tells what such people do, a habit, not a dated
    event, in a language whose news tells its events in the past (``generic_present``); a headline (the
    article's first sentence) or a sentence naming a day or a figure is news."""
    if not cues["generic_present"] or trigger.pos_ != "VERB" or trigger.sent.start == 0:
        return None
    # "raid villages and abduct residents": a joined verb with no subject of its own shares its head's
    verb = trigger.head if trigger.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in trigger.children) \
        and trigger.head.pos_ == "VERB" else trigger
    if "Pres" not in verb.morph.get("Tense") or "Fin" not in verb.morph.get("VerbForm") or \
            any(c.dep_.startswith("aux") for v in {verb, trigger} for c in v.children):
        return None
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers or not all(d.pos_ == "NOUN" and "Plur" in d.morph.get("Number") and
                            not any(c.dep_ in ("det", "nummod") for c in d.children) for d in doers):
        return None
    return None if _dated_by(trigger.sent, lang) else Status.HISTORICAL


def _a_standing_fight(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "The military is battling Islamist insurgents in the northeast and armed gangs in the northwest": a verb of
    fighting (``standing_fight_verbs``) in the present progressive (a present auxiliary, the verb's -ing form) whose
    foes are bare plurals (no article, no figure, no owner: a kind of foe, not a band met that day) tells the war a
    state wages, in a language whose news tells its events in the past (``generic_present``); the headline, a
    sentence naming a day or a figure (a year is none), and foes a past clause tells of ("militants who stormed a
    hotel") are news."""
    verbs = cues["standing_fight_verbs"]
    if not verbs or not cues["generic_present"] or trigger.pos_ != "VERB" or trigger.sent.start == 0 or \
            fold(trigger.lemma_) not in verbs or "Prog" not in trigger.morph.get("Aspect"):
        return None
    if not any(c.dep_ == "aux" and "Pres" in c.morph.get("Tense") for c in trigger.children):
        return None
    foes = [c for c in trigger.children if c.dep_ in DIRECT_OBJECT]
    foes += [c for f in foes for c in f.conjuncts]
    if not foes or not all(f.pos_ == "NOUN" and "Plur" in f.morph.get("Number") and not any(
            c.dep_ in ("det", "nummod", "poss") for c in f.children) for f in foes):
        return None
    if any("Past" in t.morph.get("Tense") and "Fin" in t.morph.get("VerbForm") for f in foes for t in f.subtree):
        return None
    return None if _dated_by([t for t in trigger.sent if not YEAR.fullmatch(t.text)], lang) else Status.HISTORICAL


def _aim_of_a_present(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "the junta now relies on Russian paramilitaries to fight the insurgents": an infinitive of aim hung on a
    verb in the simple present tells what a state of things serves, in a language whose news tells its events
    in the past (``generic_present``); the headline and a sentence naming a day or a figure are news."""
    if not cues["generic_present"] or trigger.pos_ != "VERB" or trigger.dep_ != "advcl" or trigger.sent.start == 0 \
            or "Inf" not in trigger.morph.get("VerbForm"):
        return None
    verb = trigger.head
    if "Pres" not in verb.morph.get("Tense") or "Fin" not in verb.morph.get("VerbForm") or \
            any(c.dep_.startswith("aux") for c in verb.children):
        return None
    # "the junta that seized power in 2020": a year is no figure of news
    return None if _dated_by([t for t in trigger.sent if not YEAR.fullmatch(t.text)], lang) else Status.HISTORICAL


def _a_habit(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "Les séparatistes imposent des journées ville morte et enlèvent des fonctionnaires", "Les Fano mènent des
    embuscades contre les convois": an act in the simple present done by a plural to an indefinite plural
    (``indefinite_plurals``: "des", "de nombreux") tells what those people keep doing, a profile's habit, not a
    dated event, even where the language tells news in the present; the headline (the article's first
    sentence) and a sentence naming a day or a figure are news."""
    if not cues["indefinite_plurals"] or trigger.sent.start == 0:
        return None
    verb = trigger if trigger.pos_ == "VERB" else trigger.head if trigger.dep_ == "obj" else None
    if verb is None or "Pres" not in verb.morph.get("Tense") or "Fin" not in verb.morph.get("VerbForm") or \
            any(c.dep_.startswith(("aux", "expl")) for c in verb.children):
        return None
    done_to = trigger if verb.i != trigger.i else next((c for c in verb.children if c.dep_ in ("obj", "obl:arg")), None)
    if done_to is None or "Plur" not in done_to.morph.get("Number") or not any(
            fold(c.text) in cues["indefinite_plurals"] for c in done_to.children if c.dep_ in ("det", "case", "amod")):
        return None
    doer = verb  # "rançonnent les villages, imposent des taxes et enlèvent des voyageurs": the first verb's subject
    while not any(c.dep_.startswith("nsubj") for c in doer.children) and doer.head.i != doer.i \
            and (doer.dep_ in ("conj", "advmod") or doer.pos_ != "VERB"):  # a joined verb may hang from a noun
        doer = doer.head
    doers = [c for c in doer.children if c.dep_ == "nsubj"]
    if not doers or not all(d.pos_ in ("NOUN", "PROPN") and "Plur" in d.morph.get("Number") for d in doers):
        return None
    return None if _dated_by(trigger.sent, lang) else Status.HISTORICAL


def _a_frequent_act(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "al-Shabaab, which often plants roadside bombs in the northeast": an act in the simple present said to
    recur (``frequency_adverbs``) is what its doers keep doing, not a dated event; a sentence naming a day or a
    figure is news."""
    if not cues["frequency_adverbs"]:
        return None
    verb = trigger if trigger.pos_ == "VERB" else trigger.head if trigger.dep_ in UNDERGOER else None
    if verb is None or verb.pos_ != "VERB" or "Pres" not in verb.morph.get("Tense") or \
            "Fin" not in verb.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in verb.children):
        return None
    if not any(c.dep_ == "advmod" and fold(c.text) in cues["frequency_adverbs"] for c in verb.children):
        return None
    return None if _dated_by(trigger.sent, lang) else Status.HISTORICAL


def _an_example_of_a_series(trigger: Token, cues: dict) -> str | None:
    """ "Separatists have repeatedly targeted travellers, including an attack on a train in March": an act
    named as one instance (``example_markers``) of what a verb says recurs (``frequency_adverbs``) is the
    series' background, dated or not; the news is what the article tells apart."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or fold(trigger.head.text) not in cues["example_markers"]:
        return None
    verb = next((a for a in trigger.head.ancestors if a.pos_ == "VERB"), None)
    if verb is None or not any(c.dep_ == "advmod" and fold(c.text) in cues["frequency_adverbs"] for c in verb.children):
        return None
    return Status.HISTORICAL


def _a_trend(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "Les enlèvements ont augmenté (de 30 %)", "fighting has eased": events as the subject of a trend
    (``trend_verbs``), or as the object of a verb that makes one ("the Taliban have stepped up attacks on
    security forces", "les groupes armés ont multiplié les attaques": ``trend_making_verbs``), are a count or a
    state over time, not one event; a day named in the sentence makes it news again."""
    verb = trigger.head
    gerund = trigger.pos_ == "VERB" and trigger.dep_ == "csubj"  # "Fighting around Goma has eased": read as a clause
    subject = trigger.pos_ == "NOUN" and trigger.dep_ in SUBJECT or gerund
    made = trigger.pos_ == "NOUN" and trigger.dep_ in DIRECT_OBJECT and fold(verb.lemma_) in cues["trend_making_verbs"]
    if not made and not (subject and fold(verb.lemma_) in cues["trend_verbs"]):
        return None
    if fold(trigger.lemma_) in cues["projectile_nouns"] and _landed_somewhere(verb, cues):
        return None
    days = _day_words(lang)
    return None if any(fold(t.text) in days for t in trigger.sent) else Status.HISTORICAL


def _landed_somewhere(verb: Token, cues: dict) -> bool:
    """ "Shells fell on a camp": a projectile that falls on, in or near a place (``landing_preps`` with an object
    that is no date or figure) struck it; "fell by half", "fell in 2023" stay a trend."""
    return any(c.dep_ == "prep" and fold(c.text) in cues["landing_preps"] and
               any(o.dep_ == "pobj" and o.pos_ != "NUM" and o.ent_type_ not in ("DATE", "TIME", "PERCENT", "CARDINAL")
                   for o in c.children) for c in verb.children)


def _a_wars_toll(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "les combats entre l'armée et les paramilitaires ont ravagé Khartoum", "ont provoqué le déplacement de
    deux millions de personnes": fighting in the plural that has laid a country waste (``ravaging_verbs``)
    or whose outcome is counted in millions (``war_scale``) is the war told as a whole, background to the
    news; a day named in its clause makes it news again ("au Soudan, où les combats ont plongé ..." takes
    no day from the appeal made "lundi" around it)."""
    if trigger.pos_ != "NOUN" or "Plur" not in trigger.morph.get("Number"):
        return None
    # "les combats entre l'armée et les paramilitaires ont plongé": the parse may read the second side and
    # the verb as a conjunct hanging from the fighting
    verb = trigger.head if trigger.dep_ in SUBJECT else \
        next((c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > trigger.i), trigger)
    if verb.pos_ != "VERB":
        return None
    ravaged = fold(verb.lemma_) in cues["ravaging_verbs"]
    vast = any(fold(t.text) in cues["war_scale"] for c in verb.children if c.dep_ in UNDERGOER for t in c.subtree)
    if not (ravaged or vast):
        return None
    days = _day_words(lang)
    return None if any(fold(t.text) in days for t in verb.subtree) else Status.HISTORICAL


def _the_war_as_doer(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "The war has killed tens of thousands", "Le conflit a tué des milliers de personnes": a verb of violence
    whose subject is the war itself (``war_nouns``), not a side nor a weapon, tells the war's whole toll, background
    to the news; so does a relative clause on the war ("une insurrection jihadiste qui a tué des milliers de
    personnes", "an insurgency that has killed thousands"), its pronoun standing for the war; a day named in its
    clause makes it news again. A verb joined to such a verb with no subject of its own shares the war as its doer
    ("has killed thousands of people and displaced more than a million"), and so does the noun of an act that is
    such a verb's object ("The war ... has caused the world's largest displacement crisis")."""
    if not cues["war_nouns"]:
        return None
    # "the world's largest displacement crisis": the parse may read the act's noun as a modifier of the object
    noun = trigger.head if trigger.dep_ in ("amod", "compound") and trigger.head.pos_ == "NOUN" else trigger
    if trigger.pos_ in ("NOUN", "ADJ") and noun.dep_ in DIRECT_OBJECT and noun.head.pos_ == "VERB":
        verb = noun.head  # the act named by a noun: its verb's doer and its verb's clause
    elif trigger.pos_ == "VERB":
        verb = trigger
    else:
        return None
    told = verb
    subjects = [c for c in verb.children if c.dep_ in SUBJECT]
    while not subjects and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in SUBJECT]
    if verb.dep_ in RELATIVE_CLAUSE and any(c.pos_ == "PRON" for c in subjects):
        subjects.append(verb.head)  # "une insurrection qui a tué": "qui" stands for the insurgency
    if not any(fold(c.lemma_) in cues["war_nouns"] and c.pos_ == "NOUN" for c in subjects):
        return None
    days = _day_words(lang)
    return None if any(fold(t.text) in days for t in told.subtree) else Status.HISTORICAL


def _told_in_court(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "Prosecutors said his fighters killed dozens of people", "selon le parquet, les accusés ont tué ...": in an
    article of a trial or a hearing (``court_settings``), an act a prosecutor, an indictment or a court tells
    (``court_speakers``, the subject of a verb of saying or after an attribution cue) is the act on trial, done
    before; ACLED codes it on its own day, never on the day it is told in court. Where no trial is told, a
    prosecutor reports the day's killings as the police do ("the attackers fired at the workers, prosecutors
    said"); a day named in the sentence makes it news again ("prosecutors said gunmen killed five on Monday")."""
    speakers = cues["court_speakers"]
    if not speakers or not folded_lemmas(trigger.doc) & cues["court_settings"]:
        return None
    sources = {fold(p) for p in lang.quantities.get("attribution", {}).get("prefix", ())}
    for t in trigger.sent:
        if fold(t.lemma_) not in speakers or t.i == trigger.i:
            continue
        said = t.dep_ in SUBJECT and fold(t.head.lemma_) in cues["telling_verbs"] and t.head.i != trigger.i \
            and trigger in t.head.subtree
        before = " ".join(fold(w.text) for w in t.doc[max(t.sent.start, t.i - 4):t.i])
        if said or any(f" {src} " in f" {before} " for src in sources):
            return None if _names_a_day(trigger.sent, lang) else Status.HISTORICAL
    return None


PERIOD_KINDS = ("weeks", "months_relative", "season", "month", "year", "years_ago")  # time mentions naming no day


def _a_periods_toll(trigger: Token, lang: LanguagePack) -> str | None:
    """ "Cette semaine, les frappes russes ont fait au moins 35 morts", "le mois dernier, les attaques ont tué
    40 personnes": events in the plural whose toll a sentence dated only by a week, a month or a year gives
    are that period's tally of many events, not one; a day named in the sentence makes it news again."""
    # "les frappes russes ont fait": the parse may read the event noun as an adjective of the demonym after it
    subject = trigger.head if trigger.pos_ == "ADJ" and trigger.dep_ == "amod" and trigger.head.i > trigger.i \
        else trigger
    verb = subject.head
    if trigger.pos_ not in ("NOUN", "ADJ") or "Plur" not in trigger.morph.get("Number") or \
            subject.dep_ not in SUBJECT or verb.pos_ != "VERB" or \
            not any(t.like_num for c in verb.children if c.dep_ in UNDERGOER for t in c.subtree):
        return None
    return Status.HISTORICAL if _dated_by_a_period_only(span_text(trigger.sent), lang) else None


def _dated_by_a_period_only(text: str, lang: LanguagePack) -> bool:
    """Whether the text names a time, and every time it names is a period (a week, a month, a year), no day."""
    told = find_time_mentions(text, lang)
    return bool(told) and all(m.kind in PERIOD_KINDS for m in told)


def _a_months_victims(trigger: Token, lang: LanguagePack) -> str | None:
    """ "At least 148 civilians were killed and more than 700 wounded in Ukraine in October, the U.N. mission
    said": victims in the many (a figure of ``TALLY`` or more on the passive verb's subject) in a clause dated only
    by a month, a week or a year are that period's count of many events, not one; a day makes it news. So are the
    victims a verb's object counts ("Between January and August, soldiers killed at least 23 civilians")."""
    if trigger.pos_ != "VERB" or not any(c.dep_ in PASSIVE_SUBJECT | DIRECT_OBJECT and _counted_many(c)
                                         for c in trigger.children):
        return None
    # the day the count was told on ("said on Wednesday") dates the telling, not the victims
    clause = trigger.doc[trigger.left_edge.i:trigger.right_edge.i + 1]
    return Status.HISTORICAL if _dated_by_a_period_only(span_text(clause), lang) else None


def _a_relatives_toll(doc: Doc, trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "le pays reste confronté aux attaques des groupes jihadistes, qui ont fait des milliers de morts depuis 2012":
    events in the plural whose relative clause counts their dead over a period (a background cue of that clause,
    "depuis 2012") are the period's tally, background to the news, however the verb of the main clause tells them
    (the parse may hang the relative on the noun's complement); a day named in the relative makes them news."""
    if trigger.pos_ != "NOUN" or "Plur" not in trigger.morph.get("Number"):
        return None
    killed = frozenset(lang.quantities.get("killed", ()))
    days = _day_words(lang)
    for noun in [trigger, *(c for c in trigger.children if c.dep_ == "nmod")]:
        for rel in (c for c in noun.children if c.dep_ in RELATIVE_CLAUSE and c.pos_ == "VERB"):
            told = list(rel.subtree)
            if not any(t.like_num or fold(t.text) in killed for c in rel.children if c.dep_ in UNDERGOER
                       for t in c.subtree) or any(fold(t.text) in days for t in told):
                continue
            folded = fold(doc[told[0].i:told[-1].i + 1].text)
            if any(p.search(folded) for p in cues["background"]):
                return Status.HISTORICAL
    return None


def _habitual_plural(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "la situation, marquée par les attaques répétées des ADF", "de fréquents affrontements", "les incursions
    demeurent fréquentes": event nouns in the plural that a modifier or a predicate of repetition qualifies
    (``habitual_modifiers``) tell a pattern, not an event; a day named in the sentence makes them news again."""
    if trigger.pos_ != "NOUN":
        return None
    said_of = [c for c in trigger.children if c.dep_ in ("amod", "acl", "det", "nummod")]
    # "despite sporadic fighting": a mass noun a word of scattered repetition qualifies tells a pattern too
    if "Plur" not in trigger.morph.get("Number") and not any(
            fold(c.text) in cues["scattered_modifiers"] for c in said_of):
        return None
    if trigger.dep_ in SUBJECT:  # "les incursions demeurent fréquentes": the repetition is the predicate
        head = trigger.head
        said_of += [head] if head.pos_ == "ADJ" else [c for c in head.children if c.dep_ in ("xcomp", "acomp", "obj")
                                                      and c.pos_ == "ADJ"]  # "restent courants", parsed as an object
    if not any(fold(c.lemma_) in cues["habitual_modifiers"] or fold(c.text) in cues["habitual_modifiers"]
               for c in said_of):
        return None
    days = _day_words(lang)
    return None if any(fold(t.text) in days and not _dates_another_noun(t, trigger) for t in trigger.sent) \
        else Status.HISTORICAL


def _dates_another_noun(day: Token, trigger: Token) -> bool:
    """Whether ``day`` lies in a clause that tells of another noun than the trigger ("selon un rapport publié
    lundi"): it dates that noun, not the trigger."""
    for node in day.ancestors:
        if node.dep_ in ("acl", "acl:relcl", "relcl") and node.head is not trigger \
                and not (node.left_edge.i <= trigger.i <= node.right_edge.i):
            return True
    return False


def _a_record(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "The gang was involved in bank robberies", "a man wanted for several killings": event nouns in the
    plural that a word of involvement or repute (``record_words``) governs through its preposition tell
    what the people named have done before, not an event of the report ("des militaires qui se sont illustrés
    dans les combats"), and a place "au cœur des affrontements", "a hotbed of attacks" is told by what has gone on
    there; a day or month named in the clause of that word makes them news again, not the day of what is done to
    those people ("a décoré samedi des militaires qui ...")."""
    if trigger.pos_ != "NOUN" or "Plur" not in trigger.morph.get("Number"):
        return None
    noun = trigger
    while noun.dep_ == "conj" and noun.head is not noun:
        noun = noun.head
    prep = noun.head
    if noun.dep_ not in ("pobj", "obl", "obl:mod", "nmod") or prep is noun:
        return None
    word = prep.head if prep.pos_ == "ADP" else prep
    if fold(word.lemma_) not in cues["record_words"] and fold(word.text) not in cues["record_words"]:
        return None
    days = _day_words(lang, months=True)
    return None if any(fold(t.text) in days for t in word.subtree) else Status.HISTORICAL


def _a_courts_sentence(trigger: Token, cues: dict) -> str | None:
    """ "Niger court jails protesters over embassy assault": a verb of jailing (``sentencing_verbs``) whose doer is
    a court or a judge (``court_speakers``) is a sentence passed on an act told elsewhere or long before, not an
    arrest ACLED codes; "police jailed the opposition leader" stays one."""
    if trigger.pos_ != "VERB" or fold(trigger.lemma_) not in cues["sentencing_verbs"]:
        return None
    # "a court jailed", "jailed by a court": the subject, or the agent's noun (the preposition's object in English)
    doers = [d for c in trigger.children if c.dep_ == "nsubj" or c.dep_ in PASSIVE_AGENT
             for d in (c, *(g for g in c.children if g.dep_ == "pobj"))]
    return Status.HISTORICAL if any(fold(d.lemma_) in cues["court_speakers"] for d in doers) else None


JUDGED_DEPTH = 6  # heads climbed from the act to the verb of sentencing ("for taking part in the assault")


def _the_act_judged(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "A court sentenced six men to prison for taking part in the assault on the embassy": the act named as the
    grounds (``grounds_preps``: "for", "over") of a sentence or a jailing (``sentencing_verbs``) is the act
    judged, done before, not the day's news; a day in the act's own words ("for the bombing on Monday") dates it."""
    if not cues["grounds_preps"]:
        return None
    act, below, node = None, trigger, trigger  # act: the phrase the grounds' preposition takes
    for _ in range(JUDGED_DEPTH):
        if act is None and any(c.dep_ in ("case", "mark") and fold(c.text) in cues["grounds_preps"]
                               for c in node.children):
            act = node
        elif act is None and node.dep_ == "prep" and fold(node.text) in cues["grounds_preps"]:
            act = below
        if node.head is node:
            return None
        below, node = node, node.head
        if act is not None and node.pos_ == "VERB" and fold(node.lemma_) in cues["sentencing_verbs"]:
            days = _day_words(lang)
            return None if any(fold(t.text) in days for t in act.subtree) else Status.HISTORICAL
    return None


def _crowd_in_custody(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "une centaine de manifestants détenus libérés", "Twelve protesters were jailed on Tuesday": the crowd of a
    protest (``custody_crowds``) named as people a court or a prison holds, frees or sentences
    (``custody_verbs``: its participle, the verb it is the subject of in the passive or the object of) is their
    fate after a protest told elsewhere or long before, not a protest; a day named in the crowd's own words
    ("les manifestants de samedi") dates that protest. An arrest is no custody here: "des manifestants arrêtés
    mardi" is the intervention in a protest ACLED codes."""
    if trigger.pos_ != "NOUN" or fold(trigger.lemma_) not in cues["custody_crowds"] \
            and fold(trigger.text) not in cues["custody_crowds"]:
        return None
    # "Douze manifestants", the count read as the head (a name, an adjective's noun); "une centaine de
    # manifestants libérés", the participle hung on the noun that counts them
    noun = trigger.head if trigger.head.like_num and trigger.head.i == trigger.i - 1 else \
        counted_by(trigger) or trigger
    held = [c for n in {trigger, noun} for c in n.children
            if c.dep_ in ("acl", "amod") and fold(c.lemma_) in cues["custody_verbs"]]
    if noun.dep_ in UNDERGOER or noun.dep_ == "nsubj:pass":
        held += [noun.head] if fold(noun.head.lemma_) in cues["custody_verbs"] else []
    if not held:
        return None
    custody = {t.i for v in held if v.head.i in (trigger.i, noun.i) for t in v.subtree}
    own = [t for t in noun.subtree if t.i not in custody]
    days = _day_words(lang, months=True)
    return None if any(fold(t.text) in days for t in own) else Status.HISTORICAL


RECOUNT_DEPTH = 3  # clause heads climbed from the trigger to the verb of recounting ("racontent avoir fui les combats")


def _recounted_clause(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "Les réfugiés racontent avoir échappé aux combats": what a clause under a verb of recounting
    (``recounting_verbs``) tells, with no day in its sentence, is a memory, background, as a quoted one is."""
    head = clause_head(trigger)
    for _ in range(RECOUNT_DEPTH):
        if fold(head.lemma_) in cues["recounting_verbs"] or fold(head.text) in cues["recounting_verbs"]:
            return None if _dated_by(trigger.sent, lang) else Status.HISTORICAL
        if head.head is head or head.dep_ not in ("xcomp", "ccomp"):
            return None
        head = clause_head(head.head)
    return None


TALLY = 5  # "58 attaques", "146 incidents": no news tells this many events as one undated event
MAX_LIST_CLIMB = 12  # deeper than any list of counted acts; stops a loop on a malformed tree


def _a_tally(trigger: Token, lang: LanguagePack) -> str | None:
    """ "Le rapport recense 146 incidents, dont 58 attaques attribuées aux ADF": an event noun counted in
    the many, in a sentence naming no day (a month alone is the tally's period), is a tally of a period,
    not an event; "On 30 January, the coalition conducted 6 air raids on X" is one event."""
    counted = trigger
    if trigger.pos_ == "VERB" and trigger.dep_ == "acl" and "Part" in trigger.morph.get("VerbForm") \
            and trigger.head.dep_ in UNDERGOER \
            and fold(trigger.head.head.lemma_) in lang.status_cues["counting_verbs"]:
        counted = trigger.head  # "L'ONG a recensé 320 civils tués": the victims a report counts, not a toll
    elif trigger.pos_ != "NOUN":
        return None
    if not _counted_many(counted):
        return None
    return None if _names_a_day(trigger.sent, lang, _the_tallys_own(trigger.sent, lang)) else Status.HISTORICAL


def _counted_many(noun: Token) -> bool:
    """Whether a figure of ``TALLY`` or more counts the noun ("58 attaques"), or the noun it is listed after,
    itself or through the word that counts it ("123 assassinats et exécutions sommaires, ainsi que des
    centaines d'enlèvements": the list shares the tally). A rough count alone ("fired dozens of rockets")
    is one act's scale, not a tally."""
    for _ in range(MAX_LIST_CLIMB):
        if any(c.dep_ == "nummod" and c.text.isdigit() and int(c.text) >= TALLY for c in noun.children):
            return True
        noun = counted_by(noun) or noun
        if noun.dep_ != "conj" or noun.head.pos_ != "NOUN" or noun.head.i == noun.i:
            return False
        noun = noun.head
    return False


def _the_tallys_own(sent: Span, lang: LanguagePack) -> set[int]:
    """The words of a clause on the tally itself ("selon son rapport publié mercredi"): the day they name is
    the report's, not its events'."""
    tallies = lang.status_cues["tally_nouns"]
    return {t.i for n in sent if fold(n.lemma_) in tallies for c in n.children if c.dep_ == "acl" for t in c.subtree}


def _names_a_day(sent: Span, lang: LanguagePack, aside: set[int] | frozenset[int] = frozenset()) -> bool:
    """Whether the sentence, its words ``aside`` apart, names a day: a weekday, "hier", or a date ("le 30
    janvier"); a month alone ("au mois d'août") is the period a tally covers."""
    days, months = _day_words(lang), _day_words(lang, months=True) - _day_words(lang)
    return any(t.i not in aside and (fold(t.text) in days or fold(t.text) in months and t.i > sent.start
                                     and t.doc[t.i - 1].like_num)
               for t in sent)


def _recounted_memory(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "Fatima raconte sa fuite. « Ils ont tué mon mari devant nos yeux », dit-elle": a quoted past that
    someone recounts (``recounting_verbs``, in its sentence or the two before) is a memory, background,
    unless the quotation dates it itself ("hier", a weekday, a figure)."""
    sent, start = trigger.sent, trigger.sent.start
    for _ in range(RECOUNT_REACH):  # the parser may make of "«" a sentence of its own
        start = trigger.doc[start - 1].sent.start if start > 0 else start
    if not inside_quotes(trigger, trigger.doc[start].idx):
        return None
    told = trigger.doc[start:sent.end]
    if not any(fold(t.lemma_) in cues["recounting_verbs"] or fold(t.text) in cues["recounting_verbs"] for t in told):
        return None
    return None if _dated_by(sent, lang) else Status.HISTORICAL


def _past_description(trigger: Token, lang: LanguagePack) -> str | None:
    """ "Il a visité un quartier touché par une frappe russe la semaine dernière", "visited a hospital
    bombed last week": an event that only describes what the sentence's verb acts on, dated to an
    earlier week or month, is background to that act, not news of its own; so is one undated when that act
    is a repair or a visit (``aftermath_verbs``: "réparer les centrales endommagées par les frappes")."""
    named_in = governing_verb(trigger) if trigger.pos_ == "NOUN" else trigger  # the event named, or the participle
    if named_in is not None and (_detached_participle(named_in) or named_in.dep_ == "acl") and \
            _during_an_event_named(named_in, lang, trigger if named_in is not trigger else None) and \
            not _dated_by(named_in.subtree, lang):
        return Status.HISTORICAL  # "... le même nombre de soldats, capturés lors de l'incursion"
    part = trigger if trigger.dep_ == "acl" else trigger.head if trigger.dep_ in PASSIVE_AGENT else \
        _participle_of(trigger)
    if part is None or part.dep_ != "acl" or part.head.dep_ not in UNDERGOER:
        return None
    earlier = [w for key in ("weeks", "months_relative") for w, days in lang.time.get(key, {}).items() if days < 0]
    told = fold(part.doc[part.left_edge.i:_phrase_end(part) + 1].text)
    if any(re.search(rf"\b{re.escape(w)}\b", told) for w in earlier) or \
            any(p.search(told) for p in lang.status_cues["weeks_ago"]):
        return Status.HISTORICAL
    phrase = part.doc[part.left_edge.i:part.right_edge.i + 1]
    if _repair_of(part.head, lang) and not _dated_by(phrase, lang):
        return Status.HISTORICAL  # "réparer les centrales endommagées par les frappes": the damage is done
    return None


MENDED_DEPS = ("amod", "acl", "acl:relcl", "relcl")  # "les écoles détruites", "dont les boutiques ont été pillées"


def _damage_to_mend(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "il a promis la réhabilitation des routes détruites", "indemniser les commerçants dont les boutiques
    ont été pillées": a damage told only on what a rebuilding, a repair or a compensation is about (the noun
    of ``aftermath_nouns``, the object of ``aftermath_verbs``), by a participle the parse reads as an adjective
    or a relative clause, is done already, as ``_past_description``'s; "incendiées lundi" stays news."""
    if trigger.pos_ not in ("VERB", "ADJ") or trigger.dep_ not in MENDED_DEPS:
        return None
    noun = trigger.head
    if noun.i == trigger.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    mended = noun.dep_ in UNDERGOER and fold(noun.head.lemma_) in cues["aftermath_verbs"] or \
        noun.dep_ == "nmod" and fold(noun.head.lemma_) in cues["aftermath_nouns"]
    return Status.HISTORICAL if mended and not _dated_by(trigger.subtree, lang) else None


def _an_agreement_in_force(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "a plaidé mardi pour l'application de l'accord de paix conclu à Washington": an agreement
    (``standing_agreements``) named with a definite article and a past participle of its own that names no day
    is one already in force, not a signing that day; "l'accord signé mardi à Doha" stays news."""
    if trigger.pos_ != "NOUN" or fold(trigger.lemma_) not in cues["standing_agreements"] or \
            not any(c.dep_ == "det" and fold(c.text) in cues["definite_determiners"] for c in trigger.children):
        return None
    # "l'accord de paix conclu à ...": the parse may hang the participle on the bare noun that names its kind
    kinds = [c for c in trigger.children if c.dep_ == "nmod" and not any(g.dep_ == "det" for g in c.children)]
    part = next((p for p in map(_participle_of, [trigger, *kinds]) if p is not None), None)
    return Status.HISTORICAL if part is not None and not _dated_by(part.subtree, lang) else None


def _an_agreement_talked_of(trigger: Token, cues: dict) -> str | None:
    """ "ont repris leurs discussions sur un accord de paix", "talks on the next phase of the truce", "rejected a
    draft agreement", "truce talks stall": an agreement (``agreement_nouns``) that is the topic (``topic_preps``)
    or the kind of talks (``talks_words``), or only a draft of one (``draft_words``), is sought, not made that
    day; "ont signé un accord de paix" stays news."""
    if fold(trigger.lemma_) not in cues["agreement_nouns"] and fold(trigger.text) not in cues["agreement_nouns"]:
        return None  # "cessez-le-feu" the tagger may read as a verb
    if any(c.dep_ in ("amod", "compound") and fold(c.lemma_) in cues["draft_words"] for c in trigger.children):
        return Status.PLANNED  # "a draft agreement"
    draft = trigger.head if trigger.dep_ == "nmod" else trigger.head.head if trigger.dep_ == "pobj" else None
    if draft is not None and fold(draft.lemma_) in cues["draft_words"] and not _accepted(draft, cues):
        return Status.PLANNED  # "un projet d'accord", "proposed a roadmap for a truce"
    if trigger.dep_ in ("compound", "nsubj") and fold(trigger.head.lemma_) in cues["talks_words"]:
        return Status.PLANNED  # "Gaza truce talks stall" (or "talks" read as a verb of "ceasefire"): the talks
    tok = trigger
    for _ in range(3):  # "négociations sur la deuxième phase de l'accord": up the chain of the noun's complements
        if any(c.dep_ == "case" and fold(c.text) in cues["topic_preps"] for c in tok.children):
            return Status.PLANNED if fold(tok.head.lemma_) in cues["talks_words"] else None
        if tok.dep_ == "pobj" and fold(tok.head.text) in cues["topic_preps"]:
            return Status.PLANNED if fold(tok.head.head.lemma_) in cues["talks_words"] else None
        if tok.dep_ == "nmod":
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            tok = tok.head.head
        else:
            return None
    return None


def _a_withdrawal_pending(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "Les deux parties restent divisées sur le retrait des troupes", "aucun calendrier n'a été fixé pour le retrait
    des troupes étrangères", "talks stall over withdrawal maps", "before any further withdrawal of its troops": a
    noun of withdrawal (``withdrawal_nouns``) told only as the topic of a dispute or of talks (``topic_preps``), or as
    what a timetable is for or what something must come before (``pending_preps``), is a withdrawal sought, not one
    made; ACLED codes the troops that pull out. A day or a figure in its own words ("le retrait achevé lundi") keeps
    it news."""
    nouns, preps = cues["withdrawal_nouns"], cues["topic_preps"] | cues["pending_preps"]
    if not nouns or trigger.pos_ != "NOUN" or fold(trigger.lemma_) not in nouns and fold(trigger.text) not in nouns:
        return None
    # "over withdrawal maps": the withdrawal names the kind of the thing talked over
    noun = trigger.head if trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN" else trigger
    ruled = any(c.dep_ == "case" and fold(c.text) in preps for c in noun.children) or \
        noun.dep_ == "pobj" and fold(noun.head.text) in preps
    return Status.PLANNED if ruled and not _dated_by(noun.subtree, lang) else None


def _an_agreement_carried_out(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "le comité de suivi de l'accord de paix", "a committee overseeing the peace agreement", "la mise en œuvre de
    l'accord": an agreement (``agreement_nouns``) that a word of carrying out, overseeing or breaking
    (``carrying_out_words``) is about was made before; its follow-up is no signing. A day in the agreement's own
    words ("l'accord signé lundi") keeps it news."""
    words = cues.get("carrying_out_words", ())
    told = trigger
    if trigger.dep_ == "acl" and trigger.pos_ == "VERB" or trigger.dep_ == "compound":
        trigger = trigger.head  # "the peace agreement signed with Rwanda", "the ceasefire agreement": the agreement's
    if not words or fold(trigger.lemma_) not in cues["agreement_nouns"] and \
            fold(trigger.text) not in cues["agreement_nouns"]:
        return None
    tok = trigger
    for _ in range(3):  # "la mise en œuvre de l'accord": up the chain of the noun's complements
        if tok.dep_ in ("nmod", "obj", "dobj"):
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            tok = tok.head.head
        else:
            return None
        # "le comité de suivi de l'accord": the parse may hang the agreement beside the word, on the body it names
        if any(fold(t.lemma_) in words or fold(t.text) in words
               for t in (tok, *(c for c in tok.children if c.dep_ == "nmod" and c.i < trigger.i))):
            return None if _dated_by(list(trigger.subtree), lang) or _dated_by(list(told.subtree), lang) \
                else Status.HISTORICAL
    return None


def _a_things_aim(trigger: Token, cues: dict) -> str | None:
    """ "New force to fight Haiti's gangs wins U.N. backing", "une force pour combattre les gangs": an infinitive of
    aim (``noun_aim_marks``) hung on a body of armed men (``aim_bodies``), or on a verb that sets the body up
    (``establishing_verbs``), tells what the body is for, not an act done ("a sit-in to protest" is the act
    itself); "the first force to enter the town" (an ordinal or a superlative on the noun, ``comparison_words``)
    tells one that was."""
    marks = cues.get("noun_aim_marks", ())
    if not marks or trigger.pos_ != "VERB" or "Inf" not in trigger.morph.get("VerbForm"):
        return None
    mark = next((c for c in trigger.children if c.dep_ in ("aux", "mark") and fold(c.text) in marks
                 and c.i < trigger.i), None)
    if mark is None:
        return None
    noun = trigger.head if trigger.dep_ in ("acl", "relcl") and trigger.head.pos_ == "NOUN" else None
    if noun is None and trigger.dep_ == "advcl" and fold(trigger.head.lemma_) in cues["establishing_verbs"]:
        # "approved a new force to fight the gangs": the parse hangs the aim on the verb that set the force up
        noun = next((c for c in trigger.head.children if c.dep_ in UNDERGOER and c.pos_ == "NOUN"
                     and c.right_edge.i + 1 == mark.left_edge.i), None)
    if noun is None or fold(noun.lemma_) not in cues["aim_bodies"] or \
            any(fold(c.text) in cues["comparison_words"] for c in noun.children if c.i < noun.i):
        return None
    return Status.PLANNED


def _accepted(draft: Token, cues: dict) -> bool:
    """ "accepted a U.S. proposal for a ceasefire": a draft that a verb of acceptance (``accepting_verbs``) takes
    is an agreement made."""
    return draft.dep_ in UNDERGOER and fold(draft.head.lemma_) in cues["accepting_verbs"]


def _a_present_beside_a_past(trigger: Token, cues: dict, lang: LanguagePack) -> str | None:
    """ "ont voté lundi le budget alors que le pays combat les jihadistes", "passed the budget on Monday as the
    country battles jihadists": an act in the simple present, in a clause opened by a mark of things going on at
    the same time (``concurrent_marks``) and hung on a sentence told in the past or the future ("dont un quart ira
    à l'armée alors que ..."), is the standing situation the news came in, not an act of its day; a day or a
    figure in the clause itself, or a pronoun for its doers (the sentence's own actors), makes it news."""
    if not cues["concurrent_marks"] or trigger.dep_ != "advcl" or any(c.dep_.startswith("aux") for c in trigger.children):
        return None
    # "as the government battles insurgencies": the tagger may make a noun of the verb that has a subject of its own
    mistagged = trigger.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in trigger.children)
    if not mistagged and (trigger.pos_ != "VERB" or "Pres" not in trigger.morph.get("Tense") or
                          "Fin" not in trigger.morph.get("VerbForm")):
        return None
    if not any(c.dep_ == "mark" and fold(" ".join([c.text] + [f.text for f in c.children if f.dep_ == "fixed"]))
               in cues["concurrent_marks"] for c in trigger.children):
        return None
    if any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" for c in trigger.children):
        return None  # "were surrounded by government forces as they advance": the sentence's own actors, its scene
    head = trigger.head  # "with security taking the largest share as ...": up to the finite verb told
    while head.head.i != head.i and (not ("Fin" in head.morph.get("VerbForm") or
                                          any(c.dep_.startswith("aux") for c in head.children))
                                     or head.dep_ in RELATIVE_CLAUSE and tense(head) == "present"):
        head = head.head  # "approved a budget that raises spending, as ...": past the budget's own relative clause
    if head.pos_ not in ("VERB", "AUX") or tense(head) not in ("past", "future"):
        return None
    # "as the government battles insurgencies in its two most populous regions": a count of regions is no figure
    told = [t for t in trigger.subtree if not (t.like_num and fold(t.head.lemma_) in lang.admin_words)]
    return None if _dated_by(told, lang) else Status.HISTORICAL


def _detached_participle(tok: Token) -> bool:
    """A past participle with no auxiliary set off by a comma, which the parse hangs on the main verb."""
    return (tok.dep_ == "advcl" and "Part" in tok.morph.get("VerbForm") and "Past" in tok.morph.get("Tense")
            and not any(c.dep_.startswith("aux") for c in tok.children)
            and tok.i > 0 and tok.doc[tok.i - 1].text == ",")


def _during_an_event_named(part: Token, lang: LanguagePack, only: Token | None = None) -> bool:
    """Whether a participle's own phrase places it during an event named with a definite article ("capturés
    lors de l'incursion ukrainienne", ``during_words``): an event already known, not news; ``only``: that
    event noun and no other."""
    cues = lang.status_cues
    for tok in part.subtree:
        if tok.i == part.i or tok.pos_ != "NOUN" or fold(tok.lemma_) not in lang.trigger_index:
            continue
        if only is not None and tok.i != only.i:
            continue
        marks = {fold(t.text) for t in tok.subtree if t.i < tok.i} | {fold(tok.head.text)}  # "lors" may head it
        if marks & cues["during_words"] and _definite_noun(tok, cues):
            return True
    return False


def _participle_of(noun: Token) -> Token | None:
    """ "Quinze otages enlevés le mois dernier": the past participle that tells what an event noun underwent."""
    if noun.pos_ != "NOUN":
        return None
    return next((c for c in noun.children if c.dep_ == "acl" and "Part" in c.morph.get("VerbForm")
                 and "Past" in c.morph.get("Tense")), None)


def _phrase_end(part: Token) -> int:
    """Where a participle's phrase ends: its subtree, and for a subject's phrase every word up to its verb
    ("otages enlevés par des hommes armés le mois dernier | ont été libérés": the parse may hang the
    time on the verb)."""
    noun, verb = part.head, part.head.head
    if noun.dep_ not in SUBJECT or verb.i < noun.i:
        return part.right_edge.i
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") and c.i > noun.i])
    return max(part.right_edge.i, first - 1)


def _repair_of(noun: Token, lang: LanguagePack) -> bool:
    """Whether what the noun undergoes is a repair, a rebuilding or a visit (``aftermath_verbs``)."""
    return fold(noun.head.lemma_) in lang.status_cues["aftermath_verbs"]


def _quoted_claim(trigger: Token, cues: dict) -> str | None:
    """ "a indiqué que « la Russie combat des civils »": a claim told in the present inside a quotation
    is what someone says of the world, not a dated event; a witness's past tense stays news. A
    quoted noun whose verb is the speaker's, outside the quotation ("« la Russie combat des civils »"
    parsed as a noun), has no tense of its own: it is the claim too. A quoted noun that a past verb
    outside says took place ("il y a eu « une bataille féroce »", "« de violents combats » ont éclaté")
    is the narrator's news, in the narrator's tense."""
    since = _quote_since(trigger)
    if not inside_quotes(trigger, since):
        return None
    verb = governing_verb(trigger)
    if verb is not None and not inside_quotes(verb, since) and tense(trigger) == "past" and _tells_occurrence(verb, cues):
        return None
    if tense(trigger) in ("present", "unknown") or verb is None or not inside_quotes(verb, since):
        return Status.HYPOTHETICAL
    return None


def _tells_occurrence(verb: Token, cues: dict) -> bool:
    """Whether a verb says that something took place: an existential ("il y a", "there was": an
    expletive subject) or an occurrence predicate ("éclater", "se produire", "take place")."""
    return any(c.dep_.startswith("expl") for c in verb.children) or fold(verb.lemma_) in cues["occurrence_predicates"]


def inside_quotes(trigger: Token, since: int | None = None) -> bool:
    """Whether a quotation opened earlier in the trigger's sentence (or since character ``since``) is
    still open at the trigger."""
    before = doc_text(trigger.doc)[trigger.sent.start_char if since is None else since:trigger.idx]
    if max(before.rfind(q) for q in OPEN_QUOTES) > max(before.rfind(q) for q in CLOSE_QUOTES):
        return True
    return sum(before.count(q) for q in STRAIGHT_QUOTES) % 2 == 1


def _infinitive_complement(token: Token) -> bool:
    return token.dep_ in ("xcomp", "acl") and "Inf" in token.morph.get("VerbForm") or _infinitive_read_as_adverbial(token)


def tallies_a_period(doc: Doc, sent: Span, lang: str | LanguagePack) -> bool:
    """ "Le porte-parole a présenté lundi le bilan des opérations menées au cours du mois de février": a
    sentence that names a tally (``tally_nouns``) and a past period (a background cue) announces counts of
    that period; the undated tolls told next are its contents, not the day's news."""
    cues = pack(lang).status_cues
    # a sentence with no trigger is not parsed (nlp/prefilter): its words have no lemma, "bilan" is its own form
    if not cues["tally_nouns"] or not any(fold(t.lemma_ or t.lower_) in cues["tally_nouns"] for t in sent):
        return False
    return bool(_sentence_cues(doc, sent, "period", [(Status.HISTORICAL, cues["background"])], cues))


def counts_a_series(trigger: Token, lang: str | LanguagePack) -> bool:
    """ "This is the third such attack in the area this month", "It was the fifth attack on the base": an
    event noun an ordinal or a word of likeness (``series_words``) counts among acts told before, as what
    a copula or ``series_verbs`` says this one is, tallies the series, not a new event. "Another such
    attack took place in Beni" tells one."""
    cues = pack(lang).status_cues
    if trigger.pos_ not in ("NOUN", "PROPN") or fold(trigger.head.lemma_) not in cues["series_verbs"] or \
            trigger.dep_ not in ("attr", "dobj"):
        return False
    return any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or fold(c.text) in cues["series_words"])
               for c in trigger.children)


def continues_previous(sent, lang: str | LanguagePack) -> bool:
    """A sentence opening on a subject pronoun continues the previous one's frame ("Ils ont ..."), and so does
    one whose subject is the toll told before, named by a definite article ("Most of the casualties were caused
    by drones", "The victims were ..."): its acts are the ones that toll counted."""
    cues = pack(lang).status_cues
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    if first is None:
        return False
    return fold(first.text) in cues["continuation_subjects"] or any(
        t.dep_ in SUBJECT or t.dep_ in PASSIVE_SUBJECT for t in _the_toll_told(sent.root, cues))


def _the_toll_told(root: Token, cues: dict) -> list[Token]:
    """The subject of the sentence's root (or of the clause a speech tag reports: "..., the mission said") that is
    a toll noun with a definite article, or that a quantifier ("most of the casualties") takes from one."""
    found = []
    verbs = [root] + [c for c in root.children if c.dep_ in ("ccomp", "parataxis")]
    for subject in (c for v in verbs for c in v.children if c.dep_ in SUBJECT or c.dep_ in PASSIVE_SUBJECT):
        nouns = [subject] + [g for p in subject.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        if any(fold(n.lemma_) in cues["toll_nouns"] or fold(n.text) in cues["toll_nouns"] for n in nouns
               if any(fold(d.text) in cues["definite_determiners"] for d in n.children if d.dep_ == "det")):
            found.append(subject)
    return found
