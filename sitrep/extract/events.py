"""From a parsed article to events: triggers, their mentions, and ACLED's one-event rule.

Each trigger becomes a mention with its own status, time, place, sides and count (``mention``);
mentions of one event are joined so each real event is coded once (``joining``); each joined
mention becomes an event record with its ACLED coding, evidence and confidence.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from sitrep.acled import CROWDS, NON_STATE_ARMED, UNDATED, Inter, Status, TimePrecision
from sitrep.extract.arguments import forces_named_before, sentence_actors
from sitrep.extract.asides import find_asides
from sitrep.extract.clause import ACTIVE_SUBJECT, PASSIVE_SUBJECT, governing_verb, pluperfect, trailing_participle
from sitrep.extract.confidence import confidence
from sitrep.extract.context import ArticleContext, article_context
from sitrep.extract.joining import (AREA_FEATURES, SAME_PLACE_KM, agentless_killing, attacks_that_harmed_no_one,
                                    fold_sentence, join_mentions, one_event, unopposed_takeovers, weapons_all_stopped,
                                    weapons_that_got_through)
from sitrep.extract.label import as_demonstration, crowd_size_tag, demonstration_told, report_label, untagged_note
from sitrep.extract.mention import (REPORTING_WINDOW_DAYS, TOLL_REACH, Mention, build_mention, event_evidence, evidence,
                                    in_a_name, opens_with_toll, revised_toll, toll_after, verb_of_day, why)
from sitrep.extract.place import other_places
from sitrep.extract.quantities import coded_toll
from sitrep.extract.sides import DEMONSTRATION_KINDS, Stage, says, settle_sides
from sitrep.extract.status import (YEAR, continues_previous, counts_a_series, definite_noun, during_relative,
                                   tallies_a_period)
from sitrep.extract.time import find_time_mentions, resolve
from sitrep.extract.triggers import TriggerMatch, find_triggers
from sitrep.geo.distance import haversine_km
from sitrep.lang import LanguagePack, pack
from sitrep.nlp.models import doc_text, joined_text, span_text
from sitrep.normalise.actors import monitored_front
from sitrep.normalise.taxonomy import code, is_violent
from sitrep.text import dateline_span, fold, headline_end, plain_words
from sitrep.types import Actor, Article, Event, Evidence, Toponym


class EventExtractor:
    """Events of one article from its parse, its toponyms and its publication date."""

    def __init__(self, lang: str | LanguagePack):
        self.lang = pack(lang)

    def extract(self, article: Article, doc: Doc, toponyms: list[Toponym], country: str | None,
                checkpoint: Callable[[], None] = lambda: None) -> list[Event]:
        """The article's events; ``checkpoint`` is called at each sentence and may raise to stop.
        Each trigger reads the toponyms of its own sentence only, so the work grows with the
        article's length, not with its square."""
        lang = self.lang
        sents = list(doc.sents)
        actors_by_sentence = [sentence_actors(doc, s, lang, country) for s in sents]
        forces_named_before(actors_by_sentence, lang)
        asides = _Spans(find_asides(doc, lang))  # "A lire aussi : ...", a photo's caption: not the article's news
        toponyms = [t for t in toponyms if not asides.cover(t.start)]
        dateline = dateline_span(doc_text(doc))
        ctx = article_context(article, doc, lang, toponyms, country, actors_by_sentence, dateline)
        if dateline[1]:  # "BEIRUT (AFP) -": where and when the dispatch was filed, not the event
            toponyms = [t for t in toponyms if not dateline[0] <= t.start < dateline[1]]
        names = _Spans([(a.start, a.end) for actors in actors_by_sentence for a in actors if a.name and not a.partisan])
        places = frozenset(t.start for t in toponyms if t.place is not None and not names.cover(t.start))
        triggers = [t for t in find_triggers(doc, lang, places) if not in_a_name(t, names.cover)
                    and not asides.cover(t.head.idx) and not counts_a_series(t.head, lang)]
        label = _off_the_names(report_label(doc, lang), triggers, names.cover)
        tagged = crowd_size_tag(doc_text(doc)) is not None  # an ACLED note of a demonstration
        told = demonstration_told(doc) if tagged and not triggers and label is None else None
        if told is not None:
            triggers = [told]
        note = untagged_note(doc_text(doc), lang)
        if note:  # a note of no demonstration: its other words tell the event
            triggers = [t for t in triggers if not _told_of_someone(t, triggers, lang)]
        if label is not None:  # the label types the report's event; the triggers inside it are its words
            triggers = [t for t in triggers if not label.start <= t.head.i < label.end] + [label]
        by_sentence: dict[int, list[TriggerMatch]] = {}
        sent_index = {s.start: n for n, s in enumerate(sents)}
        for trig in triggers:
            by_sentence.setdefault(sent_index[trig.head.sent.start], []).append(trig)

        mentions: list[Mention] = []
        calendar: list[date] = []  # the days an article with no publication date names by the calendar
        discourse_date: tuple[date, int, Evidence] | None = None
        talk_day = False  # the discourse's day dates no event of its sentence (a statement, a visit)
        tally_period = False  # the paragraph tells the counts a sentence before announced for a past period
        previous_status: str | None = None
        toll_told = -1  # the last sentence whose toll went to the act before it ("A police officer was killed.")
        starts = [t.start for t in toponyms]
        for n, sent in enumerate(sents):
            checkpoint()
            found = [t for t in find_time_mentions(span_text(sent), lang, sent.start_char)
                     if not dateline[0] <= t.start < dateline[1] and not asides.cover(t.start)]
            times = [t for t in found if not _current_year(t, article.published)]
            if article.published is None:
                calendar.extend(d for d in map(_calendar_day, found) if d is not None)
                if discourse_date is not None and discourse_date[1] >= TimePrecision.MONTH and \
                        any(_calendar_day(t) is None and t.kind != "anaphoric" for t in found):
                    discourse_date = None  # "En mars 2023, ... Lundi, ...": the news is on no day of the recap's month
            sent_mentions = []
            here = toponyms[bisect.bisect_left(starts, sent.start_char):bisect.bisect_left(starts, sent.end_char)]
            for trig in by_sentence.get(n, []):
                inherited = None if times else (_inherited_status(sent, trig, previous_status, lang)
                                                 or (Status.HISTORICAL if tally_period else None)
                                                 or _anterior_past(trig, mentions, lang, article.published))
                m = build_mention(doc, trig, n, times, here, actors_by_sentence[n], ctx, discourse_date,
                                  inherited or _recalled_in_its_sentence(trig, sent_mentions, lang)
                                  or (None if times else _named_again(trig, mentions, lang)))
                sent_mentions.append(m)
            sent_mentions = _without_targets_of_violence(fold_sentence(sent_mentions, ctx))
            sent_mentions = [s for m in sent_mentions for s in _per_place(doc, _monitored_blast(m, ctx), here, ctx)]
            if revised_toll(doc, sent, sent_mentions, mentions, lang):
                sent_mentions = []
            clash = _news_just_before(mentions, n)
            if not times and clash is not None and _toll_of_a_clash(sent_mentions, clash):
                sent_mentions = []
                toll_after(doc, sents[clash.sentence], sent, clash, lang)
                toll_told = n
            elif not sent_mentions and (not times or opens_with_toll(sent, lang)) and mentions and \
                    not _a_total_of_several(sent, mentions, lang) and (
                    mentions[-1].sentence == n - 1 or toll_told == n - 1 and mentions[-1] is clash
                    or mentions[-1].sentence >= n - TOLL_REACH and opens_with_toll(sent, lang)):
                told = _news_before_toll(mentions, n)
                toll_after(doc, sents[told.sentence], sent, told, lang)
            mentions.extend(sent_mentions)
            told_from = {t.start for t in times if t.kind == "anaphoric"}  # "le lendemain": the report stays at its day
            told_from |= {m.count_day for m in sent_mentions if m.count_day is not None}  # a toll's update: the same
            tellings = _days_of_a_telling(doc, times, lang)
            for t in times:
                if t.start in told_from or t.start in tellings or _opens_a_period(doc, t.start, sent.start_char, lang):
                    continue
                d, p = resolve(t, article.published)
                if d is not None and (article.published is None or d <= article.published):
                    discourse_date = (d, p, evidence(doc, "event_date", t.start, t.end))
            stated = [m for m in sent_mentions if m.date_source == "stated" and m.time_text is not None
                      and m.time_text.start not in told_from]
            if not stated and (talk_day or any(t.start not in told_from for t in times)):
                # "a condamné mardi l'attaque menée la veille": the day named before is the talk's, and what
                # follows tells the event its anaphoric day dates
                stated = [m for m in sent_mentions if m.date_source == "stated" and m.time_text is not None
                          and m.status in NEWS_STATUSES]
            if stated:  # the day the sentence's event took, not a date qualifying it ("(between 1 - 9 May)")
                discourse_date = (stated[-1].event_date, stated[-1].precision, stated[-1].time_text)
            talk_day = not stated and (talk_day or any(t.start not in told_from for t in times))
            if sent_mentions:
                previous_status = sent_mentions[-1].status
            nxt = sents[n + 1] if n + 1 < len(sents) else None
            announced = _tells_no_news(sent_mentions) and tallies_a_period(doc, sent, lang)
            tally_period = nxt is not None and (
                "\n" not in doc_text(doc)[sent.end_char:nxt.start_char] and (announced or (tally_period and not times))
                or announced and _speaker_goes_on(nxt, lang))
        _recaps_of_an_older_past(mentions, article.published or _undated_articles_past(mentions, calendar))
        if opinion_piece(article.text, lang):
            for m in mentions:  # an op-ed argues about the war; its events are the writer's examples
                if m.status in NEWS_STATUSES:
                    m.status, m.event_date, m.precision, m.time_text = Status.HISTORICAL, None, None, None
        if interview(article.text) or labelled(article.text, lang, "analysis_labels") or relayed(article.text, lang):
            for m in mentions:  # an answer's undated events are the speaker's examples; a day named is news
                if m.status in NEWS_STATUSES and m.date_source != "stated":
                    m.status, m.event_date, m.precision, m.time_text = Status.HISTORICAL, None, None, None
        _roundup_totals(mentions, toponyms, lang)
        unopposed_takeovers(mentions, ctx)
        joined = join_mentions(mentions, ctx)
        weapons_that_got_through(joined, ctx)
        weapons_all_stopped(joined, ctx)
        attacks_that_harmed_no_one(joined, ctx)
        _the_waves_striker(joined)
        if note:
            _one_event_per_note(joined, doc, lang)
        if note or tagged:
            _the_notes_coded_toll(joined, doc, lang)
        if tagged:
            joined = one_event(joined, ctx)
            for host, _ in joined:
                a1, a2 = host.sides.actor1, host.sides.actor2
                host.kind = as_demonstration(host.kind, a1 is not None and a1.inter == Inter.STATE_FORCES,
                                             all(a is not None and a.inter in CROWDS for a in (a1, a2)),
                                             _crowd_of_its_sentence(host),
                                             frozenset(t.kind for t in host.triggers))
                if host.kind == "force_against_protest" and not _lethal(host, lang):
                    host.kind = "protest_intervention"
        named = {}  # where the article first names each actor: the evidence of a side filled in from the article
        for a in (a for actors in actors_by_sentence for a in actors if a.name and a.start >= 0):
            named.setdefault(a.name, a)
        return [_event(doc, article, m, group, ctx, i, named) for i, (m, group) in enumerate(joined, 1)]


