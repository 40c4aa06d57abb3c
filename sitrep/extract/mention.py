"""Mentions: one trigger of an article with its own status, date, place, sides and toll.

A mention is what one trigger says; several mentions of one event are joined afterwards
(``joining``). Building one reads its sentence only, plus what the article tells every mention
(``context``): the date the discourse is at, and the status a continuing sentence inherits.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from sitrep.acled import ARMED, CROWDS, NON_STATE_ARMED, UNDATED, Inter, Status, TimePrecision, is_unidentified_group
from sitrep.extract.arguments import assign_roles, subject_of, verb_of_finding
from sitrep.extract.clause import (ACTIVE_SUBJECT, CLAUSE_DEPS, DIRECT_OBJECT, DOER, NOUN_CLAUSE, NOUN_MODIFIER, PASSIVE_AGENT,
                                   PASSIVE_SUBJECT, RELATIVE_CLAUSE, SUBJECT, UNDERGOER, agent_marker, counted_by, governing_verb,
                                   participle_of_a_past_act, plural_pronoun_subject, pluperfect, relative_phrases, tense)
from sitrep.extract.context import ArticleContext
from sitrep.extract.place import choose_place
from sitrep.extract.quantities import Figure, attribution, fatalities, injured
from sitrep.extract.sides import (DEMONSTRATION_KINDS, INTERVENTION_KINDS, RULES, MentionFacts, Sides, Stage,
                                  fighting_crowd, herders_of_two_peoples, holds_target, livelihood_sides, says,
                                  settle_sides)
from sitrep.extract.status import (PERIOD_KINDS, claims_the_event, cue_status, remembrance_hosts, sought,
                                   views_the_event_told)
from sitrep.extract.time import TimeMention, find_time_mentions, resolve, spans_night
from sitrep.extract.triggers import TriggerMatch
from sitrep.lang import LanguagePack
from sitrep.nlp.models import doc_text, joined_text, span_text
from sitrep.normalise.actors import actor_for, find_actors
from sitrep.normalise.taxonomy import combine, is_violent, names_demonstration
from sitrep.text import fold
from sitrep.types import Actor, Evidence, Place, Toponym

RESTRAINED_PROTEST_KINDS = {"peaceful_protest", "protest_intervention"}  # the crowd itself not violent
TOLL_REACH = 3  # sentences back a toll named as such ("Le bilan fait état de ...") may reach, across a paragraph
TOLL_LEAD_WORDS = 6  # a sentence that states a toll ("Selon la police, cinq personnes ...") leads with it
REPORTING_WINDOW_DAYS = 60  # a stated date older than this before publication is background
JOINED_CLAUSE_DEPS = ("conj", "parataxis")  # a clause the parse joins beside another, not inside it
SPEAKER_POS = {"NOUN", "PROPN", "DET", "ADJ", "CCONJ", "NUM"}  # the words of who tells, in a speech tag
TOLD_DAY_KINDS = {"weekday", "night", "days", "absolute", "weeks"}  # a day a statement may tell its event on
SEQUENCE_CUE_TOKENS = 8  # "au lendemain de" sits just before its trigger; further back it orders another clause
SENTENCE_MEMO = 64  # sentences whose toll and source are kept: each trigger of a sentence reads the same ones
DATE_QUALIFIER_GAP = 3  # "On 22 April, overnight": a relative day this close after a stated date qualifies it
PERSON_ENTITIES = {"PER", "PERSON"}  # the models' label of a person's name (French, English)
WEAPON_DEMONYM_REACH = 2  # words between a weapon and the demonym that qualifies it ("frappes aériennes russes")
DISRUPTION_KINDS = {"disrupted_weapons"}  # a state's act on another's weapon
CROWD_VIOLENCE_KINDS = {"attack", "property_destruction", "abduction"}  # demonstrators doing these riot
DONE_TO_PEOPLE_KINDS = {"attack", "abduction", "sexual_violence", "arrest"}  # "a murdered journalist", "detained men"
PARTICIPLE_DEPS = {"amod", "acl"}  # a participle qualifying a noun ("a murdered journalist", "soldiers killed at")
AMBUSH_REACH = 12  # words after an ambush noun that may name what it struck, within its clause
_SIDE = {"assoc_actor_1": "assoc1", "assoc_actor_2": "assoc2"}  # a record's field -> the side of ``Sides`` it comes from
BASIS_PLACE = "the article's main place: the sentence names none"
BASIS_DATE = "the date the article is at, or its publication date: the sentence states none"
BASIS_INHERITED_DATE = "the date an earlier sentence states: the discourse is still at it"
BASIS_STATUS = "the tense and status cues of the trigger's sentence"
BASIS_JOINED = "another mention of the same event, joined to this one"
SIDE_NOUN_CHARS = 40  # text after a figure where the noun it counts stands ("une dizaine d'assaillants")
_SIDE_WORD = re.compile(r"\w[\w-]*")
_sentence_toll = functools.lru_cache(maxsize=SENTENCE_MEMO)(fatalities)
_sentence_source = functools.lru_cache(maxsize=SENTENCE_MEMO)(attribution)


@dataclass
class Mention:
    trigger: TriggerMatch
    sentence: int
    status: str
    tense: str
    time_text: Evidence | None = None
    event_date: date | None = None
    precision: int | None = None
    date_source: str = "default"  # stated | inherited | default
    place: Place | None = None
    place_text: Evidence | None = None
    place_source: str = "default"  # stated | default
    sides: Sides = field(default_factory=Sides)
    fatalities: int | None = None
    fatalities_text: Evidence | None = None
    fatalities_whole: bool = False  # counts everyone killed, not one side
    attributed_to: Evidence | None = None
    triggers: list[TriggerMatch] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)  # every actor its sentence names
    sequenced: bool = False  # set in a clause placing it before or after another action ("au lendemain de")
    cause: bool = False  # named as what another action follows or answers ("protested over the arrest of")
    view: bool = False  # only a view of an event told before ("L'attaque n'a pas été revendiquée"): its evidence
    kind: str = ""  # the trigger's kind, or what several triggers of one action add up to
    by_demonstrators: bool = False  # its violence was done by people named as demonstrators ("protesters torched")
    count_day: int | None = None  # where a day dating a count of its dead starts: the update's day, no event's

    def __post_init__(self):
        self.kind = self.kind or self.trigger.kind

    def facts(self, ctx: ArticleContext, text: str = "") -> MentionFacts:
        """What the side rules read of this mention; ``text`` is the article's, read by rules about labels."""
        return MentionFacts(kind=self.kind, sides=self.sides, context=ctx, actors=tuple(self.actors),
                            fatalities=self.fatalities, sentence=span_text(self.trigger.head.sent), text=text,
                            place=self.place, event_date=self.event_date,
                            demonstrated=self.demonstrated(ctx.lang),
                            joined_kinds=frozenset(t.kind for t in self.triggers),
                            sentences=" ".join(dict.fromkeys(span_text(t.head.sent) for t in self.triggers)))

    def demonstrated(self, lang: LanguagePack) -> bool:
        """Whether the event tells of a demonstration: its triggers do, or its violence is done by people
        named as demonstrators ("demonstrators tore down the gate" is a violent demonstration, not a mob's)."""
        return self.by_demonstrators or tells_demonstration(self.triggers, lang)


def tells_demonstration(triggers: list[TriggerMatch], lang: LanguagePack) -> bool:
    """Whether an event's triggers tell of a demonstration: one names it ("protesters", "a rally"), or
    tells of a demonstration's own means (``demonstration_tactics`` in roles: barricades, burning tyres)
    in its words or those beside them. ACLED: rioters who barricade a road or burn tyres demonstrate
    violently; violence with no demonstration told is mob violence. The means forces use on any crowd
    (``crowd_control_means``: tear gas, rubber bullets) tell of no demonstration: rioters are met with them too."""
    tactics, means = lang.demonstration_tactics, lang.crowd_control_means
    for t in triggers:
        if names_demonstration(t.kind) and " ".join(t.entry.words) not in means:
            return True
        span = t.head.doc[t.start:t.end]
        near = [*span, *(c for tok in span for c in tok.children), *(tok.head for tok in span)]
        if any(fold(w.text) in tactics or fold(w.lemma_) in tactics for w in near):
            return True
        if _protests_a_grievance(t, lang) or _set_during_a_demonstration(t, lang) or \
                _done_by_a_demanding_crowd(t, lang):
            return True
    return False


def _done_by_a_demanding_crowd(t: TriggerMatch, lang: LanguagePack) -> bool:
    """A riot whose doers are told by their demand ("workers demanding unpaid wages vandalised a factory": a
    present participle of demanding on the subject of the riot's verb, asia11's ``_a_crowds_demand``) tells of a
    demonstration, as "demanding the ..." in ``demonstration_purposes`` does: ACLED codes the violence of a crowd
    with a grievance a violent demonstration. A demand of the people a riot struck ("a mob beat workers demanding
    wages") is not its doers'."""
    return any(_a_crowds_demand(c, lang) for s in t.head.children if s.dep_ in ACTIVE_SUBJECT for c in s.children)


def _set_during_a_demonstration(t: TriggerMatch, lang: LanguagePack) -> bool:
    """A riot's sentence set during a demonstration that a noun names and no trigger reads ("during May Day
    marches", "during an Easter parade": ``occasion_preps`` then up to three words and one of
    ``demonstration_occasions`` in roles) tells of one: ACLED codes the crowd's violence there a violent
    demonstration; "after a parade" is no setting, a mob's violence after it stays the mob's."""
    preps, occasions = lang.folded_role("occasion_preps"), lang.folded_role("demonstration_occasions")
    return bool(preps and occasions) and \
        _occasion_pattern(preps, occasions).search(fold(span_text(t.head.sent))) is not None


@functools.lru_cache(maxsize=4)
def _occasion_pattern(preps: frozenset[str], occasions: frozenset[str]) -> re.Pattern:
    """One pattern for a preposition of setting, at most three words, then a demonstration's noun."""
    def alternatives(words: frozenset[str]) -> str:
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{alternatives(preps)})\s+(?:[\w'-]+\s+){{0,3}}(?:{alternatives(occasions)})(?!\w)")


def _protests_a_grievance(t: TriggerMatch, lang: LanguagePack) -> bool:
    """A riot's sentence that says what its crowd protested (``demonstration_purposes`` in roles: "pour protester
    contre", "en colère contre les délestages") tells of a demonstration: ACLED codes the crowd's violence a violent
    demonstration; a crowd's violence with no grievance told (a lynching) stays mob violence."""
    purposes = lang.folded_role("demonstration_purposes")
    return bool(purposes) and _whole_phrases(purposes).search(fold(span_text(t.head.sent))) is not None


@functools.lru_cache(maxsize=16)
def _whole_phrases(phrases: frozenset[str]) -> re.Pattern:
    """One pattern for any of ``phrases`` as whole words, compiled once per list: a search per phrase on every
    riot's sentence was a measurable share of the coding's time."""
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(phrases, key=len, reverse=True))) + r")(?!\w)")


def evidence(doc: Doc, field_name: str, start: int, end: int, basis: str | None = None) -> Evidence:
    """The span backing ``field_name``; with a ``basis`` when the value was inferred from the span, not read in it."""
    return Evidence(field_name, start, end, doc_text(doc)[start:end], basis=basis)


def _rule_basis(rule: str) -> str:
    """ "side rule state_fights_the_main_group: A battle has two sides: ...": the rule and the first line of its why."""
    doc = " ".join(next((r.__doc__ or "" for r, _ in RULES if r.__name__ == rule), "").split())
    first = doc.split(". ")[0].rstrip(".")
    return f"side rule {rule}: {first}" if first else f"side rule {rule}"


def side_rules(sides: Sides, group: list[Mention]) -> list[tuple[str, str]]:
    """The (rule, side) changes behind the event's ``sides``: its host's, then those of joined mentions whose
    side was taken over (a side a joined mention brought was settled when that mention was built)."""
    out = list(sides.changed_by)
    for other in group[1:]:
        for rule, side in other.sides.changed_by:
            mine, theirs = getattr(sides, side), getattr(other.sides, side)
            same = mine == theirs if side in ("assoc1", "assoc2") else (mine is not None and theirs is not None
                                                             and mine.name == theirs.name)
            if same and (rule, side) not in out:
                out.append((rule, side))
    return out


def _inferred_actor(doc: Doc, role: str, actor: Actor, m: Mention, rules: list[tuple[str, str]],
                    named: dict[str, Actor]) -> tuple[Actor, Evidence]:
    """An actor a side rule filled in from the article rather than read beside the trigger: its evidence is where
    the article names it ("Daech" for Islamic State), or the trigger the rule read when the article never does."""
    rule = next((r for r, s in reversed(rules) if s == _SIDE.get(role, role)), None)
    basis = _rule_basis(rule) if rule else BASIS_JOINED
    seen = named.get(actor.name)
    if seen is not None:
        return replace(actor, text=actor.text or seen.text), evidence(doc, role, seen.start, seen.end, basis)
    return actor, evidence(doc, role, *_span(doc, m.trigger), basis)


def _span(doc: Doc, trig: TriggerMatch) -> tuple[int, int]:
    last = doc[trig.end - 1]
    return doc[trig.start].idx, last.idx + len(last)


