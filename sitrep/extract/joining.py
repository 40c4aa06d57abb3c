"""ACLED's one-event rule: each real event an article tells of is coded once.

Mentions of one sentence that describe one action fold together (air support inside a battle
belongs to the battle); then a mention that names no new place or date joins the nearest earlier
event it is compatible with (the article saying "the clashes" again). The type of the one event
is the codebook's for the pair, else the kind ACLED's precedence ranks higher
(``normalise/data/taxonomy.json``), but a trigger that only refers to another event never retypes
the one its sentence asserts. A joined mention's facts fill the host's gaps, and the host's sides
are settled again.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from sitrep.acled import (ARMED, DATED, NAMED_GROUPS, NON_STATE_ARMED, UNDATED, GeoPrecision, Inter, Status,
                          is_unidentified_gang, is_unidentified_group)
from sitrep.extract.clause import DIRECT_OBJECT, PASSIVE_SUBJECT, SUBJECT, UNDERGOER, relative_phrases
from sitrep.extract.context import ArticleContext
from sitrep.extract.mention import Mention, befell_before, opposed_tolls
from sitrep.extract.quantities import injured
from sitrep.extract.sides import (BATTLE_KINDS, CIVILIAN_DEFAULT_KINDS, DEMONSTRATION_KINDS, INTERVENTION_KINDS,
                                  PROTEST_KINDS, UNNAMED_AUTHOR_KINDS, Sides, Stage, holds_target, says, settle_sides)
from sitrep.extract.status import authorities_attribute_the_event, claims_the_event
from sitrep.geo.distance import haversine_km
from sitrep.nlp.models import joined_text, span_text
from sitrep.normalise.actors import actor_for, is_party
from sitrep.normalise.taxonomy import combine, is_support, is_violent, names_demonstration, remote_kind, settled_pair
from sitrep.text import fold, in_headline
from sitrep.types import Actor, Place

RAID_OUTCOMES = {"property_destruction", "abduction", "arrest", "sexual_violence"}  # what armed men came to do
REMOTE_KINDS = {"shelling", "air_strike", "remote_explosive", "suicide_bomb", "grenade", "chemical_weapon"}
ROOT = "ROOT"  # the parse's label of a sentence's main verb
MAIN_CHAIN_DEPS = {"conj", "advcl", "xcomp", "ccomp", "parataxis"}  # clauses that carry the sentence's assertion
ARGUMENT_DEPS = SUBJECT | DIRECT_OBJECT | {"attr"}  # a verb's subject or object
NOUN_LINKS = {"compound", "conj", "amod"}  # "teargas canisters", "clashes and shootings": one noun phrase
MAX_CHAIN = 12  # deeper than any clause chain; stops a loop on a malformed tree
EVENT_SIDES = 2  # ACLED's actor1 and actor2
COARSE_FEATURES = ("admin1", "area", "country")
REGION_REACH_KM = 250  # a first-level region's centre to its towns, where the gazetteer gives no size
CROWD_PARTIES = {Inter.CIVILIANS, Inter.PROTESTERS, Inter.RIOTERS}  # people of a protest, told any way: one party
DENIAL_REACH = 2  # sentences from a takeover to the next that tells an act and may deny the fight ("No clashes were reported")
SAME_PLACE_KM = 25.0  # two stated places this close (or within either's own uncertainty) may be one event's
HEADLINE_REACH_KM = 120.0  # a headline's "Beni :" names the territory or town of the area: its villages lie this close
KICKER = re.compile(r"^\W*[^\W\d][^:\n]{0,40}\s:\s")  # "## Beni : ", "Nord-Kivu : " before a headline's words
FACTION = re.compile(r" \([^()]*\)$")  # "Mayi Mayi Militia (Yakutumba)", "Police Forces of X (2019-)": the bare name
AREA_FEATURES = ("country", "admin1", "admin2")  # a place the body names no finer than a headline's
NOUNS = {"NOUN", "PROPN"}
DETERMINERS = {"det", "poss", "det:poss"}  # "the", "this", "his" before a noun
CLAIM_RULE = "a_claim_names_the_author"  # how an event's why names a side a claim of responsibility gave it
LINKING_WORD = re.compile(r"[^\W\d_]{4,}")  # a word longer than a pair's link ("-", "et", "and") between two places
JOIN_LOOKBACK = 100  # earlier events a mention may join: articles tell a handful; in a longer text, one told nearby


def _same_name(a: Actor | None, b: Actor | None) -> bool:
    return a is not None and b is not None and a.name == b.name


def fold_sentence(mentions: list[Mention], ctx: ArticleContext) -> list[Mention]:
    """One sentence, one action: violent mentions that agree on status fold into the most telling one."""
    out: list[Mention] = []
    for m in mentions:
        host = next((o for o in out if _same_action(o, m)), None)
        if host is None:
            out.append(m)
            continue
        _absorb(host, m, ctx)
        host.sides = settle_sides(host.facts(ctx), Stage.JOINED)
    _antecedents_in_passing(out)
    for battle in (m for m in out if m.kind in BATTLE_KINDS and m.fatalities_text is not None):
        if any(o.fatalities_text == battle.fatalities_text for o in out if _targets_civilians(o)):
            battle.fatalities, battle.fatalities_text = None, None  # the toll is the civilians' own event's
    return out


def weapons_that_got_through(events: list[tuple[Mention, list[Mention]]], ctx: ArticleContext) -> None:
    """ "Some drones were intercepted, others struck a fuel depot": a strike of which some weapons were
    shot down and others hit (a verb of ``weapon_hits`` in the interception's sentence or the next, or the
    verb of a strike joined to it: "a drone struck a building" told before) is the strike, ACLED's remote
    violence, launched by another than the force that shot the weapons down; only a strike wholly disrupted is
    a disrupted weapons use. A hit denied, hoped for or merely aimed ("before they could hit", "no drone hit")
    tells none; a label names the kind itself."""
    hits = set(ctx.lang.roles.get("weapon_hits", ()))
    for host, _ in events:
        if host.kind != "disrupted_weapons" or any(t.label for t in host.triggers):
            continue  # a label ("Detonation:") names the event's kind itself
        remote = remote_kind({t.kind for t in host.triggers})
        if remote is None:
            continue
        downs = [t for t in host.triggers if t.kind == "disrupted_weapons"]
        if _hit_told_near(downs, hits) or any(_hit(t.head, hits) for t in host.triggers if t.kind == remote):
            interceptor = host.sides.actor1
            host.kind = remote
            host.trigger = next(t for t in host.triggers if t.kind == remote)
            host.sides = settle_sides(host.facts(ctx), Stage.JOINED)
            if interceptor is not None and host.sides.actor1 is not None and host.sides.actor1.name == interceptor.name:
                host.sides = replace(host.sides, actor1=_launcher(interceptor, ctx))


def weapons_all_stopped(events: list[tuple[Mention, list[Mention]]], ctx: ArticleContext) -> None:
    """ "Air defences intercepted Israeli missiles fired at military targets": a strike whose weapon is
    what an interception verb stopped, with no hit told (``weapon_hits``) in its sentence or the next, is a
    disrupted weapons use (ACLED), the interception its trigger; not one that killed anyone."""
    hits = set(ctx.lang.roles.get("weapon_hits", ()))
    for host, _ in events:
        if remote_kind({host.kind}) is None or any(t.label for t in host.triggers) or host.fatalities:
            continue
        downs = [t for t in host.triggers if t.kind == "disrupted_weapons" and t.head.pos_ == "VERB"]
        stopped = [t for t in host.triggers if t.kind == host.kind and t.head.dep_ in UNDERGOER
                   and any(t.head.head.i == d.head.i for d in downs)]
        if not stopped:
            continue
        if _hit_told_near(host.triggers, hits):
            continue
        host.kind = "disrupted_weapons"
        host.trigger = next(d for d in downs if d.head.i == stopped[0].head.head.i)
        host.sides = settle_sides(host.facts(ctx), Stage.JOINED)
        a1, where = host.sides.actor1, host.place.country if host.place is not None else None
        if a1 is not None and a1.inter == Inter.STATE_FORCES and a1.country and where and a1.country != where:
            # "intercepted Israeli missiles over Damascus": the nation whose weapons were stopped is the side
            # stopped; the forces of the country they were stopped over stopped them
            host.sides = replace(host.sides, actor1=actor_for("military", where), actor2=a1)


def _hit_told_near(triggers: list, hits: set[str]) -> bool:
    """Whether a weapon's hit is told in the sentence of one of ``triggers`` or in the sentence after it (none
    when no trigger is given: a seizure the mention's kind made, with no word of interception)."""
    if not triggers:
        return False
    sents = list(triggers[0].head.doc.sents)
    at = {t.head.sent.start for t in triggers}
    near = [s for n, s in enumerate(sents) if s.start in at or (n and sents[n - 1].start in at)]
    return any(_hit(tok, hits) for sent in near for tok in sent)