def _one_event_per_note(joined: list[tuple[Mention, list[Mention]]], doc: Doc, lang: LanguagePack) -> None:
    """An ACLED note codes one event, told first; the other acts it names under the same day (the attack
    a clash answered, the other places a wave of strikes hit, a claim's larger toll) are coded in notes
    of their own, so here they are background, not news: undated, kind and sides kept. An act the note
    dates with a time of its own ("On 4 June, ...", "On the same day, ...", "Two days earlier, ...") is
    an event of its own, but not one counted over a period the time ends (the language's ``range_end``:
    "Between 1 and 17 May, 23 people were arrested"): that is a tally."""
    dated = [host for host, _ in joined if host.status in NEWS_STATUSES]
    if not dated:
        return
    day = dated[0].time_text.start if dated[0].time_text is not None else None
    range_end = lang.time.get("range_end")
    for host in dated[1:]:
        if host.time_text is None or host.time_text.start == day or range_end and re.search(
                range_end, fold(doc_text(doc)[host.trigger.head.sent.start_char:host.time_text.start])):
            host.status, host.event_date, host.precision, host.time_text = Status.HISTORICAL, None, None, None


def _the_notes_coded_toll(joined: list[tuple[Mention, list[Mention]]], doc: Doc, lang: LanguagePack) -> None:
    """ "The attack killed five soldiers. One PDF member also died. Fatalities coded as 6.": the toll an ACLED
    note says it codes (``quantities.coded_toll``) is its first violent event's, whatever its counts add up to."""
    fig = coded_toll(doc_text(doc), lang)
    host = next((h for h, _ in joined if h.status in NEWS_STATUSES and is_violent(h.kind)), None)
    if fig is not None and host is not None:
        host.fatalities, host.fatalities_text, host.fatalities_whole = \
            fig.value, evidence(doc, "fatalities", fig.start, fig.end), True