def event_evidence(doc: Doc, m: Mention, group: list[Mention], sides: Sides, ctx: ArticleContext,
                   named: dict[str, Actor]) -> tuple[list[Evidence], list[Actor | None]]:
    """The evidence of every coded field of host mention ``m`` with ``sides``, and the sides' actors (an actor
    filled in from the article carries the words the article names it by). A field read in a span cites it; one
    inferred from the article cites what it was inferred from, with its ``basis``."""
    trigger = _span(doc, m.trigger)
    found = [evidence(doc, "sub_event_type", *_span(doc, t)) for t in m.triggers]
    found.append(evidence(doc, "event_type", *trigger))
    actors: list[Actor | None] = []
    rules = side_rules(sides, group)
    for role, actor in (("actor1", sides.actor1), ("actor2", sides.actor2),
                        *(("assoc_actor_1", a) for a in sides.assoc1),
                        *(("assoc_actor_2", a) for a in sides.assoc2)):
        if actor is not None and actor.start >= 0:
            relabelled = not any(a.start == actor.start and a.name == actor.name for g in group for a in g.actors)
            rule = next((r for r, s in reversed(rules) if s == _SIDE.get(role, role)), None) if relabelled else None
            found.append(evidence(doc, role, actor.start, actor.end, _rule_basis(rule) if rule else None))
        elif actor is not None:
            actor, ev = _inferred_actor(doc, role, actor, m, rules, named)
            found.append(ev)
        actors.append(actor)
    found.extend(_place_and_date(doc, m, ctx, trigger))
    found.append(evidence(doc, "status", *trigger, BASIS_STATUS))
    found.extend(ev for ev in (m.fatalities_text, m.attributed_to) if ev is not None)
    return found, actors


def _place_and_date(doc: Doc, m: Mention, ctx: ArticleContext, trigger: tuple[int, int]) -> list[Evidence]:
    """The place and date of ``m`` as read, or what they were inferred from: the article's main place where it
    names it, the trigger whose sentence states no date, an earlier sentence's date."""
    out = []
    if m.place_text is not None:
        out.append(m.place_text)
    elif m.place is not None:
        main = ctx.main_place
        at = (main.start, main.end) if main is not None and main.place and main.place.name == m.place.name else trigger
        out.append(evidence(doc, "location", *at, BASIS_PLACE))
    if m.time_text is not None:
        out.append(m.time_text if m.date_source != "inherited" else replace(m.time_text, basis=BASIS_INHERITED_DATE))
    elif m.event_date is not None:
        out.append(evidence(doc, "event_date", *trigger, BASIS_DATE))
    return out


def why(doc: Doc, m: Mention, group: list[Mention], sides: Sides, kind_coding: str | None,
        coding: str | None, lang: LanguagePack) -> dict:
    """Why the event was coded as it is: its trigger and kind, the other triggers joined to it, the side rules
    that changed its sides, when the actors' types changed the sub-event type, that change, how the
    place was found (the geoparser's reason chain: which name, which unit, why that candidate), and
    whether its date is a night's (``date_spans_night``: merging then allows the next day too)."""
    out = {"trigger": doc[m.trigger.start:m.trigger.end].text, "trigger_kind": m.trigger.kind, "kind": m.kind,
           "joined": [{"trigger": doc[t.start:t.end].text, "kind": t.kind} for t in m.triggers if t is not m.trigger],
           "mentions": len(group),
           "side_rules": [f"{rule} ({side})" for rule, side in side_rules(sides, group)]}
    if kind_coding != coding:
        out["type_rule"] = f"{kind_coding} becomes {coding}: the actors' types decide (normalise/taxonomy)"
    if m.time_text is not None and m.event_date is not None and spans_night(m.time_text.text, lang):
        out["date_spans_night"] = True
    if m.place is not None:
        named = "named in its sentence" if m.place_source == "stated" else "the article's main place"
        out["place_rule"] = f"{named}; {m.place.reason}" if m.place.reason else named
    return out


def _met_with_force(text: str, lang: LanguagePack, toll: Figure | None) -> bool:
    """A protest sentence that tells of force used ("fired", "tirs", "réprimé") and of people killed
    or injured; deaths that are the protest's cause ("to honor a student whose death") name no force."""
    return bool(lang.protest_force_cue.search(fold(text))) and (bool(toll and toll.value) or injured(text, lang))


def _give_toll(doc: Doc, m: Mention, fig: Figure) -> None:
    m.fatalities, m.fatalities_text = fig.value, evidence(doc, "fatalities", fig.start, fig.end)
    m.fatalities_whole = fig.whole


def _tense_of_the_act_before(head: Token, lang: LanguagePack) -> str | None:
    """ "Des jeunes ont érigé des barricades, avant d'affronter la police": an infinitive that a mark of
    sequence (``sequence_infinitive_marks``) hangs on a finite verb goes on with that verb's act, at its
    time; read with no tense, it would take the publication's day and split the act in two."""
    verb = governing_verb(head)
    if verb is None or "Inf" not in verb.morph.get("VerbForm") or verb.dep_ != "advcl" or verb.head is verb:
        return None
    marks = set(lang.roles.get("sequence_infinitive_marks", []))
    if not any(c.dep_ == "mark" and fold(c.text) in marks for c in verb.children):
        return None
    told = tense(verb.head)
    return told if told != "unknown" else None


def _sequenced(doc: Doc, trig: TriggerMatch, lang: LanguagePack) -> tuple[bool, int | None]:
    """Whether the trigger sits in a clause placing it before or after another action, and how many
    days it lies from that action when the cue says ("a day after the army broke the siege": -1)."""
    sent = trig.head.sent
    before = fold(doc[max(sent.start, trig.start - SEQUENCE_CUE_TOKENS):trig.start].text).replace("'", "' ")
    before = " ".join(before.split())
    found = [(cue, days) for cue, days in lang.roles.get("sequence_cues", {}).items() if cue.replace("'", "' ") in before]
    if not found:
        return False, None
    return True, max(found, key=lambda f: len(f[0]))[1]  # "deux jours après que": the count, not the bare "après que"


def in_a_name(trig: TriggerMatch, in_names: Callable[[int], bool]) -> bool:
    """ "Oromo Liberation Army": a capitalised word inside a group's name names the group, not an event.
    ``in_names`` tells whether a character offset lies inside a group's name."""
    head = trig.head
    return head.text[:1].isupper() and not head.is_sent_start and in_names(head.idx)


def _counted_from_the_talks_day(doc: Doc, times: list[TimeMention], own: TimeMention | None,
                                trig: TriggerMatch, lang: LanguagePack) -> tuple[TimeMention, TimeMention] | None:
    """ "L'armée a affirmé mercredi avoir tué trente combattants lors d'une opération menée (la veille)": a
    sentence naming the day of the verb that tells the event, which governs the trigger, and a day told from
    another ("la veille", "the previous day") after it. The pair (the talk's day, the event's day counted
    from it), whichever of the two is nearest the trigger; None otherwise."""
    if own is None:
        return None
    sent = trig.head.sent
    pairs = []
    if own.kind in ("anaphoric", "days"):  # "a affirmé mardi avoir tué hier": yesterday counts from Tuesday
        talks = [t for t in times if t.kind not in ("anaphoric", "days") and sent.start_char <= t.start
                 and t.end <= own.start]
        if talks:
            pairs.append((talks[-1], own))
    if own.kind != "anaphoric":  # "said on Wednesday it had killed ... the previous day" / "... on Tuesday"
        told = [t for t in times if own.end < t.start < sent.end_char and
                (t.kind == "anaphoric" or t.start > trig.head.idx and t.kind in TOLD_DAY_KINDS
                 and not _in_a_relative_clause(doc, t, trig))
                and not _dates_a_later_telling(doc, t, own) and not _a_speech_tags_day(doc, t, trig, lang)]
        if told:
            pairs.append((own, told[0]))
    return next((pair for pair in pairs if _dates_the_telling(doc, pair[0], trig, lang)), None)


CLAIM_REACH = 3  # "claimed responsibility on Sunday": the day hangs on the claim through a noun and a preposition


def _dates_a_claim(doc: Doc, time: TimeMention, trig: TriggerMatch, lang: LanguagePack) -> bool:
    """Whether the day is that of a claim of responsibility for the trigger's act ("Islamic State claimed
    responsibility on Sunday for a suicide bombing", "l'EI a revendiqué dimanche l'attentat"): the act was
    done by then, not on it."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return False
    claims = lang.status_cues.get("responsibility_verbs", ())
    tok = span.root
    for _ in range(CLAIM_REACH):
        tok = tok.head
        if fold(tok.lemma_) in claims:
            return tok != trig.head and any(a == tok for a in trig.head.ancestors)
        if tok.head == tok:
            break
    return False


def _deictic_day_of_a_telling(doc: Doc, times: list[TimeMention], own: TimeMention | None, trig: TriggerMatch,
                              lang: LanguagePack) -> tuple[TimeMention, TimeMention] | None:
    """ "Drones struck a depot overnight, the governor said on Wednesday": a day counted from today
    ("overnight", "yesterday", "this morning") in a report whose speech tag names the day it was told counts
    from that day, as "the previous day" would. The pair (the telling's day, the act's day as counted from
    it); None otherwise."""
    if own is None or own.kind != "days":
        return None
    sent = trig.head.sent
    for t in times:
        if max(own.end, trig.head.idx) < t.start < sent.end_char and t.kind in ("weekday", "absolute") \
                and (_a_speech_tags_day(doc, t, trig, lang) or _dates_a_later_telling(doc, t, own)):
            return t, own
    return None


def _in_a_relative_clause(doc: Doc, time: TimeMention, trig: TriggerMatch) -> bool:
    """ "a affirmé mardi avoir tiré des roquettes, en riposte aux frappes qui ont tué lundi ...": a day told
    in a relative clause the trigger is not in dates that clause's act, not the one the statement tells."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return False
    for tok in (span.root, *span.root.ancestors):
        if tok.dep_ in RELATIVE_CLAUSE:  # "claimed a bombing that killed 50 on Friday": the clause tells the trigger's own act
            return not tok.left_edge.i <= trig.head.i <= tok.right_edge.i and tok.head != trig.head
    return False


def _dates_the_telling(doc: Doc, time: TimeMention, trig: TriggerMatch, lang: LanguagePack | None = None) -> bool:
    """Whether the day modifies a verb that governs the trigger (the statement telling the event). A date
    written out ("On 3 May 2022, police said ...") is the frame a dispatch dates its event by, not the
    statement's day: ACLED's notes open with the event's. Nor is the day of a verb that holds the event its
    object names (``holding_verbs``: "ont observé jeudi une journée ville morte, après l'assassinat ...
    mercredi"): that day is the event's own."""
    if time.kind == "absolute":
        return False
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    talk = span.root.head if span is not None else None
    if talk is not None and talk.dep_ == "prep":  # "said on Wednesday": the day hangs on the verb by its preposition
        talk = talk.head
    if talk is not None and talk == trig.head and _before_its_subject(span, trig.head):
        talk = next((a for a in trig.head.ancestors if a.pos_ == "VERB"), None)
        return talk is not None and talk.i < span.start
    if talk is not None and lang is not None and trig.head.head == talk and trig.head.dep_ in DIRECT_OBJECT \
            and fold(talk.lemma_) in {fold(w) for w in lang.roles.get("holding_verbs", ())}:
        return False
    return talk is not None and talk.pos_ == "VERB" and talk != trig.head and \
        any(a == talk for a in trig.head.ancestors)


def _dates_a_later_telling(doc: Doc, told: TimeMention, own: TimeMention) -> bool:
    """ "Gunmen stormed a mosque on Friday, killing 44, the ministry said on Saturday", "40 civils ont été tués
    lundi ..., a indiqué mardi un groupe de médecins": a day hung on a verb that governs the verb of the first
    day, or that the parse joins to it as a clause of its own, is the day the whole report was told, not a
    day counted from it."""
    first = doc.char_span(own.start, own.end, alignment_mode="expand")
    later = doc.char_span(told.start, told.end, alignment_mode="expand")
    if first is None or later is None:
        return False
    verb = verb_of_day(first.root)
    teller = verb_of_day(later.root)
    if verb is None or teller is None or teller == verb:
        return False
    return any(a == teller for a in verb.ancestors) or teller.head == verb and teller.dep_ in JOINED_CLAUSE_DEPS


def verb_of_day(tok: Token) -> Token | None:
    """The verb a day hangs on, directly or by its preposition ("said on Saturday"), through the part of the day
    it names ("read on Sunday evening": "Sunday" a compound of "evening")."""
    while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "NOUN":
        tok = tok.head
    head = tok.head
    if head.dep_ in ("prep", "case"):
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") and head != tok else None