def _launcher(interceptor: Actor, ctx: ArticleContext) -> Actor | None:
    """Who launched the weapons another force shot down: not the force that shot them down, but the other
    state's forces the article names most ("its air force shot down 60 of the 90 drones"), if any."""
    others = [n for n, _ in ctx.state_forces.most_common() if n != interceptor.name]
    others.sort(key=lambda n: not n.startswith("Military Forces of "))  # its military, before its ministries
    return Actor(name=others[0], inter=Inter.STATE_FORCES) if others else None


def _hit(tok: Token, hits: set[str]) -> bool:
    """Whether ``tok`` asserts a weapon's hit: a verb of ``hits`` neither denied, nor under a modal, nor
    an aim ("sent to strike")."""
    if tok.pos_ != "VERB" or fold(tok.lemma_) not in hits or tok.dep_ in ("xcomp", "acomp"):
        return False
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") or
                   c.dep_ in SUBJECT and any(d.dep_ == "neg" or fold(d.lemma_) == "no" for d in c.children)
                   for c in tok.children)


def unopposed_takeovers(mentions: list[Mention], ctx: ArticleContext) -> None:
    """ACLED: territory taken where the report says no fighting took place ("took over the village;
    no clashes were reported") is a non-violent transfer of territory, not a battle; so is a place a group
    "took control of" in a report that tells no violence, no dead and no one it was taken from: the
    codebook's overtaking and regaining are by armed action. A takeover its own sentence says met no force
    (``force_denied``: "took over several positions without a fight") is a transfer whoever took it, a state's
    forces at home included."""
    denied = {m.sentence for m in mentions if m.status == Status.NEGATED and m.kind == "armed_clash"}
    fought = any(m.status != Status.NEGATED and any(k != "territory_gain" and is_violent(k)
                                                     for k in (m.kind, *(t.kind for t in m.triggers)))
                 or m.fatalities for m in mentions)
    told = {m.sentence for m in mentions}
    neutral = ctx.lang.roles.get("unforced_takeover", ())
    # "captured a port ... took control of an airfield": a takeover told once by force was by force
    forced = any(m.kind == "territory_gain" and m.status in DATED and fold(m.trigger.head.lemma_) not in neutral
                 for m in mentions)
    for m in mentions:
        after = min((n for n in told if n > m.sentence), default=None)  # "[coded as X]." between tells no act
        if m.kind == "territory_gain" and m.status in DATED and (
                denied & {m.sentence, m.sentence + 1} or after is not None and after - m.sentence <= DENIAL_REACH
                and after in denied or not fought and not forced and _unforced(m, ctx)
                or says(span_text(m.trigger.head.sent), ctx.lang, "force_denied")):
            m.kind = "territory_transfer"


def _unforced(m: Mention, ctx: ArticleContext) -> bool:
    """Whether a takeover's words tell no force: a group not the state's (a state's forces taking a town at
    home regain it; abroad they take it from the host's army) with a neutral verb (``unforced_takeover`` in
    roles: "took control of", not "captured" or "overran"), no side it was taken from, and no armed post
    taken ("a military base"), nor a siege or an assault the sentence tells (``takeover_by_force``)."""
    a1 = m.sides.actor1
    return (a1 is not None and a1.inter != Inter.STATE_FORCES and m.sides.actor2 is None
            and fold(m.trigger.head.lemma_) in ctx.lang.roles.get("unforced_takeover", ())
            and not holds_target(span_text(m.trigger.head.sent), ctx.lang)
            and not says(span_text(m.trigger.head.sent), ctx.lang, "takeover_by_force")  # "after a months-long siege"
            and not _a_gangs_takeover(m, ctx))


def _a_gangs_takeover(m: Mention, ctx: ArticleContext) -> bool:
    """ "Gangs took control of the neighbourhood": a gang (``gang_words`` before the takeover in its sentence,
    or in actor1's ACLED name) holds ground by its arms alone, so ACLED codes its takeover as a non-state
    actor's overtaking, unless the report says it was peaceful (a ``territory_transfer`` word, which makes the
    mention a transfer)."""
    gangs = set(ctx.lang.roles.get("gang_words", ()))
    head = m.trigger.head
    name = m.sides.actor1.name if m.sides.actor1 is not None else ""
    return any(fold(t.lower_) in gangs for t in head.sent if t.i < head.i) or \
        bool(gangs & set(re.findall(r"\w+", fold(name))))  # "CJNG: Jalisco New Generation Cartel"


def _antecedents_in_passing(mentions: list[Mention]) -> None:
    """ "police arrested twelve men on Monday after an official was shot dead on 2 May": an act whose
    own stated day, told in a clause of its own, is earlier than that of the act its clause hangs on is
    what led to it, told in passing: background, not the report's news. An act a sequence cue places
    ("au lendemain de la percée") is the report's own, counted from the other's day."""
    for a in mentions:
        for b in mentions:
            if a is not b and a.date_source == b.date_source == "stated" and a.status in DATED \
                    and b.status in DATED and a.event_date < b.event_date and not a.sequenced \
                    and _own_days(a, b) and _clauses(a, b) and a.trigger.head in b.trigger.head.subtree:
                a.status, a.event_date, a.precision, a.time_text = Status.HISTORICAL, None, None, None
                break


def _days_of_their_own_clauses(a: Mention, b: Mention) -> bool:
    """ "A tiré mardi des roquettes, en riposte aux frappes qui ont tué lundi 30 personnes à X": a relative
    clause telling its own day, other than the main clause's, tells another act; the noun it qualifies
    ("les frappes qui ...") and the clause are one act, the main clause another."""
    if not (a.date_source == b.date_source == "stated" and a.event_date != b.event_date and _own_days(a, b)):
        return False
    for verb, first, last in relative_phrases(a.trigger.head.sent):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        start, end = first.i, last.i
        inside = [start <= m.trigger.head.i <= end for m in (a, b)]
        if inside[0] != inside[1] and [_day_in(m, start, end) for m in (a, b)] == inside:
            return True
    return False


def _day_in(m: Mention, start: int, end: int) -> bool:
    """Whether the mention's day is told among the tokens ``start`` to ``end``."""
    span = m.trigger.head.doc.char_span(m.time_text.start, m.time_text.end, alignment_mode="expand")
    return span is not None and start <= span.start <= end


def _clauses(a: Mention, b: Mention) -> bool:
    """Whether both acts are told by verbs, each in a clause of its own; a noun in a phrase ("capturés
    lors des combats de lundi") names the act the other took place in."""
    return a.trigger.head.pos_ == "VERB" and b.trigger.head.pos_ == "VERB"


def _own_days(a: Mention, b: Mention) -> bool:
    """Whether each mention's day is told by words of its own, not one day read for both ("livré mercredi,
    au lendemain de la percée": the breakthrough's day is counted back from the delivery's)."""
    return a.time_text is not None and b.time_text is not None and a.time_text.start != b.time_text.start


def join_mentions(mentions: list[Mention], ctx: ArticleContext) -> list[tuple[Mention, list[Mention]]]:
    """Join each mention to the nearest earlier compatible event; new facts open a new event.
    Each event is returned as its host mention and every mention joined to it."""
    events: list[tuple[Mention, list[Mention]]] = []
    others = set(ctx.lang.roles.get("other_event_words", ()))
    openers = tuple(ctx.lang.roles.get("new_event_openers", ()))
    for m in mentions:
        viewed = _viewed_event(events, m) if m.view or _nobody_killed(m) or _points_back(m) else None
        if viewed is not None:
            _absorb_view(viewed[0], m, ctx)
            viewed[1].append(m)
            continue
        host = _the_event_named_again(events, m)
        apart = host is None and bool(events) and (_another(m, others) or _opens_another(m, openers))
        for e, group in reversed(events[-JOIN_LOOKBACK:] if host is None else ()):
            if e.sentence < m.sentence and apart and not _headline_alone(e):
                continue  # set apart from the acts told before, not from the headline that lists them all
            if _compatible(e, m):
                host = (e, group)
                break
        if host is None:
            events.append((m, [m]))
        else:
            _absorb(host[0], m, ctx)
            host[0].sides = settle_sides(host[0].facts(ctx), Stage.JOINED)
            host[1].append(m)
    return events


