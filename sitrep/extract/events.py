"""From a parsed article to events: triggers, their arguments, and ACLED's one-event rule.

Each trigger becomes a mention with its own status, time, place, actors and count. Mentions of
one sentence that describe one action fold together (air support inside a battle belongs to the
battle), then a mention that names no new place or date joins the nearest earlier event it is
compatible with (the article saying "the clashes" again), so each real event is coded once.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc

from sitrep.extract.asides import find_asides
from sitrep.extract.arguments import ARMED, Roles, assign_roles, sentence_actors
from sitrep.extract.clause import tense
from sitrep.extract.quantities import Figure, attribution, fatalities, injured
from sitrep.extract.status import UNDATED, continues_previous, cue_status
from sitrep.extract.time import DAY, WEEK, find_time_mentions, resolve
from sitrep.extract.triggers import TriggerMatch, find_triggers
from sitrep.nlp.models import doc_text
from sitrep.normalise.actors import actor_for
from sitrep.normalise.countries import country_of_state_body
from sitrep.geo.distance import haversine_km
from sitrep.lang import LanguagePack, pack
from sitrep.normalise.taxonomy import CIVILIANS, PROTESTERS, code, combine, is_support, is_violent
from sitrep.text import fold
from sitrep.types import Actor, Article, Event, Evidence, Place, Toponym

BATTLE_KINDS = {"armed_clash", "territory_gain"}
CIVILIAN_DEFAULT_KINDS = {"attack"}
TWO_SIDED_BY_STATE = {"disrupted_weapons"}
REMOTE_KINDS = {"shelling", "air_strike", "remote_explosive", "suicide_bomb", "grenade", "chemical_weapon"}
UNCLAIMED_KINDS = {"remote_explosive", "suicide_bomb", "grenade"}  # weapons of groups that often go unnamed
PROTEST_KINDS = {"peaceful_protest", "protest_intervention", "violent_demonstration"}
RESTRAINED_PROTEST_KINDS = {"peaceful_protest", "protest_intervention"}  # the crowd itself not violent
FAR_RELATIVE_KM = 50.0  # an offset this uncertain is a pointer to the region, not a place
TOLL_LEAD_WORDS = 6  # a sentence that states a toll ("Selon la police, cinq personnes ...") leads with it
DATELINE = re.compile(r"\s*[A-ZÀ-Ý][A-ZÀ-Ý' .-]{2,40}(?:\s*/\s*[A-ZÀ-Ý][\w' .-]{2,30})?"
                      r"(?:,[^\n–—-]{1,30}?)?\s*(?:\([^)\n]{1,30}\))?\s*[–—-]+\s")
REPORTING_WINDOW_DAYS = 60  # a stated date older than this before publication is background
NAMED_GROUP_INTER = (2, 3, 4, 8)


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
    roles: Roles = field(default_factory=Roles)
    fatalities: int | None = None
    fatalities_text: Evidence | None = None
    fatalities_whole: bool = False  # counts everyone killed, not one side
    attributed_to: Evidence | None = None
    triggers: list[TriggerMatch] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)  # every actor its sentence names
    sequenced: bool = False  # set in a clause placing it before or after another action ("au lendemain de")
    kind: str = ""  # the trigger's kind, or what several triggers of one action add up to

    def __post_init__(self):
        self.kind = self.kind or self.trigger.kind


@dataclass
class ArticleContext:
    article: Article
    lang: LanguagePack
    country: str | None
    main_place: Toponym | None
    named_groups: Counter
    state_forces: Counter


def _evidence(doc: Doc, field_name: str, start: int, end: int) -> Evidence:
    return Evidence(field_name, start, end, doc_text(doc)[start:end])


def article_context(article: Article, doc: Doc, lang: LanguagePack, toponyms: list[Toponym], country: str | None,
                    actors_by_sentence: list[list[Actor]]) -> ArticleContext:
    places = [t for t in toponyms if t.place and t.place.feature not in ("country",) and not t.relative]
    counts = Counter(t.place.name for t in places)
    main = None
    if counts:
        best = max(counts.values())
        main = next(t for t in places if counts[t.place.name] == best)
    groups, forces = Counter(), Counter()
    for actors in actors_by_sentence:
        for a in actors:
            if a.partisan or not a.name:
                continue
            if a.inter in NAMED_GROUP_INTER:
                groups[a.name] += 1
            elif a.inter == 1:
                forces[a.name] += 1
    return ArticleContext(article, lang, country, main, groups, forces)


def _resolve_roles(doc: Doc, m: Mention, ctx: ArticleContext) -> None:
    """Labels become the group they stand for; victims are not a side of a battle; no actor twice."""
    roles = m.roles
    roles.actor1 = _resolve_partisan(roles.actor1, ctx, doc)
    roles.actor2 = _resolve_partisan(roles.actor2, ctx, doc)
    roles.assoc1 = [a for a in (_resolve_partisan(x, ctx, doc) for x in roles.assoc1) if a is not None]
    _settle_sides(m, ctx)


def _settle_sides(m: Mention, ctx: ArticleContext) -> None:
    """ACLED's sides for the mention's kind: civilians are never a side of a battle; a battle has two
    sides; an armed group's attack that names no armed target is an attack on civilians."""
    roles = m.roles
    if m.kind in BATTLE_KINDS:
        if roles.actor1 is not None and roles.actor1.inter == CIVILIANS:
            roles.actor1 = None
        if roles.actor2 is not None and roles.actor2.inter == CIVILIANS:
            roles.actor2 = None
    if _same_name(roles.actor1, roles.actor2):
        roles.actor2 = None
    if roles.actor1 is None and roles.actor2 is not None and m.kind in BATTLE_KINDS:
        roles.actor1, roles.actor2 = roles.actor2, None
    armed = [a for a in m.actors if a.inter not in (CIVILIANS, PROTESTERS) and not _same_name(a, roles.actor1)]
    by_group = roles.actor1 is not None and roles.actor1.inter in NAMED_GROUP_INTER
    if m.kind in CIVILIAN_DEFAULT_KINDS and roles.actor2 is None and ctx.country and not armed and \
            (roles.actor1 is None or by_group) and (m.fatalities or by_group and not _armed_target(m, ctx)):
        roles.actor2 = actor_for("civilians", ctx.country)
    if m.kind in PROTEST_KINDS and ctx.country:
        if roles.actor2 is not None and roles.actor2.inter in (CIVILIANS, PROTESTERS) and \
                (roles.actor1 is None or roles.actor1.inter != PROTESTERS):
            roles.actor1, roles.actor2 = roles.actor2, roles.actor1
        if roles.actor1 is None or roles.actor1.inter == CIVILIANS:
            crowd = roles.actor1
            roles.actor1 = actor_for("protesters", ctx.country)
            if crowd is not None:
                roles.actor1.text, roles.actor1.start, roles.actor1.end = crowd.text, crowd.start, crowd.end
        if m.kind == "peaceful_protest":
            roles.actor2 = None  # nobody acted against a peaceful protest
    if m.kind == "force_against_protest" and roles.actor1 is not None and roles.actor1.inter == PROTESTERS:
        roles.actor1, roles.actor2 = (roles.actor2 if roles.actor2 is None or roles.actor2.inter != PROTESTERS
                                      else None), roles.actor1  # the protesters are the ones force was used on
    if m.kind in UNCLAIMED_KINDS and roles.actor1 is None and ctx.country:
        roles.actor1 = actor_for("armed_group", ctx.country)  # a bomb no one is named for: ACLED's unidentified group
    if m.kind in UNCLAIMED_KINDS and roles.actor2 is None and ctx.country and m.fatalities and \
            not any(a.inter in ARMED and not _same_name(a, roles.actor1) for a in m.actors):
        roles.actor2 = actor_for("civilians", ctx.country)
    if m.kind == "arrest" and roles.actor1 is None and ctx.country:
        # an arrest is made by the state's forces; the ones the article names, else its police
        force = ctx.state_forces.most_common(1)[0][0] if ctx.state_forces else None
        roles.actor1 = Actor(name=force, inter=1, country=ctx.country) if force else actor_for("police", ctx.country)
    roles.actor1, roles.actor2 = _complete_sides(roles.actor1, roles.actor2, m.kind, ctx)