DESCRIBING_CLAUSES = {"relcl", "advcl", "pcomp"}  # "a man who took part in protests", "as supporters gathered"


def _told_of_someone(trig: TriggerMatch, triggers: list[TriggerMatch], lang: LanguagePack) -> bool:
    """In a note with no crowd-size tag (``untagged_note``), a demonstration told in a clause that hangs
    on another event word ("arrested a man who took part in anti-coup protests", "arrested 80 members
    as supporters gathered for a rally"), or named as what the act is suspected of (``suspicion_cues``:
    "detained three youths in connection with the explosion of a stun grenade"), or in a phrase other than
    its setting (``demonstration_setting_preps``: "arrested two students for taking part in a strike")
    says who the act befell, when or why, not the note's event. The demonstrators as the act's own sides
    ("police arrested twenty protesters") and a rally the act happened during stay."""
    if trig.kind not in DEMONSTRATION_KINDS:
        return False
    others = {t.head.i for t in triggers if t.kind not in DEMONSTRATION_KINDS}
    cues = set(lang.roles.get("suspicion_cues", ()))
    settings = set(lang.roles.get("demonstration_setting_preps", ()))
    counts = _count_words(lang.code)
    tok, clause = trig.head, False
    while tok.head.i != tok.i:
        clause = clause or tok.dep_ in DESCRIBING_CLAUSES or fold(tok.text) in cues or (
            tok.dep_ == "prep" and fold(tok.lemma_) not in settings and not _counting(tok, counts, lang))
        tok = tok.head
        if tok.i in others:
            return clause
    return False


def _counting(prep: Token, counts: frozenset[str], lang: LanguagePack) -> bool:
    """ "arrested dozens of protesters": a joiner ("of") after a word that counts people (``approximate`` and
    ``unspecified`` in quantities: "dozens", "hundreds", "a number"; or a numeral) hangs the protesters on
    their count; they are still the act's own side, not who it befell in a clause of their own."""
    joiners = lang.quantities.get("noun_joiners", ())
    return fold(prep.text) in joiners and (fold(prep.head.text) in counts or prep.head.like_num)


@functools.cache
def _count_words(code: str) -> frozenset[str]:
    """The words that head a count of people in the language's ``approximate`` and ``unspecified`` phrases, the
    joiner after them aside ("dozens", "hundreds", "number" of "a number of"); read once per language."""
    lang = pack(code)
    q, joiners = lang.quantities, set(lang.quantities.get("noun_joiners", ()))
    words = set()
    for phrase in [*q.get("approximate", {}), *q.get("unspecified", ())]:
        ws = [w for w in fold(phrase).split() if w not in joiners]
        if ws:
            words.add(ws[-1])
    return frozenset(words)


NEWS_STATUSES = (Status.REPORTED, Status.ONGOING)  # what a wave's strikes are told as
OPINION_MARKS = ("–", "—", "-", ":", ".")  # "Tribune –", "Opinion:", "Analyse.": the label a paper puts before a piece
SPEAKER_LABEL = re.compile(r"([A-ZÀ-Ý][\w.'’-]*(?: [\w.'’-]+){0,3}) ?: ")  # "Jean Dupont : ...": who speaks
INTERVIEW_TURNS = 4  # question, answer, question, answer: fewer labels are a quotation, not an interview


def opinion_piece(text: str, lang: LanguagePack) -> bool:
    """Whether the text opens with its paper's label for an op-ed (``opinion_labels``: "Tribune –",
    "Éditorial :", "Opinion:"): a piece that argues, whose events are examples and not news."""
    return labelled(text, lang, "opinion_labels")


def labelled(text: str, lang: LanguagePack, labels: str) -> bool:
    """Whether the text opens with one of the ``filters.json`` list ``labels`` and a mark after it
    ("Analyse. Dix ans après ...", "Décryptage :"): an analysis recalls and explains, and its events with
    no day named are its examples, as an interview's are."""
    head = text.lstrip()[:40]
    for label in lang.filters.get(labels, ()):
        rest = head[len(label):].lstrip() if fold(head[:len(label)]) == label else None
        if rest is not None and rest.startswith(OPINION_MARKS):
            return True
    return False


def interview(text: str) -> bool:
    """Whether the text is an interview: paragraphs that open with a speaker's label ("Jeune Afrique :",
    "Jean Dupont :"), two speakers at least, one of them asking. Its answers argue and recall; the
    events they name with no day are examples, not news."""
    labels = [(m.group(1), para.rstrip().endswith("?")) for para in text.split("\n\n")
              if (m := SPEAKER_LABEL.match(para.strip()))]
    return len(labels) >= INTERVIEW_TURNS and len({who for who, _ in labels}) >= 2 and any(q for _, q in labels)


OPENING = 400  # characters: a headline, a dateline and the first sentence or two


def relayed(text: str, lang: LanguagePack) -> bool:
    """Whether the piece opens as one that relays what others said (``relay_openers``: "Dans un entretien
    accordé à", "Revue de presse"): an interview told in prose or a press review, whose events with no day
    named are the speaker's or the papers' examples, not the outlet's news."""
    opening = " ".join(plain_words(text[:OPENING]))
    return any(f" {' '.join(plain_words(cue))} " in f" {opening} " for cue in lang.filters.get("relay_openers", ()))