def _dates_the_telling_of_a_past_act(doc: Doc, time: TimeMention, trig: TriggerMatch, lang: LanguagePack) -> bool:
    """ "The group said in a statement on Sunday that one of its fighters had carried out the bombing": a day
    on a verb of saying (``telling_verbs``) that governs the trigger's clause, told in the pluperfect, dates the
    telling; the act was done before it, on the day the article told it."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or not pluperfect(trig.head):
        return False
    verb = span.root
    for _ in range(TELLING_REACH):  # "said in a statement on Sunday": through the statement's noun
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
    return verb.pos_ == "VERB" and verb.i < trig.head.i and fold(verb.lemma_) in lang.status_cues["telling_verbs"] \
        and any(a == verb for a in trig.head.ancestors)


TELLING_REACH = 4  # heads climbed from a day to the verb of saying it hangs on ("said in a statement on Sunday")


def _another_day_of_the_sentence(times: list[TimeMention], day: TimeMention, trig: TriggerMatch) -> TimeMention | None:
    """The time told in the trigger's sentence, other than ``day``, nearest the trigger: the act's own day
    where ``day`` turned out to date a telling or a claim."""
    sent = trig.head.sent
    return _nearest_time([t for t in times if t is not day and sent.start_char <= t.start and t.end <= sent.end_char],
                         trig)


def _a_counts_day(doc: Doc, time: TimeMention, trig: TriggerMatch, lang: LanguagePack) -> bool:
    """ "Lundi, la société civile a compté huit personnes tuées": a day on a verb of counting
    (``counting_verbs``) whose counted dead the trigger qualifies dates the count, a toll's update, not
    the killing, which keeps the day told before."""
    head = trig.head
    if head.pos_ not in ("VERB", "ADJ") or head.dep_ not in ("acl", "amod") or head.head.dep_ not in UNDERGOER:
        return False
    counter = head.head.head
    if fold(counter.lemma_) not in lang.status_cues["counting_verbs"]:
        return False
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    return span is not None and verb_of_day(span.root) == counter


def _a_wounded_deaths_day(time: TimeMention, trig: TriggerMatch, lang: LanguagePack) -> bool:
    """ "L'attaque d'Uvira a fait cinq morts, deux blessés ayant succombé mardi à l'hôpital": a day on a verb of
    dying of wounds (``succumbing_verbs``) other than the trigger dates those later deaths, a toll's update, not
    the act, which keeps the day told before."""
    span = trig.head.doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root.head  # the parser may read "ayant succombé" as a noun: the word the day hangs on
    if verb.dep_ in ("prep", "case"):
        verb = verb.head
    words = lang.status_cues["succumbing_verbs"]
    return verb.i != trig.head.i and (fold(verb.lemma_) in words or fold(verb.text) in words)


def _a_speech_tags_day(doc: Doc, time: TimeMention, trig: TriggerMatch, lang: LanguagePack) -> bool:
    """ "Un général a été tué lors d'une embuscade dans l'Etat de Borno, ont annoncé mardi des sources
    militaires": a day in the speech tag after the told clause (a finite verb after a comma, past the trigger,
    with no subject before it, or a verb of saying, ``telling_verbs``, its subject between) dates the telling,
    not the act."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    verb = _published_by_a_saying(verb_of_day(span.root) if span is not None else None, lang)
    if verb is None or verb.pos_ != "VERB" or verb.i <= trig.head.i:
        return False
    i = verb.i - 1
    while i > verb.sent.start and doc[i].pos_ in ("AUX", "PRON"):
        i -= 1
    saying = fold(verb.lemma_) in lang.status_cues["telling_verbs"]
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.i < verb.i), None)
    if doc[i].text != "," and saying:  # "..., killing 23 people, a resistance group and residents said Saturday"
        j = i
        while j > trig.head.i and doc[j].pos_ in SPEAKER_POS:
            j -= 1  # the speakers' words back to the comma, however the parse joins them to the dead before them
        if doc[j].text == ",":
            i = j
        elif subject is not None and subject.left_edge.i > trig.head.i:
            i = subject.left_edge.i - 1
    if doc[i].text != "," or i < trig.head.i or span.start < i:  # the day must be the tag's own
        return False
    finite = "Fin" in verb.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in verb.children)
    inverted = finite and not any(c.dep_.startswith("nsubj") and c.i < i for c in verb.children)
    return inverted or saying


def _published_by_a_saying(verb: Token | None, lang: LanguagePack) -> Token | None:
    """ "..., an army spokesman said in a statement released on Monday": a participle that dates the statement,
    video or report a verb of saying (``telling_verbs``) was made in dates that saying; else ``verb`` itself."""
    if verb is None or verb.dep_ != "acl" or "Part" not in verb.morph.get("VerbForm"):
        return verb
    made = verb.head.head.head if verb.head.dep_ == "pobj" else verb.head.head
    return made if made.pos_ == "VERB" and fold(made.lemma_) in lang.status_cues["telling_verbs"] else verb


def _before_its_subject(span, verb) -> bool:
    """ "said on Wednesday it had killed": a day the parse hangs on the reported verb but that stands
    before that clause's own subject, right after the verb of saying, is the saying's day."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and span.end <= subject.left_edge.i and span.start < verb.i


def _nearest_time(times: list[TimeMention], trig: TriggerMatch, nights: frozenset[str] = frozenset()) -> TimeMention | None:
    """The time expression nearest the trigger. What qualifies a stated date is no date of its own:
    a relative day right after it ("On 22 April, overnight, ...") names a part of that day, a
    bracket opened right after it ("Around 13 February (between 11 - 17 February)") its span, and a word of
    the night (``night_days``: "overnight") in a sentence that names its day the night of that day."""
    text = joined_text(trig.head.doc)

    def qualifies(t: TimeMention, a: TimeMention) -> bool:
        gap = text[a.end:t.start]
        return a.kind == "absolute" and t.start >= a.end and (
            t.kind == "days" and len(gap) <= DATE_QUALIFIER_GAP or gap.lstrip().startswith("(") and ")" not in gap)

    times = [t for t in times if not any(qualifies(t, a) for a in times) and not _owned_by_another_act(t, trig)]
    if any(t.kind in NAMED_DAYS for t in times):  # "an overnight raid on a village ... on Sunday": Sunday's night
        times = [t for t in times if not (t.kind == "days" and fold(t.text) in nights)] or times
    if not times:
        return None
    pos = trig.head.idx
    return min(times, key=lambda t: abs(t.start - pos))


POSSESSOR = frozenset({"poss"})
NAMED_DAYS = ("weekday", "absolute")  # a day told by its name or its date, not counted from the report


def _owned_by_another_act(time: TimeMention, trig: TriggerMatch) -> bool:
    """ "Residents marched to demand justice for last month's attack": a day told as the possessor of a
    noun dates that noun's act, not the march around it; the noun as the trigger or its sentence's
    subject ("Sunday's attack killed five") keeps it."""
    doc = trig.head.doc
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    owner = next((t.head for t in span or () if t.dep_ in POSSESSOR and t.head.i >= span.end), None)
    return owner is not None and owner.pos_ == "NOUN" and owner is not trig.head and owner.dep_ not in SUBJECT


NOUN_CLAUSE_DEPS = ("acl", "relcl")  # a clause that qualifies a noun: "a journalist killed in a strike last week"


def _the_sentence_predicate(clause: Token) -> bool:
    """ "Around 23 June, police forces arrested and interrogated ...": a sentence whose root is a noun and
    whose only verb hangs on it as a clause was misparsed; that clause is the sentence's predicate, so
    the day told before it is its own."""
    noun = clause.head
    return noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN") and clause.i > noun.i


def _own_clause_time(times: list[TimeMention], trig: TriggerMatch, nearest: TimeMention | None) -> TimeMention | None:
    """The day told inside the clause that qualifies a noun and holds the trigger, over a nearer day of the
    sentence around it: in "attended the funeral on Sunday of a journalist killed in a drone strike last
    week", the strike is last week's, Sunday the funeral's."""
    clause = next((t for t in (trig.head, *trig.head.ancestors) if t.dep_ in NOUN_CLAUSE_DEPS), None)
    if clause is None or nearest is None or _the_sentence_predicate(clause):
        return nearest
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    if lo <= nearest.start < hi:
        return nearest
    deeper = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in clause.subtree
              if c is not clause and c.dep_ in NOUN_CLAUSE_DEPS and trig.head not in c.subtree]
    inside = [t for t in times if lo <= t.start and t.end <= hi and not any(a <= t.start < b for a, b in deeper)]
    return min(inside, key=lambda t: abs(t.start - trig.head.idx)) if inside else nearest


def build_mention(doc: Doc, trig: TriggerMatch, n: int, times: list[TimeMention], toponyms: list[Toponym],
                  actors: list[Actor], ctx: ArticleContext,
                  discourse_date: tuple[date, int, Evidence] | None, inherited_status: str | None) -> Mention:
    """The mention of trigger ``trig`` in sentence ``n``: its status, date, place, sides and toll."""
    lang = ctx.lang
    verb_tense = tense(trig.head)
    if verb_tense == "unknown":
        verb_tense = _tense_of_the_act_before(trig.head, lang) or verb_tense
    cue = cue_status(doc, trig.head, lang, (trig.start, trig.end), is_violent(trig.kind))
    if cue is None and trig.kind == "territory_gain" and sought(trig.head, lang):
        cue = Status.HYPOTHETICAL  # "battling for control of towns": the aim of the fight
    status = cue or inherited_status
    if status not in UNDATED:
        status = None
    sequenced, days_apart = _sequenced(doc, trig, lang)
    m = Mention(trigger=trig, sentence=n, status=status or Status.REPORTED, tense=verb_tense, triggers=[trig],
                actors=actors, sequenced=sequenced, cause=_told_as_a_cause(trig.head, lang),
                view=cue in UNDATED and views_the_event_told(doc, trig.head, lang))
    own = _own_clause_time(times, trig, _nearest_time(times, trig, frozenset(lang.time.get("night_days", ()))))
    published = ctx.article.published
    anchor = discourse_date[0] if discourse_date else None
    telling = None
    if own is not None and _a_speech_tags_day(doc, own, trig, lang):
        telling = own  # "Un général a été tué lors d'une embuscade, ont annoncé mardi des sources"
        # "... in Luanda on November 11, 2020, Human Rights Watch said today": the act's own day, if told
        own = _nearest_time([t for t in times if t.end <= telling.start], trig)
    if own is not None and telling is None and (_a_counts_day(doc, own, trig, lang)
                                                or _a_wounded_deaths_day(own, trig, lang)):
        telling, own = own, None  # "Lundi, la société civile a compté huit personnes tuées": the count's day
        m.count_day = telling.start
    if own is not None and telling is None and _dates_the_telling_of_a_past_act(doc, own, trig, lang):
        # "said on Thursday that militants had killed four people on Tuesday": the act's own day, if told
        telling, own = own, _another_day_of_the_sentence(times, own, trig)
    if own is not None and telling is None and _dates_a_claim(doc, own, trig, lang):
        other = _another_day_of_the_sentence(times, own, trig)
        if other is not None:  # "claimed responsibility on Sunday for a bombing that killed 50 on Friday"
            telling, own = own, other
    talk = _counted_from_the_talks_day(doc, times, own, trig, lang) or _deictic_day_of_a_telling(doc, times, own, trig, lang)
    if talk is not None:  # "a affirmé mercredi avoir tué (...) la veille": Tuesday
        talk_day, own = talk
        anchor = resolve(talk_day, published)[0] or anchor
        if own.kind == "days":  # "said on Tuesday that gangs burned homes overnight": counted from Tuesday
            own = replace(own, kind="anaphoric")
    elif own is not None and own.kind == "anaphoric":  # "On 3 April, the body of a man abducted the previous week"
        stated = [t for t in times if t.kind == "absolute" and trig.head.sent.start_char <= t.start and t.end <= own.start]
        anchor = (resolve(stated[-1], published)[0] or anchor) if stated else anchor
    if status is None:
        if own is not None:
            d, p = resolve(own, published, future=verb_tense == "future", anchor=anchor)
            if d is not None:
                m.event_date, m.precision, m.date_source = d, p, "stated"
                m.time_text = evidence(doc, "event_date", own.start, own.end)
                if published is not None and d > published or verb_tense == "future":
                    m.status = Status.PLANNED  # "a averti mardi que toute marche sera dispersée"
                elif published is not None and (published - d).days > REPORTING_WINDOW_DAYS:
                    m.status = Status.HISTORICAL  # an anniversary or a recalled past, not news
        if m.date_source == "default":
            if verb_tense == "future":
                m.status = Status.PLANNED
            elif verb_tense == "past" and discourse_date is not None:
                m.event_date, m.precision, m.time_text = discourse_date
                m.date_source = "inherited"
                if published is not None and (published - m.event_date).days > REPORTING_WINDOW_DAYS:
                    m.status = Status.HISTORICAL  # "En mars 2022, ... Les soldats avaient tué": the recalled past goes on
            elif published is not None:
                m.event_date = published
                m.precision = TimePrecision.DAY if verb_tense != "past" else TimePrecision.WEEK
            if telling is not None and m.status not in UNDATED:
                d, p = resolve(telling, published, anchor=anchor)  # no later than the day it was told
                if d is not None and (m.event_date is None or d < m.event_date):
                    m.event_date, m.precision = d, p
        if m.status == Status.REPORTED and verb_tense == "present" and m.date_source != "stated" \
                and not participle_of_a_past_act(trig.head):
            m.status = Status.ONGOING
        if days_apart and m.event_date is not None and (own is None or own.start < trig.head.idx):
            m.event_date += timedelta(days=days_apart)  # the sentence's date is the other action's
    if m.status in UNDATED:
        m.event_date, m.precision, m.time_text = None, None, None
    sent = trig.head.sent
    att = _sentence_source(span_text(sent), lang, sent.start_char)
    if att is not None:  # "selon un observatoire basé à Londres": the source's place is not the event's
        toponyms = [t for t in toponyms if not (att[1] <= t.start < att[2])]
    m.place, named_by, m.place_source = choose_place(trig, toponyms, actors, ctx)
    if named_by is not None:
        m.place_text = evidence(doc, "location", named_by.start, named_by.end)
    if att is not None:
        m.attributed_to = evidence(doc, "source", att[1], att[2])
        # "..., police said": who tells of the event is not, by saying so, a side of it
        if att[1] > trig.head.idx:
            actors = [a for a in actors if not (att[1] <= a.start and a.end <= att[2])]
            m.actors = actors
    finding = verb_of_finding(trig.head, lang) if trig.kind == "attack" else None
    if finding is not None:
        actors = [a for a in actors if not subject_of(doc, a, finding)]
        m.actors = actors
    dated_phrases = _dated_relative_phrases(sent, times)
    roles = assign_roles(doc, trig.head, doc[trig.end - 1].idx + len(doc[trig.end - 1]),
                         [a for a in _actors_of_its_clause(actors, dated_phrases, trig, lang)
                          if not _in_a_protests_cause(trig.head, a, lang)], lang)
    m.sides = Sides.of(roles)
    m.sides = _a_nations_weapon(m.sides, m.kind, trig, lang)
    m.sides = _a_states_strike(m.sides, m.kind, trig, toponyms, lang)
    m.sides = _a_nations_post(m.sides, m.kind, trig, lang)
    m.sides = _a_states_launched_weapon(m.sides, m.kind, trig, toponyms)
    herders, farmers = livelihood_sides(actors, lang)
    # herders and farmers, or herders of two peoples, fight as communal militias
    m.kind = control_fought_over(m.kind, trig.head, lang)
    if not (herders and farmers) and not any(herders_of_two_peoples(a, doc_text(doc), lang) for a in herders):
        m.kind = fight_of_a_crowd(m.kind, m.sides, actors, trig.head, lang)
    m.kind = the_owner_of_what_a_crowd_wrecked(m.kind, m.sides, trig, lang)
    m.kind = violence_by_a_crowd(m.kind, m.sides, actors, trig, lang)
    m.by_demonstrators = m.kind == "violent_demonstration" and any(
        a is not None and a.inter == Inter.PROTESTERS for a in (m.sides.actor1, m.sides.actor2))
    m.kind = violence_of_the_demonstrators(doc, m.kind, trig, actors, lang)
    m.kind = ambush_of_civilians(m.kind, m.sides, actors, trig.head, lang)
    m.kind = positions_taken(m.kind, trig.head, lang)
    m.kind = takeover_attempted(m.kind, trig.head, lang)
    m.kind = strike_by_its_means(m.kind, trig.head, lang)
    m.kind = bombs_of_a_fight(m.kind, trig, lang)
    m.kind = raid_by_aircraft(m.kind, trig.head, lang)
    m.kind = weapons_taken(m.kind, trig.head, lang)
    m.kind = detention_to_conscript(m.kind, trig.head, lang)
    restrained = m.kind in RESTRAINED_PROTEST_KINDS
    told = _without_other_dated_acts(_without_causes(sent, trig.head, lang), sent, trig, dated_phrases)
    if att is not None:
        told = _without_its_source(told, att, sent.start_char, lang)
    fig = _sentence_toll(told, lang, sent.start_char) if is_violent(m.kind) or restrained else None
    if fig is None and is_violent(m.kind):
        fig = _named_victim(doc, trig, lang)
    m.kind = force_on_protesters(m.kind, m.sides, fig, told, lang, trig.head.doc)
    m.kind = crowd_control_on_civilians(m.kind, m.sides, trig, lang)
    if restrained and _met_with_force(told, lang, fig):
        m.kind = "force_against_protest"  # ACLED: a protest met with lethal force or serious injuries
    if fig is not None and is_violent(m.kind):
        _give_toll(doc, m, fig)
    m.sides = settle_sides(m.facts(ctx, doc_text(doc)), Stage.MENTION)
    return m