def _viewed_event(events: list[tuple[Mention, list[Mention]]], m: Mention) -> tuple[Mention, list[Mention]] | None:
    """The event a view tells of ("L'attaque n'a pas été revendiquée", "The governor condemned the
    attack"): the nearest news event told before it whose kind its own may name. None when the article
    told no such event: then the view recalls an earlier one and stands as its own record."""
    for e, group in reversed(events[-JOIN_LOOKBACK:]):
        if e.sentence < m.sentence and e.status in DATED and combine(e.kind, m.kind) is not None:
            return e, group
    return None


def _nobody_killed(m: Mention) -> bool:
    """ "No one was killed in the attack": a killing denied by a toll of nobody tells the toll of the event
    told before (zero), not an event that did not happen."""
    return m.status == Status.NEGATED and m.fatalities == 0 and m.fatalities_text is not None


def _points_back(m: Mention) -> bool:
    """ "Ces attaques interviennent alors que des émissaires se sont réunis dimanche à Genève", "This attack
    comes as ...": event nouns under a demonstrative point at the events told before; the day and the place
    of the clause they sit in are another act's (the talks'), so they join the event as a view does."""
    return all(t.head.pos_ == "NOUN" and any(c.dep_ == "det" and "Dem" in c.morph.get("PronType")
                                             for c in t.head.children) for t in m.triggers)


def _absorb_view(host: Mention, m: Mention, ctx: ArticleContext) -> None:
    """A view of the event joins it as its evidence: its words and any toll it states, never its kind, day,
    status or place (a speaker's town is not the event's), and none of its speakers as a side (who condemns or denies an attack did not
    carry it out), but the claimant of a credible claim of responsibility as the author when the event
    names none or an unidentified group (ACLED codes the claimant as actor1)."""
    host.triggers.extend(m.triggers)
    if _better_toll(m, host, ctx):
        host.fatalities, host.fatalities_text, host.fatalities_whole = \
            m.fatalities, m.fatalities_text, m.fatalities_whole
    claimant = _claimant(m, ctx)
    author = host.sides.actor1
    if claimant is not None and (author is None or is_unidentified_group(author.name)) and \
            not _same_party(claimant, host.sides.actor2):
        host.sides = replace(host.sides, actor1=claimant,
                             changed_by=host.sides.changed_by + ((CLAIM_RULE, "actor1"),))
        host.sides = settle_sides(host.facts(ctx), Stage.JOINED)


def _claimant(m: Mention, ctx: ArticleContext) -> Actor | None:
    """The armed group a view names as claiming the event ("Al-Shabaab claimed the attack",
    "revendiquée par l'EI") or authorities blame for it ("the ministry blamed the TTP for the attack"):
    a group the words name, not one a rule supplied ("Aucun groupe n'a
    revendiqué")."""
    a1 = m.sides.actor1
    if a1 is None or not a1.text or a1.inter not in NAMED_GROUPS or is_unidentified_group(a1.name):
        return None
    head = m.trigger.head
    return a1 if claims_the_event(head.doc, head, ctx.lang) or \
        authorities_attribute_the_event(head.doc, head, ctx.lang) else None


def _another(m: Mention, others: set[str]) -> bool:
    """ "Deux soldats ont été tués lors d'un autre raid", "killed in another attack": a toll told of an event
    noun its own word sets apart from what was told before is a new event's, not a rival figure for the
    event told before ("three other IEDs were found" with no toll may still be that event's)."""
    return m.fatalities is not None and any(t.head.pos_ in NOUNS and any(fold(c.text) in others for c in t.head.children
                                            if c.dep_ in ("amod", "det")) for t in m.triggers)


def _the_event_named_again(events: list[tuple[Mention, list[Mention]]],
                           m: Mention) -> tuple[Mention, list[Mention]] | None:
    """ "Police were deployed to the area. Residents said the raid began before dawn": a definite noun names
    the event of its kind told before, past any other event told in between."""
    if not told_again(m) or not any(t.kind == m.kind for t in m.triggers):
        return None
    for e, group in reversed(events[-JOIN_LOOKBACK:]):
        if e.sentence < m.sentence and any(t.kind == m.kind for t in e.triggers) and _compatible(e, m):
            return e, group
    return None


OPENER_MAX_WORDS = 5  # "in a separate incident", "ailleurs dans le pays": a sentence's opening words that set it apart


def _opens_another(m: Mention, openers: tuple[str, ...]) -> bool:
    """ "Separately, the army said its aircraft had struck ...", "Dans un autre incident, ...": a sentence
    its first words set apart from what was told before tells a new event, whoever its sides are."""
    sent = m.trigger.head.sent
    words = " ".join(fold(t.text) for t in sent[:OPENER_MAX_WORDS + 1] if t.is_alpha) + " "
    return any(words.startswith(o + " ") for o in openers)


def one_event(events: list[tuple[Mention, list[Mention]]],
              ctx: ArticleContext) -> list[tuple[Mention, list[Mention]]]:
    """A report known to tell one event (an ACLED note of a demonstration, tagged with its crowd's
    size): the dated events of its first event's day are that one event; one stated for another day
    is background the note gives ("after a woman died in a clash the day before"), not news."""
    dated = [(host, group) for host, group in events if host.status in DATED]
    if len(dated) < 2:
        return events
    first, kept = dated[0], []
    for host, group in events:
        if host is first[0] or host.status not in DATED:
            kept.append((host, group))
        elif host.date_source == "stated" and first[0].date_source == "stated" and \
                host.event_date != first[0].event_date:
            host.status, host.event_date, host.precision, host.time_text = Status.HISTORICAL, None, None, None
            kept.append((host, group))
        else:
            _absorb(first[0], host, ctx)
            first[0].sides = settle_sides(first[0].facts(ctx), Stage.JOINED)
            first[1].extend(group)
    return kept


def _targets_civilians(m: Mention) -> bool:
    """An attack on civilians, which ACLED codes apart from a battle on the same day and place."""
    a2 = m.sides.actor2
    return a2 is not None and a2.inter == Inter.CIVILIANS and m.kind in CIVILIAN_DEFAULT_KINDS | REMOTE_KINDS


def _engagement(m: Mention) -> bool:
    """Armed men fighting armed men: a battle, or an attack whose target bears arms."""
    a2 = m.sides.actor2
    return m.kind in BATTLE_KINDS or (m.kind in CIVILIAN_DEFAULT_KINDS and a2 is not None and a2.inter in ARMED)


def _same_action(a: Mention, b: Mention) -> bool:
    if (a.status in UNDATED or b.status in UNDATED) and a.status != b.status:
        return False
    if a.sequenced != b.sequenced:
        return False  # "..., a day after the army broke the siege": an earlier action, told in passing
    if a.date_source == b.date_source == "stated" and a.event_date != b.event_date and _clauses(a, b):
        return False  # "arrested ... on Monday after an official was shot dead on 2 May": two days, two acts
    if _days_of_their_own_clauses(a, b):
        return False
    if labelled(a) or labelled(b):
        return True
    if _halves_of_a_headline(a, b):
        return False
    if _places_apart(a, b):
        return False  # "affrontements à Kamanyola, manifestation à Bukavu": ACLED codes each location apart
    if _civilians_apart(a, b) and not _toll_of_its_battle(a, b):
        return False
    return combine(a.kind, b.kind) is not None


HEADLINE_JOINERS = (";",)  # "Police repel gang attack on station; protesters tear-gassed in capital"


def _halves_of_a_headline(a: Mention, b: Mention) -> bool:
    """A headline that joins two stories with a semicolon tells two acts, one on each side of it."""
    if not (_headlined(a) and _headlined(b)):
        return False
    lo, hi = sorted((a.trigger.head.i, b.trigger.head.i))
    return any(t.text in HEADLINE_JOINERS for t in a.trigger.head.doc[lo:hi])


def agentless_killing(m: Mention) -> bool:
    """ "... and 12 people were killed": dead told in the passive with no one said to kill them."""
    head = m.trigger.head
    return m.kind == "attack" and head.pos_ == "VERB" and any(c.dep_ in PASSIVE_SUBJECT for c in head.children) \
        and not any(c.dep_ == "agent" for c in head.children)