def _the_waves_striker(joined: list[tuple[Mention, list[Mention]]]) -> None:
    """ "La Russie a lancé une attaque massive contre l'Ukraine. Des frappes ont touché Kharkiv et Odessa. À
    Dnipro, quatre personnes ont été tuées": a dispatch that opens on a state's wave of strikes tells the
    strikes and the dead that follow, when they name no one, as that wave's (ACLED codes each place's
    strike to the state that fired it). Only in another country than the striker's, and after it."""
    wave = next((h for h, _ in sorted(joined, key=lambda hg: hg[0].sentence) if h.kind in STRIKE_KINDS
                 and h.status in NEWS_STATUSES), None)
    a1 = wave.sides.actor1 if wave is not None else None
    if a1 is None or a1.inter != Inter.STATE_FORCES or not a1.country or wave.place is None:
        return
    for host, _ in joined:
        s = host.sides
        named = s.actor1 is not None or s.actor2 is not None and s.actor2.inter != Inter.CIVILIANS
        if host is wave or host.sentence < wave.sentence or named or host.status not in NEWS_STATUSES or \
                host.place is None or host.place.country == a1.country:
            continue
        if host.kind in STRIKE_KINDS or agentless_killing(host) and host.place.country == wave.place.country:
            host.kind = host.kind if host.kind in STRIKE_KINDS else wave.kind
            host.sides = replace(s, actor1=a1)



def _inherited_status(sent, trig: TriggerMatch, previous: str | None, lang: LanguagePack) -> str | None:
    """The status a sentence stating no date takes from the last one told: any, when it opens on a
    subject pronoun ("Ils ont ..."); background, when the trigger's verb is a pluperfect after a recalled
    past ("Lors des élections de 2023, des violences avaient éclaté. Des bureaux avaient été saccagés.")."""
    if continues_previous(sent, lang):
        return previous
    return previous if previous == Status.HISTORICAL and pluperfect(trig.head) else None


RECAP_AGE = timedelta(days=14)  # older than the two weeks a dispatch reports, a pluperfect's day is a recap's


def _recaps_of_an_older_past(mentions: list[Mention], published: date | None) -> None:
    """ "Le 14 septembre, une quarantaine de citernes avaient déjà été détruites sur la même route", "Fin octobre,
    des frappes avaient fait plus de cent morts": a pluperfect tells a past before the report's own, and when
    the day it is dated to (stated or carried from an earlier sentence) lies weeks before publication it
    recalls that older past as background, not news; a pluperfect on a recent day stays the news it restates.
    So does an act that only carries an earlier sentence's month ("une série d'attaques au mois de septembre.
    [...] les rebelles ont incendié leurs maisons"): no day of its own, it goes on with that month's recap;
    and an act dated by a month before the publication's and by nothing finer, told past the lead ("The army
    recaptured the town last month", "the two sides signed a declaration in July" in a later paragraph): what
    the dispatch reminds its reader of. Told in the headline or the lead, such an act is the news that came to
    light late ("Eight villagers were killed last month, a rights group said"), coded to its month."""
    if published is None:
        return
    for m in mentions:
        head = m.trigger.head
        if m.status not in NEWS_STATUSES or m.event_date is None:
            continue
        if m.event_date < published - RECAP_AGE and (pluperfect(head) or head.dep_ == "conj" and pluperfect(head.head)
                                                     or m.date_source == "inherited" and _by_a_month(m)) \
                or m.date_source == "stated" and _by_a_month(m) and _past_the_lead(head) and \
                (m.event_date.year, m.event_date.month) < (published.year, published.month):
            m.status, m.event_date, m.precision, m.time_text = Status.HISTORICAL, None, None, None
    for m in mentions:
        if m.status in NEWS_STATUSES and _named_by_an_earlier_year(m.trigger.head, published):
            m.status, m.event_date, m.precision, m.time_text = Status.HISTORICAL, None, None, None


def _by_a_month(m: Mention) -> bool:
    return m.precision is not None and m.precision >= TimePrecision.MONTH


def _past_the_lead(tok: Token) -> bool:
    """Whether the token stands in a paragraph after the lead, the first one past the headline (a text of one
    paragraph, a note or a snippet, has none)."""
    text = joined_text(tok.doc)
    body = text[max(headline_end(text), 0):].lstrip()
    lead_end = text.find("\n", len(text) - len(body))
    return 0 <= lead_end < tok.idx


YEAR_DEPS = ("nummod", "compound", "nmod", "amod")  # how a parse hangs a year on the noun it names
COMPOUND_REACH = 3  # "2022 Owo church massacre": the nouns a year may stand before


def _named_by_an_earlier_year(head, published: date) -> bool:
    """ "over the 2022 attack on a church in Owo, in which gunmen killed 40 worshippers", "l'attaque de 2023": an
    event noun named by a year before the publication's is an event the reader is reminded of, and so is what
    such a noun did ("The 2019 raid killed 71 soldiers"). A plural names a count ("2000 fighters"), and a year that
    is the publication's may name the news itself."""
    nouns = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ in ACTIVE_SUBJECT]
    return any("Plur" not in n.morph.get("Number") and
               any(_an_earlier_year(y, published) for y in (*(c for c in n.children if c.dep_ in YEAR_DEPS),
                                                             _before_its_compounds(n)))
               for n in nouns)


def _an_earlier_year(tok, published: date) -> bool:
    return tok is not None and YEAR.fullmatch(tok.text) is not None and int(tok.text) < published.year


def _before_its_compounds(noun):
    """The word before a noun's own compounds ("2022" in "2022 Owo church massacre", however a headline parses)."""
    i = noun.i - 1
    while i >= 0 and noun.i - i <= COMPOUND_REACH and noun.doc[i].dep_ == "compound":
        i -= 1
    return noun.doc[i] if i >= 0 else None


TOTAL_SHARE = 0.5  # the incidents told apart count at least this share of a roundup's total ("at least 40": 11, 8, 14)
TOTAL_SPAN = timedelta(days=7)  # a total over a period ("this week", "en une semaine") counts the incidents of its week
NIGHT = timedelta(days=1)  # a day's total ("over the past day", "on Sunday") counts the night before it too