def _met_with_force(text: str, lang: LanguagePack, toll: Figure | None) -> bool:
    """A protest sentence that tells of force used ("fired", "tirs", "réprimé") and of people killed
    or injured; deaths that are the protest's cause ("to honor a student whose death") name no force."""
    return bool(lang.protest_force_cue.search(fold(text))) and (toll is not None or injured(text, lang))


def _give_toll(doc: Doc, m: Mention, fig: Figure) -> None:
    m.fatalities, m.fatalities_text = fig.value, _evidence(doc, "fatalities", fig.start, fig.end)
    m.fatalities_whole = fig.whole


def _definite(doc: Doc, actor: Actor, lang: LanguagePack) -> bool:
    """ "les assaillants" points back to attackers already named; "des hommes armés" does not."""
    words = fold(doc_text(doc)[max(0, actor.start - 12):actor.start]).replace("'", "' ").split()
    return bool(words) and words[-1] in lang.roles.get("definite", ())


def _resolve_partisan(actor: Actor | None, ctx: ArticleContext, doc: Doc | None = None) -> Actor | None:
    """ "les terroristes" stands for the armed group the article names most; so do "les assaillants"
    when the article names a group."""
    if actor is None:
        return actor
    if not actor.partisan:
        unnamed = actor.name.startswith("Unidentified Armed Group")
        if not (unnamed and ctx.named_groups and doc is not None and _definite(doc, actor, ctx.lang)):
            return actor
    if ctx.named_groups:
        name = ctx.named_groups.most_common(1)[0][0]
        return Actor(name=name, inter=2, country=ctx.country, text=actor.text, start=actor.start, end=actor.end)
    generic = actor_for("armed_group", ctx.country)
    generic.text, generic.start, generic.end = actor.text, actor.start, actor.end
    return generic