def _places_apart(a: Mention, b: Mention) -> bool:
    """Two acts of one sentence, each at a place of its own, farther apart than one event's place reaches;
    not the two ends of one road or area named together ("l'axe Oicha-Eringeti", "between X and Y")."""
    pa, pb = a.place, b.place
    if a.place_source != "stated" or b.place_source != "stated" or pa is None or pb is None or pa.lat is None \
            or pb.lat is None or pa.name == pb.name or _within(pa, pb) or a.place_text is None or b.place_text is None:
        return False
    first, second = sorted((a.place_text, b.place_text), key=lambda ev: ev.start)
    if not LINKING_WORD.search(joined_text(a.trigger.head.doc)[first.end:second.start]):
        return False
    return _km(pa, pb) > max(SAME_PLACE_KM, pa.uncertainty_km or 0, pb.uncertainty_km or 0) \
        and _its_own_place(a, b) and _its_own_place(b, a)


def _its_own_place(m: Mention, other: Mention) -> bool:
    """Whether the word naming ``m``'s place hangs on ``m``'s own trigger before any of ``other``'s
    ("affrontements à Kamanyola, manifestation à Bukavu"); not a place of the other act's clause
    ("manifesté à Paris pour un cessez-le-feu à Gaza ... le rassemblement") nor a relative place's
    reference town ("son camp de Ber, à 50 km de Tombouctou, tuant ...")."""
    doc = m.trigger.head.doc
    span = doc.char_span(m.place_text.start, m.place_text.end, alignment_mode="expand")
    if span is None:
        return False
    own, others = {t.head.i for t in m.triggers}, {t.head.i for t in other.triggers}
    tok = span.root
    for _ in range(MAX_CHAIN):
        if tok.i in own or tok.i in others:
            return tok.i in own and tok.i not in others
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _toll_of_its_battle(a: Mention, b: Mention) -> bool:
    """ACLED counts everyone killed in a battle in the battle: dead its own sentence tells with no one
    said to kill them ("fought the army in X, and 12 people were killed") are its toll, not an attack.
    Dead killed "during an attack by militiamen" on a village are told as an attack's, named by its
    noun beside the killing verb: their attack is its own event, whoever repelled it."""
    battle, dead = (a, b) if _targets_civilians(b) else (b, a)
    return battle.kind in BATTLE_KINDS and agentless_killing(dead) and \
        not any(t.head.pos_ in NOUNS for t in dead.triggers)


def _civilians_apart(a: Mention, b: Mention) -> bool:
    """ACLED: civilians attacked during a battle are their own event; civilians killed in the
    crossfire, with no one named as their attacker, are the battle's toll."""
    if _targets_civilians(a) == _targets_civilians(b) or not (_engagement(a) or _engagement(b)):
        return False
    if _same_pair(a, b):
        return False  # one pair read both ways round ("killed ... by armed men"): one act, not a battle beside it
    victims = a if _targets_civilians(a) else b
    other = b if victims is a else a
    if _unopposed_headline(other):
        return False
    if _loose_headline_toll(victims, other):
        return False
    if _a_participle_of_the_battle(victims, other):
        return False
    return victims.sides.actor1 is not None and not _toll_of_the_attackers(a, b)


def _a_participle_of_the_battle(dead: Mention, battle: Mention) -> bool:
    """ "members of two tribes clashed in Kandep district, killing five men", "fighting broke out near Tari,
    killing three": a killing told as a participle hanging on a battle's own verb (or the verb its noun is the
    subject of) is the battle's toll, whoever the dead were, not an attack of its own."""
    if battle.kind not in BATTLE_KINDS:
        return False
    verbs = {t.head.i for t in battle.triggers if t.head.pos_ == "VERB"} | \
        {t.head.head.i for t in battle.triggers if t.head.pos_ in NOUNS and t.head.dep_ in SUBJECT}
    return any(t.head.dep_ == "advcl" and t.head.tag_ == "VBG" and t.head.head.i in verbs for t in dead.triggers)


def _loose_headline_toll(victims: Mention, body: Mention) -> bool:
    """ "Gunmen storm bourse, two guards killed", then "attacked the exchange, killing two security guards": a
    headline's dead, read as civilians, are the toll the body tells of armed men, named more loosely."""
    return _headline_alone(victims) and not _headline_alone(body) and _targets_civilians(victims) \
        and _engagement(body) and victims.fatalities is not None and victims.fatalities == body.fatalities


def _unopposed_headline(m: Mention) -> bool:
    """ "Militants ambush trucks near Beledweyne": a headline's fight that names no one fighting back is the
    body's attack told short, not a battle beside it."""
    return _headline_alone(m) and m.kind in BATTLE_KINDS and m.sides.actor1 is not None and m.sides.actor2 is None


def _toll_of_the_attackers(a: Mention, b: Mention) -> bool:
    """ "Le JNIM a revendiqué l'attaque de Kayes. L'armée a affirmé avoir neutralisé 80 assaillants": a
    group's attack whose civilians no word names (ACLED's default for an unopposed attack) and that kills
    no one, and a battle the same group fought, are one event (same day, place and group): the attack met
    armed resistance, so it is an armed clash, its dead the battle's toll."""
    attack, battle = (a, b) if _targets_civilians(a) else (b, a)
    if not _targets_civilians(attack) or not _engagement(battle) or attack.kind not in CIVILIAN_DEFAULT_KINDS:
        return False
    author, victims = attack.sides.actor1, attack.sides.actor2
    if victims.text or attack.fatalities or any(x.inter == Inter.CIVILIANS for x in attack.actors):
        return False  # "tuant douze civils": the civilians are named, their attack is its own event
    return author is not None and author.inter in NAMED_GROUPS and \
        any(_same_party(author, x) for x in (battle.sides.actor1, battle.sides.actor2))


def _same_pair(a: Mention, b: Mention) -> bool:
    """Whether two mentions name the same two parties, in either order."""
    sides = [(m.sides.actor1, m.sides.actor2) for m in (a, b)]
    if any(x is None for pair in sides for x in pair):
        return False
    return {_party(x) for x in sides[0]} == {_party(x) for x in sides[1]} and len({_party(x) for x in sides[0]}) == EVENT_SIDES


def labelled(m: Mention) -> bool:
    """Whether the mention holds the report's opening label, which types the report's one event."""
    return any(t.label for t in m.triggers)


def asserted(m: Mention) -> bool:
    """Whether one of the mention's triggers is what its sentence asserts: the main verb, a verb
    coordinated or subordinated to it ("attacked ..., killing ..."), or its subject or object
    ("clashes took place", "carried out airstrikes"). A trigger inside a prepositional phrase or a
    relative clause ("arrested ... in relation to the explosion") refers to another event."""
    return any(_on_main_chain(t.head) for t in m.triggers)


def _on_main_chain(tok: Token) -> bool:
    while tok.dep_ in NOUN_LINKS and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in ARGUMENT_DEPS:
        tok = tok.head
    for _ in range(MAX_CHAIN):
        if tok.dep_ == ROOT or tok.head is tok:
            return True
        if tok.dep_ not in MAIN_CHAIN_DEPS:
            return False
        tok = tok.head
    return False


def _outcome_of_a_raid(host: Mention, m: Mention, words) -> str | None:
    """A raid or an incursion only tells that armed men came: what they did there names the event
    ("raided the village and set fire to houses": a destruction; "abducted eight women after a raid":
    an abduction), unless another word tells of violence on people (an attack, a killing)."""
    def raid_only(x: Mention) -> bool:
        attacks = [t for t in x.triggers if t.kind == "attack"]
        return x.kind == "attack" and bool(attacks) and all(" ".join(t.entry.words) in words for t in attacks)

    for raid, other in ((host, m), (m, host)):
        if raid_only(raid) and other.kind in RAID_OUTCOMES:
            return other.kind
    return None


UNHARMED_OUTCOMES = ("abduction", "sexual_violence", "property_destruction")  # in ACLED's order of precedence