def _roundup_totals(mentions: list[Mention], toponyms: list[Toponym], lang: LanguagePack) -> None:
    """ "Russian attacks killed four people across Ukraine over the past day", then the oblasts' strikes (two dead,
    one, one); "Au total, au moins une dizaine de personnes ont perdu la vie dans la province": a count told by a
    plural event noun over several places (or none stated), or opened by a word of totalling (``total_openers``),
    that the article's incidents at other places or days make up (each fewer dead, together at least
    ``TOTAL_SHARE``, on its day or within its period) is the roundup's total, not an event: ACLED codes each
    incident with its own toll. It stays background, so it joins none of them."""
    openers = tuple(lang.quantities.get("total_openers", ()))
    news = [m for m in mentions if m.status in NEWS_STATUSES and m.fatalities and _placed_and_dated(m)]
    triggers = {t.head.i for m in mentions for t in m.triggers}
    for m in news:
        if not _opens_with(m.trigger.head.sent, openers) and \
                not (_plural_noun_told(m, triggers) and _over_several_places(m, toponyms)):
            continue
        parts = _incidents_counted(m, [o for o in news if o.sentence != m.sentence and o.fatalities < m.fatalities
                                       and o.status in NEWS_STATUSES])
        if len(parts) >= 2 and sum(o.fatalities for o in parts) >= TOTAL_SHARE * m.fatalities:
            m.status, m.event_date, m.precision, m.time_text = Status.HISTORICAL, None, None, None


def _a_total_of_several(sent, before: list[Mention], lang: LanguagePack) -> bool:
    """ "Au total, au moins une dizaine de personnes ont perdu la vie dans la province": a sentence of no act opened
    by a word of totalling (``total_openers``) after incidents told at several places or days counts all their
    dead, not the last one's."""
    if not _opens_with(sent, tuple(lang.quantities.get("total_openers", ()))):
        return False
    return len(_apart([m for m in before if m.status in NEWS_STATUSES and _placed_and_dated(m)])) >= 2


def _placed_and_dated(m: Mention) -> bool:
    return m.place is not None and m.place.lat is not None and m.event_date is not None


def _opens_with(sent, openers: tuple[str, ...]) -> bool:
    """Whether the sentence opens on a word of totalling ("In all, ...", "Au total, ...")."""
    opening = " ".join(fold(span_text(sent)).replace(",", " ").split()[:3])
    return any(opening == o or opening.startswith(o + " ") for o in openers)


def _plural_noun_told(m: Mention, triggers: set[int]) -> bool:
    """Whether the mention tells its acts by a plural noun ("attacks", "des frappes"), as a trigger or as what its
    verb governs ("Jihadist attacks and army operations killed at least 40", "40 killed in a week of attacks"):
    several, not one; a singular noun of another kind beside it ("fighting near Sake, rebel raids in Beni ...")
    tells an act of its own."""
    nouns = [t for t in m.triggers if t.head.pos_ == "NOUN"]
    plural = {t.kind for t in nouns if "Plur" in t.head.morph.get("Number")}
    governed = any(g.i in triggers and g.pos_ == "NOUN" and "Plur" in g.morph.get("Number")
                   and _in_its_clause(g, t.head) for t in m.triggers if t.head.pos_ == "VERB" for g in t.head.subtree)
    return bool(plural or governed) and all(t.kind in plural for t in nouns)