def _place_for(doc: Doc, trig: TriggerMatch, toponyms: list[Toponym], actors: list[Actor],
               ctx: ArticleContext) -> tuple[Place | None, Evidence | None, str]:
    sent = trig.head.sent
    inside = [t for t in toponyms if t.place and sent.start_char <= t.start < sent.end_char
              and not any(a.start <= t.start < a.end for a in actors)]
    t_pos = trig.head.idx

    def distance(t: Toponym) -> int:
        return abs(t.start - t_pos) + (0 if t.start >= t_pos else 15)

    named = [t for t in inside if not t.relative and t.place.feature not in ("country", "admin1")]
    far = [t for t in inside if t.relative and (t.place.uncertainty_km or 0) > FAR_RELATIVE_KM]
    if named and far:  # "à Zale, à 200 km au nord de Bunia": the named place says more than the offset
        inside = [t for t in inside if t not in far]
    for group in ([t for t in inside if t.relative],
                  [t for t in inside if not t.relative and t.place.feature not in ("country", "admin1")],
                  [t for t in inside if not t.relative and t.place.feature == "admin1"]):
        if group:
            best = min(group, key=distance)
            return best.place, _evidence(doc, "location", best.start, best.end), "stated"
    countries = [t for t in inside if t.place.feature == "country"]
    main = ctx.main_place
    if main is not None and (not countries or any(c.place.country == main.place.country for c in countries)):
        place = Place(**{**main.place.__dict__, "geo_precision": max(2, main.place.geo_precision)})
        return place, _evidence(doc, "location", main.start, main.end), "default"
    if countries:
        best = min(countries, key=distance)
        place = Place(**{**best.place.__dict__, "geo_precision": 3})
        return place, _evidence(doc, "location", best.start, best.end), "stated"
    return None, None, "default"