def attacks_that_harmed_no_one(events: list[tuple[Mention, list[Mention]]], ctx: ArticleContext) -> None:
    """An attack on a village or on civilians told only by a word of assault (``unharmed_attack_words``:
    "attacked"), with no dead and no wounded told in any of its sentences, is what the attackers did there:
    "attacked Kanu village, burning houses" is ACLED's destruction, "attacked travellers, abducting 17" its
    abduction. A killing told anywhere in the article ("The attackers killed twenty", however it was read) keeps
    the attack, and an attack on armed men stays the fight it is; a crowd's attack ("hoodlums attacked them and
    looted shops") is its riot, not armed men's destruction."""
    words = set(ctx.lang.roles.get("unharmed_attack_words", ()))
    if any(m.fatalities for m, _ in events):
        return
    for host, _ in events:
        attacks = [t for t in host.triggers if t.kind == "attack"]
        kinds = {t.kind for t in host.triggers}
        outcome = next((k for k in UNHARMED_OUTCOMES if k in kinds), None)
        armed = host.sides.actor1 is not None and host.sides.actor1.inter in ARMED
        if host.kind != "attack" or outcome is None or not attacks or not armed or host.fatalities is not None \
                or any(" ".join(t.entry.words) not in words for t in attacks) or _on_armed_men(host) \
                or any(injured(span_text(t.head.sent), ctx.lang) for t in host.triggers):
            continue
        host.kind = outcome
        host.trigger = next(t for t in host.triggers if t.kind == outcome)


def _on_armed_men(m: Mention) -> bool:
    """Whether the mention's actor2 is an armed side (a force, a group): an attack on it is a fight."""
    a2 = m.sides.actor2
    return a2 is not None and a2.inter in ARMED


def _bombing_then_assault(host: Mention, m: Mention, lang) -> bool:
    """ "detonated a car bomb at the gate of the base, then stormed it and fought the soldiers": a bomb
    followed by an assault on armed men (a verb of fighting, or one of ``assault_verbs`` on an armed side)
    is one armed clash, ACLED's battle, not the explosion that opened it. An assault told before the bomb
    ("ambushed the convoy with an IED"), in the bomb's own phrase ("an IED ambush") or as a noun of its
    setting ("exploded amid clashes") leaves the explosion; so does a grenade or a suicide bomb."""
    told = host.triggers + m.triggers
    bombs = [t for t in told if t.kind == "remote_explosive"]
    if not bombs or remote_kind({t.kind for t in told}) != "remote_explosive":
        return False  # a grenade or a suicide bomb names its own type
    first = min(t.start for t in bombs)
    assault_verbs = set(lang.roles.get("assault_verbs", ()))

    def assault(x: Mention, t) -> bool:
        if t.start <= first or t.head.pos_ != "VERB" or any(b.head in t.head.subtree for b in bombs):
            return False  # "exploded amid clashes", "a spring offensive": the fighting as a setting
        if t.kind == "armed_clash":
            return True
        return t.kind == "attack" and fold(t.head.lemma_) in assault_verbs and _engagement(x)
    return any(assault(x, t) for x in (host, m) for t in x.triggers)


def _killed_by_its_own_device(host: Mention, m: Mention, lang) -> bool:
    """ "three militants were killed when the bomb they were planting went off prematurely": dead told in the
    passive beside a device that went off early in its makers' hands (``self_detonation_words``) are the toll of
    ACLED's disrupted weapons use, not victims of an attack."""
    early = lang.folded_filter("self_detonation_words")
    for killing, blast in ((host, m), (m, host)):
        if agentless_killing(killing) and blast.kind == "disrupted_weapons" and any(
                fold(w.text) in early for t in blast.triggers for w in t.head.doc[t.start:t.end]):
            return True
    return False


def _joined_kind(host: Mention, m: Mention, lang) -> str:
    """ACLED's precedence names the event, but a trigger that only refers to another event
    (not asserted) never changes the kind of one its sentence asserts, unless the codebook settles
    the pair itself (a protest and the arrests that ended it; an attack and the mine it used). A
    protest and an arrest one names as the other's cause ("protested over the arrest of", "arrested
    ... in anticipation of protests") stay apart in kind: the peaceful action names the event."""
    label = next((t for t in host.triggers + m.triggers if t.label), None)
    if label is not None:
        return label.kind
    for told_short, body in ((host, m), (m, host)):
        if _unopposed_headline(told_short) and _targets_civilians(body):
            return body.kind  # "militants ambush trucks", then "ambushed a convoy, killing three drivers": the attack
    kind = combine(host.kind, m.kind) or host.kind
    if "disrupted_weapons" in (host.kind, m.kind) and kind == "attack":
        # "launched 120 drones ... shot down 98 ... A woman was killed": what got through killed her, ACLED's
        # remote violence, not an attack nor an interception
        kind = remote_kind({t.kind for t in host.triggers + m.triggers}) or kind
    for killing, strike in ((host, m), (m, host)):
        fired = remote_kind({t.kind for t in strike.triggers}) \
            if remote_kind([strike.kind]) or strike.kind == "disrupted_weapons" else None
        if agentless_killing(killing) and fired and not strike.cause:
            return fired  # "90 drones launched, 70 shot down ... A woman was killed in Odesa": the strikes' toll
    if _killed_by_its_own_device(host, m, lang):
        return "disrupted_weapons"
    main = m if host.cause else host
    if host.cause != m.cause and (names_demonstration(host.kind) or names_demonstration(m.kind)) \
            and not is_violent(main.kind):
        return main.kind  # "protested over the arrest of": the arrest is no intervention
    if _bombing_then_assault(host, m, lang):
        return "armed_clash"
    if m.kind == "attack" and host.kind in RAID_OUTCOMES and m.sentence > host.sentence and told_again(m) \
            and m.fatalities is None:
        return host.kind  # "gunmen abducted sixty villagers ... Police confirmed the attack": the abduction told again
    if host.kind in REMOTE_KINDS and m.kind in REMOTE_KINDS and _headline_alone(host) != _headline_alone(m):
        # "frappe russe" headlines "une frappe de missile"; "Russian missile strike on ..." headlines "a Russian
        # missile slammed into": the body's first telling names the means
        return m.kind if _headline_alone(host) else host.kind
    if host.kind in REMOTE_KINDS and m.kind in REMOTE_KINDS and \
            fold(host.trigger.head.lemma_) == fold(m.trigger.head.lemma_):
        # one word for one strike, read twice with other frames: no second means, so the codebook's pairs
        # (warplanes and artillery; shells found to hold gas) do not apply
        if m.sentence > host.sentence and told_again(m):
            return host.kind  # "une frappe de missiles ... La frappe sur Odessa": the means told first names the strike
    if settled_pair(host.kind, m.kind):
        return kind
    main_host, main_m = asserted(host), asserted(m)
    if main_host != main_m:
        return host.kind if main_host else m.kind
    return kind


SUPPORT_REACH_WORDS = 3  # "backed by US air strikes": words between the cue and the supporting fire
SUPPORT_WINDOW_TOKENS = 7  # tokens read before the fire: the longest cue ("with the support of") and that reach


def _only_support(m: Mention, ctx: ArticleContext) -> bool:
    """ "Somali troops backed by US air strikes killed 12 fighters": fire that backs a side (its triggers
    right after a ``support_cues`` phrase) is support, which ACLED folds into the act it backs."""
    cues = [c.split() for c in ctx.lang.roles.get("support_cues", ())]
    for t in m.triggers:
        doc = t.head.doc
        before = fold(doc[max(0, t.start - SUPPORT_WINDOW_TOKENS):t.start].text).split()
        if not any(before[i:i + len(c)] == c and len(before) - i - len(c) <= SUPPORT_REACH_WORDS
                   for c in cues for i in range(len(before))):
            return False
    return bool(m.triggers)


