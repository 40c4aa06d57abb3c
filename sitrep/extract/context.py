"""What the whole article tells each of its mentions: its country, its main place, the groups and
forces it names most (the ones a label like "les terroristes" or a missing side stands for)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from sitrep.acled import NAMED_GROUPS, Inter
from sitrep.lang import LanguagePack
from sitrep.nlp.models import joined_text, span_text
from sitrep.text import fold
from sitrep.types import Actor, Article, Toponym

DISOWNER_REACH = 3  # steps from a group's name up to the speaker it names ("a spokesman for the group")
NAME_OF_THE_SPEAKER = ("compound", "amod", "poss", "nmod", "pobj", "prep")


@dataclass
class ArticleContext:
    article: Article
    lang: LanguagePack
    country: str | None
    main_place: Toponym | None
    named_groups: Counter
    state_forces: Counter
    place_countries: Counter = field(default_factory=Counter)  # how many of its place names lie in each country
    coded: list[Toponym] = field(default_factory=list)  # the places it says it coded its event at


def article_context(article: Article, doc: Doc, lang: LanguagePack, toponyms: list[Toponym], country: str | None,
                    actors_by_sentence: list[list[Actor]], dateline: tuple[int, int] = (0, 0)) -> ArticleContext:
    places = [t for t in toponyms if t.place and t.place.feature not in ("country",) and not t.relative]
    # "the European Union imposed sanctions ... in Darfur": a place in no country (a union, a continent, a sea)
    # is the article's setting only when it names no place inside a country
    places = [t for t in places if t.place.country] or places
    # "NIAMEY (AFP) - ... à Banibangou": the town a dispatch was filed from is the main place only of a body
    # that names none, and no tie between it and the body's towns goes its way for coming first
    places = [t for t in places if not dateline[0] <= t.start < dateline[1]] or places
    counts = Counter(t.place.name for t in places)
    main = None
    if counts:
        best = max(counts.values())
        main = next(t for t in places if counts[t.place.name] == best)
        if main.place.feature == "admin1":  # "in Kota (Rajasthan) ... across Rajasthan": the town
            towns = [t for t in places if t.place.feature != "admin1" and t.place.country == main.place.country
                     and t.place.admin1 == main.place.admin1]
            if towns:
                main = max(towns, key=lambda t: counts[t.place.name])
    groups, forces = Counter(), Counter()
    for actors in actors_by_sentence:
        for a in actors:
            if a.partisan or not a.name or _disowns(doc, a, lang):
                continue
            if a.inter in NAMED_GROUPS:
                groups[a.name] += 1
            elif a.inter == Inter.STATE_FORCES:
                forces[a.name] += 1
    countries = Counter(t.place.country for t in toponyms if t.place and t.place.country)
    return ArticleContext(article, lang, country, main, groups, forces, countries,
                          coded_at(toponyms, joined_text(doc), lang))


def _disowns(doc: Doc, a: Actor, lang: LanguagePack) -> bool:
    """ "The Taliban rejected responsibility for the bombing", "JNIM condemned the attack": a group that
    is the subject of a verb that disowns an act (``disowning_verbs``) is named as not its author, so it
    is no group the article's unclaimed acts may be laid to."""
    span = doc.char_span(a.start, a.end, alignment_mode="expand") if 0 <= a.start < a.end else None
    if span is None:
        return False
    if _by_analogy(span_text(span.sent), lang):
        return True
    root = span.root
    for _ in range(DISOWNER_REACH):  # "Taliban officials", "a spokesman for the group"
        if root.dep_ not in NAME_OF_THE_SPEAKER or root.head is root:
            break
        root = root.head
    return root.dep_.startswith("nsubj") and fold(root.head.lemma_) in lang.status_cues["disowning_verbs"]


def _by_analogy(sentence: str, lang: LanguagePack) -> bool:
    """ "No group claimed responsibility, but the Pakistani Taliban have carried out similar attacks": a group
    a sentence names for acts like this one (``analogy_cues``) is suspected by analogy, not named as its
    author; ACLED codes the unclaimed act's author as unidentified."""
    folded = f" {fold(sentence)} "
    return any(f" {cue} " in folded for cue in lang.status_cues.get("analogy_cues", ()))  # folded on load


def coded_at(toponyms: list[Toponym], text: str, lang: LanguagePack) -> list[Toponym]:
    """The places a note says it coded its event at ("[coded to X]", "(coded at X)", "Coded as X
    city."): ACLED's own statement of the event's place, over the other places the note names. A
    name followed by more capitalised words ("coded as X Rebels") is an actor's, not a place; a
    country ("(coded in Russia)") says only which country, and the note's town stands."""
    found = []
    for t in toponyms:
        if t.place is None or t.relative or t.place.feature == "country" or _NAME_GOES_ON.match(text, t.end):
            continue
        before = " ".join(text[max(0, t.start - 30):t.start].lower().split())
        if any(before.endswith(cue) for cue in lang.coding_cues):
            found.append(t)
    return found


_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")