def force_on_protesters(kind: str, sides: Sides, toll: Figure | None, told: str, lang: LanguagePack,
                        doc: Doc | None = None) -> str:
    """ACLED: armed men who kill or injure people the text names as protesters ("opened fire on peaceful
    protesters, killing three") use excessive force against protesters; the act is the protest's, not an
    attack on civilians. Without a dead or injured it stays as read. People named by their cause
    (``cause_people``: "gunmen shot dead two activists"), where no word of the article tells a
    demonstration or a crowd, were attacked as civilians: they held no protest. A crowd told protesting ("on a
    crowd protesting fuel prices") is the protest's, whoever of it the toll names or when it names no one."""
    a1, a2 = sides.actor1, sides.actor2
    if kind != "attack" or a1 is None or a1.inter not in ARMED:
        return kind
    crowd = doc is not None and _a_protesting_crowd(doc, lang)
    if a2 is None and not crowd or a2 is not None and a2.inter != Inter.PROTESTERS and not (
            a2.inter == Inter.CIVILIANS and doc is not None and (_protesting(doc, a2, lang) or crowd)):
        return kind
    noun = fold(a2.text).split()[-1:] if a2 is not None else []
    if doc is not None and noun and noun[0] in lang.roles.get("cause_people", ()) and not _tells_a_crowd(doc, lang):
        return kind
    return "force_against_protest" if toll is not None and toll.value or injured(told, lang) else kind


def _protesting(doc: Doc, a: Actor, lang: LanguagePack) -> bool:
    """ "opened fire on youths protesting a tax", "on farmers demonstrating against land seizures": people told by a
    participle of a demonstration's own verb (a trigger that names one with no word required beside it,
    ``names_demonstration``) hung on their noun are protesters, whatever their noun."""
    span = doc.char_span(a.start, a.end, alignment_mode="expand") if a.end > a.start >= 0 else None
    return span is not None and _has_protest_participle(span.root, lang)


def _a_protesting_crowd(doc: Doc, lang: LanguagePack) -> bool:
    """ "opened fire on a crowd protesting the election result, killing one man": a crowd (``crowd_words``) told
    by a participle of a demonstration's own verb is a protest's, whoever of it the toll names."""
    crowds = set(lang.roles.get("crowd_words", ()))
    return any((fold(t.lemma_) in crowds or fold(t.text) in crowds) and
               (_has_protest_participle(t, lang) or t.head is not t and _protest_participle(t.head, lang))
               for t in doc)  # the parser hangs the participle on the crowd, or at times the crowd on it


def _has_protest_participle(tok: Token, lang: LanguagePack) -> bool:
    """Whether a present participle of a demonstration's verb hangs on ``tok`` ("youths protesting a tax")."""
    return any(c.dep_ == "acl" and _protest_participle(c, lang) for c in tok.children)


def _protest_participle(tok: Token, lang: LanguagePack) -> bool:
    """Whether ``tok`` is a present participle of a demonstration's own verb (a trigger naming one with no word
    required beside it: "protesting", "demonstrating")."""
    return tok.morph.get("VerbForm") == ["Part"] and tok.morph.get("Tense") == ["Pres"] and any(
        names_demonstration(e.kind) and not e.requires and e.words == (fold(tok.lemma_),)
        for e in lang.trigger_index.get(fold(tok.lemma_), ()))


def crowd_control_on_civilians(kind: str, sides: Sides, trig: TriggerMatch, lang: LanguagePack) -> str:
    """ "Soldiers fired tear gas at farmers": the means forces use on a crowd (``crowd_control_means``), used
    on civilians no word of the article tells demonstrating or rioting, are ACLED's attack on civilians,
    not an intervention in a protest no one held."""
    a1, a2 = sides.actor1, sides.actor2
    if kind != "protest_intervention" or " ".join(trig.entry.words) not in lang.crowd_control_means \
            or a1 is None or a1.inter != Inter.STATE_FORCES or a2 is None or a2.inter != Inter.CIVILIANS:
        return kind
    return kind if _tells_a_crowd(trig.head.doc, lang) else "attack"


def _tells_a_crowd(doc: Doc, lang: LanguagePack) -> bool:
    """Whether a word of the article names a demonstration, a riot or a crowd: the language's triggers of
    the crowd's own acts (not of force used on it), with a word they require, or ``crowd_words``. A date's
    words are left out: "On 9 March" tells no march."""
    told = [t for t in doc if t.ent_type_ != "DATE"]
    if any(_a_crowds_demand(t, lang) for t in told):
        return True
    words = {fold(t.text) for t in told} | {fold(t.lemma_) for t in told}
    folded = f" {' '.join(fold(t.text) for t in told)} "
    for entry in lang.triggers:
        phrase = " ".join(entry.words)
        if names_demonstration(entry.kind) and entry.kind not in INTERVENTION_KINDS \
                and (phrase in words if len(entry.words) == 1 else f" {phrase} " in folded) \
                and (not entry.requires or entry.requires & words):
            return True
    return bool(words & set(lang.roles.get("crowd_words", ())))


def _a_crowds_demand(tok: Token, lang: LanguagePack) -> bool:
    """ "students demanding quota reform": a present participle of demanding (``demand_participles`` in roles)
    hanging on the people it tells of, several of them, makes them a crowd with a grievance, as "protesting
    students" does."""
    return tok.dep_ == "acl" and tok.morph.get("VerbForm") == ["Part"] and tok.morph.get("Tense") == ["Pres"] and \
        tok.head.morph.get("Number") == ["Plur"] and fold(tok.lemma_) in lang.roles.get("demand_participles", ())


def _named_victim(doc: Doc, trig: TriggerMatch, lang: LanguagePack) -> Figure | None:
    """ "Jean Dupont a été abattu mardi", "John Smith was shot dead": a killing whose one victim is named
    by a person's name (no count to read) has one dead."""
    killed = set(lang.quantities["killed"])
    head = trig.head
    if not {fold(t.text) for t in [*doc[trig.start:trig.end], *head.children]} & killed:
        return None
    named = [c for c in head.children if c.dep_ in UNDERGOER and c.pos_ == "PROPN" and c.ent_type_ in PERSON_ENTITIES]
    if len(named) != 1 or any(c.dep_ == "conj" for c in named[0].children):
        return None
    name = doc[named[0].left_edge.i:named[0].right_edge.i + 1]
    return Figure(1, name.start_char, name.end_char, name.text)


def fight_of_a_crowd(kind: str, sides: Sides, actors: list[Actor], head: Token, lang: LanguagePack) -> str:
    """ACLED: a battle is fought by organised armed groups; a clash a crowd fights ("a clash between
    supporters of two candidates", "locals clashed with soldiers") is a riot: a violent demonstration
    when the event tells of a demonstration ("clashed with police during a demonstration"), whoever
    the crowd is named as, mob violence otherwise (the taxonomy's ``without_demonstration``). The crowd
    must be named inside the clash's own phrase ("people were killed in the fighting" are its victims),
    or in the clause the clash is the subject of ("des heurts ont éclaté entre manifestants et
    policiers"), and no armed group beside it."""
    if kind != "armed_clash" or any(a.inter in NON_STATE_ARMED for a in actors) or _crowds_traded_fire(sides, head, lang):
        return kind
    if sides.actor1 is None and sides.actor2 is None and actors and all(a.inter in CROWDS for a in actors) \
            and _pits_crowds(head, actors):
        return "violent_demonstration"  # "des heurts ont opposé des militants de deux partis": no force named
    if any(a is not None and a.inter not in CROWDS | {Inter.STATE_FORCES} for a in (sides.actor1, sides.actor2)):
        return kind
    phrase = head.head if head.dep_ in SUBJECT and head.head.pos_ == "VERB" or head.dep_ == "acl" else head
    words = range(phrase.left_edge.idx, phrase.right_edge.idx + len(phrase.right_edge))
    crowd = {a.inter for a in actors if a.inter in CROWDS and a.start in words}
    acting = sides.actor1 is not None and sides.actor1.inter in CROWDS or _clashed_with_a_crowd(sides, head, lang)
    if acting and plural_pronoun_subject(head):
        crowd.add(sides.actor1.inter)  # "arrested students after they clashed with officers": the pronoun is the crowd
    if not crowd or not acting:  # "Russia fights civilians": people a force acts on are its victims
        return kind
    if any(fighting_crowd(a, lang) for a in (sides.actor1, sides.actor2)):
        return kind  # "tribesmen clashed with Houthi forces": a tribe's armed men, not a riot
    return "violent_demonstration"


def _crowds_traded_fire(sides: Sides, head: Token, lang: LanguagePack) -> bool:
    """ "rival groups of illegal miners exchanged fire": crowds that shot at each other (``weapon_phrases``; one crowd
    told alone traded fire within itself), with no state force among them, fought a battle, not a riot: ACLED codes
    it an armed clash of the country's unidentified armed groups (``a_clash_of_unarmed_people_is_mob_violence``)."""
    a1, a2 = sides.actor1, sides.actor2
    crowds = a1 is not None and a1.inter in CROWDS and (a2 is None or a2.inter in CROWDS)
    return crowds and says(span_text(head.sent), lang, "weapon_phrases")


def _clashed_with_a_crowd(sides: Sides, head: Token, lang: LanguagePack) -> bool:
    """ "police clashed with protesters": a crowd a state's forces clash with (``mutual_verbs``) fights as much as
    they do; the clash is the crowd's riot, told from the forces' side."""
    a1, a2 = sides.actor1, sides.actor2
    return a1 is not None and a1.inter == Inter.STATE_FORCES and a2 is not None and \
        a2.inter in (Inter.PROTESTERS, Inter.RIOTERS) and fold(head.lemma_) in lang.roles.get("mutual_verbs", ())