def _absorb(host: Mention, m: Mention, ctx: ArticleContext) -> None:
    """Merge ``m`` into ``host``: the better-ranked kind names the event, stated facts fill gaps."""
    if _answered_cause(m, host):
        host.triggers.extend(m.triggers)  # its words stay evidence of what the crowd answered
        return
    if _answered_cause(host, m):
        host.sides, host.fatalities, host.fatalities_text, host.fatalities_whole = \
            m.sides, m.fatalities, m.fatalities_text, m.fatalities_whole
    kind = _outcome_of_a_raid(host, m, ctx.lang.roles.get("incursion_words", ())) or _joined_kind(host, m, ctx.lang)
    for backed, support in ((host, m), (m, host)):
        if is_support(support.kind) and not is_support(backed.kind) and _only_support(support, ctx):
            kind = backed.kind  # the supported side's act names the event
    violence_names_it = kind == m.kind != host.kind and is_violent(m.kind) and not is_violent(host.kind)
    if _toll_of_the_attackers(host, m):  # the attack met armed resistance: a battle, with no civilians
        kind = "armed_clash"
        for x in (host, m):
            if _targets_civilians(x):
                x.sides = replace(x.sides, actor2=None)
    if kind != host.kind:
        host.kind = kind
        host.trigger = next((t for t in host.triggers + m.triggers if t.kind == kind), host.trigger)
    host.triggers.extend(m.triggers)
    if host.date_source != "stated" and m.date_source == "stated":
        host.event_date, host.precision, host.time_text, host.date_source = \
            m.event_date, m.precision, m.time_text, "stated"
        if host.status in DATED and m.status in DATED:
            host.status = m.status  # "Shelling kills civilians. ... shelled the city on Sunday": told done, on its day
    elif host.date_source == "default" and m.date_source == "inherited" and host.status in DATED \
            and m.status in DATED and _headlined(host):
        # a headline dated by publication alone; the body's dead, dated by the lead's night: the lead's day
        host.event_date, host.precision, host.time_text, host.date_source = \
            m.event_date, m.precision, m.time_text, "inherited"
    if host.place_source != "stated" and m.place_source == "stated" or \
            host.place_source == m.place_source == "stated" and (_finer_within(m.place, host.place)
                                                                 or _finer_than_the_headline(host, m)):
        host.place, host.place_text, host.place_source = m.place, m.place_text, "stated"
    # "Residents fled after gunmen attacked": a violent act that names the event gives its sides, not who fled
    host.sides = _joined_sides(m, host) if violence_names_it else _joined_sides(host, m)
    if (_engagement(host) or _engagement(m)) and host.fatalities is not None and m.fatalities is not None and \
            not host.fatalities_whole and not m.fatalities_whole and \
            opposed_tolls(host.trigger.head.doc, host.fatalities_text, m.fatalities_text, ctx.lang):
        host.fatalities += m.fatalities  # each side's dead: the fight's toll is their sum
    elif _better_toll(m, host, ctx):
        host.fatalities, host.fatalities_text, host.fatalities_whole = \
            m.fatalities, m.fatalities_text, m.fatalities_whole
    if host.attributed_to is None:
        host.attributed_to = m.attributed_to
    if host.status == Status.REPORTED and m.status == Status.ONGOING and host.date_source != "stated":
        host.status = Status.ONGOING


def _arrest_after_the_act(host: Mention, m: Mention) -> bool:
    """Whether ``m`` is an arrest told after violence against civilians ("a trader was kidnapped; three
    were arrested"): the force that arrested the doers did not do the act, so it names no side of it."""
    return m.kind == "arrest" and host.kind in UNNAMED_AUTHOR_KINDS | CIVILIAN_DEFAULT_KINDS and \
        m.sentence > host.sentence


def _joined_sides(host: Mention, m: Mention) -> Sides:
    """The host's sides with the gaps ``m`` fills: a side the host lacks, unless it names one the host
    has (then ``m``'s other side, unless that is the host's own crowd and ``m`` tells it beating people:
    "rioters attacked a man" is one crowd, not two), and ``m``'s associated actors (and the support it
    names, when air or artillery support joins a battle) as the host's. The group the body names stands for the
    headline's unnamed "gunmen"."""
    sides = host.sides
    doer = m.sides.actor1
    if _headlined(host) and not _headlined(m) and sides.actor1 is not None and _unnamed_band(sides.actor1) \
            and doer is not None and doer.inter in NON_STATE_ARMED and _told(doer) and not _unnamed_band(doer):
        sides = replace(sides, actor1=doer)
    for attr in ("actor1", "actor2"):
        if attr == "actor1" and _arrest_after_the_act(host, m):
            continue
        if getattr(sides, attr) is None and getattr(m.sides, attr) is not None:
            other = m.sides.actor2 if attr == "actor1" else m.sides.actor1
            candidate = getattr(m.sides, attr)
            if not _same_party(candidate, sides.actor1) and not _same_party(candidate, sides.actor2):
                sides = replace(sides, **{attr: candidate})
            elif other is not None and not _same_name(other, sides.actor1) and \
                    not (candidate.inter == Inter.CIVILIANS and _same_party(other, sides.actor1)):
                sides = replace(sides, **{attr: other})  # not the host's crowd again, told acting on people
    force = m.sides.actor1 if m.sides.actor2 is None else None
    if host.kind in PROTEST_KINDS and sides.actor2 is None and sides.actor1 is not None and \
            sides.actor1.inter in CROWD_PARTIES and force is not None and \
            (force.inter == Inter.STATE_FORCES or force.inter in ARMED and m.kind in INTERVENTION_KINDS):
        # "They briefly clashed with the police": the force the crowd met; "Separatist fighters dispersed the
        # crowd": an armed group that broke up the protest is its second side, as a police force would be
        sides = replace(sides, actor2=force)
    victims = m.sides.actor1
    if host.kind in REMOTE_KINDS and sides.actor2 is None and victims is not None and \
            victims.inter == Inter.CIVILIANS and sides.actor1 is not None and sides.actor1.inter in ARMED:
        sides = replace(sides, actor2=victims)  # "The strikes wounded two villagers": the strike's victims
    assoc = list(sides.assoc1)
    support = is_support(m.kind) and host.kind in BATTLE_KINDS
    # the support's own force, not the civilians a shell hit read as its subject ("des obus sont tombés ...")
    supporter = m.sides.actor1 if support and m.sides.actor1 is not None and m.sides.actor1.inter in ARMED else None
    for a in [supporter, *m.sides.assoc1]:
        if a is not None and not any(_same_name(a, x) for x in [sides.actor1, sides.actor2, *assoc]):
            assoc.append(a)
    return replace(sides, assoc1=tuple(assoc))


def _finer_within(fine: Place | None, coarse: Place | None) -> bool:
    """ "40 morts dans une attaque ... du Kordofan" then "a bombardé un marché d'El-Obeid": a town inside
    the region or country the event was first placed at is where it happened (ACLED codes the most
    specific place told)."""
    if fine is None or coarse is None or fine.feature in COARSE_FEATURES or fine.country != coarse.country:
        return False
    if coarse.feature == "country" or part_of_a_country(coarse):
        return True  # "in central Nigeria" then "in Bokkos": the town is where, wherever in the country it lies
    if coarse.feature not in COARSE_FEATURES or None in (fine.lat, fine.lon, coarse.lat, coarse.lon):
        return False
    reach = max(coarse.uncertainty_km or 0.0, REGION_REACH_KM)
    return haversine_km(fine.lat, fine.lon, coarse.lat, coarse.lon) <= reach


def part_of_a_country(place: Place) -> bool:
    """ "in central Nigeria", "dans l'ouest du Niger": a part of a country no region bounds."""
    return place.feature == "relative" and place.geo_precision == GeoPrecision.REGION and place.admin1 is None


def _answered_cause(cause: Mention, act: Mention) -> bool:
    """ "Protesters torched the office after a student was killed by police": the killing a crowd's act
    answers is its cause, told as background; its toll and its sides are not the crowd's event's. So is what
    befell someone before any act told by the verb its clause hangs from ("soldiers arrested twelve youths
    after a soldier was killed by gunmen", ``befell_before``)."""
    crowd = act.sides.actor1 is not None and act.sides.actor1.inter in (Inter.PROTESTERS, Inter.RIOTERS)
    head = cause.trigger.head
    befallen = head.dep_ == "advcl" and head.head.i == act.trigger.head.i and befell_before(head)
    return cause.cause and not act.cause and (names_demonstration(act.kind) or crowd or befallen)


def _better_toll(m: Mention, host: Mention, ctx: ArticleContext) -> bool:
    """Whether ``m``'s toll should replace ``host``'s. Rival figures for everyone killed keep the
    lower (ACLED's conservative rule), but a count of a later day is the update ACLED codes; a toll of
    everyone outranks one side's ("un soldat"), which is part of it, not a rival figure; an order of
    magnitude with no figure ("des dizaines de civils tués", the language's ``indefinite_counts``) is no
    rival to a figure as large ("au moins 25")."""
    if m.fatalities is None:
        return False
    if host.fatalities is None:
        return True
    if m.count_day is not None and host.count_day is None and m.fatalities > host.fatalities:
        return True  # "Lundi, la société civile a compté huit personnes tuées": a later count updates the toll
    rough_m, rough_host = _indefinite_count(m, ctx), _indefinite_count(host, ctx)
    if rough_m != rough_host and min(m.fatalities, host.fatalities) == (m if rough_m else host).fatalities:
        return rough_host
    if m.fatalities_whole != host.fatalities_whole:
        whole, part = (m, host) if m.fatalities_whole else (host, m)
        if whole.fatalities >= part.fatalities:
            return whole is m
    return m.fatalities < host.fatalities