class EventExtractor:
    """Events of one article from its parse, its toponyms and its publication date."""

    def __init__(self, lang: str | LanguagePack):
        self.lang = pack(lang)

    def extract(self, article: Article, doc: Doc, toponyms: list[Toponym], country: str | None) -> list[Event]:
        lang = self.lang
        sents = list(doc.sents)
        actors_by_sentence = [sentence_actors(doc, s, lang, country) for s in sents]
        ctx = article_context(article, doc, lang, toponyms, country, actors_by_sentence)
        dateline = _dateline(doc_text(doc))
        if dateline:  # "BEIRUT (AFP) -": where and when the dispatch was filed, not the event
            toponyms = [t for t in toponyms if t.start >= dateline]
        names = [(a.start, a.end) for actors in actors_by_sentence for a in actors if a.name and not a.partisan]
        asides = find_asides(doc, lang)  # "A lire aussi : ...": other stories' headlines
        triggers = [t for t in find_triggers(doc, lang) if not _in_a_name(t, names)
                    and not any(a <= t.head.idx < b for a, b in asides)]
        by_sentence: dict[int, list[TriggerMatch]] = {}
        sent_index = {s.start: n for n, s in enumerate(sents)}
        for trig in triggers:
            by_sentence.setdefault(sent_index[trig.head.sent.start], []).append(trig)

        mentions: list[Mention] = []
        discourse_date: tuple[date, int, Evidence] | None = None
        previous_status: str | None = None
        for n, sent in enumerate(sents):
            times = [t for t in find_time_mentions(sent.text, lang, sent.start_char) if t.start >= dateline]
            sent_mentions = []
            for trig in by_sentence.get(n, []):
                m = self._mention(doc, trig, n, times, toponyms, actors_by_sentence[n], ctx, discourse_date,
                                  previous_status if continues_previous(sent, lang) and not times else None)
                sent_mentions.append(m)
            sent_mentions = _fold_sentence(sent_mentions, ctx)
            if not sent_mentions and not times and mentions and mentions[-1].sentence == n - 1:
                self._toll_after(doc, sents[n - 1], sent, mentions[-1])
            mentions.extend(sent_mentions)
            for t in times:
                d, p = resolve(t, article.published)
                if d is not None and (article.published is None or d <= article.published):
                    discourse_date = (d, p, _evidence(doc, "event_date", t.start, t.end))
            if sent_mentions:
                previous_status = sent_mentions[-1].status
        merged = _merge_mentions(mentions, ctx)
        return [self._event(doc, article, m, group, ctx, i) for i, (m, group) in enumerate(merged, 1)]

    def _toll_after(self, doc: Doc, previous, sent, m: Mention) -> None:
        """ "Une fusillade a éclaté samedi à Zale. Quatre personnes ont perdu la vie": a sentence that
        names no action of its own but leads with a toll, right after a violent one in the same paragraph,
        gives that action its toll."""
        if m.fatalities is not None or not is_violent(m.kind) or m.status != "reported":
            return
        if "\n" in doc_text(doc)[previous.end_char:sent.start_char]:
            return
        fig = fatalities(sent.text, self.lang, sent.start_char)
        if fig is None or len(doc_text(doc)[sent.start_char:fig.start].split()) > TOLL_LEAD_WORDS:
            return  # a toll the sentence states leads it; "avec les corps des trois victimes" does not
        _give_toll(doc, m, fig)
        att = attribution(sent.text, self.lang, sent.start_char)
        if m.attributed_to is None and att is not None:
            m.attributed_to = _evidence(doc, "source", att[1], att[2])

    def _mention(self, doc, trig, n, times, toponyms, actors, ctx, discourse_date, inherited_status) -> Mention:
        verb_tense = tense(trig.head)
        status = cue_status(doc, trig.head, self.lang) or inherited_status
        if status not in UNDATED:
            status = None
        sequenced, days_apart = _sequenced(doc, trig, self.lang)
        m = Mention(trigger=trig, sentence=n, status=status or "reported", tense=verb_tense, triggers=[trig],
                    actors=actors, sequenced=sequenced)
        own = _nearest_time(times, trig)
        published = ctx.article.published
        if status is None:
            if own is not None:
                d, p = resolve(own, published, future=verb_tense == "future")
                if d is not None:
                    m.event_date, m.precision, m.date_source = d, p, "stated"
                    m.time_text = _evidence(doc, "event_date", own.start, own.end)
                    if published is not None and d > published:
                        m.status = "planned"
                    elif published is not None and (published - d).days > REPORTING_WINDOW_DAYS:
                        m.status = "historical"  # an anniversary or a recalled past, not news
            if m.date_source == "default":
                if verb_tense == "future":
                    m.status = "planned"
                elif verb_tense == "past" and discourse_date is not None:
                    m.event_date, m.precision, m.time_text = discourse_date
                    m.date_source = "inherited"
                elif published is not None:
                    m.event_date, m.precision = published, DAY if verb_tense != "past" else WEEK
            if m.status == "reported" and verb_tense == "present" and m.date_source != "stated":
                m.status = "ongoing"
            if days_apart and m.event_date is not None and (own is None or own.start < trig.head.idx):
                m.event_date += timedelta(days=days_apart)  # the sentence's date is the other action's
        if m.status in UNDATED:
            m.event_date, m.precision, m.time_text = None, None, None
        sent = trig.head.sent
        att = attribution(sent.text, self.lang, sent.start_char)
        if att is not None:  # "selon un observatoire basé à Londres": the source's place is not the event's
            toponyms = [t for t in toponyms if not (att[1] <= t.start < att[2])]
        m.place, m.place_text, m.place_source = _place_for(doc, trig, toponyms, actors, ctx)
        if att is not None:
            m.attributed_to = _evidence(doc, "source", att[1], att[2])
            # "..., police said": who tells of the event is not, by saying so, a side of it
            if att[1] > trig.head.idx:
                actors = [a for a in actors if not (att[1] <= a.start and a.end <= att[2])]
                m.actors = actors
        m.roles = assign_roles(doc, trig.head, doc[trig.end - 1].idx + len(doc[trig.end - 1]), actors, self.lang)
        restrained = m.kind in RESTRAINED_PROTEST_KINDS
        fig = fatalities(sent.text, self.lang, sent.start_char) if is_violent(m.kind) or restrained else None
        if restrained and _met_with_force(sent.text, self.lang, fig):
            m.kind = "force_against_protest"  # ACLED: a protest met with lethal force or serious injuries
        if fig is not None and is_violent(m.kind):
            _give_toll(doc, m, fig)
        _resolve_roles(doc, m, ctx)
        return m

    def _event(self, doc: Doc, article: Article, m: Mention, group: list[Mention], ctx: ArticleContext,
               number: int) -> Event:
        a1, a2, assoc = m.roles.actor1, m.roles.actor2, list(m.roles.assoc1)
        if m.kind in BATTLE_KINDS or is_violent(m.kind):
            a1, a2 = _complete_sides(a1, a2, m.kind, ctx)
        if m.kind == "aid" and a2 is None:
            country = m.place.country if m.place else ctx.country
            if country:
                a2 = actor_for("civilians", country)
        assoc = [a for a in assoc if a is not None and not _same_name(a, a1) and not _same_name(a, a2)]
        coding = code(m.kind, a1.inter if a1 else None, a2.inter if a2 else None)
        evidence = [_evidence(doc, "sub_event_type", doc[t.start].idx, doc[t.end - 1].idx + len(doc[t.end - 1])) for t in m.triggers]
        for role, actor in (("actor1", a1), ("actor2", a2)):
            if actor is not None and actor.start >= 0:
                evidence.append(_evidence(doc, role, actor.start, actor.end))
        for actor in assoc:
            if actor.start >= 0:
                evidence.append(_evidence(doc, "assoc_actor_1", actor.start, actor.end))
        for ev in (m.place_text, m.time_text, m.fatalities_text, m.attributed_to):
            if ev is not None:
                evidence.append(ev)
        event = Event(
            article_id=article.article_id, kind=m.kind, trigger=evidence[0], sentence=m.sentence,
            event_type=coding.event_type, sub_event_type=coding.sub_event_type, plover_type=coding.plover_type,
            plover_mode=coding.plover_mode, actor1=a1, actor2=a2, assoc_actor_1=assoc,
            event_date=m.event_date, time_precision=m.precision, place=m.place, place_evidence=m.place_text,
            fatalities=m.fatalities, status=m.status,
            attributed_to=m.attributed_to.text if m.attributed_to else None, outlet=article.outlet,
            evidence=_dedupe(evidence), event_id=f"{article.article_id}-E{number}",
        )
        event.confidence = _confidence(m, group, event)
        return event