def _in_its_clause(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` hangs on ``verb`` through no other verb (its own words, not a clause of another act's)."""
    while tok.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.i != verb.i and tok.pos_ in ("VERB", "AUX"):
            return False
    return tok.i == verb.i


def _over_several_places(m: Mention, toponyms: list[Toponym]) -> bool:
    """Whether the mention's place is no town its sentence states: none stated (the article's), a region or a
    country, or one of several its sentence names ("in Russia's Kursk and Bryansk regions")."""
    if m.place_source != "stated" or m.place.feature in AREA_FEATURES:
        return True
    sent = m.trigger.head.sent
    return len({t.text for t in toponyms if sent.start_char <= t.start < sent.end_char and t.place is not None}) >= 2


def _incidents_counted(total: Mention, others: list[Mention]) -> list[Mention]:
    """The incidents a total may count: news told at places or days apart from each other, on the total's day, or
    within its period when it names none or a coarser one (a day's takes the night before); the highest toll told
    of each."""
    def within(o: Mention) -> bool:
        if total.date_source == "stated" and total.precision == TimePrecision.DAY:
            return total.event_date - NIGHT <= o.event_date <= total.event_date
        return total.event_date - TOTAL_SPAN <= o.event_date <= total.event_date

    return _apart([o for o in others if within(o)])


def _apart(mentions: list[Mention]) -> list[Mention]:
    """One mention of each incident: those told at places or on days apart, the highest toll of each."""
    kept: list[Mention] = []
    for o in sorted(mentions, key=lambda o: -(o.fatalities or 0)):
        if all(o.event_date != k.event_date or haversine_km(o.place.lat, o.place.lon, k.place.lat, k.place.lon)
               > SAME_PLACE_KM for k in kept):
            kept.append(o)
    return kept


def _calendar_day(t) -> date | None:
    """The day a time mention names by the calendar alone, without a publication date: a dated day or month
    of a named year, or a named year's first day (the earliest it may be)."""
    if t.kind == "year":
        return date(t.year, 1, 1)
    return resolve(t, None)[0]


def _undated_articles_past(mentions: list[Mention], calendar: list[date]) -> date | None:
    """An article with no publication date (a profile, an explainer, a page whose date was lost) tells its news
    by weekdays, which date nothing, and its past by the calendar: "En septembre 2024, un commando a attaqué",
    "Avril 2014 : 276 lycéennes sont enlevées", "Le 28 septembre 2009, des militaires avaient ouvert le feu".
    An act dated only by a month or year of a named year is that recalled past, and so is an act in the
    pluperfect dated by the calendar ("Lors du putsch, des manifestants avaient attaqué l'ambassade", after
    "le 30 septembre 2022") and an act on a named day more than the reporting window before the latest day
    the article names (``calendar``); that latest
    day stands for the publication in the older-past rules, and is returned for them."""
    if not calendar:
        return None
    latest = max(calendar)
    for m in mentions:
        if m.status not in NEWS_STATUSES or m.event_date is None or m.date_source not in ("stated", "inherited"):
            continue
        head = m.trigger.head
        if m.precision is not None and m.precision >= TimePrecision.MONTH or pluperfect(head) \
                or head.dep_ == "conj" and pluperfect(head.head) or (latest - m.event_date).days > REPORTING_WINDOW_DAYS:
            m.status, m.event_date, m.precision, m.time_text = Status.HISTORICAL, None, None, None
    return latest


def _anterior_past(trig: TriggerMatch, before: list[Mention], lang: LanguagePack, published: date | None) -> str | None:
    """ "Une cérémonie s'est tenue dimanche à Goma, trois ans après les faits. Plus de 170 civils avaient été
    tués dans ce village": a pluperfect in a sentence naming no time, before the article has told any news
    of violence, after sentences that put what it recalls years back (``long_ago``: "trois ans après", "le
    dixième anniversaire"; or a year before the publication's, ``years_told``: "qui avait opposé en
    2000"), is that old past, not news; so is a participle joined to such a pluperfect, its auxiliary shared
    ("avaient encerclé le hameau et incendié les greniers"), or a present participle after a comma that goes on
    with a pluperfect main clause ("avaient encerclé le village, tuant hommes et enfants"). A pluperfect after a
    recent day ("le derby de dimanche dernier [...] Des jets de projectiles avaient éclaté") stays the news it
    recalls."""
    head = trig.head
    if not (pluperfect(head) or head.dep_ == "conj" and pluperfect(head.head)
            or trailing_participle(head) and pluperfect(head.sent.root)) \
            or any(m.status in NEWS_STATUSES for m in before):
        return None
    told = fold(doc_text(trig.head.doc)[:trig.head.sent.start_char])
    if any(p.search(told) for p in lang.status_cues["long_ago"]):
        return Status.HISTORICAL
    years = [int(y) for p in lang.status_cues["years_told"] for y in p.findall(told)]
    return Status.HISTORICAL if published is not None and any(y < published.year for y in years) else None


def _recalled_in_its_sentence(trig: TriggerMatch, before: list[Mention], lang: LanguagePack) -> str | None:
    """ "condamnés pour l'attaque d'un camp en 2022, au cours de laquelle 27 soldats avaient été tués": a
    pluperfect after an event of the same sentence told as background is that past's own toll, not news;
    so is, whatever its tense, what a relative of time ("au cours de laquelle", ``during_relatives``) tells
    of an undated event named just before it: that event's own status; and what a present participle after
    a comma adds to an event told as background is background too ("ont attaqué des villages entre 2002 et
    2003, tuant des centaines de civils"; after a denied or banned act it may tell an act of its own)."""
    if any(m.status == Status.HISTORICAL for m in before) and pluperfect(trig.head):
        return Status.HISTORICAL
    last = before[-1] if before else None
    if last is not None and last.status == Status.HISTORICAL and (trailing_participle(trig.head)
                                                                  or _absolute_participle(trig.head)):
        return last.status  # "ont attaqué des villages entre 2002 et 2003, tuant des centaines de civils"
    if last is not None and last.status in UNDATED and during_relative(last.trigger.head, trig.head, lang):
        return last.status
    if last is not None and last.status == Status.HISTORICAL and _its_relative(last.trigger.head, trig.head):
        return last.status  # "réuni après la frappe qui a tué dimanche quarante personnes": the recalled strike's toll
    return None


def _absolute_participle(tok: Token) -> bool:
    """ "En avril, les deux pays s'étaient affrontés, l'Iran lançant des centaines de missiles contre Israël": a
    present participle with its own subject, set off by a comma, tells how the main clause's act went, at its
    time; the trigger may be the participle or what it governs."""
    verb = governing_verb(tok)
    if verb is None or "Part" not in verb.morph.get("VerbForm") or "Pres" not in verb.morph.get("Tense"):
        return False
    starts = [verb.i] + [c.left_edge.i for c in verb.children if c.dep_ in ACTIVE_SUBJECT]
    return any(i > verb.sent.start and verb.doc[i - 1].text == "," for i in starts)


RELATIVE_REACH = 3  # "la frappe israélienne qui": the relative pronoun opens the clause within the noun's phrase


def _its_relative(noun: Token, verb: Token) -> bool:
    """Whether ``verb`` lies in a relative clause opened right after the event noun ``noun``, however the
    parse hangs the clause: a relative pronoun within the noun's phrase, no punctuation before the verb."""
    if noun.pos_ != "NOUN" or not noun.i < verb.i:
        return False
    between = noun.doc[noun.i + 1:verb.i]
    if any(t.is_punct for t in between):
        return False
    return any("Rel" in t.morph.get("PronType") for t in between[:RELATIVE_REACH])


def _named_again(trig: TriggerMatch, before: list[Mention], lang: LanguagePack) -> str | None:
    """ "l'anniversaire du massacre qui avait coûté la vie à des dizaines de civils en 2019. [...] Le massacre,
    perpétré par des miliciens, avait été le point de départ de violences": an event noun with a definite
    article, in a sentence naming no date, that names again the event the article last told by that noun
    as background is that past event, not news."""
    head = trig.head
    if head.pos_ != "NOUN" or not definite_noun(head, lang):
        return None
    same = [m for m in before if fold(m.trigger.head.lemma_) == fold(head.lemma_)]
    return Status.HISTORICAL if same and same[-1].status == Status.HISTORICAL else None


def _news_just_before(mentions: list[Mention], n: int) -> Mention | None:
    """The last mention of the sentence before sentence ``n``; when that sentence tells no act, or only acts
    recorded elsewhere or in the past ("The group was torturing a woman (coded separately)"), the news
    of the sentence before it, which the toll may still follow."""
    if not mentions or mentions[-1].sentence not in (n - 1, n - 2):
        return None
    if mentions[-1].sentence == n - 2:  # the sentence between told no act at all
        return mentions[-1] if mentions[-1].status in NEWS_STATUSES else None
    if mentions[-1].status in NEWS_STATUSES:
        return mentions[-1]
    if any(m.status in NEWS_STATUSES for m in mentions if m.sentence == n - 1):
        return None
    earlier = [m for m in mentions if m.sentence == n - 2]
    return earlier[-1] if earlier and earlier[-1].status in NEWS_STATUSES else None


def _news_before_toll(mentions: list[Mention], n: int) -> Mention:
    """The act a sentence that leads with a toll ("The man later died in hospital.") counts the dead of: the
    last act told before it, unless that act is background, a plan or a hypothesis ("after seeing him steal
    a phone", "to bring the situation under control"); then the last violent act reported within
    ``TOLL_REACH`` sentences, whose victim the toll follows."""
    last = mentions[-1]
    if last.status == Status.REPORTED and is_violent(last.kind):
        return last
    return next((m for m in reversed(mentions) if m.sentence >= n - TOLL_REACH and m.status == Status.REPORTED
                 and is_violent(m.kind)), last)


def _toll_of_a_clash(sent_mentions: list[Mention], before: Mention) -> bool:
    """ "Armed men exchanged fire with police. One suspect was killed, another arrested": dead told with no
    one said to kill them, right after a clash, are its toll (ACLED counts both sides' dead in the battle),
    not an attack on the people they were; survivors arrested with no one named are the clash's end."""
    if before.kind != "armed_clash" or not sent_mentions:
        return False
    return any(agentless_killing(m) for m in sent_mentions) and \
        all(agentless_killing(m) or m.kind == "arrest" and m.sides.actor1 is None for m in sent_mentions)


def _lethal(m: Mention, lang: LanguagePack) -> bool:
    """ACLED's excessive force against protesters is lethal force or force that maims (live fire, a death,
    a beating to serious injury); tear gas, rubber bullets, batons and arrests are an intervention. Read
    in ACLED's own notes (tagged with a crowd size) only: news reports that call tear gas on a crowd
    excessive force are coded so elsewhere (CASE 2021 fell 0.830 -> 0.817 when applied to every report).
    A language with no words for lethal force (``lethal_force`` in roles) keeps every use of force."""
    cues = lang.roles.get("lethal_force")
    if cues is None or m.fatalities:
        return True
    told = " " + " ".join(w for t in m.triggers for w in plain_words(span_text(t.head.sent))) + " "
    return any(" " + " ".join(plain_words(c)) + " " in told for c in cues)


def _crowd_of_its_sentence(m: Mention) -> bool:
    """Whether the mention's actor1 is a crowd its own trigger's sentence names ("residents caught a
    thief"), not one a joined sentence lent it ("farmers blocked a road. Police detained one"). Who
    made the arrest decides when the words tell it: its verb's own subject ("villagers captured a
    man"), or a state's force named before it ("protesters marched and police detained five", however
    the parse hangs "police"); a passive arrest ("five were detained") is never the crowd's."""
    a1, a2, sent = m.sides.actor1, m.sides.actor2, m.trigger.head.sent
    if a1 is None or a1.inter not in CROWDS:
        return False
    verbs = [t.head for t in m.triggers if t.kind == "arrest" and t.head.pos_ == "VERB"]
    if any(c.dep_ in PASSIVE_SUBJECT for v in verbs for c in v.children):
        return False
    doers = [c for v in verbs for c in v.children if c.dep_ in ACTIVE_SUBJECT]
    if doers:
        return any(a1.start <= d.idx < a1.end for d in doers)
    if a2 is not None and a2.inter == Inter.STATE_FORCES and a2.start >= 0 and \
            any(v.sent.start_char <= a2.start and a2.end <= v.idx for v in verbs):
        return False
    return sent.start_char <= a1.start and a1.end <= sent.end_char


def _without_targets_of_violence(mentions: list[Mention]) -> list[Mention]:
    """ "Des rebelles ont attaqué un convoi humanitaire": the aid the violence struck is its target,
    not a delivery of its own."""
    violent = [m.trigger.head for m in mentions if code(m.kind).event_type is not None and is_violent(m.kind)]
    return [m for m in mentions if code(m.kind).event_type is not None
            or not any(v in m.trigger.head.ancestors for v in violent)]


STRIKE_KINDS = {"shelling", "air_strike"}  # a wave of strikes hits many places; a bomb goes off at one


def _monitored_blast(m: Mention, ctx: ArticleContext) -> Mention:
    """Explosions a ceasefire monitor reports with no device named ("the OSCE SMM observed 8 explosions
    near X") are the front's artillery fire: ACLED codes them as shelling, not as a bomb. A mine or an
    IED named stays what it is (``blast_words`` in roles: the words that name no device)."""
    blasts = ctx.lang.roles.get("blast_words", ())
    if m.kind != "remote_explosive" or any(fold(t.head.lemma_) not in blasts for t in m.triggers):
        return m
    country = (m.place.country if m.place is not None and m.place.country else None) or ctx.country
    words = " ".join(plain_words(span_text(m.trigger.head.sent)))
    return replace(m, kind="shelling") if monitored_front(country, words) else m


def _per_place(doc: Doc, m: Mention, toponyms: list[Toponym], ctx: ArticleContext) -> list[Mention]:
    """A wave of strikes told with several far-apart towns in its sentence ("des frappes de missiles
    ont été signalées à Dnipro, à Zaporijjia et à Lviv") is one event per town, as ACLED codes it."""
    if m.kind not in STRIKE_KINDS or m.place_source != "stated" or m.place is None or m.place.feature == "country":
        return [m]
    out = [m]
    for t in other_places(m.trigger, toponyms, m.actors, ctx, m.place):
        out.append(replace(m, place=t.place, place_text=evidence(doc, "location", t.start, t.end),
                           triggers=list(m.triggers), actors=list(m.actors),
                           fatalities=None, fatalities_text=None))  # a toll told once stays with one place
    return out


class _Spans:
    """Character spans, asked which cover a position in logarithmic time."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach = list(itertools.accumulate((b for _, b in spans), max))  # the furthest end up to each span

    def cover(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos)
        return k > 0 and self.reach[k - 1] > pos


def _event(doc: Doc, article: Article, m: Mention, group: list[Mention], ctx: ArticleContext, number: int,
           named: dict[str, Actor]) -> Event:
    """The event record of host mention ``m`` and the ``group`` joined to it, every field backed by evidence."""
    facts = m.facts(ctx)
    sides = settle_sides(facts, Stage.EVENT)
    found, (a1, a2, *assoc) = event_evidence(doc, m, group, sides, ctx, named)
    assoc, assoc2 = assoc[:len(sides.assoc1)], assoc[len(sides.assoc1):]
    ruling = a1 is not None and a1.inter in NON_STATE_ARMED and says(facts.sentences, ctx.lang, "ruling_cues")
    coding = code(m.kind, a1.inter if a1 else None, a2.inter if a2 else None,
                  demonstrated=m.demonstrated(ctx.lang),
                  foreign=_foreign(a1, a2, m, ctx, assoc) or _hired_against_the_state(a1, a2), ruling=ruling)
    event = Event(
        article_id=article.article_id, kind=m.kind, trigger=found[0], sentence=m.sentence,
        event_type=coding.event_type, sub_event_type=coding.sub_event_type, plover_type=coding.plover_type,
        plover_mode=coding.plover_mode, actor1=a1, actor2=a2, assoc_actor_1=assoc, assoc_actor_2=assoc2,
        event_date=m.event_date, time_precision=m.precision, place=m.place, place_evidence=m.place_text,
        fatalities=m.fatalities, status=m.status,
        attributed_to=m.attributed_to.text if m.attributed_to else None, outlet=article.outlet,
        evidence=_dedupe(found), event_id=f"{article.article_id}-E{number}",
        why=why(doc, m, group, sides, code(m.kind).sub_event_type, coding.sub_event_type, ctx.lang),
    )
    event.confidence = confidence(m, group, event, ctx.lang)
    return event


def _foreign(a1: Actor | None, a2: Actor | None, m: Mention, ctx: ArticleContext,
             assoc: list[Actor] = ()) -> bool:
    """Whether actor1 is a state's forces acting in another country than theirs: neither the event's
    place, a town or region, nor the article lies in their country (a country named only as a backer,
    "a militia backed by the United Arab Emirates", is no place of the event). Ground taken from the forces
    of the place's own state is taken abroad whatever country the article is about ("Russian forces
    captured a village in the Donetsk region, Russia's defence ministry said"). Forces that act beside the
    place's own state forces ("Mozambican and Rwandan troops retook the village") are the government's
    affiliates: ACLED's codebook has the ground they take regained by the government."""
    if a1 is None or a1.inter != Inter.STATE_FORCES or not a1.country or m.place is None or \
            m.place.feature == "country":
        return False
    if any(x.inter == Inter.STATE_FORCES and x.country == m.place.country for x in assoc):
        return False
    if a2 is not None and a2.inter == Inter.STATE_FORCES and a2.country == m.place.country != a1.country:
        return True
    where = {c for c in (m.place.country, ctx.country) if c}
    return bool(where) and a1.country not in where


def _hired_against_the_state(a1: Actor | None, a2: Actor | None) -> bool:
    """Whether actor1 is of ACLED's external or other forces (mercenaries: "Wagner forces captured the
    town") fighting a state's forces: like a foreign army, it regains no ground of its own state, so ACLED
    codes the ground it takes from the state as overtaken by a non-state actor."""
    return a1 is not None and a2 is not None and a1.inter == Inter.EXTERNAL_FORCES and a2.inter == Inter.STATE_FORCES


def _dedupe(found: list[Evidence]) -> list[Evidence]:
    seen, out = set(), []
    for ev in found:
        key = (ev.field, ev.start, ev.end)
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out


def _off_the_names(label: TriggerMatch | None, triggers: list[TriggerMatch],
                   in_names: Callable[[int], bool]) -> TriggerMatch | None:
    """The label with the verb it heads moved off a group's name the parse rooted its sentence on ("the
    army and Pyu Saw Htee members burned houses" rooted on "Saw"): to the sentence's first trigger, else
    its first verb outside a name. Sides read around a word of a name are the name's own parts."""
    if label is None or not in_a_name(label, in_names):
        return label
    sent = label.head.sent
    head = next((t.head for t in triggers if t.head.sent == sent and t.head.i >= label.end), None)
    if head is None:
        head = next((t for t in sent if t.i >= label.end and t.pos_ == "VERB" and not in_names(t.idx)), None)
    return label if head is None else replace(label, head=head)


def _current_year(t, published: date | None) -> bool:
    """ "en 2025" in a report of 2025 dates nothing: the sentence is left as if it named no time."""
    return t.kind == "year" and resolve(t, published)[0] is None


def _speaker_goes_on(sent, lang: LanguagePack) -> bool:
    """A paragraph opening on the speaker ("Selon lui, ...", "Il affirme ...") goes on with the tally the one
    before closed on: wire and Radio Okapi style puts each sentence in a paragraph of its own."""
    openers = lang.status_cues["claim_openers"]
    return continues_previous(sent, lang) or bool(openers) and fold(span_text(sent)).lstrip().startswith(openers)


def _tells_no_news(mentions: list[Mention]) -> bool:
    """A sentence with no event told as news: none, or only the period's own toll ("Au moins 200 civils
    ont été tués au cours du mois de juin"), after which the paragraph's undated acts are that period's."""
    return all(m.status not in NEWS_STATUSES for m in mentions)


PERIOD_REACH = 80  # characters from a word of rank to the day its period counts from


def _days_of_a_telling(doc: Doc, times: list, lang: LanguagePack) -> frozenset[int]:
    """ "148 civilians were killed in October, the mission said on Wednesday": where a sentence names the period of
    its acts beside the day a verb of saying (``telling_verbs``) was said on, that day dates the telling only; the
    sentences after it go on in the period, not on the day of the report."""
    said = set()
    for t in times:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        verb = verb_of_day(span.root) if span is not None else None
        if verb is not None and fold(verb.lemma_) in lang.status_cues["telling_verbs"]:
            said.add(t.start)
    return frozenset(said) if len(said) < len(times) else frozenset()


def _opens_a_period(doc: Doc, start: int, sent_start: int, lang: LanguagePack) -> bool:
    """ "une des journées les plus meurtrières depuis l'entrée en vigueur du cessez-le-feu le 10 octobre": the
    day a ranking's period is counted from (a word of rank, the status cues' ``comparison_words``, then one of
    ``period_openers``, in one stretch of the sentence) dates no act, so the next sentence's undated strike
    keeps the report's day, not the truce's. A period with no ranking ("Depuis la prise de la ville fin
    octobre, ...") may date the recap that follows."""
    cues = lang.status_cues
    stretch = re.split(r"[,;:.()]", fold(doc_text(doc)[max(sent_start, start - PERIOD_REACH):start].lower()))[-1]
    words = re.findall(r"\w+'?", stretch)
    opener = max((i for i, w in enumerate(words) if w in lang.time.get("period_openers", ())), default=None)
    return opener is not None and any(w in cues["comparison_words"] and (i + 1 >= len(words) or words[i + 1]
                                                                          not in cues["quantity_links"])
                                      for i, w in enumerate(words[:opener]))