def _indefinite_count(m: Mention, ctx: ArticleContext) -> bool:
    """Whether the toll is an order of magnitude with no figure ("des dizaines", "plusieurs centaines")."""
    said = fold(m.fatalities_text.text).lower() if m.fatalities_text is not None else ""
    return any(said.startswith(fold(w)) for w in ctx.lang.quantities.get("indefinite_counts", ()))


def _compatible(e: Mention, m: Mention) -> bool:
    if (e.status in UNDATED) != (m.status in UNDATED):
        return False
    if e.status in UNDATED and e.status != m.status:
        return False
    if labelled(e):
        return True  # a labelled report tells of one event: what it says after the label is about it
    if combine(e.kind, m.kind) is None or _civilians_apart(e, m) or _halves_of_a_headline(e, m):
        return False
    if _interceptions_apart(e, m) or _armed_mens_victims_apart(e, m) or _forces_step_in(e, m) or _fire_returned(e, m):
        return False
    if m.sentence > e.sentence and m.date_source == "inherited" and e.date_source == "stated" and \
            m.kind in REMOTE_KINDS and e.kind in REMOTE_KINDS and told_again(m):
        return True  # "La frappe sur Odessa visait ...", after a sentence dated by its telling: the strike told before
    if m.sentence > e.sentence and m.date_source == "inherited" and m.kind == e.kind and _placed_in_its_name(m) \
            and e.place is not None and _km(e.place, m.place) <= SAME_PLACE_KM:
        return True  # "L'attaque d'Uvira a fait cinq morts", after another day's fight elsewhere: Uvira's attack
    if e.date_source != "default" and m.date_source != "default" and e.event_date != m.event_date \
            and not _withdrawal_before_handover(e, m):
        return False
    if m.sentence > e.sentence and m.kind == e.kind and told_again(m):
        return True  # "the blast", "his disappearance", "the arrested man": the event told before, wherever it is placed
    if m.sentence > e.sentence and e.event_date == m.event_date and _dated_in_its_name(m):
        return True  # "le rapt de dimanche survient une semaine après ...": the event of that day told before
    if e.place_source == "stated" and m.place_source == "stated" and e.place and m.place and not _within(e.place, m.place):
        if _km(e.place, m.place) > max(SAME_PLACE_KM, e.place.uncertainty_km or 0, m.place.uncertainty_km or 0) \
                and not _headline_over(e, m):
            return False
    if is_support(m.kind) and e.kind in BATTLE_KINDS:
        return True  # either side's air or artillery fire in the battle's day and place is the battle's
    if _toll_of_an_attack_on_armed_men(e, m):
        return True
    return not _other_pair(e, m)


def _armed_mens_victims_apart(e: Mention, m: Mention) -> bool:
    """ "Les habitants ont observé une journée ville morte ... Les deux commerçants ont été tués par des hommes
    armés": people a non-state armed group killed are its victims, not the crowd's; told after a protest, they
    are the killing the crowd answers, an act of its own, not force met by the protesters."""
    for crowd, act in ((e, m), (m, e)):
        doer, crowds = act.sides.actor1, crowd.sides.actor1
        if crowd.kind in PROTEST_KINDS and act.kind not in PROTEST_KINDS and doer is not None \
                and doer.inter in NON_STATE_ARMED and _targets_civilians(act) \
                and crowds is not None and crowds.inter in (Inter.PROTESTERS, Inter.RIOTERS):
            return True  # not settlers who attack a village and throw stones: one crowd, one act
    return False


def _forces_step_in(e: Mention, m: Mention) -> bool:
    """ "Settlers attacked farmers near the village. Soldiers then fired tear gas at the farmers": a state's forces
    using crowd-control means (an intervention's trigger read as an attack) on the civilians a named non-state
    band attacked in an earlier sentence do an act of their own, coded apart, not the band's attack told again.
    Not forces that rescue the band's hostages: that is the attack's end."""
    doer, forces = e.sides.actor1, m.sides.actor1
    return m.sentence > e.sentence and m.trigger.kind in INTERVENTION_KINDS and _targets_civilians(e) \
        and _targets_civilians(m) \
        and doer is not None and _told(doer) and doer.inter != Inter.STATE_FORCES and not is_unidentified_group(doer.name) \
        and forces is not None and _told(forces) and forces.inter == Inter.STATE_FORCES


def _toll_of_an_attack_on_armed_men(e: Mention, m: Mention) -> bool:
    """ "Un convoi escorté par l'armée a été attaqué lundi par des ADF. Deux chauffeurs ont été tués": an
    attack whose target bears arms is a fight, and dead told right after it with no one said to kill them
    are its toll, as a battle's are (``_toll_of_its_battle``), not an attack on civilians of their own."""
    return e.kind in CIVILIAN_DEFAULT_KINDS and _engagement(e) and m.sides.actor1 is None and _targets_civilians(m) \
        and agentless_killing(m) and not any(t.head.pos_ in NOUNS for t in m.triggers) and _told_just_before(e, m)


def _told_just_before(e: Mention, m: Mention) -> bool:
    """Whether one of the event's words stands in the mention's sentence or the one right before it."""
    sent = m.trigger.head.sent
    starts = {sent.start, sent.doc[sent.start - 1].sent.start} if sent.start else {sent.start}
    return any(t.head.sent.start in starts for t in e.triggers)


def _headlined(m: Mention) -> bool:
    """Whether the mention is told in the article's headline, which names the act more loosely than its body."""
    return in_headline(joined_text(m.trigger.head.doc), m.trigger.head.idx)


def _headline_alone(m: Mention) -> bool:
    """Whether every word of the mention is in the article's headline (no telling of the body joined yet)."""
    text = joined_text(m.trigger.head.doc)
    return all(in_headline(text, t.head.idx) for t in m.triggers)


def _headline(m: Mention) -> bool:
    """Whether the mention is told in a headline that opens on its area and a colon, as Congolese outlets
    title their dispatches ("## Beni : neuf civils tués ...", "Lubero : six voyageurs enlevés sur la route
    Butembo-Kanyabayonga")."""
    before = joined_text(m.trigger.head.doc)[:m.trigger.head.idx]
    return "\n" not in before.strip() and KICKER.match(before) is not None


def _headline_over(e: Mention, m: Mention) -> bool:
    """A headline names its story's area (the kicker before the colon, a territory, a road's end town);
    the body tells the same act at a village of that area: one event, at the body's place. The body's act may
    be named by another word its sentence folded in ("Jihadists attack army post in northern Burkina Faso",
    then "attacked an army post near Dori ..., sparking a gunfight": the attack the headline names)."""
    told, other = (e, m) if _headlined(e) else (m, e)
    return _headlined(told) and not _headlined(other) \
        and (told.kind == other.kind or told.kind in {t.kind for t in other.triggers}) \
        and told.place.country == other.place.country \
        and (_km(told.place, other.place) <= HEADLINE_REACH_KM + _extent(told.place)
             or _same_province(told.place, other.place) or _finer_within(other.place, told.place))


def _extent(place: Place) -> float:
    """How far a headline's region reaches beyond its centre ("région du Moyen-Chébéli"): a town of it may
    lie farther from that centre than from a kicker's town."""
    return (place.uncertainty_km or 0.0) if place.feature in AREA_FEATURES else 0.0


def _same_province(a: Place, b: Place) -> bool:
    """ "Nord Kivu" and "Nord-Kivu": one first-level region however the gazetteer's tables spell it."""
    def key(p: Place) -> str:
        return "".join(c for c in fold(p.admin1 or "") if c.isalnum())
    return bool(key(a)) and key(a) == key(b)


def _finer_than_the_headline(host: Mention, m: Mention) -> bool:
    return _headlined(host) and not _headlined(m) and m.place is not None and m.place.feature not in AREA_FEATURES


HANDOVER_DAYS = 1  # "s'étaient retirés la veille": the withdrawal that let the town be taken