def _same_name(a: Actor | None, b: Actor | None) -> bool:
    return a is not None and b is not None and a.name == b.name


def _complete_sides(a1: Actor | None, a2: Actor | None, kind: str, ctx: ArticleContext):
    """A battle has two sides: a missing one is the article's main opponent of the other. So has a
    seizure of weapons: the state takes them from the group the article is about."""
    if kind in TWO_SIDED_BY_STATE and a1 is not None and a1.inter == 1 and a2 is None and ctx.named_groups:
        name = ctx.named_groups.most_common(1)[0][0]
        return a1, Actor(name=name, inter=2, country=ctx.country)
    if kind not in BATTLE_KINDS:
        return a1, a2
    if a1 is not None and a2 is None:
        if a1.inter == 1 and ctx.named_groups:
            name = ctx.named_groups.most_common(1)[0][0]
            if name != a1.name:
                a2 = Actor(name=name, inter=2, country=ctx.country)
        elif a1.inter == 1:  # a war between states: the other state's forces
            other = [n for n, _ in ctx.state_forces.most_common() if _state_of(n) != _state_of(a1.name)]
            if other:
                a2 = Actor(name=other[0], inter=1, country=ctx.country)
        elif a1.inter != 1 and ctx.state_forces:
            name = ctx.state_forces.most_common(1)[0][0]
            if name != a1.name:
                a2 = Actor(name=name, inter=1, country=ctx.country)
    elif a1 is None and a2 is not None:
        pool = ctx.state_forces if a2.inter != 1 else ctx.named_groups
        if pool:
            name = pool.most_common(1)[0][0]
            if name != a2.name:
                a1 = Actor(name=name, inter=1 if a2.inter != 1 else 2, country=ctx.country)
    return a1, a2