def _pits_crowds(head: Token, actors: list[Actor]) -> bool:
    """Whether a clash noun is the subject of a verb that takes a crowd as its object ("des heurts ont
    opposé des militants ...", "ont mis aux prises des jeunes"): the crowd fought, it is not the clash's toll."""
    verb = head.head
    if head.dep_ not in SUBJECT or verb is head or verb.pos_ != "VERB":
        return False
    starts = {a.start for a in actors}
    return any(c.dep_ in DIRECT_OBJECT | {"obl:arg"} and any(t.idx in starts for t in c.subtree) for c in verb.children)


def _a_nations_weapon(sides: Sides, kind: str, trig: TriggerMatch, lang: LanguagePack) -> Sides:
    """"Russian airstrikes", "Israeli shelling", "Turkish drone strikes": a nation's name on the
    strike itself says whose forces struck, when the sentence names no one else as acting."""
    head = trig.head
    # "douze personnes ont été tuées dans une attaque de drone russe": the killed, read as the subject, act not;
    # nor do "deux soldats ukrainiens tués lors d'un bombardement russe": another nation's forces, on a weapon
    # noun that names who fired it
    victims = sides.actor1 is not None and sides.actor2 is None and (
        sides.actor1.inter == Inter.CIVILIANS or head.pos_ == "NOUN" and sides.actor1.country is not None
        and sides.actor1.inter == Inter.STATE_FORCES)
    if sides.actor1 is not None and not victims or not is_violent(kind) or kind in DEMONSTRATION_KINDS:
        return sides
    # "tués par des tirs israéliens", "des drones russes ont visé Kherson"; not "U.S. airstrikes ... hit", a noun
    # the tagger took for a verb though it is the subject of one
    if head.pos_ == "VERB" and head.dep_ not in SUBJECT and not _a_verb_worn_as_a_noun(head, lang):
        # "killed by Israeli fire": English hangs the agent's noun on its "by"
        doers = [c for c in head.children if c.dep_ in DOER] + \
            [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        weapons = [c for c in doers if fold(c.lemma_) in lang.trigger_index]
    else:  # the weapon named by the trigger itself, however parsed ("drones" read as an adjective)
        weapons = list(head.doc[trig.start:trig.end])
    doc = head.doc
    for w in weapons:
        beside = (doc[w.i - 1] if w.i > 0 else None) if lang.demonym_before_noun else \
            (doc[w.i + 1] if w.i + 1 < len(doc) else None)
        # "une attaque près de la frontière malienne": the parse may hang a later noun's demonym on the weapon
        near = [c for c in w.children if c.dep_ in NOUN_MODIFIER and abs(c.i - w.i) <= WEAPON_DEMONYM_REACH]
        near += _on_the_weapons_model(near, w)
        for mod in near + ([beside] if beside is not None else []):
            iso = lang.demonyms.get(fold(mod.text))
            if iso and victims and sides.actor1.country == iso and sides.actor1.inter != Inter.CIVILIANS:
                return sides  # "des soldats russes ... un bombardement russe": the nation's own forces fired
            if iso:
                force = actor_for("military", iso, mod.text, mod.idx, mod.idx + len(mod.text))
                return replace(sides, actor1=force, actor2=sides.actor1) if victims else replace(sides, actor1=force)
    return sides


def _a_verb_worn_as_a_noun(head: Token, lang: LanguagePack) -> bool:
    """ "after Russian shelling", "Ukrainian shelling hit Graivoron": the tagger reads the gerund as a verb, yet a
    verb with no subject (but that name, which the parse may make one), auxiliary or object of its own whose word
    before it is a nation's name is the nation's strike named as a noun; "Russian forces were shelling X" keeps its
    subject."""
    if not lang.demonym_before_noun or head.i == 0:
        return False
    before = head.doc[head.i - 1]
    own = [c for c in head.children if c.i != before.i]
    if any(c.dep_ in SUBJECT | DIRECT_OBJECT or c.dep_.startswith("aux") for c in own):
        return False
    return fold(before.text) in lang.demonyms


def _on_the_weapons_model(near: list[Token], weapon: Token) -> list[Token]:
    """ "a Russian Iskander missile", "Russian Kh-101 missiles": the parse hangs the demonym on the weapon's model
    name (a proper noun modifying it), not on the weapon; the model's own modifiers within reach qualify the weapon.
    A demonym on a verb ("a Russian-made Grad rocket") is no modifier of the name and names no one who fired."""
    return [g for c in near if c.pos_ == "PROPN" for g in c.children
            if g.dep_ in NOUN_MODIFIER and abs(g.i - weapon.i) <= WEAPON_DEMONYM_REACH]


def _a_nations_post(sides: Sides, kind: str, trig: TriggerMatch, lang: LanguagePack) -> Sides:
    """ "shelled Ukrainian positions", "struck a Russian ammunition depot": a post a nation's name qualifies
    (``military_holdings``), hit by the trigger's verb, is that state's military, the side struck when the
    sentence names no other. A nation named on its own post is not one whose forces struck it; a group of
    the same country may ("DPR forces shelled Ukrainian positions")."""
    head = trig.head
    holdings = set(lang.roles.get("military_holdings", ()))
    if sides.actor2 is not None or not holdings or head.pos_ != "VERB" or not is_violent(kind) or \
            kind in DEMONSTRATION_KINDS:
        return sides
    for t in head.subtree:
        if fold(t.lemma_) not in holdings or head.i not in (t.head.i, t.head.head.i):
            continue
        for mod in (c for c in t.children if c.dep_ in NOUN_MODIFIER):
            iso = lang.demonyms.get(fold(mod.text))
            if iso and (sides.actor1 is None or sides.actor1.country != iso or sides.actor1.inter != Inter.STATE_FORCES):
                return replace(sides, actor2=actor_for("military", iso, mod.text, mod.idx, mod.idx + len(mod.text)))
    return sides


def _a_states_strike(sides: Sides, kind: str, trig: TriggerMatch, toponyms: list[Toponym],
                     lang: LanguagePack) -> Sides:
    """ "La Russie a lancé une attaque de drones", "Russia fired missiles at Kyiv", "l'Ukraine a frappé une
    raffinerie": a country that strikes is its state's military (ACLED names no country as an actor).
    The country must be the active subject of the trigger's verb, or of a verb that launches it
    (``launching_verbs``): "le Mali a subi une attaque" is no attack by Mali."""
    head = trig.head
    if sides.actor1 is not None or not is_violent(kind) or kind in DEMONSTRATION_KINDS:
        return sides
    verb = head
    if head.pos_ != "VERB":
        weekdays = lang.time.get("weekdays", {})
        while head.dep_ == "conj" and head.head.pos_ == "NOUN":
            head = head.head  # "90 drones et quatre missiles": the first of the weapons listed
        hung_on_the_day = head.dep_ in ("nmod", "amod") and fold(head.head.text) in weekdays and \
            head.head.dep_.startswith("obl")
        # "ont mené jeudi des frappes": the parse hangs the strikes on the day
        head = head.head if hung_on_the_day else counted_by(head) or head  # "a mené une série de frappes"
        launchers = set(lang.roles.get("launching_verbs", ()))
        means = _means_of(head, lang)
        if means is not None:  # "Russia struck Kharkiv with guided bombs": the verb that used them
            verb = means
        # "a lancé ... 60 drones et trois missiles": the parse may join the last weapon to the verb itself
        elif not (head.dep_ in DIRECT_OBJECT or hung_on_the_day or _object_behind_a_day(head, lang)
                  or _object_behind_an_article(head, lang) or head.dep_ == "conj" and head.head.pos_ == "VERB") or \
                fold(head.head.lemma_) not in {fold(v) for v in launchers}:
            return sides
        else:
            verb = head.head
    for subj in (c for c in verb.children if c.dep_ in ACTIVE_SUBJECT):
        for t in toponyms:
            if t.place is not None and t.place.feature == "country" and t.place.country and \
                    t.start <= subj.idx < t.end:
                return replace(sides, actor1=actor_for("military", t.place.country, t.text, t.start, t.end))
    return sides


def _means_of(noun: Token, lang: LanguagePack) -> Token | None:
    """The verb a weapon is the means of ("struck Kharkiv with guided bombs", ``instrument_cues``), if any;
    after a verb of response, a preposition that elsewhere brings the agent brings the means too
    (``response_means``: "Israël a riposté par des frappes")."""
    prep = noun.head
    cues = {fold(c) for c in lang.roles.get("instrument_cues", ())}
    response = lang.roles.get("response_means", {})
    verb = noun.head if noun.dep_.startswith("obl") else prep.head
    if fold(verb.lemma_) in {fold(v) for v in response.get("verbs", ())}:
        cues |= {fold(c) for c in response.get("cues", ())}
    if noun.dep_ in ("pobj", "obl", "nmod") and fold(prep.text) in cues and prep.head.pos_ == "VERB":
        return prep.head  # English: the preposition governs the noun
    case = next((c for c in noun.children if c.dep_ == "case"), None)
    if noun.dep_.startswith("obl") and case is not None and fold(case.text) in cues and noun.head.pos_ == "VERB":
        return noun.head  # French: the noun hangs on the verb, its preposition on it
    return None


def _a_states_launched_weapon(sides: Sides, kind: str, trig: TriggerMatch, toponyms: list[Toponym]) -> Sides:
    """ "shot down 40 drones launched by Russia", "abattu des missiles tirés par la Russie": a country that
    is the agent of a participle on what was disrupted owns the weapon, the side it was disrupted from."""
    if kind not in DISRUPTION_KINDS or sides.actor2 is not None:
        return sides
    head = trig.head
    doc = head.doc
    for t in toponyms:
        if t.place is None or t.place.feature != "country" or not t.place.country:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        agent = agent_marker(span.root)
        if agent is None:
            continue
        verb = agent.head
        if verb.i != head.i and verb.dep_.startswith("acl") and any(a.i == head.i for a in verb.ancestors) and \
                (sides.actor1 is None or sides.actor1.country != t.place.country):
            return replace(sides, actor2=actor_for("military", t.place.country, t.text, t.start, t.end))
    return sides


def _object_behind_an_article(noun: Token, lang: LanguagePack) -> bool:
    """ "Israël a mené mardi des frappes": the parse may take the plural article for a preposition and the
    strikes for an oblique argument; a noun whose only marker is an article (``determiners``) is the object."""
    if noun.dep_ != "obl:arg":
        return False
    cases = [c for c in noun.children if c.dep_ == "case"]
    return len(cases) == 1 and fold(cases[0].text) in lang.folded_role("determiners")


def _object_behind_a_day(noun: Token, lang: LanguagePack) -> bool:
    """ "La Russie a lancé lundi des frappes": the parse takes the weekday after the verb for its object
    and the strikes for an oblique; the noun is the object when the verb's only object is a weekday."""
    if not noun.dep_.startswith("obl"):
        return False
    objects = [c for c in noun.head.children if c.dep_ in DIRECT_OBJECT]
    return bool(objects) and all(fold(c.text) in lang.time.get("weekdays", {}) for c in objects)


def violence_by_a_crowd(kind: str, sides: Sides, actors: list[Actor], trig: TriggerMatch,
                        lang: LanguagePack) -> str:
    """ACLED: demonstrators who attack or wreck ("protesters attacked the governor's convoy") make a
    violent demonstration, not a protest met with force. The demonstrators must be who acts, and no armed
    group be named beside them."""
    a1, a2 = sides.actor1, sides.actor2
    if kind == "property_destruction" and a1 is None and all(a.inter == Inter.CIVILIANS for a in actors) and \
            _a_crowd_wrecks(trig, lang):
        return "violent_demonstration"  # "a crowd burned down the home of a suspected thief": a riot, no one armed
    if kind not in CROWD_VIOLENCE_KINDS or a1 is None or any(a.inter in NON_STATE_ARMED for a in actors):
        return kind
    if a1.inter == Inter.CIVILIANS and kind == "property_destruction" and (
            a2 is not None and a2.inter == Inter.STATE_FORCES or a2 is None and (
                holds_target(span_text(trig.head.sent), lang, "police_targets") or _a_crowd(a1, lang))):
        return "violent_demonstration"  # "residents burned a police station", "a crowd looted a depot": a riot
    if a1.inter == Inter.RIOTERS and kind == "property_destruction" and (a2 is None or a2.inter == Inter.STATE_FORCES):
        return "violent_demonstration"  # "des habitants en colère ont incendié un véhicule de la police": a riot
    return "violent_demonstration" if a1.inter == Inter.PROTESTERS else kind


def the_owner_of_what_a_crowd_wrecked(kind: str, sides: Sides, trig: TriggerMatch, lang: LanguagePack) -> str:
    """ "a crowd burned a police station", "crowds stormed and torched the Awami League office": the one actor named
    lies inside what a crowd wrecked (the wrecking verb's object), so it owns the thing, the riot's target; the
    crowd riots (ACLED's rioters, actor1), where the owner alone would otherwise be read as the wrecker."""
    a2 = sides.actor2
    if kind != "property_destruction" or sides.actor1 is not None or a2 is None or a2.start < 0 or \
            not _a_crowd_wrecks(trig, lang) or not _inside_an_object(a2, trig.head):
        return kind
    return "violent_demonstration"


def _inside_an_object(actor: Actor, verb: Token) -> bool:
    """Whether the actor's words lie in the object of the verb or of a verb joined to it ("stormed and torched the
    office": the parse hangs the shared object on the last verb)."""
    for v in (verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        for obj in (c for c in v.children if c.dep_ in DIRECT_OBJECT):
            if obj.left_edge.idx <= actor.start and actor.end <= obj.right_edge.idx + len(obj.right_edge):
                return True
    return False


def _a_crowd_wrecks(trig: TriggerMatch, lang: LanguagePack) -> bool:
    """ "a crowd burned down the home of a suspected drug dealer": the wrecking verb's subject is a word of a crowd
    (``crowd_words``), which no actor list names, so the act is a crowd's, not an unknown armed group's."""
    crowds = set(lang.roles.get("crowd_words", ()))
    return any(c.dep_ in ACTIVE_SUBJECT and fold(c.text) in crowds for c in trig.head.children)


def _a_crowd(actor: Actor, lang: LanguagePack) -> bool:
    """Whether civilians are named as a crowd ("une foule a pillé un entrepôt", ``crowd_words``): a crowd
    that loots or wrecks riots; ACLED codes no civilians as the authors of looting."""
    words = fold(actor.text).split()
    return bool(words) and words[-1] in lang.roles.get("crowd_words", ())


PATIENT_DEPS = PASSIVE_SUBJECT | {"expl", "csubj"}  # a verb with a subject that does not act
SUBJECT_POS = {"NOUN", "PROPN"}  # a noun right before a coordinated verb is its own subject
SHARED_SUBJECT_DEPS = {"conj"}  # "workers protested and injured two officers": one subject for both verbs


def violence_of_the_demonstrators(doc: Doc, kind: str, trig: TriggerMatch, actors: list[Actor],
                                  lang: LanguagePack) -> str:
    """ACLED: a demonstration whose demonstrators use violence, against people or property, is a violent
    demonstration ("students protesting fee rises forcibly entered the rectorate", "workers protested
    and injured two police officers", "des manifestants ont séquestré le directeur"); force used on
    the demonstrators leaves it a protest. The violent act (``crowd_violence`` in roles) must be done
    by a crowd its sentence names (the verb's subject, or its passive agent), which is the protesters
    or the crowd the demonstration's own trigger tells of, and be told as done (not denied, planned)."""
    if kind not in RESTRAINED_PROTEST_KINDS:
        return kind
    acts = [_phrase(p) for p in lang.roles.get("crowd_violence", ())]
    head = trig.head
    for verb in head.sent:
        if verb.pos_ not in ("VERB", "AUX") or not any(_act_of(verb, act) for act in acts):
            continue
        if cue_status(doc, verb, lang) is not None:
            continue
        for doer in _doers(verb, head):
            actor = next((a for a in actors if a.start <= doer.idx < a.end), None)
            if actor is not None and actor.inter not in CROWDS:
                continue  # "police dispersed the crowd and beat several": force used on it
            if actor is not None and actor.inter == Inter.PROTESTERS or _linked(verb, head, doer) or \
                    _during(verb, head, lang) and not _done_to_protesters(verb, actors):
                return "violent_demonstration"
    return kind


def _phrase(entry: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in entry.split())


def _act_of(verb: Token, act: tuple[str, ...]) -> bool:
    """Whether ``verb`` says the act: its lemma the act's first word, the others among its dependents
    and theirs ("held the principal hostage", "forcibly entered", "pénétré de force")."""
    if fold(verb.lemma_) != act[0] and fold(verb.text) != act[0]:
        return False
    near = {w for c in verb.children if c.dep_ not in CLAUSE_DEPS for t in (c, *c.children)
            for w in (fold(t.text), fold(t.lemma_))}
    return all(w in near for w in act[1:])


def _doers(verb: Token, demonstration: Token) -> list[Token]:
    """Who does what ``verb`` says: its subject, the subject of the verb it is coordinated with, the noun
    a verb modifying it tells of ("students protesting fee rises", "des étudiants qui manifestaient",
    not "protesters injured by police", unless the modifier is the demonstration's own verb, which the
    parse may take for a participle: "workers protested over wages"), or the agent of its passive (the
    heads of their phrases)."""
    tok = verb
    while True:
        subjects = [c for c in tok.children if c.dep_ in ACTIVE_SUBJECT]
        if subjects or any(c.dep_ in PATIENT_DEPS for c in tok.children):
            break  # "scuffled with police and two officers were injured": the second verb's subject is its own
        if tok.dep_ not in SHARED_SUBJECT_DEPS or tok.head == tok:
            break
        before = _word_before(tok)
        if before is not None and before.pos_ in SUBJECT_POS:
            subjects = [before]  # "marched ... and police detained five": the parse hung "police" elsewhere
            break
        tok = tok.head
    if not subjects and tok.dep_ in NOUN_CLAUSE and (tok == demonstration or not _past_participle(tok)):
        subjects = [tok.head]
    subjects = [tok.head if s.morph.get("PronType") == ["Rel"] and tok.dep_ in NOUN_CLAUSE else s
                for s in subjects]
    agents = [g for c in verb.children if c.dep_ in PASSIVE_AGENT for g in (c, *c.children) if g.pos_ != "ADP"]
    return subjects + agents


def _word_before(verb: Token) -> Token | None:
    """The word before a verb, past its auxiliaries and adverbs ("and police then detained")."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].pos_ in ("AUX", "ADV", "PART"):
        i -= 1
    return verb.doc[i] if i >= verb.sent.start else None


def _past_participle(tok: Token) -> bool:
    return tok.morph.get("VerbForm") == ["Part"] and tok.morph.get("Tense") == ["Past"]


def _linked(verb: Token, trigger: Token, doer: Token) -> bool:
    """Whether a crowd read as civilians is the demonstration's own: the act is the demonstration's
    verb or coordinated with it ("protested and beat"), or the demonstration is told inside the doer's
    phrase ("students protesting fee rises forcibly entered")."""
    return trigger in (verb, *verb.conjuncts) or trigger in doer.subtree


def _during(verb: Token, trigger: Token, lang: LanguagePack) -> bool:
    """Whether the violent act is told as done during the demonstration ("hooded people attacked the
    police during a student march", "pendant la marche"): the demonstration is the object of a
    preposition of time or setting (``demonstration_setting_preps`` in roles) on the act's own verb."""
    preps = lang.roles.get("demonstration_setting_preps", ())
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        return trigger.head.head == verb and fold(trigger.head.text) in preps
    return trigger.head == verb and any(c.dep_ == "case" and fold(c.text) in preps for c in trigger.children)


def _done_to_protesters(verb: Token, actors: list[Actor]) -> bool:
    """ "residents attacked the protesters during a demonstration": the act's object is the protest's
    own crowd, so it is force against the protest, not its violence."""
    spans = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in verb.children if t.dep_ in UNDERGOER]
    return any(a.inter == Inter.PROTESTERS and lo <= a.start < hi for a in actors for lo, hi in spans)


def ambush_of_civilians(kind: str, sides: Sides, actors: list[Actor], head: Token, lang: LanguagePack) -> str:
    """ACLED: an ambush is a battle only when armed men meet armed men; gunmen who ambush a bus, a
    commercial truck or travellers (``civilian_ambush_targets`` in roles, named in what the ambush
    struck) attack civilians. No armed actor may be named beside the ambushers, but for the unnamed ones a
    named group's men are also called ("les assaillants, présentés comme des miliciens Maï-Maï")."""
    words = set(lang.roles.get("civilian_ambush_targets", ()))
    if kind != "armed_clash" or not words or fold(head.lemma_) not in set(lang.roles.get("ambush_words", ())):
        return kind
    a1 = sides.actor1
    if any(a.inter in ARMED and (a1 is None or a.name != a1.name) and not _one_band(a, a1) for a in actors):
        return kind
    struck = [t for c in head.children if c.dep_ in ("dobj", "obj", "prep") for t in c.subtree]
    struck += _told_after(head)
    struck += _harmed_by_its_outcome(head)
    return "attack" if any(fold(t.lemma_) in words or fold(t.text) in words for t in struck) else kind


def _harmed_by_its_outcome(head: Token) -> list[Token]:
    """The people an ambush's participle of outcome names ("ambushed a vehicle, killing four passengers"): whom
    the ambush struck, where its object (a vehicle, a road) does not tell whose it was."""
    return [t for c in head.children if c.dep_ == "advcl" and {"Part", "Ger"} & set(c.morph.get("VerbForm"))
            for g in c.children if g.dep_ in DIRECT_OBJECT for t in g.subtree]


def _one_band(a: Actor, b: Actor | None) -> bool:
    """Two non-state armed actors one of which is a bare label ("les assaillants, présentés comme des miliciens
    Maï-Maï"): the same men, named twice."""
    def unnamed(x: Actor) -> bool:
        return not x.name or is_unidentified_group(x.name)
    return b is not None and a.inter in NON_STATE_ARMED and b.inter in NON_STATE_ARMED and (unnamed(a) or unnamed(b))


def _told_after(head: Token) -> list[Token]:
    """The words right after an ambush noun, up to the clause's end: what it struck, however the parse
    hangs it ("une embuscade tendue par des hommes armés contre un bus", "tendu une embuscade à un
    convoi de commerçants": the French model hangs the target on the agent or the light verb)."""
    doc, out = head.doc, []
    for t in doc[head.i + 1:min(head.sent.end, head.i + 1 + AMBUSH_REACH)]:
        if t.is_punct:
            break
        out.append(t)
    return out


def named_as_cause(tok: Token, lang: LanguagePack) -> bool:
    """ "protested over the detention of", "following the arrest of", "in anticipation of protests", "ahead of a
    planned rally": a noun in a phrase naming what another action follows, answers or forestalls, an
    event of its own; or a clause
    a demonstration's verb hangs its cause from ("protested after a man was killed by police"): the
    killing is background the protest answers, not an act done to the protesters."""
    pos = tok.pos_
    if pos not in ("NOUN", "VERB"):  # most words of a sentence: nothing more to read
        return False
    words = set(lang.roles.get("cause_preps", ()))
    if pos == "VERB" and tok.dep_ == "advcl":
        return any(c.dep_ == "mark" and fold(c.text) in words for c in tok.children) and \
            (_is_demonstration_word(tok.head, lang) or _a_crowds_act(tok.head, lang) or befell_before(tok))
    if pos != "NOUN":
        return False
    words |= set(lang.roles.get("anticipation_preps", ()))  # "ahead of a planned rally": not held yet
    genitive = set(lang.roles.get("genitive_cues", ()))
    if tok.dep_ == "pobj":
        prep = fold(tok.head.text)
        return prep in words or prep in genitive and fold(tok.head.head.text) in words
    return any(c.dep_ == "case" and fold(c.text) in words for c in tok.children)


def befell_before(cause: Token) -> bool:
    """ "Masked men torched two buses after a gang leader was killed by police": a clause told in the passive
    of whom it befell, hanging from an act its own subject did, is what that act answers, another event;
    not when the act is itself told in the passive of the same victim ("was burnt after he was killed")."""
    main = cause.head
    return main.pos_ == "VERB" and any(c.dep_ in ACTIVE_SUBJECT for c in main.children) \
        and any(c.dep_ in PASSIVE_SUBJECT for c in cause.children)


def _told_as_a_cause(head: Token, lang: LanguagePack) -> bool:
    """A trigger that is a cause another act answers, or told inside one ("après la mort d'un étudiant tué
    par la police": the killing is inside what the protest answers)."""
    return named_as_cause(head, lang) or any(named_as_cause(a, lang) and _answered_by_a_crowd(a, lang)
                                             for a in head.ancestors) or _reason_of_an_arrest(head, lang) or \
        _whom_a_demonstration_is_for(head, lang) or _remembered(head, lang)


def _remembered(head: Token, lang: LanguagePack) -> bool:
    """ "held a vigil in memory of the victims of the attack", "marched in tribute to a teenager killed in a
    police shooting": a trigger told inside what a demonstration remembers (``_commemorations``) is an act of
    before, not one done at the demonstration."""
    ancestors = {a.i for a in head.ancestors}
    return any(t.i in ancestors for t in _commemorations(head.sent, lang))


def _commemorations(sent, lang: LanguagePack) -> list[Token]:
    """The sentence's nouns of remembrance (``remembrance_nouns`` of ``status.json``: "memory", "tribute", "hommage")
    with words after them, whose phrase hangs on a demonstration's word, or on the verb whose object is one
    ("held a vigil ... in memory of"), or on what a crowd does: ACLED codes the gathering as a protest; the
    deaths it remembers are another event's."""
    nouns = lang.status_cues.get("remembrance_nouns", frozenset())
    if not nouns:
        return []
    out = []
    for t in sent:
        if t.pos_ != "NOUN" or t.i >= t.right_edge.i or not (fold(t.text) in nouns or fold(t.lemma_) in nouns):
            continue
        hosts = remembrance_hosts(t)
        near = [*hosts, *(c for w in hosts for c in w.children if c.dep_ in DIRECT_OBJECT)]
        if any(_is_demonstration_word(x, lang) for x in near) or any(_a_crowds_act(w, lang) for w in hosts):
            out.append(t)
    return out


def _whom_a_demonstration_is_for(head: Token, lang: LanguagePack) -> bool:
    """ "held a vigil for a murdered journalist", "colleagues of a killed reporter rallied", "gathered to mourn
    soldiers killed at the front": a past participle of an act done to people (``DONE_TO_PEOPLE_KINDS``: killed,
    abducted, detained; not "clashed", which a misparse may hang on a noun) qualifying a noun whose phrase hangs
    on a demonstration's word, or on the verb whose object it is, names whom the demonstration is about, an act
    of before, not one done at it; not when the noun is the demonstrators' own ("protesters killed by police")."""
    if head.dep_ not in PARTICIPLE_DEPS or "Part" not in head.morph.get("VerbForm") or \
            "Past" not in head.morph.get("Tense") or not _one_word_kinds(head, lang) & DONE_TO_PEOPLE_KINDS:
        return False
    noun = head.head
    if _is_demonstration_word(noun, lang):
        return False
    near = [*noun.ancestors, *(c for a in noun.ancestors for c in a.children if c.dep_ in DIRECT_OBJECT),
            *(c for c in noun.children if c.i != head.i)]  # "held a vigil for", a verb hung on the noun it follows
    return any(_is_demonstration_word(t, lang) for t in near)


def _reason_of_an_arrest(head: Token, lang: LanguagePack) -> bool:
    """ "arrested two journalists for reporting on a protest", "arrêtés pour avoir participé à une manifestation":
    a demonstration inside the reason an arrest gives (``reason_preps``) is what the arrested did before, the
    arrest's cause; ACLED codes the arrest."""
    if not _is_demonstration_word(head, lang):
        return False
    reasons = set(lang.roles.get("reason_preps", ()))
    for a in head.ancestors:
        said = fold(a.text) in reasons or a.pos_ == "VERB" and any(
            c.dep_ == "mark" and fold(c.text) in reasons for c in a.children)
        if said and _is_arrest_word(a.head, lang):
            return True
        if _is_arrest_word(a, lang):
            return False
    return False


def _is_arrest_word(tok: Token, lang: LanguagePack) -> bool:
    return "arrest" in _one_word_kinds(tok, lang)


def _answered_by_a_crowd(cause: Token, lang: LanguagePack) -> bool:
    """Whether the act a cause phrase hangs on is a demonstration or what demonstrators do."""
    answering = cause.head.head if cause.dep_ == "pobj" else cause.head
    return _is_demonstration_word(answering, lang) or _a_crowds_act(answering, lang)


def _a_crowds_act(verb: Token, lang: LanguagePack) -> bool:
    """ "Protesters torched the governor's office after a student was killed by police", "des jeunes en colère
    ont incendié le commissariat après la mort de trois motards tués par des policiers": what demonstrators or
    a crowd do answers its cause as their demonstration does."""
    return any(c.dep_ in ("nsubj", "nsubj:pass") and (_is_demonstration_word(c, lang) or _names_a_crowd(c, lang))
               for c in verb.children)


def _names_a_crowd(tok: Token, lang: LanguagePack) -> bool:
    """Whether a subject names a crowd: a word for one ("la foule") or people the language's generic actors
    call rioters or protesters ("des jeunes en colère", "angry youths")."""
    if fold(tok.lemma_) in lang.folded_role("crowd_words"):
        return True
    words = doc_text(tok.doc)[tok.left_edge.idx:tok.right_edge.idx + len(tok.right_edge)]
    return any(a.inter in (Inter.RIOTERS, Inter.PROTESTERS) for a in find_actors(words, lang))


def _in_a_protests_cause(head: Token, actor: Actor, lang: LanguagePack) -> bool:
    """ "blocked the road in protest against the killing of four herders by a militia / in a militia
    attack": an actor of the act told inside what a demonstration answers (a phrase ``named_as_cause``
    hanging from a demonstration's word, not itself an actor's word) belongs to that act, no side of the
    acts told around it. A word qualifying the cause itself ("police brutality") is left as it was read."""
    for tok in _crowds_causes(head.sent, lang):
        if tok.idx <= actor.start < tok.idx + len(tok):
            continue
        lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
        if lo <= actor.start and actor.end <= hi and not lo <= head.idx < hi and _told_inside(tok, actor):
            return True
    return False


def _crowds_causes(sent: Span, lang: LanguagePack) -> list[Token]:
    """The sentence's words ``named_as_cause`` that a demonstration or demonstrators' act answers, in order,
    found once per sentence (kept as token indices on the Doc): each actor of each trigger in it asks."""
    doc = sent.doc
    found = doc.user_data.setdefault("sitrep.crowds_causes", {}).setdefault(lang.code, {})
    causes = found.get(sent.start)
    if causes is None:
        causes = found[sent.start] = [tok.i for tok in sent if named_as_cause(tok, lang) and _answered_by_a_crowd(tok, lang)]
    return [doc[i] for i in causes]


def _told_inside(cause: Token, actor: Actor) -> bool:
    """Whether ``actor`` hangs from a word inside the ``cause`` phrase, or from the cause's noun through a
    preposition, not from the cause's own nouns ("against racism and police brutality")."""
    if cause.pos_ == "VERB":  # "after a student was killed by police": the clause's agent is the cause's
        return any(t.idx <= actor.start < t.idx + len(t) for t in cause.subtree if t.i != cause.i)
    own = {cause.i, *(c.i for c in cause.conjuncts)}
    return any(t.idx <= actor.start < t.idx + len(t) and (t.head.i not in own or _complement(t))
               for t in cause.subtree if t.i not in own)


def _complement(tok: Token) -> bool:
    """ "la mort de trois motards": a noun the cause's own noun governs through a preposition is whom the
    cause befell, inside it, as "the killing of three drivers" is; "police" in "police brutality" is not."""
    return any(c.dep_ == "case" for c in tok.children)


def _without_causes(sent, head: Token, lang: LanguagePack) -> str:
    """The sentence's text with the clauses a demonstration's verb names as its cause blanked out
    ("protested after a man was shot dead by police"): their toll and force are the cause's, not the
    protest's. Blanks keep every offset."""
    spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in head.children if named_as_cause(c, lang)]
    # what a crowd demands, or what a gathering remembers ("in memory of a teenager killed ..."): the words after
    after = [*_crowds_demands(sent, head, lang),
             *(c for c in _commemorations(sent, lang) if not c.left_edge.i <= head.i <= c.right_edge.i)]
    spans += [(c.idx + len(c), c.right_edge.idx + len(c.right_edge)) for c in after]
    text = span_text(sent)
    for lo, hi in spans:
        lo, hi = lo - sent.start_char, hi - sent.start_char
        text = text[:lo] + " " * (hi - lo) + text[hi:]
    return text


def _crowds_demands(sent, head: Token, lang: LanguagePack) -> list[Token]:
    """ "police charged at students demanding justice for a murdered classmate": the participle of a crowd's
    demand (``_a_crowds_demand``) outside the trigger's own words; what follows it is what the crowd asks for,
    so a death told there is its cause, not the toll of what was done to it."""
    return [t for t in sent if _a_crowds_demand(t, lang) and t.i < t.right_edge.i
            and not t.left_edge.i <= head.i <= t.right_edge.i]


def _dated_relative_phrases(sent, times: list[TimeMention]) -> list[tuple[int, int]]:
    """The character spans of the noun phrases whose relative clause tells a day of its own ("les frappes
    qui ont tué vendredi neuf personnes à X"), each with its clause: the act of another day."""
    spans = [(first.idx, last.idx + len(last)) for _, first, last in relative_phrases(sent)]
    return [(lo, hi) for lo, hi in spans if any(lo <= t.start < hi for t in times)]


def _without_other_dated_acts(text: str, sent, trig: TriggerMatch, phrases: list[tuple[int, int]]) -> str:
    """The sentence's text with the relative clauses that tell their own day, and hold no word of the
    trigger's, blanked out ("a tiré samedi des roquettes, en riposte aux frappes qui ont tué vendredi neuf
    personnes à X"): their toll is their own act's. Blanks keep every offset."""
    for lo, hi in phrases:
        if not lo <= trig.head.idx < hi:
            text = text[:lo - sent.start_char] + " " * (hi - lo) + text[hi - sent.start_char:]
    return text


def _actors_of_its_clause(actors: list[Actor], phrases: list[tuple[int, int]], trig: TriggerMatch,
                          lang: LanguagePack) -> list[Actor]:
    """The actors that may be the trigger's sides: those of the dated relative clause it is in, or those
    of no such clause when it is in none ("le Hamas a dit avoir tiré ..., en riposte aux frappes
    israéliennes qui ont tué vendredi ...": Hamas fired, the strikes were another's)."""
    own = next(((lo, hi) for lo, hi in phrases if lo <= trig.head.idx < hi), None)
    if own is not None:  # "Le JNIM a revendiqué l'attaque qui a visé mardi X": the claimant did it
        return actors if claims_the_event(trig.head.doc, trig.head, lang) else \
            [a for a in actors if own[0] <= a.start < own[1]]
    return [a for a in actors if not any(lo <= a.start < hi for lo, hi in phrases)]


def _without_its_source(text: str, att: tuple, offset: int, lang: LanguagePack) -> str:
    """ "Selon un officier, 12 assaillants ont été tués": the source who tells the toll is not one of its
    groups (one officer and 12 attackers make no 13 dead). A source that itself tells the toll ("selon un
    bilan faisant état de 12 morts") keeps its words. Blanks keep every offset."""
    words = set(fold(att[0]).split())
    tolls = {fold(w) for w in lang.quantities.get("killed", ())} | {fold(w) for w in lang.quantities.get("toll_nouns", ())}
    if words & tolls:
        return text
    lo, hi = att[1] - offset, att[2] - offset
    return text[:lo] + " " * (hi - lo) + text[hi:]


def _one_word_kinds(tok: Token, lang: LanguagePack) -> set[str]:
    """The kinds the word is a trigger of on its own, by its lemma or as written."""
    entries = lang.trigger_index.get(fold(tok.lemma_), ()) + lang.trigger_index.get(fold(tok.text), ())
    return {e.kind for e in entries if len(e.words) == 1}


def _is_demonstration_word(tok: Token, lang: LanguagePack) -> bool:
    """Whether a word is a demonstration's trigger ("protested", "demonstrated", "rallied")."""
    return any(names_demonstration(k) for k in _one_word_kinds(tok, lang))


def detention_to_conscript(kind: str, head: Token, lang: LanguagePack) -> str:
    """ACLED: people detained to be conscripted ("detained young men for military service") are held
    outside any judicial process: an abduction, not an arrest. So are people detained and then made to
    disappear (``disappearance_cues``: "taken to an unknown location", "their whereabouts are unknown"),
    which the sentence after the detention may tell: a forced disappearance."""
    if kind != "arrest":
        return kind
    sent = fold(span_text(head.sent))
    cues = lang.roles.get("conscription_cues", ())
    if any(re.search(rf"\b{re.escape(c)}\b", sent) for c in cues):
        return "abduction"
    after = head.doc[head.sent.end:head.sent.end + 1]
    told = sent + (" " + fold(span_text(after[0].sent)) if len(after) else "")
    gone = lang.roles.get("disappearance_cues", ())
    return "abduction" if any(re.search(rf"\b{re.escape(c)}\b", told) for c in gone) else kind


BOMBS_TRADED_REACH = 3  # tokens from a bomb's noun to the words that tell it was thrown both ways ("at each other")


def bombs_of_a_fight(kind: str, trig: TriggerMatch, lang: LanguagePack) -> str:
    """ "TMC and BJP workers clashed with crude bombs", "hurled crude bombs at each other": bombs that are the
    means of a fight (a noun after one of ``instrument_cues`` hanging on one of ``fight_with_means_verbs``) or
    were thrown both ways (``bombs_traded_cues`` right after the noun) arm both sides of one clash, ACLED's armed
    clash, not a device of its own; "hurled crude bombs at a party office" stays the explosion."""
    if kind != "remote_explosive" or trig.head.pos_ != "NOUN":
        return kind
    head, doc = trig.head, trig.head.doc
    fights, cues = lang.folded_filter("fight_with_means_verbs"), lang.roles.get("instrument_cues", ())
    if head.dep_ == "pobj" and fold(head.head.text) in cues and fold(head.head.head.lemma_) in fights:
        return "armed_clash"
    after = fold(doc[trig.end:min(len(doc), trig.end + BOMBS_TRADED_REACH + 1)].text)
    traded = lang.roles.get("bombs_traded_cues", ())
    return "armed_clash" if any(f"{after} ".startswith(f"{fold(c)} ") for c in traded) else kind


def strike_by_its_means(kind: str, head: Token, lang: LanguagePack) -> str:
    """ "Russian forces struck the port with missiles", "struck the town with tank shells": a strike
    whose means are fired munitions (``fired_munitions`` in roles) is shelling or a missile attack, not
    an air strike; one with drones or aircraft among its means stays an air strike, and a strike read as shelling
    whose means are drones or aircraft alone is an air strike ("a frappé une raffinerie avec une vague de drones")."""
    if kind not in ("air_strike", "shelling"):
        return kind
    cues, fired = set(lang.roles.get("instrument_cues", ())), set(lang.roles.get("fired_munitions", ()))
    told, todo = [], [c for c in head.children if c.dep_ not in CLAUSE_DEPS]
    while todo:  # the verb's phrases and theirs ("struck the port with missiles", however the parse hangs "with")
        tok = todo.pop()
        told.append(tok)
        todo.extend(c for c in tok.children if c.dep_ not in CLAUSE_DEPS)
    # the preposition heads its noun ("with missiles"), or hangs on it as its case ("avec une vague de drones")
    means = [w for c in told if fold(c.text) in cues for w in (c.head.subtree if c.dep_ == "case" else c.subtree)
             if w.i != c.i]
    words = {fold(w.lemma_) for w in means} | {fold(w.text) for w in means}
    aerial = words & set(lang.roles.get("aerial_means", ()))
    if kind == "shelling":
        return "air_strike" if aerial and not words & fired else kind
    return "shelling" if words & fired and not aerial else kind


def raid_by_aircraft(kind: str, head: Token, lang: LanguagePack) -> str:
    """ "L'aviation israélienne a mené une série de raids", "the air force attacked": an attack whose doer is
    an air arm (``aerial_doers``) is an air strike (ACLED), whatever noun or verb tells it."""
    doers = [fold(d) for d in lang.roles.get("aerial_doers", ())]
    if kind != "attack" or not doers:
        return kind
    verb = head if head.pos_ in ("VERB", "AUX") else governing_verb(head)  # "a mené une série de raids"
    for subject in (c for c in verb.children if c.dep_ in ACTIVE_SUBJECT) if verb is not None else ():
        # the subject's own words, not a clause hung on it ("les FARDC, appuyées par des frappes de drones")
        aside = {t.i for c in subject.children if c.dep_ in CLAUSE_DEPS | {"appos"}
                 for t in c.subtree}
        words = fold("".join(t.text_with_ws for t in subject.subtree if t.i not in aside))
        if any(re.search(rf"(?<!\w){re.escape(d)}(?!\w)", words) for d in doers):
            return "air_strike"
    return kind


def weapons_taken(kind: str, head: Token, lang: LanguagePack) -> str:
    """ACLED: arms and ammunition recovered or seized ("recovered weapons from a bandit camp") are a
    weapons seizure, a disrupted weapons use, however near a camp or a town the words lie."""
    if kind != "territory_gain":
        return kind
    arms = set(lang.roles.get("seized_arms", ()))
    taken = [c for c in head.children if c.dep_ in UNDERGOER]
    taken += [c for t in taken for c in t.conjuncts]
    return "disrupted_weapons" if taken and all(fold(t.lemma_) in arms or _a_carrier_of_arms(t, arms, lang)
                                                 for t in taken) else kind


CARGO_REACH = 3  # "a truck | loaded | with | rifles": words from the carrier down to its cargo


def _a_carrier_of_arms(noun: Token, arms: set[str], lang: LanguagePack) -> bool:
    """ "seized a truck loaded with rifles", "un camion transportant des armes": a carrier (``arms_carriers``) told
    by what it carries is taken for its cargo of arms, not ground."""
    if fold(noun.lemma_) not in lang.folded_role("arms_carriers"):
        return False
    return any(fold(t.lemma_) in arms and list(t.ancestors).index(noun) < CARGO_REACH
               for t in noun.subtree if t.i > noun.i)


def control_fought_over(kind: str, head: Token, lang: LanguagePack) -> str:
    """ "two factions clashed over the control of a sand quarry", "fought for control of the market": control that
    is the stake of a fight (the object of a preposition of stake, ``stake_preps``, hanging on a one-word trigger of
    a clash) changed no hands; the fight is the event, an armed clash, as ACLED codes a contest over a site."""
    if kind != "territory_gain" or head.dep_ != "pobj" or fold(head.head.text) not in lang.roles.get("stake_preps", ()):
        return kind
    verb = head.head.head
    return "armed_clash" if any(e.kind == "armed_clash" and len(e.words) == 1
                                for e in lang.trigger_index.get(fold(verb.lemma_), ())) else kind


def takeover_attempted(kind: str, head: Token, lang: LanguagePack) -> str:
    """ "Les miliciens ont tenté de reprendre une position": a takeover only tried (an infinitive completing a verb
    of trying, ``attempt_verbs``) changed no hands; the fighting it took is a battle (ACLED codes an attempted
    takeover as an armed clash)."""
    if kind != "territory_gain" or "Inf" not in head.morph.get("VerbForm"):
        return kind
    tried = head.head if head.dep_ in ("xcomp", "ccomp", "advcl", "obl", "obl:arg") else None
    return "armed_clash" if tried is not None and fold(tried.lemma_) in lang.roles.get("attempt_verbs", ()) else kind


def positions_taken(kind: str, head: Token, lang: LanguagePack) -> str:
    """ACLED: territory changes hands when a place does; fighting positions overrun or taken
    ("overran several checkpoints", "took control over five positions") with no town named are a battle,
    unless the sentence says they were taken without one (``force_denied``)."""
    if kind != "territory_gain" or says(span_text(head.sent), lang, "force_denied"):
        return kind
    roles = lang.roles
    posts, places, preps = (set(roles.get(k, ())) for k in ("fighting_positions", "settlements", "control_preps"))

    def objects(tok: Token) -> list[Token]:  # "overran checkpoints", "took control over positions"
        return [c for c in tok.children if c.dep_ in UNDERGOER] + \
            [o for c in tok.children if c.dep_ == "prep" and fold(c.text) in preps
             for o in c.children if o.dep_ == "pobj"]

    taken = objects(head)
    taken += [o for t in taken for o in objects(t)]
    if not any(fold(t.lemma_) in posts for t in taken):
        return kind
    named = any(t.pos_ == "PROPN" for t in taken) or any(fold(w.lemma_) in places for t in taken for w in t.subtree)
    return kind if named else "armed_clash"


def _raised(before: str, lang: LanguagePack, key: str = "toll_risers") -> bool:
    """ "Le bilan s'est alourdi (dimanche) à": the words before a toll name the toll and a verb raising it
    (``toll_nouns``, the first word of each of ``toll_risers``, or of ``key``), so the figure revises the event's toll."""
    words = re.findall(r"[\w-]+", fold(before.lower()))
    d = lang.quantities
    return any(w in d.get("toll_nouns", ()) for w in words) and \
        any(r.split()[0] in words for r in d.get(key, ()))


def revised_toll(doc: Doc, sent, sent_mentions: list[Mention], before: list[Mention], lang: LanguagePack) -> bool:
    """ "Lundi, le bilan de l'attentat est passé à sept morts", "l'OSDH a revu son bilan à sept morts, dont deux
    civils tués par des balles perdues": a sentence raising a toll (``_raised``) names the event told before by a
    noun the toll governs, and its dead by a participle after the figure; those words open no event of the
    sentence's day (the telling's). The raised figure becomes the toll of the last news event told before whose
    kind the noun may name, and of its other tellings of that day. A sentence telling no event revises the last
    news event's toll only by a verb of revision (``toll_revisers``: "le bilan a été revu à la hausse : neuf
    personnes ont perdu la vie", paragraphs after the event), not one that states a total ("s'élève à"), and
    when it names no period (a month's or a year's tally). Returns whether the sentence was read so."""
    fig = _sentence_toll(span_text(sent), lang, sent.start_char)
    if fig is None:
        return False
    lead = doc_text(doc)[sent.start_char:fig.start]
    if not _raised(lead, lang):
        return False
    if not sent_mentions and (not _raised(lead, lang, "toll_revisers") or _names_a_period(span_text(sent), lang)):
        return False
    nouns = set(lang.quantities.get("toll_nouns", ()))
    if not all(_names_the_tolled(t.head, fig, nouns) for m in sent_mentions for t in m.triggers):
        return False
    kinds = [m.kind for m in sent_mentions if m.trigger.head.pos_ == "NOUN"]
    target = next((m for m in reversed(before) if m.status in (Status.REPORTED, Status.ONGOING) and is_violent(m.kind)
                   and m.fatalities is not None and all(combine(m.kind, k) is not None for k in kinds)), None)
    if target is None:
        return False
    lowered = _lowered(lead, lang)
    for told in before:  # the headline's and the lead's tellings of that event: joined, the lower toll would stand
        if told.status in (Status.REPORTED, Status.ONGOING) and \
                (told.event_date == target.event_date or told.date_source == "default") \
                and told.fatalities is not None \
                and (told.fatalities < fig.value or lowered) and combine(told.kind, target.kind) is not None:
            told.fatalities, told.fatalities_text = fig.value, evidence(doc, "fatalities", fig.start, fig.end)
    return True


def _lowered(before: str, lang: LanguagePack) -> bool:
    """ "The death toll was revised down to four": a verb lowering the toll (``toll_lowerers``) corrects it, and the
    lower figure replaces the higher one told before."""
    told = " %s " % " ".join(re.findall(r"[\w-]+", fold(before.lower())))
    return any(f" {w} " in told for w in lang.quantities.get("toll_lowerers", ()))


def _names_a_period(text: str, lang: LanguagePack) -> bool:
    """ "Depuis janvier, le bilan est passé à 240 morts": a word opening a period (``period_openers``) or a time
    naming no day makes a toll that period's tally, not the revision of one event's."""
    words = set(re.findall(r"[\w-]+", fold(text.lower())))
    return bool(words & set(lang.time.get("period_openers", ()))) or \
        any(t.kind in PERIOD_KINDS for t in find_time_mentions(text, lang))


def _names_the_tolled(tok: Token, fig: Figure, nouns: set[str]) -> bool:
    """An event noun the toll governs ("le bilan de l'attentat"), or a participle after the figure that counts
    part of the dead ("sept morts, dont deux civils tués")."""
    if tok.pos_ == "NOUN":
        return fold(tok.head.lemma_) in nouns and tok.head.i < tok.i
    return tok.idx >= fig.end and "Part" in tok.morph.get("VerbForm") and \
        not any(c.dep_.startswith("aux") for c in tok.children)


def opens_with_toll(sent, lang: LanguagePack) -> bool:
    """ "Le bilan fait état de six morts": a sentence that opens on a word naming the toll as such
    (``toll_openers``) tells the toll of the event told just before, even a paragraph later."""
    words = fold(span_text(sent)).split()[:2]
    return any(w.strip(",.:") in lang.roles.get("toll_openers", ()) for w in words)


def counted_side(doc: Doc, end: int, lang: LanguagePack) -> str | None:
    """Whose dead the figure ending at ``end`` counts, from the noun after it (``side_nouns``): "forces"
    ("deux soldats", "quatre gendarmes") or "fighters" ("une dizaine d'assaillants", "15 terroristes")."""
    joiners = lang.quantities.get("noun_joiners", ())
    words = [w for w in _SIDE_WORD.findall(fold(doc_text(doc)[end:end + SIDE_NOUN_CHARS])) if w not in joiners]
    if not words:
        return None
    # the noun itself, or the one after an adjective ("two Indian soldiers")
    return next((side for w in words[:2] for side, nouns in lang.quantities.get("side_nouns", {}).items()
                 if w in nouns), None)


def opposed_tolls(doc: Doc, a: Evidence | None, b: Evidence | None, lang: LanguagePack) -> bool:
    """Whether two tolls count the dead of the two sides of a fight ("quatre gendarmes" tués, "une dizaine
    d'assaillants" neutralisés): they add up to the event's, where rival figures for one side do not."""
    if a is None or b is None or a.start == b.start:
        return False
    one, other = counted_side(doc, a.end, lang), counted_side(doc, b.end, lang)
    return one is not None and other is not None and one != other


def toll_after(doc: Doc, previous, sent, m: Mention, lang: LanguagePack) -> None:
    """ "Une fusillade a éclaté samedi à Zale. Quatre personnes ont perdu la vie": a sentence that
    names no action of its own but leads with a toll, right after a violent one in the same paragraph,
    gives that action its toll; the other side's dead after a fight's ("... neutralisé dix assaillants.
    Deux gendarmes ont perdu la vie") add to it."""
    if not is_violent(m.kind) or m.status != Status.REPORTED:
        return
    if m.fatalities is not None:
        fig = _sentence_toll(span_text(sent), lang, sent.start_char)
        if fig is not None and fig.value > m.fatalities and _raised(doc_text(doc)[sent.start_char:fig.start], lang):
            if not _names_a_period(span_text(sent), lang):  # "Depuis janvier, le bilan est passé à": a tally
                m.fatalities, m.fatalities_text = fig.value, evidence(doc, "fatalities", fig.start, fig.end)
            return  # "Le bilan s'est alourdi dimanche à dix-huit morts": the toll as revised
        if fig is not None and not m.fatalities_whole and not fig.whole and \
                len(doc_text(doc)[sent.start_char:fig.start].split()) <= TOLL_LEAD_WORDS and \
                opposed_tolls(doc, m.fatalities_text, evidence(doc, "fatalities", fig.start, fig.end), lang):
            m.fatalities += fig.value
        return
    if "\n" in doc_text(doc)[previous.end_char:sent.start_char] and not opens_with_toll(sent, lang):
        return
    fig = _sentence_toll(span_text(sent), lang, sent.start_char)
    if fig is None or len(doc_text(doc)[sent.start_char:fig.start].split()) > TOLL_LEAD_WORDS:
        return  # a toll the sentence states leads it; "avec les corps des trois victimes" does not
    _give_toll(doc, m, fig)
    att = _sentence_source(span_text(sent), lang, sent.start_char)
    if m.attributed_to is None and att is not None:
        m.attributed_to = evidence(doc, "source", att[1], att[2])