def _withdrawal_before_handover(e: Mention, m: Mention) -> bool:
    """ "Les rebelles ont pris la cité sans résistance. L'armée s'en était retirée la veille": the side that
    left on the eve of a non-violent takeover is how the ground changed hands, one transfer of territory
    (ACLED's one-event rule), not a second one a day apart; unless another pair is told."""
    if e.kind != "territory_transfer" or m.kind != "territory_transfer" or m.sentence <= e.sentence:
        return False
    if e.event_date is None or m.event_date is None or abs((e.event_date - m.event_date).days) > HANDOVER_DAYS:
        return False
    return m.sides.actor1 is None or any(_same_party(m.sides.actor1, x) for x in (e.sides.actor1, e.sides.actor2))


def told_again(m: Mention) -> bool:
    """Whether one of the mention's triggers names an event already known to the reader: a noun made
    definite or possessive ("the blast killed one", "his forced disappearance"), or a participle
    qualifying such a noun ("the arrested man"). A later sentence telling it adds facts to that event."""
    return any(_definite(t.head.head if t.head.dep_ == "amod" else t.head) for t in m.triggers
               if t.head.pos_ == "NOUN" or t.head.dep_ == "amod")


def _dated_in_its_name(m: Mention) -> bool:
    """ "L'assaut de samedi", "le rapt de dimanche", "Monday's attack": a definite event noun whose own complement
    is the day that dates it names the event of that day the article told before, in whatever words or place
    the sentence around it has."""
    day = m.time_text
    return day is not None and m.date_source == "stated" and any(
        t.head.pos_ in NOUNS and _definite(t.head) and
        any(c.idx <= day.start < c.idx + len(c.text) for c in t.head.children if c.i != t.head.i)
        for t in m.triggers)


def _placed_in_its_name(m: Mention) -> bool:
    """ "L'attaque d'Uvira", "the attack in Bama": a definite event noun whose own complement is the place the mention
    is set at names the event of that place the article told before; a day it only carries from the sentence
    before (another event's) does not set it apart."""
    where = m.place_text
    return where is not None and m.place is not None and any(
        t.head.pos_ in NOUNS and _definite(t.head) and
        any(c.idx <= where.start < c.idx + len(c.text) for c in t.head.children if c.i != t.head.i)
        for t in m.triggers)


def _definite(noun: Token) -> bool:
    return noun.pos_ in NOUNS and any(c.dep_ in DETERMINERS and _refers(c) for c in noun.children)


def _refers(det: Token) -> bool:
    return "Def" in det.morph.get("Definite") or "Dem" in det.morph.get("PronType") or "Yes" in det.morph.get("Poss")


def _interceptions_apart(e: Mention, m: Mention) -> bool:
    """Missiles shot down, told sentences away from the strikes that hit ("Des missiles ont été
    abattus"), are the defenders' own account: the strikes that hit stay strikes. In one sentence or
    the next ("fired missiles at X. Air defences intercepted them.") the strike was disrupted: one event."""
    kinds = {e.kind, m.kind}
    if "disrupted_weapons" not in kinds or not kinds & REMOTE_KINDS:
        return False
    downed = e if e.kind == "disrupted_weapons" else m
    return abs(m.sentence - e.sentence) > 1 or _counts_its_own(downed.trigger.head)


def _counts_its_own(tok) -> bool:
    """ "Moscou dit avoir abattu 162 drones": an interception that counts the weapons it downed is the
    defenders' tally of the night, not the disruption of the strike told before, which hit; one that
    points back at them ("les a abattus", "intercepted most of them") is that strike's."""
    doc = tok.doc
    after = doc[tok.i + 1:min(tok.sent.end, tok.i + 4)]
    return len(after) >= 2 and after[0].like_num and after[1].pos_ in ("NOUN", "ADJ", "PROPN")


STATE_PARTIES = ("Government of ", "Military Forces of ")


def _fire_returned(e: Mention, m: Mention) -> bool:
    """ "Hezbollah fired missiles at an Israeli post. Israel responded with artillery shelling": ACLED codes
    each side's remote fire as its own event, so the target's fire back is another event, not the first; "la
    frappe a touché des maisons", the strike told again in the target's words, is the first."""
    a1, a2, back = e.sides.actor1, e.sides.actor2, m.sides.actor1
    return e.kind in REMOTE_KINDS and m.kind in REMOTE_KINDS and a1 is not None and a2 is not None and \
        back is not None and back.inter in ARMED and _same_party(back, a2) and not _same_party(back, a1) \
        and not told_again(m)


def _other_pair(e: Mention, m: Mention) -> bool:
    """A different pair of actors makes a different event: named sides that share no one and are
    more than one event's two sides ("the police" then "the protesters" may be one event's pair)."""
    names_e, names_m = _named_sides(e), _named_sides(m)
    if all(is_violent(x.kind) and not names_demonstration(x.kind) for x in (e, m)):
        names_e, names_m = _striking_state(names_e), _striking_state(names_m)
    return bool(names_e and names_m and not names_e & names_m and len(names_e | names_m) > EVENT_SIDES)


def _striking_state(names: set[tuple]) -> set[tuple]:
    """ "Une frappe aérienne de la junte" in a headline, "de l'armée birmane" in the lead: in armed violence a
    government and its military forces are one side (the government orders what its forces do); a crowd's
    events keep them apart (the regime that dissolved a cabinet, the troops that fired on the march)."""
    return {("state", n[0].split(" of ", 1)[1].split(" (")[0]) if n[0].startswith(STATE_PARTIES) else n for n in names}


def _named_sides(m: Mention) -> set[tuple]:
    """The parties a mention's words name. Civilians a rule supplied as the target of an act no one is
    named doing ("The blast killed 1") name no one either: the count may be any told event's. A headline's
    "gunmen" are whoever its story names: no party of their own."""
    sides = [a for a in (m.sides.actor1, m.sides.actor2) if _told(a)
             and not (_unnamed_band(a) and _headlined(m))]
    if all(not a.text and a.inter == Inter.CIVILIANS for a in sides):
        return set()
    return {_crowds_party(a, m) for a in sides}


def _crowds_party(a: Actor, m: Mention) -> tuple:
    """The party of ``a`` in ``m``: a political party named as a side of a demonstration ("une marche à l'appel du
    FNDC", before the rules make it the crowd's associate) is the crowd of its country, the crowd a headline names
    ("la manifestation dispersée") of the same protest."""
    if m.kind in DEMONSTRATION_KINDS and is_party(a.name) and m.place is not None and m.place.country:
        return ("crowd", m.place.country)
    return _party(a)


def _unnamed_band(a: Actor) -> bool:
    """ACLED's placeholder for armed men or a gang nobody names."""
    return is_unidentified_group(a.name) or is_unidentified_gang(a.name)


def _told(a: Actor | None) -> bool:
    """A side the words name: not a label, nor the unidentified armed group a rule supplied where the
    sentence named no author ("the blast killed one"), which may be any armed side of the event, nor
    the civilians a rule supplied as the target no one was named as ("the blast killed one")."""
    if a is None or a.partisan:
        return False
    return bool(a.text) or not is_unidentified_group(a.name)


def _same_party(a: Actor | None, b: Actor | None) -> bool:
    return a is not None and b is not None and _party(a) == _party(b)


def _party(a: Actor) -> tuple:
    """Who a side is, for telling events apart: people of a protest may be told as protesters, as
    civilians ("people demonstrated ... one person was arrested") or, when they burn barricades, as
    rioters ("des jeunes en colère ... la police a dispersé les manifestants"): one party of their country.
    A family named with its faction ("Mayi Mayi Militia (Yakutumba)") is the family named bare in the next
    sentence ("des miliciens Maï-Maï")."""
    return ("crowd", a.country) if a.inter in CROWD_PARTIES else (FACTION.sub("", a.name),)


def _within(a: Place, b: Place) -> bool:
    """ "une frappe aérienne fait 19 morts dans l'Etat Rakhine" then "a tué 19 élèves dans le canton de
    Kyauktaw": a province and a town inside it name one event's place at two grains, however far the town
    lies from the province's centre."""
    return any(r.feature == "admin1" and t.feature != "admin1" and r.country == t.country and r.admin1 is not None
               and fold(r.admin1) == fold(t.admin1 or "") for r, t in ((a, b), (b, a)))


def _km(a: Place, b: Place) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)