def _armed_target(m: Mention, ctx: ArticleContext) -> bool:
    """ "attacked a checkpoint", "une position de l'armée": a target that bears arms though no actor is named."""
    words = set(ctx.lang.roles.get("armed_targets", ()))
    sent = fold(m.trigger.head.sent.text)
    return any(f" {w} " in f" {sent} " for w in words)


def _sequenced(doc: Doc, trig: TriggerMatch, lang: LanguagePack, window: int = 8) -> tuple[bool, int | None]:
    """Whether the trigger sits in a clause placing it before or after another action, and how many
    days it lies from that action when the cue says ("a day after the army broke the siege": -1)."""
    sent = trig.head.sent
    before = fold(doc[max(sent.start, trig.start - window):trig.start].text).replace("'", "' ")
    before = " ".join(before.split())
    for cue, days in lang.roles.get("sequence_cues", {}).items():
        if cue.replace("'", "' ") in before:
            return True, days
    return False, None


def _dateline(text: str) -> int:
    """End of a wire dateline ("DEIR EZ-ZOR, Sept 13 (Reuters) -", "BEIRUT (AFP) –"), or 0."""
    m = DATELINE.match(text)
    return m.end() if m else 0


def _in_a_name(trig: TriggerMatch, names: list[tuple[int, int]]) -> bool:
    """ "Oromo Liberation Army": a capitalised word inside a group's name names the group, not an event."""
    head = trig.head
    return head.text[:1].isupper() and not head.is_sent_start and any(s <= head.idx < e for s, e in names)


def _state_of(name: str) -> str:
    return country_of_state_body(name) or name


def _nearest_time(times, trig: TriggerMatch):
    if not times:
        return None
    pos = trig.head.idx
    return min(times, key=lambda t: abs(t.start - pos))


def _fold_sentence(mentions: list[Mention], ctx: ArticleContext) -> list[Mention]:
    """One sentence, one action: violent mentions that agree on status fold into the most telling one."""
    out: list[Mention] = []
    for m in mentions:
        host = next((o for o in out if _same_action(o, m)), None)
        if host is None:
            out.append(m)
            continue
        _absorb(host, m)
        _settle_sides(host, ctx)
    for battle in (m for m in out if m.kind in BATTLE_KINDS and m.fatalities_text is not None):
        if any(o.fatalities_text == battle.fatalities_text for o in out if _targets_civilians(o)):
            battle.fatalities, battle.fatalities_text = None, None  # the toll is the civilians' own event's
    return out


def _targets_civilians(m: Mention) -> bool:
    """An attack on civilians, which ACLED codes apart from a battle on the same day and place."""
    a2 = m.roles.actor2
    return a2 is not None and a2.inter == CIVILIANS and m.kind in CIVILIAN_DEFAULT_KINDS | REMOTE_KINDS


def _engagement(m: Mention) -> bool:
    """Armed men fighting armed men: a battle, or an attack whose target bears arms."""
    a2 = m.roles.actor2
    return m.kind in BATTLE_KINDS or (m.kind in CIVILIAN_DEFAULT_KINDS and a2 is not None and a2.inter in ARMED)


def _same_action(a: Mention, b: Mention) -> bool:
    if (a.status in UNDATED or b.status in UNDATED) and a.status != b.status:
        return False
    if a.sequenced != b.sequenced:
        return False  # "..., a day after the army broke the siege": an earlier action, told in passing
    if _targets_civilians(a) != _targets_civilians(b) and (_engagement(a) or _engagement(b)):
        victims = a if _targets_civilians(a) else b
        if victims.roles.actor1 is not None:
            return False  # ACLED: civilians attacked during a battle are their own event...
    # ...but civilians killed in the crossfire, with no one named as their attacker, are the battle's toll
    return combine(a.kind, b.kind) is not None


def _absorb(host: Mention, m: Mention) -> None:
    """Merge ``m`` into ``host``: the better-ranked kind names the event, stated facts fill gaps."""
    kind = combine(host.kind, m.kind) or host.kind
    if kind != host.kind:
        host.kind = kind
        host.trigger = next((t for t in host.triggers + m.triggers if t.kind == kind), host.trigger)
    host.triggers.extend(m.triggers)
    if host.date_source != "stated" and m.date_source == "stated":
        host.event_date, host.precision, host.time_text, host.date_source = \
            m.event_date, m.precision, m.time_text, "stated"
    if host.place_source != "stated" and m.place_source == "stated":
        host.place, host.place_text, host.place_source = m.place, m.place_text, "stated"
    for attr in ("actor1", "actor2"):
        if getattr(host.roles, attr) is None and getattr(m.roles, attr) is not None:
            other = m.roles.actor2 if attr == "actor1" else m.roles.actor1
            candidate = getattr(m.roles, attr)
            if not _same_name(candidate, host.roles.actor1) and not _same_name(candidate, host.roles.actor2):
                setattr(host.roles, attr, candidate)
            elif other is not None and not _same_name(other, host.roles.actor1):
                setattr(host.roles, attr, other)
    for a in [m.roles.actor1, *m.roles.assoc1] if is_support(m.kind) and host.kind in BATTLE_KINDS else m.roles.assoc1:
        if a is not None and not any(_same_name(a, x) for x in
                                     [host.roles.actor1, host.roles.actor2, *host.roles.assoc1]):
            host.roles.assoc1.append(a)
    if _better_toll(m, host):
        host.fatalities, host.fatalities_text, host.fatalities_whole = \
            m.fatalities, m.fatalities_text, m.fatalities_whole
    if host.attributed_to is None:
        host.attributed_to = m.attributed_to
    if host.status == "reported" and m.status == "ongoing" and host.date_source != "stated":
        host.status = "ongoing"


def _better_toll(m: Mention, host: Mention) -> bool:
    """Whether ``m``'s toll should replace ``host``'s. Rival figures for everyone killed keep the
    lower (ACLED's conservative rule); a toll of everyone outranks one side's ("un soldat"), which
    is part of it, not a rival figure."""
    if m.fatalities is None:
        return False
    if host.fatalities is None:
        return True
    if m.fatalities_whole != host.fatalities_whole:
        whole, part = (m, host) if m.fatalities_whole else (host, m)
        if whole.fatalities >= part.fatalities:
            return whole is m
    return m.fatalities < host.fatalities


def _compatible(e: Mention, m: Mention) -> bool:
    if (e.status in UNDATED) != (m.status in UNDATED):
        return False
    if e.status in UNDATED and e.status != m.status:
        return False
    if combine(e.kind, m.kind) not in (e.kind, m.kind):
        return False  # a new kind out of two (protest + attack) is read in one sentence, not across
    if _targets_civilians(e) != _targets_civilians(m) and (_engagement(e) or _engagement(m)):
        return False
    if e.date_source != "default" and m.date_source != "default" and e.event_date != m.event_date:
        return False
    if e.place_source == "stated" and m.place_source == "stated" and e.place and m.place:
        if _km(e.place, m.place) > max(25.0, e.place.uncertainty_km or 0, m.place.uncertainty_km or 0):
            return False
    if is_support(m.kind) and e.kind in BATTLE_KINDS:
        return m.roles.actor1 is None or not _same_name(m.roles.actor1, e.roles.actor2)
    names_e = {a.name for a in (e.roles.actor1, e.roles.actor2) if a is not None and not a.partisan}
    names_m = {a.name for a in (m.roles.actor1, m.roles.actor2) if a is not None and not a.partisan}
    if names_e and names_m and not names_e & names_m:
        return False
    return True


def _km(a: Place, b: Place) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _merge_mentions(mentions: list[Mention], ctx: ArticleContext) -> list[tuple[Mention, list[Mention]]]:
    """Join each mention to the nearest earlier compatible event; new facts open a new event."""
    events: list[tuple[Mention, list[Mention]]] = []
    for m in mentions:
        host = None
        for e, group in reversed(events):
            if _compatible(e, m):
                host = (e, group)
                break
        if host is None:
            events.append((m, [m]))
        else:
            _absorb(host[0], m)
            _settle_sides(host[0], ctx)
            host[1].append(m)
    return events


def _dedupe(evidence: list[Evidence]) -> list[Evidence]:
    seen, out = set(), []
    for ev in evidence:
        key = (ev.field, ev.start, ev.end)
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out


def _confidence(m: Mention, group: list[Mention], event: Event) -> float:
    """A ranking score in [0, 1]: trigger strength, then how many arguments the text itself states.

    It is a sum of evidence, not a probability; docs/decisions.md says how it was checked.
    """
    score = 0.35 * max(t.entry.weight for t in m.triggers)
    score += 0.12 if event.actor1 is not None and event.actor1.start >= 0 else 0.0
    score += 0.08 if event.actor2 is not None and event.actor2.start >= 0 else 0.0
    score += 0.15 if m.place_source == "stated" else (0.05 if event.place else 0.0)
    score += 0.1 if m.date_source == "stated" else (0.05 if m.date_source == "inherited" else 0.0)
    score += 0.05 * min(3, len(group) - 1)
    score += 0.05 if event.fatalities is not None else 0.0
    score -= 0.1 if m.sentence > 6 else 0.0
    return round(max(0.05, min(0.99, score)), 3)
