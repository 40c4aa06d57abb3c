"""ACLED's sides of a mention: who is actor1, who is actor2, who acts alongside actor1.

The roles read from a sentence (``arguments.assign_roles``) say who stands before and after a
trigger; ACLED's codebook then says who can be a side of what. Each rule below is a pure function
from a mention's facts to new sides. ``settle_sides`` applies ``RULES`` in order, each rule at the
stages it belongs to: when a mention is built from its trigger, each time another mention joins it,
and when it becomes an event record.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum

from sitrep import acled
from sitrep.acled import (ARMED, CROWDS, NAMED_GROUPS, NON_STATE_ARMED, UNARMED, UNIDENTIFIED_MILITARY, Inter,
                          is_unidentified_gang, is_unidentified_group)
from sitrep.extract.arguments import Roles
from sitrep.extract.context import ArticleContext
from sitrep.lang import LanguagePack
from sitrep.normalise.actors import (STATE_KINDS, actor_for, coalition_of, dated, ethnic_group, find_actors,
                                     foreign_holder, front_area_holder, gang_or_militia, home_country, is_coalition,
                                     is_label, is_party, leading_force, monitored_front, regional_name,
                                     state_kind)
from sitrep.normalise.countries import (country_name, country_of_state_body, iso_of_country_name, iso_of_local_name,
                                       local_country_name)
from sitrep.normalise.taxonomy import is_violent, kinds
from sitrep.text import fold, plain_words
from sitrep.types import Actor, Place

BATTLE_KINDS = {"armed_clash", "territory_gain"}
TERRITORY_KINDS = {"territory_gain", "territory_transfer"}
QUIET_KINDS = {"change_to_group", "other_strategic", "agreement", "base_established", "territory_transfer"}  # no crowd acts
CIVILIAN_DEFAULT_KINDS = {"attack"}
TWO_SIDED_BY_STATE = {"disrupted_weapons"}
HOSTED_KINDS = {"agreement"}  # what two sides may do in a third country that hosts them
UNCLAIMED_KINDS = {"remote_explosive", "suicide_bomb", "grenade"}
LAUNCHED_KINDS = {"shelling", "remote_explosive", "air_strike"}  # fire a report may tell came from abroad
FIRED_KINDS = {"shelling", "remote_explosive", "grenade"}  # weapons whose firer a report may not know  # weapons of groups that often go unnamed
PROTEST_KINDS = {"peaceful_protest", "protest_intervention", "violent_demonstration"}
# ACLED's violence against civilians and the acts it codes on civilians by default: the one acted
# upon is a civilian unless the text names another side.
CIVILIAN_TARGET_KINDS = {"abduction", "sexual_violence", "property_destruction", "arrest", "mob_violence"}
# Acts whose unnamed author ACLED codes as an unidentified armed group of the country.
UNNAMED_AUTHOR_KINDS = {"abduction", "sexual_violence", "property_destruction"}
RIOT_KINDS = {"violent_demonstration", "mob_violence"}
TAKEN_PEOPLE_KINDS = {"abduction", "sexual_violence"}  # a force named alone in them, with no author told, was their victim
SUSPECT_KINDS = {"arrest", "abduction"}  # acts on people a group may be named beside as a suspicion, not an identity
SUSPICION_REACH = 6  # words before a group's name a cue may stand in ("suspected of funding the group")
# Generic actors ACLED names by the country of the event (state forces keep the country named).
COUNTRY_GENERIC_KINDS = ("civilians", "protesters", "rioters", "armed_group", "communal_militia", "gang")
EXPLOSION_KINDS = {"air_strike", "shelling", "remote_explosive", "grenade", "suicide_bomb"}
INTERVENTION_KINDS = {"protest_intervention", "force_against_protest"}
DEMONSTRATION_KINDS = PROTEST_KINDS | INTERVENTION_KINDS | RIOT_KINDS  # every kind ACLED files under Protests or Riots
CIVILIAN_PROTEST_KINDS = {"peaceful_protest", "protest_intervention", "force_against_protest"}  # ACLED's Protests
NAME_COUNTRY = re.compile(r"\(([^()\d]+)\)$")  # "Settlers (Israel)": the country in ACLED's name
ETHNIC_LOOKBACK_CHARS = 20  # the ethnic group's word right before the people it names ("Fulani herders")
DEFINITE_LOOKBACK_CHARS = 12  # the article of a label ("les ", "the ") sits within a word before it


@dataclass(frozen=True)
class Sides:
    """ACLED's actor1, actor2 and the associated actors of each side."""

    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc1: tuple[Actor, ...] = ()
    assoc2: tuple[Actor, ...] = ()  # who acts alongside actor2: the rival party of a clash of two parties' crowds
    changed_by: tuple[tuple[str, str], ...] = ()  # (rule, side) of each rule that changed a side: why they are these

    @classmethod
    def of(cls, roles: Roles) -> Sides:
        return cls(roles.actor1, roles.actor2, tuple(roles.assoc1), tuple(roles.assoc2))


@dataclass(frozen=True)
class MentionFacts:
    """What the side rules read of one mention."""

    kind: str
    sides: Sides
    context: ArticleContext
    actors: tuple[Actor, ...] = ()  # every actor the mention's sentence names
    fatalities: int | None = None
    sentence: str = ""  # the trigger's sentence, for words naming an armed target
    text: str = ""  # the article's text, for the word before a label ("les assaillants")
    place: Place | None = None
    event_date: date | None = None  # the day the event took place, for the period of state forces
    demonstrated: bool = True  # a trigger tells of a demonstration: a riot without one is mob violence
    joined_kinds: frozenset[str] = frozenset()  # the kinds of every trigger of the mention ("clash" in a riot)
    sentences: str = ""  # the sentences of every trigger of the mention ("They smashed a shop" after "marched")


class Stage(Enum):
    """When the rules run: a rule that fills a side from the article must run again once a joined
    mention has brought new sides; a rule about the record alone runs once, at the end."""

    MENTION = "mention"  # a mention built from its trigger
    JOINED = "joined"  # another mention of the same event has just joined it
    EVENT = "event"  # the mention becomes an event record; its sides are not written back


def _same_name(a: Actor | None, b: Actor | None) -> bool:
    return a is not None and b is not None and a.name == b.name


def _main(counts) -> str:
    return counts.most_common(1)[0][0]


def _state_of(name: str) -> str:
    """The country of a state's forces or of its government ("Government of Russia (2000-)" and "Military
    Forces of Russia (2000-)" are one state), else the name itself."""
    return country_of_state_body(STATE_BODIES.sub("Military Forces of ", name)) or name


STATE_BODIES = re.compile(r"^(?:Government|Military Forces|Police Forces) of ")


def _state_body(name: str) -> str:
    """The state an ACLED state actor's name belongs to: "Myanmar (2021-)" for its government and military."""
    return STATE_BODIES.sub("", name)


def _same_state(a: Actor, b: Actor | None) -> bool:
    """Whether two actors are bodies of one state (its government and its military)."""
    return b is not None and a.inter == b.inter == Inter.STATE_FORCES and \
        _state_body(a.name) == _state_body(b.name)


def _definite(text: str, actor: Actor, lang: LanguagePack) -> bool:
    """ "les assaillants" points back to attackers already named; "des hommes armés" does not."""
    words = fold(text[max(0, actor.start - DEFINITE_LOOKBACK_CHARS):actor.start]).replace("'", "' ").split()
    return bool(words) and words[-1] in lang.roles.get("definite", ())


def _an_attack_label(actor: Actor, lang: LanguagePack) -> bool:
    """ "BLA fighters attacked a base; four attackers were killed": a word that names people only by the attack
    they made (``attack_labels``) points back to the attack's group, with or without an article, when the article
    names one (not an unidentified group, whose attackers stay as they were read)."""
    words = fold(actor.text).split()
    return bool(words) and words[-1] in lang.folded_role("attack_labels")


def says(sentence: str, lang: LanguagePack, phrases: str) -> bool:
    """Whether the sentence holds, word for word, one of the language's role phrases ``phrases``
    ("attacked a checkpoint." ends in its word, not its stop)."""
    sent = f" {' '.join(_words_of(sentence))} "
    return any(f" {w} " in sent for w in lang.roles.get(phrases, ()))


def holds_target(sentence: str, lang: LanguagePack, kind: str = "armed_targets") -> bool:
    """ "attacked a checkpoint", "une position de l'armée": a target that bears arms though no actor
    is named (``kind="police_targets"``: one the police hold, "a police station"). A civilian place
    named with the same word (``unarmed_posts`` in roles: "un poste de santé", "a health post") is none."""
    unarmed = [" ".join(_words_of(p)) for p in lang.roles.get("unarmed_posts", ())]
    words = f" {' '.join(_without_posts_naming_an_area(_words_of(sentence), lang))} "
    for phrase in unarmed:
        words = words.replace(f" {phrase} ", " ")
    return says(words, lang, kind)


POST_AREA_REACH = 4  # words from an area's opener to the post whose area it names ("under Bhadrakali police station")


def _without_posts_naming_an_area(words: list[str], lang: LanguagePack) -> list[str]:
    """ "in a village under Bhadrakali police station limits", "within the jurisdiction of Saddar police station":
    a police post that names the area a place lies in (``post_area_words`` after it, or ``post_area_openers`` a
    few words before it) tells where the event was, not what was struck; it is left out of the sentence's posts."""
    posts = [_words_of(p) for p in lang.roles.get("police_targets", ())]
    areas = set(lang.roles.get("post_area_words", ()))
    openers = [_words_of(p) for p in lang.roles.get("post_area_openers", ())]
    if not (areas | {o[0] for o in openers if o}).intersection(words):
        return words  # no word of an area in the sentence: every post in it stands (the common case, read fast)
    out, i = [], 0
    while i < len(words):
        size = next((len(p) for p in posts if words[i:i + len(p)] == p), 0)
        lead = words[max(0, i - POST_AREA_REACH):i]
        if size and (i + size < len(words) and words[i + size] in areas
                     or any(lead[k:k + len(o)] == o for o in openers for k in range(len(lead)))):
            i += size
            continue
        out.append(words[i])
        i += 1
    return out


def _civilian_target(sentence: str, lang: LanguagePack, kind: str = "civilian_targets") -> bool:
    """ "shelled the village", "a grenade at the house of": a target where civilians live or gather
    (``kind="riot_property"``: what a crowd wrecks that belongs to private people, "set fire to a bus")."""
    return says(_without_civilian_things(sentence, lang), lang, kind)


def _without_civilian_things(sentence: str, lang: LanguagePack) -> str:
    """ "a strike on civilian facilities": a word for civilians that qualifies a thing (``civilian_things``)
    names what was hit, not people; the sentence without those words still names any civilian it hit."""
    words = f" {' '.join(_words_of(sentence))} "
    for thing in lang.roles.get("civilian_things", ()):
        for word in lang.roles.get("civilian_targets", ()):
            words = words.replace(f" {word} {thing} ", " ")
    return words


def _group_for_label(actor: Actor | None, f: MentionFacts, others: tuple[Actor, ...] = ()) -> Actor | None:
    ctx = f.context
    if actor is None:
        return actor
    groups = [n for n, _ in ctx.named_groups.most_common() if not any(_same_name(o, Actor(name=n)) for o in others)]
    if not actor.partisan:
        if not (is_unidentified_group(actor.name) and groups and (_definite(f.text, actor, ctx.lang) or (
                _an_attack_label(actor, ctx.lang) and not is_unidentified_group(groups[0])))):
            return actor
    if groups:
        return Actor(name=groups[0], inter=Inter.REBEL_GROUP, country=ctx.country, text=actor.text,
                     start=actor.start, end=actor.end)
    return actor_for("armed_group", _event_country(f), actor.text, actor.start, actor.end)


def labels_stand_for_groups(f: MentionFacts) -> Sides:
    """ "les terroristes" stands for the armed group the article names most, and so do "les assaillants"
    when the article names a group: ACLED codes the group, not the word. With no group named, a label
    is ACLED's unidentified armed group of the country. A label acted upon never stands for a group
    that acted beside actor1 ("the army and VDP killed 10 jihadists": not the VDP), and a label acting never
    stands for the group it acts on ("militants attacked a VDP post": not the VDP). A label acted upon by the only
    group the article names ("SAMIM troops killed four insurgents") is the country's unidentified armed group, not
    that group against itself."""
    s = f.sides
    a1 = _group_for_label(s.actor1, f, (s.actor2,) if s.actor2 is not None and not s.actor2.partisan else ())
    a2 = _group_for_label(s.actor2, f, s.assoc1 if s.actor2 is not None and s.actor2.partisan else ())
    if a2 is not s.actor2 and _same_name(a2, s.actor1) and len(f.context.named_groups) == 1:
        a2 = actor_for("armed_group", _event_country(f), s.actor2.text, s.actor2.start, s.actor2.end)
    return Sides(a1, a2, tuple(_group_for_label(a, f) for a in s.assoc1), s.assoc2)


def only_state_forces_neutralise(f: MentionFacts) -> Sides:
    """ "Selon l'état-major, 30 terroristes ont été neutralisés": "neutraliser" armed men is what state forces
    say of their own operations (``state_force_words``), so a passive with no agent is by the state's
    forces, the ones the article names most, else its military; who tells of it ("selon") is not the agent."""
    s, ctx = f.sides, f.context
    if f.kind not in ("attack", "armed_clash") or s.actor1 is not None or s.actor2 is None or \
            s.actor2.inter not in NON_STATE_ARMED or not _cued(f, "state_force_words"):
        return s
    if ctx.state_forces:
        return replace(s, actor1=Actor(name=_main(ctx.state_forces), inter=Inter.STATE_FORCES, country=ctx.country))
    country = _event_country(f)
    return replace(s, actor1=actor_for("military", country)) if country else s


def fighting_crowd(a: Actor | None, lang: LanguagePack) -> bool:
    """Whether ``a`` is people named by a word for a tribe's or clan's men (``fighting_crowds``: "tribesmen"):
    people who fight as their tribe's militia when they clash, and stay civilians when they are only hit."""
    return a is not None and a.inter == Inter.CIVILIANS and bool(a.text) and \
        fold(a.text).split()[-1] in lang.folded_role("fighting_crowds")


def fighting_tribesmen_are_their_tribes_militia(f: MentionFacts) -> Sides:
    """ "Tribesmen clashed with Houthi forces", "Arab tribesmen clashed with the SDF": people named by a word for a
    tribe's men (``fighting_crowds``) who are a side of a battle fight as their tribe's militia, the actor the
    language's ``fighting_crowd_militia`` words name in the event's country (ACLED's "Unidentified Tribal
    Militia" in Yemen or Iraq, its "Unidentified Communal Militia" elsewhere), not civilians caught in it."""
    s, country = f.sides, _event_country(f)
    words = " ".join(f.context.lang.roles.get("fighting_crowd_militia", ())[:1])
    if f.kind not in BATTLE_KINDS or not country or not words or \
            not any(fighting_crowd(a, f.context.lang) for a in (s.actor1, s.actor2)):
        return s
    militia = next(iter(find_actors(words, f.context.lang, country)), None)
    if militia is None or militia.inter != Inter.IDENTITY_MILITIA:
        return s
    tribe = [replace(militia, text=a.text, start=a.start, end=a.end, country=country)
             if fighting_crowd(a, f.context.lang) else a for a in (s.actor1, s.actor2)]
    return replace(s, actor1=tribe[0], actor2=tribe[1])


def civilians_are_no_side_of_a_battle(f: MentionFacts) -> Sides:
    """ACLED: a battle is fought between armed, organised sides; civilians caught in it are its toll."""
    s = f.sides
    if f.kind not in BATTLE_KINDS:
        return s
    a1 = None if s.actor1 is not None and s.actor1.inter == Inter.CIVILIANS else s.actor1
    a2 = None if s.actor2 is not None and s.actor2.inter == Inter.CIVILIANS else s.actor2
    return replace(s, actor1=a1, actor2=a2)


def no_actor_against_itself(f: MentionFacts) -> Sides:
    """One actor is never both sides of an event: the same name read twice is actor1 alone."""
    s = f.sides
    return replace(s, actor2=None) if _same_name(s.actor1, s.actor2) else s


JOINED_REACH = 4  # words between two forces joined by a conjunction ("ENDF and Afar regional special forces")


def forces_of_one_state_named_together_act_together(f: MentionFacts) -> Sides:
    """ "The army and regional special forces arrested 30 people": two forces of one state joined by a
    conjunction are one side, the second associated with the first, never each other's opponent."""
    s = f.sides
    a1, a2 = s.actor1, s.actor2
    if a1 is None or a2 is None or _same_name(a1, a2) or not _same_state(a1, a2):
        return s
    # a side filled by default ("an arrest is by the state's forces") stands for its mention in the sentence
    told = [a if a.start >= 0 else next((m for m in f.actors if m.name == a.name and m.start >= 0), None)
            for a in (a1, a2)]
    if None in told:
        return s
    first, second = sorted(told, key=lambda a: a.start)
    if f.text:
        between = f.text[first.end:second.start]
    else:  # the event stage keeps the sentence alone: the words between are found by the mentions' own words
        i = f.sentence.find(first.text) if first.text else -1
        j = f.sentence.find(second.text, i + len(first.text)) if i >= 0 and second.text else -1
        if j < 0:
            return s
        between = f.sentence[i + len(first.text):j]
    between = between.replace(",", " , ").split()
    joined = [w for w in between if w.lower() in f.context.lang.conjunctions or w == ","]
    if not joined or between[0] not in joined or len(between) > JOINED_REACH or \
            any(not w[:1].isalnum() and w != "," for w in between):
        return s
    return replace(s, actor1=first, actor2=None, assoc1=(second, *s.assoc1))


def battle_side_is_actor1(f: MentionFacts) -> Sides:
    """A battle with one side named codes that side as actor1, whichever word order named it."""
    s = f.sides
    if s.actor1 is None and s.actor2 is not None and f.kind in BATTLE_KINDS:
        return replace(s, actor1=s.actor2, actor2=None)
    return s


def unopposed_attack_is_on_civilians(f: MentionFacts) -> Sides:
    """ACLED's "Attack" is violence against civilians: an attack that kills, or an armed group's attack,
    with no armed target in its sentence, has the country's civilians as actor2."""
    s, ctx = f.sides, f.context
    if f.kind not in CIVILIAN_DEFAULT_KINDS or s.actor2 is not None or not ctx.country:
        return s
    others = [a for a in f.actors if a.inter not in UNARMED and not _same_name(a, s.actor1)]
    by_group = s.actor1 is not None and s.actor1.inter in NAMED_GROUPS
    if not others and (s.actor1 is None or by_group) and (f.fatalities or by_group) and \
            not holds_target(f.sentence, ctx.lang):
        return replace(s, actor2=actor_for("civilians", _event_country(f)))
    return s


def a_state_attack_on_no_one_named_is_on_civilians(f: MentionFacts) -> Sides:
    """ACLED's "Attack" by a state's forces ("soldiers shot and killed a man during a raid") is on
    civilians when the article names no armed group and the sentence no armed target."""
    s, ctx = f.sides, f.context
    a1 = s.actor1
    if f.kind not in CIVILIAN_DEFAULT_KINDS or s.actor2 is not None or a1 is None or \
            a1.inter != Inter.STATE_FORCES or ctx.named_groups or holds_target(f.sentence, ctx.lang):
        return s
    if any(a.inter in ARMED and _state_of(a.name) != _state_of(a1.name) for a in f.actors):
        return s
    return replace(s, actor2=actor_for("civilians", _event_country(f)))


def an_attack_on_a_post_is_on_the_state(f: MentionFacts) -> Sides:
    """ "Militants attacked a checkpoint", "a police station": an armed group's attack on a post no
    actor is named for is on the country's forces that hold it (its police for a police post or a prison,
    ``prison_posts`` in roles: ACLED names a prison's guards as the country's police)."""
    s, country = f.sides, _event_country(f)
    if f.kind not in CIVILIAN_DEFAULT_KINDS or s.actor2 is not None or not country or \
            s.actor1 is None or s.actor1.inter not in NAMED_GROUPS:
        return s
    lang = f.context.lang
    if not holds_target(f.sentence, lang):
        return s
    police = holds_target(f.sentence, lang, "police_targets") or holds_target(f.sentence, lang, "prison_posts")
    return replace(s, actor2=actor_for("police" if police else "military", country))


POST_STRUCK_KINDS = {"attack", "armed_clash", "air_strike", "shelling", "remote_explosive", "grenade", "suicide_bomb"}
POST_DEMONYM_REACH = 2  # words from an armed post to the demonym that gives its country ("a Russian air base")


def a_post_told_with_its_country_is_its_forces(f: MentionFacts) -> Sides:
    """ "tiré des roquettes sur une caserne israélienne", "struck a Russian air base": an armed post the
    sentence gives a nationality other than the striker's is held by that country's forces (its police for
    a police post), whatever country the event is placed in; the demonym is their evidence."""
    s, lang = f.sides, f.context.lang
    if f.kind not in POST_STRUCK_KINDS or s.actor2 is not None or not holds_target(f.sentence, lang) or \
            _positions_fired_from(f.sentence, lang):  # the positions the fire came from are not its target
        return s
    own = s.actor1 and (country_of_state_body(s.actor1.name) or s.actor1.country)
    posts = {tuple(_words_of(p)) for p in lang.roles.get("armed_targets", ())}
    words = _words_of(f.sentence)
    demonyms = lang.demonyms
    for i in range(len(words)):
        size = next((len(p) for p in posts if tuple(words[i:i + len(p)]) == p), 0)
        if not size:
            continue
        country = _demonym_beside(words, i, i + size, demonyms, lang.stopwords)
        if country and country != own:
            found = _foreign_demonym(f, own)
            police = holds_target(f.sentence, lang, "police_targets")
            if found and found[0] == country:
                return replace(s, actor2=actor_for("police" if police else "military", *found))
            return replace(s, actor2=actor_for("police" if police else "military", country))
    return s


def _demonym_beside(words: list[str], start: int, end: int, demonyms: dict[str, str], stop: frozenset[str]) -> str | None:
    """The country of a demonym among the words right before ``start`` or right after ``end``, with no
    function word between ("an Israeli army post", "une base aérienne russe"; not "a post on the Syrian border")."""
    for j in range(end, min(len(words), end + POST_DEMONYM_REACH)):
        if words[j] in demonyms:
            return demonyms[words[j]]
        if words[j] in stop:
            break
    for j in range(start - 1, max(-1, start - 1 - POST_DEMONYM_REACH), -1):
        if words[j] in demonyms:
            return demonyms[words[j]]
        if words[j] in stop:
            break
    return None


def _protest_of_a_country(f: MentionFacts) -> bool:
    return f.kind in PROTEST_KINDS and bool(f.context.country)


def crowd_is_actor1_of_a_protest(f: MentionFacts) -> Sides:
    """ACLED codes the demonstrators as actor1 of a protest; a crowd read as the one acted upon
    ("police dispersed the protesters") is turned back to the front."""
    s = f.sides
    if _protest_of_a_country(f) and s.actor2 is not None and s.actor2.inter in UNARMED and \
            (s.actor1 is None or s.actor1.inter != Inter.PROTESTERS):
        return replace(s, actor1=s.actor2, actor2=s.actor1, assoc1=s.assoc2, assoc2=s.assoc1)
    return s


def crowd_is_the_country_protesters(f: MentionFacts) -> Sides:
    """ACLED names an unnamed crowd "Protesters (country)"; the words that told of it stay its evidence."""
    s = f.sides
    if not _protest_of_a_country(f) or not (s.actor1 is None or s.actor1.inter == Inter.CIVILIANS):
        return s
    crowd = s.actor1 or _crowd_named(f)
    spans = _spans(crowd)
    country = crowd.country if crowd is not None and (crowd.inter != Inter.CIVILIANS or _names_its_country(crowd, f)
                                                      or _migrants_word(crowd.text, f.context.lang)) else None
    if crowd is not None and _foreigners(crowd, f):
        # migrants of no nationality told: ACLED's protesters of the "International" country
        return replace(s, actor1=Actor(name=acled.PROTESTERS_OF.format(country=acled.INTERNATIONAL),
                                       inter=Inter.PROTESTERS, country=_event_country(f), text=crowd.text,
                                       start=crowd.start, end=crowd.end))
    return replace(s, actor1=actor_for("protesters", country or _event_country(f), *spans))


def _foreigners(a: Actor, f: MentionFacts) -> bool:
    """Whether ``a`` is migrants whose nationality no words told ("Civilians (International)")."""
    return a.inter == Inter.CIVILIANS and a.name == acled.CIVILIANS_OF.format(country=acled.INTERNATIONAL)


def peaceful_protest_has_no_actor2(f: MentionFacts) -> Sides:
    """ACLED: nobody acted against a peaceful protest; one met with force is another sub-event type."""
    s = f.sides
    if _protest_of_a_country(f) and f.kind == "peaceful_protest":
        return replace(s, actor2=None)
    return s


def a_counter_demonstration_faces_the_protesters(f: MentionFacts) -> Sides:
    """ACLED codes a counter-demonstration with the demonstration it answers, one event with
    "Protesters (country)" on both sides (``counter_protest_cues``)."""
    s, country = f.sides, _event_country(f)
    if f.kind != "peaceful_protest" or s.actor2 is not None or not country or s.actor1 is None or \
            s.actor1.inter != Inter.PROTESTERS or not says(f.sentences or f.sentence, f.context.lang,
                                                          "counter_protest_cues"):
        return s
    return replace(s, actor2=actor_for("protesters", country))


def protesters_are_the_target_of_force(f: MentionFacts) -> Sides:
    """ACLED's "Excessive force against protesters": the protesters are actor2, the ones force was used on."""
    s = f.sides
    if f.kind != "force_against_protest" or s.actor1 is None or s.actor1.inter != Inter.PROTESTERS:
        return s
    user = s.actor2 if s.actor2 is None or s.actor2.inter != Inter.PROTESTERS else None
    return replace(s, actor1=user, actor2=s.actor1)


def unclaimed_bomb_is_an_unidentified_group(f: MentionFacts) -> Sides:
    """A bomb with no author read beside it is the armed group its sentence names ("a bomb by
    Al Shabaab militants"), else ACLED's "Unidentified Armed Group (country)". A force whose vehicle,
    convoy or patrol it hit ("au passage d'un véhicule de la Minusma") is its target, not its author."""
    s = f.sides
    if f.kind not in UNCLAIMED_KINDS or s.actor1 is not None or not f.context.country:
        return s
    riders = [a for a in f.actors if a.inter in ARMED and _rides_a_vehicle(a, f)]
    if riders and (s.actor2 is None or _same_name(s.actor2, riders[0])):
        s = replace(s, actor2=riders[0])
    named = [a for a in f.actors if a.inter in NAMED_GROUPS and a.name and not a.partisan
             and not is_unidentified_group(a.name) and not _same_name(a, s.actor2) and a not in riders]
    return replace(s, actor1=named[0] if named else actor_for("armed_group", _event_country(f)))


VEHICLE_REACH = 24  # characters: "véhicule de la " before the force, " vehicle" after it


def _rides_a_vehicle(a: Actor, f: MentionFacts) -> bool:
    """ "un véhicule de la Minusma", "a MINUSMA convoy": the force is the owner of a vehicle word
    (``vehicle_words``) right before it, joined by determiners alone, or right after it."""
    roles = f.context.lang.roles
    vehicles = set(roles.get("vehicle_words", ()))
    if not vehicles or not f.text:
        return False
    before = fold(f.text[max(0, a.start - VEHICLE_REACH):a.start]).replace("'", "' ").split()
    while before and before[-1] in roles["determiners"]:
        before.pop()
    after = fold(f.text[a.end:a.end + VEHICLE_REACH]).split()
    return bool(before) and before[-1] in vehicles or bool(after) and after[0] in vehicles


def an_unclaimed_bomb_is_the_articles_group(f: MentionFacts) -> Sides:
    """A bomb no sentence gives an author is the armed group the article names most, when it names
    one, and not one that governs on the day ("a landmine killed three children, the Taliban said"); told
    at the end so the guess joins no mentions."""
    s = f.sides
    inferred = s.actor1 is not None and is_unidentified_group(s.actor1.name) and not s.actor1.text
    if f.kind not in UNCLAIMED_KINDS or not inferred:
        return s
    groups = [n for n, _ in f.context.named_groups.most_common() if (s.actor2 is None or n != s.actor2.name)
              and dated(Actor(name=n, inter=Inter.REBEL_GROUP), f.event_date).inter != Inter.STATE_FORCES]
    if groups:
        return replace(s, actor1=Actor(name=groups[0], inter=Inter.REBEL_GROUP, country=f.context.country))
    return s


def an_unknown_weapon_is_an_unidentified_groups(f: MentionFacts) -> Sides:
    """ "Unknown missiles targeted a PMF post", "rockets of unknown origin hit the base": the sentence says
    nobody knows who fired; ACLED codes "Unidentified Armed Group (country)", and an armed actor read as
    the author is the one hit."""
    s, country = f.sides, _event_country(f)
    if f.kind not in FIRED_KINDS or not country or not _unknown_weapon(f.sentence, f.context.lang):
        return s
    a1, a2 = s.actor1, s.actor2
    if a1 is not None and is_unidentified_group(a1.name):
        return s
    if a1 is not None and a1.inter in ARMED and a2 is None:
        a2 = a1
    return replace(s, actor1=actor_for("armed_group", country), actor2=a2)


def a_launch_from_abroad_is_by_that_countrys_group(f: MentionFacts) -> Sides:
    """ "Rockets were fired from Lebanon at an Israeli position", "un drone lancé depuis le Yémen": fire with no
    author named (or only the hit country's unidentified group, a default), launched from a country other than the
    one it hit (``launch_origin`` in roles), is ACLED's "Unidentified Armed Group" of the country it came from."""
    s, country = f.sides, _event_country(f)
    defaulted = s.actor1 is not None and is_unidentified_group(s.actor1.name) and s.actor1.country == country
    if f.kind not in LAUNCHED_KINDS or s.actor1 is not None and not defaulted or not country:
        return s
    origin = _launched_from(f.sentence, f.context.lang)
    if origin is None or origin == country:
        return s
    return replace(s, actor1=actor_for("armed_group", origin))


def intercepted_fire_from_abroad_is_that_countrys_group(f: MentionFacts) -> Sides:
    """ "Air defences intercepted two rockets fired from southern Lebanon over Safed": weapons a state disrupted
    that were launched from another country (``launch_origin`` in roles), their author unnamed (only the hit
    country's unidentified group, a default), are ACLED's "Unidentified Armed Group" of the country they came
    from, as the same fire is when it lands."""
    s, country = f.sides, _event_country(f)
    a2 = s.actor2
    if f.kind not in TWO_SIDED_BY_STATE or not country or a2 is None or not is_unidentified_group(a2.name) or \
            a2.country != country:
        return s
    origin = _launched_from(f.sentence, f.context.lang)
    if origin is None or origin == country:
        return s
    return replace(s, actor2=actor_for("armed_group", origin))


def civilians_whose_holdings_a_demonym_names_are_of_its_country(f: MentionFacts) -> Sides:
    """ "Israeli settlers attacked Palestinian homes in Jerusalem": civilians struck through what they hold
    (``civilian_holdings`` in roles: homes, cars, shops, a village) that the sentence gives a demonym right before
    are of that country, not of the country the event is placed in nor the attacker's; ACLED's "Civilians
    (Palestine)"."""
    s, country, lang = f.sides, _event_country(f), f.context.lang
    a2 = s.actor2
    if f.kind not in CIVILIAN_DEFAULT_KINDS | CIVILIAN_TARGET_KINDS or a2 is None or a2.inter != Inter.CIVILIANS or \
            not country or a2.country != country or _names_its_country(a2, f):
        return s
    holdings = set(lang.roles.get("civilian_holdings", ()))
    own = s.actor1 and (country_of_state_body(s.actor1.name) or s.actor1.country)
    words = _words_of(f.sentence)
    for before, word in zip(words, words[1:]):
        held_by = lang.demonyms.get(before) if word in holdings else None
        if held_by and held_by not in (country, own):
            return replace(s, actor2=actor_for("civilians", held_by))
    return s


def civilians_a_count_names_by_demonym_are_of_its_country(f: MentionFacts) -> Sides:
    """ "Israeli police arrested two Palestinians in Haifa", "shelled Deir al-Balah, wounding five Palestinians":
    people counted by a demonym after the act's author ("two Palestinians", "three Syrian youths"; not "two Israeli
    soldiers", a word of another actor) are civilians of that country, not of the country the event is placed in
    nor the attacker's; a strike that named no target hit them when they are of the place's own country."""
    s, country, lang = f.sides, _event_country(f), f.context.lang
    a2 = s.actor2
    if not country or f.kind not in CIVILIAN_DEFAULT_KINDS | CIVILIAN_TARGET_KINDS | EXPLOSION_KINDS or \
            s.actor1 is None or not s.actor1.text or \
            a2 is not None and (a2.inter != Inter.CIVILIANS or a2.country != country or _names_its_country(a2, f)):
        return s
    folded = fold(f.sentence)
    after = folded.find(fold(s.actor1.text))
    if after < 0:
        return s
    counted = _counted_demonym(folded[after + len(s.actor1.text):], lang)
    own = country_of_state_body(s.actor1.name) or s.actor1.country
    if counted is None or counted == own or (counted != country if a2 is None else counted == country):
        return s
    return replace(s, actor2=actor_for("civilians", counted))


def _counted_demonym(folded: str, lang: LanguagePack) -> str | None:
    """The country of the first demonym a count comes right before and that names people: a plural noun no word
    of another actor follows ("killing six palestinians", "dozens of syrians"), or a word a civilian's word, a
    function word or nothing follows ("three lebanese in tyre", "two syrian children"; not "an iranian party")."""
    counts = set(lang.quantities.get("number_words", {})) | {w for w in lang.quantities.get("approximate", {}) if " " not in w}
    civilian = _civilian_words(lang)
    others = _actor_words(lang) - civilian
    joiners = set(lang.quantities.get("noun_joiners", ()))  # "dozens of syrians"
    words = _words_of(folded)
    for i, word in enumerate(words):
        country = lang.demonyms.get(word)
        if country is None or i == 0:
            continue
        count = words[i - 2] if words[i - 1] in joiners and i > 1 else words[i - 1]
        if not (count.isdigit() or count in counts):
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        plural = word.endswith("s") and word[:-1] in lang.demonyms
        if following in (civilian | lang.stopwords | {""}) or plural and following not in others:
            return country
    return None


@functools.lru_cache(maxsize=None)
def _civilian_words(lang: LanguagePack) -> frozenset[str]:
    return frozenset(fold(w) for w, kind, *_ in lang.generic_actors[0] if kind == "civilians")


@functools.lru_cache(maxsize=None)
def _actor_words(lang: LanguagePack) -> frozenset[str]:
    """Every one-word name of a generic actor ("soldiers", "gunmen", "settlers")."""
    return frozenset(fold(w) for w, *_ in lang.generic_actors[0] if " " not in w)


def fire_from_a_states_positions_is_by_its_forces(f: MentionFacts) -> Sides:
    """ "shells fired from Russian positions hit the village", "des obus tirés depuis les positions russes": fire with
    no author named (or only the hit country's unidentified group, a default) that came from the positions or the
    territory of a country the sentence names by its demonym (``launch_positions`` in roles) is that country's
    military forces': its positions are held by its army, not by an unidentified group."""
    s, country = f.sides, _event_country(f)
    defaulted = s.actor1 is not None and is_unidentified_group(s.actor1.name) and s.actor1.country == country
    if f.kind not in LAUNCHED_KINDS or s.actor1 is not None and not defaulted:
        return s
    origin = _positions_fired_from(f.sentence, f.context.lang)
    if not origin:
        return s
    return replace(s, actor1=actor_for("military", origin))


def _positions_fired_from(sentence: str, lang: LanguagePack) -> str | None:
    """The country whose positions or territory a sentence says the fire came from ("fired from Russian positions",
    "tirés depuis les positions russes"), by its demonym, or None."""
    pattern = lang.roles.get("launch_positions")
    hit = re.search(pattern, fold(sentence)) if pattern else None
    return lang.demonyms.get(hit.group("demonym")) if hit else None


def _launched_from(sentence: str, lang: LanguagePack) -> str | None:
    """The country a sentence says the fire came from ("fired from Lebanon", "tirées depuis le Liban"), or None. A
    territory that is no country's name ("rockets fired from Gaza") is the country it lies in
    (``launch_territories`` in roles)."""
    pattern = lang.roles.get("launch_origin")
    if not pattern:
        return None
    territories = lang.roles.get("launch_territories", {})
    for m in re.finditer(pattern, fold(sentence)):
        words = m.group("country").split()
        for n in range(min(len(words), 4), 0, -1):  # "the Gaza Strip", "Lebanon": the longest name that is one
            name = " ".join(words[:n])
            iso = iso_of_local_name(name, lang.code) or territories.get(name)
            if iso:
                return iso
    return None


def _unknown_weapon(sentence: str, lang: LanguagePack) -> bool:
    words = _words_of(sentence)
    text = " " + " ".join(words) + " "
    roles = lang.roles
    weapons, cues = set(roles.get("fired_weapons", ())), set(roles.get("unknown_cues", ()))
    for i, w in enumerate(words):
        if w in weapons and (cues & set(words[max(0, i - 3):i]) or
                             any(text.find(f" {w} {o} ") >= 0 for o in roles.get("unknown_origin", ()))):
            return True
    return False


def unclaimed_bomb_kills_civilians(f: MentionFacts) -> Sides:
    """A bomb that kills where no other armed actor is named kills civilians: ACLED's remote violence
    against civilians. Told at the end, so a toll told after the bomb ("The blast killed one") joins it
    whatever it hit; civilians read as its subject are left to ``remote_violence_on_civilians``."""
    s = f.sides
    if f.kind in UNCLAIMED_KINDS and s.actor2 is None and f.context.country and f.fatalities and \
            not (s.actor1 is not None and s.actor1.inter == Inter.CIVILIANS) and \
            not any(a.inter in ARMED and not _same_name(a, s.actor1) for a in f.actors):
        return replace(s, actor2=actor_for("civilians", _event_country(f)))
    return s


def arrest_is_by_state_forces(f: MentionFacts) -> Sides:
    """An arrest is made by the state's forces: the ones the article names most, else its police."""
    s, ctx = f.sides, f.context
    if f.kind != "arrest" or s.actor1 is not None or not ctx.country:
        return s
    if ctx.state_forces:
        return replace(s, actor1=Actor(name=_main(ctx.state_forces), inter=Inter.STATE_FORCES, country=ctx.country))
    return replace(s, actor1=actor_for("police", _event_country(f)))


def seized_weapons_are_the_main_group(f: MentionFacts) -> Sides:
    """A seizure of weapons has two sides: the state takes them from the group the article is about."""
    s, ctx = f.sides, f.context
    if f.kind in TWO_SIDED_BY_STATE and s.actor1 is not None and s.actor1.inter == Inter.STATE_FORCES and \
            s.actor2 is None and ctx.named_groups:
        return replace(s, actor2=Actor(name=_main(ctx.named_groups), inter=Inter.REBEL_GROUP, country=ctx.country))
    return s


def state_fights_the_main_group(f: MentionFacts) -> Sides:
    """A battle has two sides: the state's forces fight the armed group the article names most, unless they
    fight alongside it ("troops fighting alongside the M23 rebels": an associate is no opponent)."""
    s, ctx = f.sides, f.context
    if f.kind in BATTLE_KINDS and s.actor1 is not None and s.actor1.inter == Inter.STATE_FORCES and \
            s.actor2 is None and ctx.named_groups:
        name = _main(ctx.named_groups)
        if name != s.actor1.name and not any(a.name == name for a in s.assoc1):
            return replace(s, actor2=Actor(name=name, inter=Inter.REBEL_GROUP, country=ctx.country))
    return s


def states_fight_each_other(f: MentionFacts) -> Sides:
    """A battle of a state's forces in an article naming no armed group is a war between states: the
    other side is the other state's forces the article names most."""
    s, ctx = f.sides, f.context
    if f.kind in BATTLE_KINDS and s.actor1 is not None and s.actor1.inter == Inter.STATE_FORCES and \
            s.actor2 is None and not ctx.named_groups:
        other = [n for n, _ in ctx.state_forces.most_common() if _state_of(n) != _state_of(s.actor1.name)]
        if other:
            return replace(s, actor2=Actor(name=other[0], inter=Inter.STATE_FORCES, country=ctx.country))
    return s


def an_invader_fights_the_host_state(f: MentionFacts) -> Sides:
    """A battle a foreign state's military fights in another country, against no one the article names, is
    fought against that country's military ("Russian forces captured the village" in Ukraine)."""
    s, country = f.sides, _event_country(f)
    a1 = s.actor1
    if f.kind not in BATTLE_KINDS or a1 is None or state_kind(a1) != "military" or s.actor2 is not None or \
            not country or f.context.named_groups or f.context.state_forces and len(f.context.state_forces) > 1:
        return s
    own = country_of_state_body(a1.name)
    if own is None or own == country:
        return s
    return replace(s, actor2=actor_for("military", country))


def a_force_at_home_fighting_no_one_named_fights_an_unidentified_group(f: MentionFacts) -> Sides:
    """ "a policeman was killed in an ambush": a clash of a state's own forces at home, in an article that names
    no armed group and no other state's forces, was fought against ACLED's "Unidentified Armed Group
    (country)"."""
    s, country = f.sides, _event_country(f)
    a1 = s.actor1
    if f.kind != "armed_clash" or a1 is None or a1.inter != Inter.STATE_FORCES or s.actor2 is not None or \
            not country or f.context.named_groups or country_of_state_body(a1.name) != country or \
            any(_state_of(n) != _state_of(a1.name) for n in f.context.state_forces) or _foreign_state(f, country):
        return s
    return replace(s, actor2=actor_for("armed_group", country))


def group_fights_the_state(f: MentionFacts) -> Sides:
    """A battle has two sides: a non-state side fights the state's forces the article names most. Ground
    is taken from the forces of its own country, not from a foreign force that only struck elsewhere
    ("rebels captured Aleppo ... Russian warplanes struck Idlib"): with none of them named, the next rule
    gives it to the country's military."""
    s, ctx = f.sides, f.context
    if f.kind in BATTLE_KINDS and s.actor1 is not None and s.actor1.inter != Inter.STATE_FORCES and \
            s.actor2 is None and ctx.state_forces:
        name = _main(ctx.state_forces)
        country = _event_country(f) if f.kind in TERRITORY_KINDS else None
        if country and country_of_state_body(name) not in (None, country):
            own = [n for n, _ in ctx.state_forces.most_common() if country_of_state_body(n) == country]
            if not own:
                return s
            name = own[0]
        if name != s.actor1.name:
            return replace(s, actor2=Actor(name=name, inter=Inter.STATE_FORCES, country=ctx.country))
    return s


def a_handed_over_place_goes_to_its_recipient(f: MentionFacts) -> Sides:
    """ACLED's non-violent transfer of territory names first the side that acquires the place: "French
    forces handed the base over to the Malian army" is the Malian army's (actor1), taken from the French
    (actor2). The recipient is the side a recipient word (``recipient_words``: "to", "aux") introduces."""
    s = f.sides
    a1, a2 = s.actor1, s.actor2
    at = f.sentence.find(a2.text) if a2 is not None and a2.text else -1
    if f.kind != "territory_transfer" or a1 is None or at < 0 or a1.start > a2.start:
        return s
    before = plain_words(f.sentence[max(0, at - 12):at])
    if any(before[-len(w):] == w for w in map(plain_words, f.context.lang.roles.get("recipient_words", ()))):
        return replace(s, actor1=a2, actor2=a1, assoc1=s.assoc2, assoc2=s.assoc1)
    return s


def territory_is_taken_from_the_state(f: MentionFacts) -> Sides:
    """Territory an armed group takes from no one named, with or without a fight, is taken from the
    country's military ("M23 rebels took control of the town"), as ACLED codes it; territory the state
    takes from no one named is taken from the armed group the article names most, not one that backed the
    state, or else from the foreign state whose forces hold part of the country that day
    (``foreign_holders.tsv``)."""
    s, country = f.sides, _event_country(f)
    a1 = s.actor1
    if f.kind not in TERRITORY_KINDS or a1 is None or s.actor2 is not None or not country:
        return s
    if a1.inter in NON_STATE_ARMED and not is_unidentified_group(a1.name):
        return replace(s, actor2=actor_for("military", country))
    backers = {a.name for a in s.assoc1}  # "the army supported by Fano militia retook X": Fano took it too
    groups = [n for n, _ in f.context.named_groups.most_common() if n != a1.name and n not in backers]
    if a1.inter == Inter.STATE_FORCES and groups:
        return replace(s, actor2=Actor(name=groups[0], inter=Inter.REBEL_GROUP, country=f.context.country))
    holder = foreign_holder(country, f.event_date) if a1.inter == Inter.STATE_FORCES and a1.country == country else None
    if holder is not None and holder != country:  # "Ukrainian forces retook Klishchiivka": from Russia's forces
        return replace(s, actor2=actor_for("military", holder))
    return s


def remnants_of_war_were_left_by_unidentified_forces(f: MentionFacts) -> Sides:
    """ACLED codes a mine or shell a past war left behind ("Explosive remnants of war:") as laid by
    "Unidentified Military Forces", unless a state's forces are named, and the people it hurt as
    "Civilians (country)"."""
    s, country = f.sides, _event_country(f)
    if f.kind != "remnant_of_war":
        return s
    a1, a2 = s.actor1, s.actor2
    if a1 is not None and a1.inter == Inter.CIVILIANS and a2 is None:
        a1, a2 = None, a1  # "a farmer stepped on a mine": the farmer was hurt
    if a2 is not None and a2.inter == Inter.STATE_FORCES and (a1 is None or a1.inter != Inter.STATE_FORCES):
        a1, a2 = a2, None  # "a shell left by Russian forces": they left it
    if a1 is None or a1.inter != Inter.STATE_FORCES:
        a1 = Actor(UNIDENTIFIED_MILITARY, Inter.EXTERNAL_FORCES, None, *_spans(a1))
    if a2 is None and country:
        a2 = actor_for("civilians", country)
    return replace(s, actor1=a1, actor2=a2)


def aid_goes_to_civilians(f: MentionFacts) -> Sides:
    """Aid no one is named as receiving goes to the civilians of the place it reached (PLOVER's AID)."""
    s = f.sides
    if f.kind != "aid" or s.actor2 is not None:
        return s
    country = f.place.country if f.place else f.context.country
    return replace(s, actor2=actor_for("civilians", country)) if country else s


def a_monitors_exchange_of_fire_is_between_the_fronts_sides(f: MentionFacts) -> Sides:
    """ "The OSCE SMM observed 19 shots of small-arms fire near X": fire a ceasefire monitor reports with
    no side named was exchanged across the front it watches (``monitored_fronts.tsv``); ACLED codes the
    clash between the front's two sides."""
    s = f.sides
    if f.kind != "armed_clash" or s.actor1 is not None or s.actor2 is not None:
        return s
    front = monitored_front(_event_country(f), " ".join(_words_of(f.sentence)))
    return s if front is None else replace(s, actor1=front[0], actor2=front[1])


def a_monitors_explosions_came_from_across_the_front(f: MentionFacts) -> Sides:
    """ "The OSCE SMM observed 8 explosions near X": explosions a ceasefire monitor reports with no side
    named were fired across the front it watches; ACLED codes the side facing the ground they fell
    on (``front_areas.tsv``): the front's second side where the first holds that ground, else the first."""
    s = f.sides
    unnamed = s.actor1 is None or is_unidentified_group(s.actor1.name) and not s.actor1.text
    if f.kind not in FIRED_KINDS or not unnamed or s.actor2 is not None:
        return s
    country = _event_country(f)
    front = monitored_front(country, " ".join(_words_of(f.sentence)))
    if front is None:
        return s
    place = f.place
    held = front_area_holder(country, place.lat, place.lon) if place is not None else None
    return replace(s, actor1=front[1] if held == front[0].name else front[0])


def the_leading_force_of_a_joint_operation_is_actor1(f: MentionFacts) -> Sides:
    """ "Police officers and soldiers seized a drug laboratory" in Mexico: where ACLED names one state force
    first in an operation several carry out (``joint_operations.tsv``), it is actor1 whatever the
    report's order, and the force named first is associated with it."""
    s = f.sides
    a1 = s.actor1
    lead = leading_force(_event_country(f))
    if lead is None or a1 is None or a1.inter != Inter.STATE_FORCES or _force_body(a1) == lead:
        return s
    state = country_of_state_body(a1.name)
    first = next((a for a in s.assoc1 if _force_body(a) == lead and country_of_state_body(a.name) == state), None)
    if first is None:  # "soldiers and officials of the prosecutor's office (ministerial police) arrested"
        first = next((a for a in f.actors if _force_body(a) == lead and country_of_state_body(a.name) == state
                      and not _same_name(a, s.actor2) and a.start < a1.start), None)
        if first is None:
            return s
        return replace(s, actor1=first, assoc1=(a1, *s.assoc1))
    return replace(s, actor1=first, assoc1=(a1, *(a for a in s.assoc1 if a is not first)))


def the_host_states_forces_lead_the_allies_told_with_them(f: MentionFacts) -> Sides:
    """ "Mozambican and Rwandan troops killed insurgents near Mocimboa da Praia": the forces of several states
    told in one phrase act together, and ACLED names those of the state where the event took place actor1,
    the foreign ones its associates, whatever order the phrase lists them in."""
    s = f.sides
    a1, country = s.actor1, _event_country(f)
    if a1 is None or a1.inter != Inter.STATE_FORCES or not country or a1.country == country:
        return s
    if s.actor2 is not None and s.actor2.inter == Inter.STATE_FORCES and s.actor2.country == country:
        return s  # "Armenian and Azerbaijani forces clashed near Tegh": the host's forces are already the foe
    host = next((a for a in s.assoc1 if a.inter == Inter.STATE_FORCES and a.country == country
                 and (a.start, a.end) == (a1.start, a1.end)), None)
    if host is None:
        return s
    return replace(s, actor1=host, assoc1=(a1, *(a for a in s.assoc1 if a is not host)))


def _force_body(a: Actor) -> str | None:
    """ "military" or "police": the kind of state force an ACLED name is, with its unit or without."""
    for kind, prefix in (("military", "Military Forces of "), ("police", "Police Forces of ")):
        if a.name.startswith(prefix):
            return kind
    return None


def protesters_acted_upon_outside_a_demonstration_are_civilians(f: MentionFacts) -> Sides:
    """ACLED names a crowd "Protesters" only in the demonstration it holds: people stopped on their way
    to a rally, or hit by an act that is no demonstration, are "Civilians (country)"."""
    s = f.sides
    a2 = s.actor2
    if f.kind in DEMONSTRATION_KINDS or a2 is None or a2.inter != Inter.PROTESTERS:
        return s
    country = a2.country or _event_country(f)
    return s if not country else replace(s, actor2=actor_for("civilians", country, *_spans(a2)))


def an_unsigned_bomb_threat_is_by_a_sole_perpetrator(f: MentionFacts) -> Sides:
    """A bomb threat no one is named for (a call, an email to a school) is ACLED's "Sole Perpetrator
    (country)" against "Civilians (country)" (``threat_cues`` in roles); civilians read as its actor1
    (the school's pupils) are the ones threatened."""
    s, country = f.sides, _event_country(f)
    threatened = s.actor1 is not None and s.actor1.inter == Inter.CIVILIANS and s.actor2 is None
    if f.kind != "other_strategic" or s.actor1 is not None and not threatened or not country or \
            not _cued(f, "threat_cues"):
        return s
    a2 = s.actor1 if threatened else s.actor2 if s.actor2 is not None else actor_for("civilians", country)
    return replace(s, actor1=actor_for("sole_perpetrator", country), actor2=a2)


def _event_country(f: MentionFacts) -> str | None:
    """The country of the event: its place's, else the article's."""
    return (f.place.country if f.place is not None and f.place.country else None) or f.context.country


def _country_of_name(name: str) -> str | None:
    """The country an ACLED name ends with ("Settlers (Israel)" -> "IL"), or None."""
    m = NAME_COUNTRY.search(name)
    return iso_of_country_name(m.group(1)) if m else None


def _crowd_named(f: MentionFacts) -> Actor | None:
    """The protesters or rioters the mention's sentence names ("Palestinian rioters"), if any."""
    return next((a for a in f.actors if a.inter in (Inter.PROTESTERS, Inter.RIOTERS)), None)


def _is_crowd(a: Actor | None) -> bool:
    return a is not None and a.inter in CROWDS


def the_group_a_mobs_victim_is_suspected_of_serving_is_no_side(f: MentionFacts) -> Sides:
    """ "Residents lynched a man they suspected of collaborating with the ADF", "a mob beat to death a man accused
    of spying for al-Shabaab": the group names what the victim was suspected of (``suspicion_cues`` in the words
    just before it), not a side of the mob's violence; ACLED codes the victim "Civilians (country)", and the people
    who punished him, where read as civilians, "Rioters (country)"."""
    s, country = f.sides, _event_country(f)
    if f.kind != "mob_violence" or not country:
        return s
    cues = f.context.lang.roles.get("suspicion_cues", ())
    for side in ("actor1", "actor2"):
        a = getattr(s, side)
        if a is None or not a.text or a.inter not in NON_STATE_ARMED:
            continue
        at = f.sentence.find(a.text)
        before = f" {' '.join(_words_of(f.sentence[:at])[-SUSPICION_REACH:])} " if at >= 0 else ""
        if any(f" {c} " in before for c in cues):
            other = s.actor2 if side == "actor1" else s.actor1
            if other is not None and other.inter == Inter.CIVILIANS:  # "residents lynched": the people are the mob
                other = actor_for("rioters", country, *_spans(other))
            return replace(s, actor1=other, actor2=actor_for("civilians", country, *_spans(a)))
    return s


def the_armed_side_acts_on_civilians(f: MentionFacts) -> Sides:
    """In violence against civilians the armed side acts: an armed actor read as the one acted upon
    ("a farmer was kidnapped by gunmen", "migrants were detained by the army") is actor1. A rebel
    group or militia read as the one arrested ("members of the PKK were detained") is who was
    arrested: ACLED's arrests are made by a state, a group's detentions are abductions told as such."""
    s = f.sides
    if f.kind == "arrest" and s.actor1 is None and s.actor2 is not None and s.actor2.inter in NON_STATE_ARMED:
        return s
    if f.kind in CIVILIAN_TARGET_KINDS and s.actor2 is not None and s.actor2.inter in ARMED and \
            (s.actor1 is None or s.actor1.inter == Inter.CIVILIANS):
        if s.actor1 is None and f.kind in TAKEN_PEOPLE_KINDS and s.actor2.inter == Inter.STATE_FORCES:
            return s  # "two policemen were abducted": the force is who was taken, its taker unnamed
        return replace(s, actor1=s.actor2, actor2=s.actor1, assoc1=s.assoc2, assoc2=s.assoc1)
    return s


def suspects_of_a_group_are_civilians(f: MentionFacts) -> Sides:
    """People arrested or abducted "on suspicion of funding the group", "relatives of a rebel commander":
    the group names what they are suspected of or whose kin they are, not who they are; ACLED codes
    them "Civilians (country)". So are people killed by a group "accused of spying for the government":
    the state they are said to serve is no side, and the killing is an attack, not a battle."""
    s, country = f.sides, _event_country(f)
    a2 = s.actor2
    if a2 is None or not a2.text or not country:
        return s
    if not (f.kind in SUSPECT_KINDS and a2.inter in NON_STATE_ARMED or
            f.kind == "attack" and a2.inter in ARMED and s.actor1 is not None and s.actor1.inter in ARMED):
        return s
    at = f.sentence.find(a2.text)
    before = _words_of(f.sentence[:at])[-SUSPICION_REACH:] if at >= 0 else []
    cues = f.context.lang.roles.get("suspicion_cues", ())
    if any(" ".join(before[i:i + len(c.split())]) == c for c in cues for i in range(len(before))):
        return replace(s, actor2=actor_for("civilians", country))
    return s


def critics_of_the_government_are_civilians(f: MentionFacts) -> Sides:
    """ "Police arrested a blogger for criticising the government": the government is what the person spoke
    against (``criticism_cues`` in the words just before it), not a side taken; ACLED codes the person
    arrested or abducted as "Civilians (country)"."""
    s, country = f.sides, _event_country(f)
    a2 = s.actor2
    if f.kind not in SUSPECT_KINDS or a2 is None or not a2.text or not country or \
            not a2.name.startswith("Government of "):
        return s
    at = f.sentence.find(a2.text)
    before = " ".join(_words_of(f.sentence[:at])[-SUSPICION_REACH:]) if at >= 0 else ""
    cues = f.context.lang.roles.get("criticism_cues", ())
    if any(re.search(rf"(?:^| ){re.escape(c)}(?: |$)", before) for c in cues):
        return replace(s, actor2=actor_for("civilians", country))
    return s


def _words_of(text: str) -> list[str]:
    return re.sub(r"[^\w'-]+", " ", fold(text)).split()


def violence_against_civilians_names_its_target(f: MentionFacts) -> Sides:
    """ACLED names the target of an abduction, a sexual assault, a looting, an arrest or a lynching,
    and of a riot that hit people or their property: with no other side named it is "Civilians (country)";
    a riot told as a clash, or as people acting on each other, was fought by rioters on both sides."""
    s, country = f.sides, _event_country(f)
    # the crowd's own words are no target: "residents blocked roads with burning tyres"
    crowd = s.actor1.text if s.actor1 is not None and s.actor1.text else None
    if crowd and f.demonstrated:  # nor are its home and its grievance: "protesting the eviction of Torre residents"
        sentence = _without_the_grievance(_without_the_crowds_home(f.sentence, crowd, f.context.lang),
                                         f.context.lang)
    else:
        sentence = f.sentence.replace(crowd, " ") if crowd else f.sentence
    on_people = f.kind in CIVILIAN_TARGET_KINDS or f.kind in RIOT_KINDS and (
        not f.demonstrated or _civilian_target(sentence, f.context.lang) or
        _civilian_target(f.sentences or f.sentence, f.context.lang, "riot_property"))
    if on_people and s.actor2 is None and country and not (s.actor1 is not None and s.actor1.inter == Inter.CIVILIANS):
        if f.kind in RIOT_KINDS and ("armed_clash" in f.joined_kinds or _reciprocal(f)):
            force = _force_told(f, country)
            if force is not None:  # "a clash ensued between the demonstrators and the police": the force fought
                return replace(s, actor2=force)
            return replace(s, actor2=actor_for("rioters", country))  # two crowds clashed: rioters on both sides
        return replace(s, actor2=actor_for("civilians", _owners(f) or country))
    return s


def _without_the_crowds_home(sentence: str, crowd: str, lang: LanguagePack) -> str:
    """ "residents of the Torre neighborhood blocked a road", "Pitimbu neighbourhood residents": the place the
    crowd lives in (``crowd_homes`` in roles, just after one of ``crowd_home_links`` behind the crowd or just before
    it) says who the crowd is, not what it hit; the sentence without the crowd and its home."""
    homes = "|".join(re.escape(h) for h in lang.roles.get("crowd_homes", ()))
    links = "|".join(re.escape(h) for h in lang.roles.get("crowd_home_links", ())) or "(?!)"
    if not homes:
        return sentence.replace(crowd, " ")
    folded = fold(sentence)
    at = folded.find(fold(crowd))
    if at < 0:
        return sentence.replace(crowd, " ")
    end = at + len(crowd)
    after = re.match(rf"\s+(?:{links})\s+(?:[\w'-]+\s+){{0,4}}?(?:{homes})(?!\w)", folded[end:])
    before = re.search(rf"(?<!\w)(?:{homes})\s+$", folded[:at])
    start = before.start() if before else at
    return sentence[:start] + " " + sentence[end + (after.end() if after else 0):]


def _without_the_grievance(sentence: str, lang: LanguagePack) -> str:
    """A demonstration's sentence without what its crowd protested, each grievance (``grievance_openers``: "to
    demand repairs to a school", "against the closure of the market") to the end of its clause or to a word of the
    crowd's own violence (``riot_acts``: "protesting against the eviction set fire to houses"): the people and
    places of the grievance are no target."""
    folded = fold(sentence)
    openers, stop = _grievance_patterns(tuple(lang.roles.get("grievance_openers", ())),
                                        tuple(lang.roles.get("riot_acts", ())))
    cuts = sorted((m.start(), next((x.start() + m.end() for x in [stop.search(folded[m.end():])] if x), len(folded)))
                  for m in openers.finditer(folded))
    out, at = [], 0
    for start, end in cuts:
        if start >= at:
            out.append(sentence[at:start])
            at = end
    return " ".join(out + [sentence[at:]])


@functools.lru_cache(maxsize=8)
def _grievance_patterns(openers: tuple[str, ...], acts: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """A language's grievance openers as one pattern, and what ends a grievance (a clause's end, a riot's act)."""
    opening = "|".join(re.escape(c) for c in sorted(openers, key=len, reverse=True)) or "(?!)"
    acting = "|".join(re.escape(a) for a in acts)
    return (re.compile(rf"(?<!\w)(?:{opening})(?!\w)(?!\s+\d)"),
            re.compile(rf"[,;:.!?()]|(?<!\w)(?:{acting})(?!\w)" if acting else r"[,;:.!?()]"))


def a_riot_told_as_a_clash_with_a_force_is_fought_by_it(f: MentionFacts) -> Sides:
    """A demonstration that turned into a clash with the one state force its sentences name ("a clash
    ensued between the demonstrators and the police") was fought by that force: ACLED's actor2."""
    s, country = f.sides, _event_country(f)
    if f.kind not in RIOT_KINDS or s.actor2 is not None or not country or \
            not ("armed_clash" in f.joined_kinds or _reciprocal(f)) or \
            s.actor1 is None or s.actor1.inter not in (Inter.RIOTERS, Inter.PROTESTERS):
        return s
    force = _force_told(f, country)
    return s if force is None else replace(s, actor2=force)


def an_attack_names_its_civilian_target(f: MentionFacts) -> Sides:
    """ACLED's "Attack" is violence against civilians and always names its target: an attack coded with
    no second side, by anyone but a crowd, is on "Civilians (country)"; and its author, when no one is
    named ("the men had been shot"), is "Unidentified Armed Group (country)"."""
    s, country = f.sides, _event_country(f)
    if f.kind != "attack" or s.actor2 is not None or not country or \
            s.actor1 is not None and s.actor1.inter in (Inter.RIOTERS, Inter.PROTESTERS, Inter.CIVILIANS):
        return s
    return replace(s, actor1=s.actor1 or actor_for("armed_group", country), actor2=actor_for("civilians", country))


def _force_told(f: MentionFacts, country: str) -> Actor | None:
    """The one state force the mention's sentences name, not as only coming to the scene, or None."""
    found = [a for a in find_actors(f.sentences or f.sentence, f.context.lang, country)
             if a.inter == Inter.STATE_FORCES and a.name and not a.partisan]
    names = {a.name for a in found}
    if len(names) != 1:
        return None
    cues = set(f.context.lang.roles.get("bystander_cues", ()))
    said = " ".join(_words_of(f.sentences or f.sentence))
    word = " ".join(_words_of(found[0].text))
    if any(re.search(rf"(?<!\S){re.escape(word)} {re.escape(cue)}(?!\S)", said) for cue in cues):
        return None
    return replace(found[0], start=-1, end=-1)


def seized_drugs_belong_to_a_gang(f: MentionFacts) -> Sides:
    """ACLED codes state forces destroying or seizing drug crops, drugs or a drug laboratory as property
    destruction against "Unidentified Gang (country)", the owners of the crop, not against civilians."""
    s, country = f.sides, _event_country(f)
    if f.kind != "property_destruction" or s.actor2 is not None or not country or \
            s.actor1 is None or s.actor1.inter != Inter.STATE_FORCES:
        return s
    if not set(_words_of(f.sentence)) & set(f.context.lang.roles.get("drug_property", ())):
        return s
    return replace(s, actor2=actor_for("gang", country))


def _owners(f: MentionFacts) -> str | None:
    """The country of the people whose property the sentence says it was ("a Palestinian-owned shed")."""
    demonyms = f.context.lang.demonyms
    for suffix in f.context.lang.roles.get("owner_suffixes", ()):
        for m in re.finditer(rf"([\w'-]+?){re.escape(suffix)}\b", fold(f.sentence)):
            if m.group(1) in demonyms:
                return demonyms[m.group(1)]
    return None


def herders_and_farmers_who_fight_are_communal_militias(f: MentionFacts) -> Sides:
    """ACLED codes the violence of the herder-farmer conflicts between communal militias, not crowds:
    herders and farmers who clash ("farmers and herders clashed") are each side's communal militia, and
    herders who attack anyone (farmers, a village, its residents) are the attacking one, and herders of a
    named people who clash with one armed side are their militia facing it; a militia is named after the
    people told beside it ("Fulani herders": "Fulani Ethnic Militia (country)")."""
    s, country = f.sides, _event_country(f)
    if not country or f.kind not in BATTLE_KINDS | CIVILIAN_DEFAULT_KINDS:
        return s
    herders, farmers = livelihood_sides(f.actors, f.context.lang)
    if not herders:
        return s
    text, lang = f.context.article.text, f.context.lang
    if f.kind in BATTLE_KINDS:
        peoples = herders_of_two_peoples(herders[0], text, lang)
        if not farmers and peoples and not any(a is not None and a.inter in ARMED for a in (s.actor1, s.actor2)):
            return replace(s, actor1=_peoples_militia(herders[0], peoples[0], country),
                           actor2=_peoples_militia(herders[0], peoples[1], country))
        if not farmers:
            return _herders_of_a_people_face_an_armed_side(s, herders[0], country, text, lang)
        first, second = sorted((herders[0], farmers[0]), key=lambda a: a.start)
        return replace(s, actor1=_communal(first, country, text, lang), actor2=_communal(second, country, text, lang))
    if s.actor1 is not None and s.actor1.text in {a.text for a in herders}:
        return replace(s, actor1=_communal(s.actor1, country, text, lang),
                       actor2=s.actor2 or actor_for("civilians", country))
    return s


def _herders_of_a_people_face_an_armed_side(s: Sides, herders: Actor, country: str, text: str,
                                            lang: LanguagePack) -> Sides:
    """Herders of a people named beside them who clash with one armed side ("Turkana herders clashed with
    Pokot raiders") fight it as their people's militia; herders of no people named are a battle's toll."""
    militia = _communal(herders, country, text, lang)
    armed = [a for a in (s.actor1, s.actor2) if a is not None]
    if ETHNIC_MILITIA not in militia.name or len(armed) != 1 or armed[0].inter not in ARMED or \
            armed[0].name == militia.name:
        return s
    first, second = sorted((militia, armed[0]), key=lambda a: a.start)
    return replace(s, actor1=first, actor2=second)


def herders_of_two_peoples(herders: Actor, text: str, lang: LanguagePack) -> tuple[str, str] | None:
    """ "Dinka and Nuer herders fought", "des éleveurs peuls et dogons": the two peoples, as ACLED writes them,
    joined right before the herders' word or right after it, who are the two sides of their fight; None when
    no two peoples are named so."""
    reach = 2 * ETHNIC_LOOKBACK_CHARS
    before = text[max(0, herders.start - reach):herders.start].split()[-3:] if herders.start > 0 else []
    after = text[herders.end:herders.end + reach].split()[:3]
    for words in (before, after):
        if len(words) != 3 or fold(words[1]) not in lang.conjunctions:
            continue
        first, second = (ethnic_group(w.strip(".,;:!?()«»\""), lang) for w in (words[0], words[2]))
        if first and second and first != second:
            return first, second
    return None


def _peoples_militia(a: Actor, people: str | None, country: str) -> Actor:
    """The ethnic militia of ``people`` in ``country``, told by ``a``'s words ("Fulani Ethnic Militia (Nigeria)"), or
    ACLED's unidentified communal militia when no people is named."""
    militia = actor_for("communal_militia", country, *_spans(a))
    if people is None:
        return militia
    return replace(militia, name=militia.name.replace("Unidentified Communal Militia", f"{people} Ethnic Militia"))


def livelihood_sides(actors, lang: LanguagePack) -> tuple[list[Actor], list[Actor]]:
    """The herders and the farmers a sentence's ``actors`` name as crowds or civilians (``herder_words``,
    ``farmer_words`` in the language's roles, words or phrases: "cattle keepers"): the two sides of a herder-farmer
    conflict."""
    crowds = [(a, _padded(a.text)) for a in actors if a.inter in CROWDS]
    return tuple([a for a, padded in crowds if any(w in padded for w in _padded_all(tuple(lang.roles.get(key, ()))))]
                 for key in ("herder_words", "farmer_words"))


@functools.lru_cache(maxsize=64)
def _padded_all(words: tuple[str, ...]) -> tuple[str, ...]:
    """Words and phrases folded and padded as ``_padded`` pads a text, once per list."""
    return tuple(_padded(w) for w in words)


def _communal(a: Actor, country: str, text: str, lang: LanguagePack) -> Actor:
    """The communal militia of the people ``a`` tells of: the ethnic group named right before or after
    them ("Fulani herders", "des éleveurs peuls") names an ethnic militia, else ACLED's unidentified
    communal militia."""
    before = text[max(0, a.start - ETHNIC_LOOKBACK_CHARS):a.start].split() if a.start > 0 else []
    after = text[a.end:a.end + ETHNIC_LOOKBACK_CHARS].split()
    words = (w.strip(".,;:!?()«»\"") for w in before[-1:] + a.text.split() + after[:1])
    group = next((g for w in words if (g := ethnic_group(w, lang))), None)
    return _peoples_militia(a, group, country)


def a_beating_by_no_armed_group_is_mob_violence(f: MentionFacts) -> Sides:
    """ACLED: people beaten, stabbed or assaulted by no armed group, with no gun or bomb told, is
    mob violence: "Rioters (country)" acted, not an unidentified armed group, on "Civilians (country)"
    when no one else is named."""
    s, country = f.sides, _event_country(f)
    a1 = s.actor1
    if f.kind != "attack" or not country or a1 is not None and (a1.inter in ARMED or a1.text or a1.partisan) \
            and a1.inter not in CROWDS and not _unknown_people(a1, f.context.lang):
        return s
    roles = f.context.lang.roles
    words = _words(f.sentence)
    if not (words & set(roles.get("bodily_violence", ())) or a1 is None and _a_crowd_acts(f.sentence, roles)) or \
            words & set(roles.get("weapon_cues", ())):
        return s
    crowd = a1 if a1 is not None and a1.text else None
    spans = _spans(crowd)
    target = s.actor2 if s.actor2 is not None else actor_for("civilians", country)  # the one beaten
    lone = _lone_knifeman(crowd, f, country) if crowd is not None else None
    if lone is not None:  # "a man stabbed two people outside a mosque": one man with a knife is no mob
        return replace(s, actor1=lone, actor2=target)
    return replace(s, actor1=actor_for("rioters", country, *spans), actor2=target)


CROWD_ACT_REACH = 3  # "a crowd of angry residents attacked": the act follows the crowd's word within a few words


def _a_crowd_acts(sentence: str, roles: dict) -> bool:
    """ "a crowd attacked a hotel housing asylum seekers": a word of a crowd (``crowd_words``) followed within a few
    words by one of its own violent acts (``riot_acts``) names who attacked, though no actor is read from it."""
    crowds, acts = tuple(roles.get("crowd_words", ())), tuple(roles.get("riot_acts", ()))
    return bool(crowds and acts) and _crowd_act_pattern(crowds, acts).search(_padded(sentence)) is not None


@functools.lru_cache(maxsize=8)
def _crowd_act_pattern(crowds: tuple[str, ...], acts: tuple[str, ...]) -> re.Pattern:
    """A language's crowd words, a few words, then one of its riot acts: compiled once per language."""
    return re.compile(rf" (?:{'|'.join(map(re.escape, crowds))})(?: [\w-]+){{0,{CROWD_ACT_REACH}}}? "
                      rf"(?:{'|'.join(map(re.escape, acts))}) ")


def _lone_knifeman(a: Actor, f: MentionFacts, country: str) -> Actor | None:
    """One person (``one_person``, after a word of ``one_person_openers``: "a man", not "the men" nor "a crowd")
    who stabbed or drew a knife (``blade_cues``): ACLED codes the lone assailant's stabbing an attack by the name
    the language's word for a lone armed man has in the country, not a mob's violence; None otherwise."""
    if not _words(f.sentence) & set(f.context.lang.roles.get("blade_cues", ())) or not _one_person(a, f):
        return None
    return _as_lone_attacker(a, f, country)


def _one_person(a: Actor, f: MentionFacts) -> bool:
    """Whether ``a`` is told as one person (``one_person``, after a word of ``one_person_openers``: "a man", not
    "the men" nor "a crowd")."""
    roles = f.context.lang.roles
    words, openers = _words_of(a.text), roles.get("one_person_openers", ())
    if not words or len(words) > 2 or words[-1] not in roles.get("one_person", ()):
        return False
    said = [words] if len(words) == 2 else re.findall(rf"(?<!\w)(\w+) {re.escape(words[0])}(?!\w)", fold(f.sentence))
    return bool(said) and all((w[0] if isinstance(w, list) else w) in openers for w in said)


LONE_WRECKING_KINDS = {"property_destruction", "grenade"}  # acts one person does alone, no crowd's nor a civilian's


def one_person_who_wrecks_or_throws_a_grenade_is_a_lone_perpetrator(f: MentionFacts) -> Sides:
    """ "a man set fire to the governor's residence", "a man lobbed a grenade over a police station's wall": ACLED
    names no civilian as the author of an arson or a grenade; one person told as such is the lone attacker of the
    country ("Sole Perpetrator (United States)", elsewhere an unidentified armed group), and a force whose post he
    struck is his target."""
    s, country = f.sides, _event_country(f)
    a1, a2 = s.actor1, s.actor2
    if f.kind not in LONE_WRECKING_KINDS or not country:
        return s
    if a1 is not None and a1.inter == Inter.CIVILIANS and _one_person(a1, f):
        return replace(s, actor1=_as_lone_attacker(a1, f, country))
    if a2 is not None and a2.inter == Inter.CIVILIANS and _one_person(a2, f) and a1 is not None and \
            a1.inter == Inter.STATE_FORCES and not a1.text:
        return replace(s, actor1=_as_lone_attacker(a2, f, country), actor2=a1)
    return s


def a_crowd_that_attacks_is_rioters(f: MentionFacts) -> Sides:
    """ACLED codes violence by a crowd no one arms ("residents attacked police officers") as mob violence
    (the taxonomy's ``by_crowd``), and a mob that attacks is "Rioters (country)", not the civilians it is
    made of; with no one else named, the one it attacked is "Civilians (country)"."""
    s, country = f.sides, _event_country(f)
    a1 = s.actor1
    if not country or a1 is None or a1.inter != Inter.CIVILIANS or not kinds().get(f.kind, {}).get("by_crowd"):
        return s
    target = s.actor2 if s.actor2 is not None else actor_for("civilians", country)
    lone = _lone_armed_attacker(a1, f, country)
    if lone is not None:  # "a man shot three people": one armed person is no crowd
        return replace(s, actor1=lone, actor2=target)
    return replace(s, actor1=actor_for("rioters", a1.country or country, *_spans(a1)), actor2=target)


def a_partys_people_a_mob_attacked_are_civilians(f: MentionFacts) -> Sides:
    """ "ZANU-PF supporters attacked CCC activists": the members of a party a mob beat are, to ACLED,
    "Civilians (country)" with their party beside them, not the party at war; a clash of two crowds
    stays theirs."""
    s, country = f.sides, _event_country(f)
    a1, a2 = s.actor1, s.actor2
    if f.kind != "attack" or not country or a1 is None or a1.inter != Inter.RIOTERS or a2 is None or \
            not is_party(a2.name) or _reciprocal(f):
        return s
    return replace(s, actor2=actor_for("civilians", country, *_spans(a2)), assoc2=(a2, *s.assoc2))


def people_a_mob_set_upon_while_protesting_are_protesters(f: MentionFacts) -> Sides:
    """ "Party activists attacked students protesting the quota": people a mob set upon whom the words right after
    their noun tell protesting (``protest_participles``) held a protest, and ACLED names them "Protesters
    (country)", not civilians, whatever their noun; people hit on their way are still civilians."""
    s, country, text = f.sides, _event_country(f), f.context.article.text
    a1, a2 = s.actor1, s.actor2
    if f.kind not in RIOT_KINDS or not country or a1 is None or a1.inter != Inter.RIOTERS or a2 is None or \
            a2.inter != Inter.CIVILIANS or a2.end <= 0 or text[a2.start:a2.end] != a2.text:
        return s
    after = _words_of(text[a2.end:a2.end + 30])[:1]
    if not after or after[0] not in f.context.lang.roles.get("protest_participles", ()):
        return s
    return replace(s, actor2=actor_for("protesters", country, *_spans(a2)))


def _lone_armed_attacker(a: Actor, f: MentionFacts, country: str) -> Actor | None:
    """One person (``one_person``) who attacked with a weapon the sentence tells of (``weapon_cues``, or a knife
    of ``blade_cues``: "a man attacked a state senator with a knife"), named as a lone attacker; else None."""
    roles = f.context.lang.roles
    words = _words_of(a.text)
    if not words or words[-1] not in roles.get("one_person", ()) or \
            not _words(f.sentence) & {*roles.get("weapon_cues", ()), *roles.get("blade_cues", ())}:
        return None
    return _as_lone_attacker(a, f, country)


def _as_lone_attacker(a: Actor, f: MentionFacts, country: str) -> Actor:
    """Mention ``a`` under the name the language's word for a lone armed man (``lone_attacker``) has in the country
    ("Sole Perpetrator (United States)", elsewhere "Unidentified Armed Group (country)")."""
    word = f.context.lang.roles.get("lone_attacker", "")
    found = find_actors(word, f.context.lang, country) if word else []
    lone = found[0] if found else actor_for("armed_group", country)
    return replace(lone, text=a.text, start=a.start, end=a.end)


def _unknown_people(a: Actor, lang: LanguagePack) -> bool:
    """ "unknown persons", "unidentified individuals": people no one names, told by no word of arms."""
    return is_unidentified_group(a.name) and bool(_words(a.text) & set(lang.roles.get("plain_people", ())))


def the_suspects_a_mob_punished_are_civilians(f: MentionFacts) -> Sides:
    """ "a mob set ablaze two suspected kidnappers": the people a crowd punishes for a crime are, to ACLED,
    "Civilians (country)", not the unidentified armed group the crime's word names."""
    s, country = f.sides, _event_country(f)
    a2 = s.actor2
    if f.kind != "mob_violence" or not country or not _is_crowd(s.actor1) or a2 is None or \
            not is_unidentified_group(a2.name):
        return s
    return replace(s, actor2=actor_for("civilians", country, *_spans(a2)))


def communal_clashes_are_fought_by_the_peoples_named(f: MentionFacts) -> Sides:
    """ACLED codes a clash the note itself calls communal or tribal (``communal_cues``: "deadly communal
    clashes", "tribal fighting") between two named peoples, clans or communities as a battle of their
    militias, not mob violence: "between the Tiv and Jukun" are "Tiv Ethnic Militia (Nigeria)" and "Jukun
    Ethnic Militia (Nigeria)"; a name that is no people of ``ethnic_groups.txt`` takes the family of the noun
    after the pair (``communal_nouns``: "the Sikin and Kaekin tribes", tribal militias), else a communal
    militia. Two peoples of that list paired need no such word. Only where no side was read or the sides
    are crowds."""
    s, country = f.sides, _event_country(f)
    if f.kind != "armed_clash" or not country or any(a is not None and not _is_crowd(a) for a in (s.actor1, s.actor2)):
        return s
    lang = f.context.lang
    roles = lang.roles
    folded = fold(f.sentence)
    told = any(re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", folded) for cue in roles.get("communal_cues", ()))
    pair = _named_pair(f.sentence, lang)
    # two peoples of the list paired need no word for it ("des affrontements entre Nande et Hunde")
    if pair is None or not told and not (ethnic_group(pair[0][0], lang) and ethnic_group(pair[1][0], lang)):
        return s
    first, second, noun = pair
    family = roles.get("communal_nouns", {}).get(fold(noun or ""), "Communal Militia")
    at = f.context.article.text.find(f.sentence)

    def militia(name: str, start: int) -> Actor:
        people = ethnic_group(name, lang)
        label = f"{people} Ethnic Militia" if people else f"{name} {family}"
        span = (name, at + start, at + start + len(name)) if at >= 0 else ()
        return Actor(f"{label} ({country_name(country)})", Inter.IDENTITY_MILITIA, country, *span)
    return replace(s, actor1=militia(*first), actor2=militia(*second))


def _named_pair(sentence: str, lang: LanguagePack) -> tuple[tuple[str, int], tuple[str, int], str | None] | None:
    """The two capitalised names a pair cue joins ("between the Tiv and Jukun", "between the Sikin and Kaekin
    tribes"), or that each take their own article ("les Pende et les Tshokwe"), each with its offset in the
    sentence, and the noun after the second, if any."""
    cues = "|".join(re.escape(c) for c in lang.roles.get("pair_cues", ()))
    joins = "|".join(re.escape(c) for c in lang.conjunctions)
    dets = "|".join(re.escape(d) for d in lang.roles.get("determiners", ()))
    if not cues or not joins:
        return None
    name = r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)?"
    det = rf"(?:(?:{dets}) )?" if dets else ""
    # "entre les communautés Hema et Lendu": a language that names the kind of people before the pair
    heads = sorted(lang.roles.get("communal_heads", ()), key=len, reverse=True)
    head = rf"(?:(?P<head>{'|'.join(re.escape(h) for h in heads)}) )?" if heads else ""
    plain = unicodedata.normalize("NFD", sentence)
    plain = "".join(c for c in plain if not unicodedata.combining(c))  # offsets kept: one letter per letter
    text = plain if len(plain) == len(sentence) else sentence
    m = re.search(rf"(?<!\w)(?:{cues}) {det}{head}(?P<a>{name}) (?:{joins}) {det}(?P<b>{name})(?: (?P<noun>[a-z]+))?", text)
    if m is None and dets:  # "les Pende et les Tshokwe se sont affrontés": each name with its own article, no cue
        m = re.search(rf"(?<!\w)(?i:{dets}) (?P<a>{name}) (?:{joins}) (?i:{dets}) (?P<b>{name})", text)
    if m is None:
        m = _pair_before_its_noun(text, name, joins, lang)
    if m is None:
        return None
    noun = m.groupdict().get("head")
    return (sentence[m.start("a"):m.end("a")], m.start("a")), (sentence[m.start("b"):m.end("b")], m.start("b")), \
        (noun.split()[-1] if noun else m.groupdict().get("noun"))


def _pair_before_its_noun(text: str, name: str, joins: str, lang: LanguagePack) -> re.Match | None:
    """ "Tiv and Jukun groups clashed", "rival Kusasi and Mamprusi groups clashed": two names joined before a noun
    for people (``pair_nouns``), with no cue before them; the caller still asks both to be peoples of the list."""
    nouns = "|".join(re.escape(x) for x in sorted(lang.roles.get("pair_nouns", ()), key=len, reverse=True))
    if not nouns:
        return None
    return re.search(rf"(?<![\w-])(?P<a>{name}) (?:{joins}) (?P<b>{name}) (?P<noun>{nouns})(?!\w)", text)


def a_clash_of_unarmed_people_is_mob_violence(f: MentionFacts) -> Sides:
    """ACLED: a clash between groups of people no one arms, with no gun or bomb told ("a clash between
    two groups over a land dispute"), is mob violence between "Rioters (country)". Its sides are crowds,
    or no one at all, told as acting on each other, in an article that names no armed group or state force.
    Told with a gun ("two rival taxi associations exchanged fire", ``weapon_phrases``), such sides are armed:
    each is the country's "Unidentified Armed Group", and one crowd told alone ("illegal miners exchanged fire")
    traded fire within itself, so it is both sides."""
    s, country = f.sides, _event_country(f)
    if f.kind != "armed_clash" or not country or any(a.inter in ARMED for a in f.actors):
        return s
    traded_fire = says(f.sentence, f.context.lang, "weapon_phrases")
    unnamed = s.actor1 is None and s.actor2 is None and not f.context.named_groups and \
        not f.context.state_forces and (_reciprocal(f) or traded_fire)
    alone = _is_crowd(s.actor1) and s.actor2 is None and traded_fire and not f.context.state_forces
    if not unnamed and not alone and not (_is_crowd(s.actor1) and _is_crowd(s.actor2)):
        return s
    words = _words(f.sentence)
    if words & set(f.context.lang.roles.get("weapon_cues", ())) or traded_fire:
        return replace(s, actor1=actor_for("armed_group", country, *_spans(s.actor1)),
                       actor2=actor_for("armed_group", country, *_spans(s.actor2)))
    return replace(s, actor1=actor_for("rioters", country, *_spans(s.actor1)),
                   actor2=actor_for("rioters", country, *_spans(s.actor2)))


def unnamed_author_is_an_unidentified_group(f: MentionFacts) -> Sides:
    """Violence against civilians by no one named is ACLED's "Unidentified Armed Group (country)"."""
    s, country = f.sides, _event_country(f)
    if s.actor1 is not None or not country:
        return s
    on_civilians = s.actor2 is not None and s.actor2.inter == Inter.CIVILIANS
    if f.kind in UNNAMED_AUTHOR_KINDS or f.kind in CIVILIAN_DEFAULT_KINDS and on_civilians:
        return replace(s, actor1=actor_for("armed_group", country))
    return s


# Acts whose author ACLED always names: one the report does not name is an unidentified armed group.
UNNAMED_ATTACKER_KINDS = {"armed_clash", "attack", "abduction", "sexual_violence", "remote_explosive", "grenade",
                          "suicide_bomb"}


def an_unnamed_attacker_of_a_named_side_is_an_unidentified_group(f: MentionFacts) -> Sides:
    """ "a soldier was killed in an attack", "two policemen were abducted": ACLED names the author of every
    clash, attack or bombing; when the report names only the force or group that was struck, the author is
    "Unidentified Armed Group (country)"."""
    s, country = f.sides, _event_country(f)
    if f.kind not in UNNAMED_ATTACKER_KINDS or s.actor1 is not None or s.actor2 is None or not country or \
            s.actor2.inter not in ARMED or is_unidentified_group(s.actor2.name):
        return s  # "two bandits were killed": unknown men struck by no one named have no known foe
    return replace(s, actor1=actor_for("armed_group", country))


def a_party_is_its_crowds_associate(f: MentionFacts) -> Sides:
    """ACLED codes a party's supporters in a protest or riot as "Protesters (country)" or "Rioters
    (country)" with the party as their associated actor, and names no party a crowd acts against as
    a side: a party is neither actor of a protest or riot (it stays actor1 of other violence). A clash
    of a party's supporters is a riot, every crowd in it rioters; a party read as a crowd's opponent is
    the rival crowd of a clash between them, else the state force the sentence names."""
    s, country = f.sides, _event_country(f)
    named = _party_named_before_its_crowd(f) if f.kind == "armed_clash" and s.actor2 is None else \
        _party_right_before(f, s.actor1) if f.kind == "armed_clash" else None
    named = None if _same_name(named, s.actor2) else named
    named2 = _party_right_before(f, s.actor2) if f.kind == "armed_clash" else None
    clash = f.kind == "armed_clash" and (named is not None or named2 is not None or
                                         any(a is not None and is_party(a.name) for a in (s.actor1, s.actor2)))
    if f.kind not in PROTEST_KINDS | CIVILIAN_PROTEST_KINDS | RIOT_KINDS and not clash or not country:
        return s
    riot = clash or f.kind in RIOT_KINDS
    a1, a2, assoc = s.actor1, s.actor2, s.assoc1 if named is None else (named, *s.assoc1)
    assoc2 = s.assoc2 if named2 is None or _same_name(named2, named) else (named2, *s.assoc2)
    if a1 is not None and is_party(a1.name):
        assoc, a1 = (a1, *assoc), actor_for("rioters" if riot else "protesters", country, *_spans(a1))
    if a2 is not None and is_party(a2.name):
        if riot and (clash or _reciprocal(f)):  # "TMC workers clashed with BJP workers": the BJP beside its crowd
            assoc2, a2 = (a2, *assoc2), actor_for("rioters", country, *_spans(a2))
        else:
            a2 = next((a for a in f.actors if a.inter == Inter.STATE_FORCES and not _same_name(a, a1)), None)
    if clash:
        a1, a2 = (actor_for("rioters", country, *_spans(a)) if a is not None and a.inter in CROWDS else a
                  for a in (a1, a2))
    rival = next((p for p in f.actors if is_party(p.name) and not any(_same_name(p, a) for a in assoc)), None) \
        if riot and a2 is None and any(is_party(a.name) for a in assoc) else None
    parties = [a for a in assoc if is_party(a.name)]
    if rival is None and riot and a2 is None and len(parties) > 1 and (clash or _reciprocal(f)):
        # "TMC and BJP workers hurled crude bombs at each other": both parties read beside one crowd; the one
        # named last is the other crowd's
        rival = max(parties, key=lambda p: p.start)
        assoc = tuple(a for a in assoc if a is not rival)
    if rival is not None and (clash or _reciprocal(f) or "armed_clash" in f.joined_kinds):
        # "BJP and TMC supporters clashed": the second party's crowd is the other side's rioters, the party
        # named first beside the first
        party = next(a for a in assoc if is_party(a.name))
        first, second = (rival, party) if 0 <= rival.start < party.start else (party, rival)
        return replace(s, actor1=a1, actor2=actor_for("rioters", country, *_spans(rival)),
                       assoc1=tuple(first if a is party else a for a in assoc), assoc2=(second, *s.assoc2))
    if clash and a1 is not None and a1.inter not in CROWDS and a2 is not None and a2.inter in CROWDS:
        # "police clashed with BNP activists": ACLED writes a riot from the rioters' side
        return replace(s, actor1=a2, actor2=a1, assoc1=assoc2, assoc2=assoc)
    return replace(s, actor1=a1, actor2=a2, assoc1=assoc, assoc2=assoc2)


def _party_right_before(f: MentionFacts, crowd: Actor | None) -> Actor | None:
    """The party written right before a crowd of a clash ("Chhatra Dal activists", "BNP workers"), whose crowd
    it is, on either side: read by the crowd's place in the text (a space apart), not by its words, which both
    crowds share."""
    if crowd is None or crowd.inter not in CROWDS or crowd.start < 0:
        return None
    return next((p for p in f.actors if is_party(p.name) and p.end >= 0 and 0 <= crowd.start - p.end <= 1), None)


def _party_named_before_its_crowd(f: MentionFacts) -> Actor | None:
    """The party written right before the crowd that is actor1 ("AL and BNP activists clashed": the BNP), whose
    crowd it is; the party before it with "and" is then the rival crowd's."""
    crowd = f.sides.actor1
    if crowd is None or crowd.inter not in CROWDS or not crowd.text:
        return None
    sentence = fold(f.sentence)
    return next((p for p in f.actors if is_party(p.name) and p.text and
                 re.search(rf"(?<!\w){re.escape(fold(f'{p.text} {crowd.text}'))}(?!\w)", sentence)), None)


def a_partys_member_struck_by_others_is_a_civilian(f: MentionFacts) -> Sides:
    """ "a TMC worker was shot dead by unidentified miscreants": a party's member whom an armed actor, not
    another party, struck is one of ACLED's "Civilians (country)", not the party fighting a battle. Another
    party's men who attacked one member of it ("BJP workers hacked a TMC worker to death") attacked a civilian
    too; their crowds fighting each other stay the parties' clash. One member killed by no one named ("an ANC
    councillor was shot dead") is a civilian as well: the party is not at war with the unknown gunman. A party's
    members another party's men beat or attacked, one or many ("UPND cadres beat PF supporters"), are civilians
    the attackers struck, not a side that fought back; "rival" or "each other" keeps the parties' clash."""
    s, country = f.sides, _event_country(f)
    a1, a2 = s.actor1, s.actor2
    if f.kind in DEMONSTRATION_KINDS or not country or a2 is None or not is_party(a2.name):
        return s
    if a1 is None:
        return replace(s, actor2=actor_for("civilians", country, *_spans(a2))) \
            if f.kind == "attack" and _one_member_of(a2, f) else s
    if a1.inter not in ARMED:
        return s
    if is_party(a1.name) and (f.kind != "attack" or _reciprocal(f) or
                              not (_one_member_of(a2, f) or _members_after(a2, f))):
        return s
    return replace(s, actor2=actor_for("civilians", country, *_spans(a2)))


def _members_after(party: Actor, f: MentionFacts) -> bool:
    """Whether the party is written as its members, a member's noun in the plural right after it (``party_member_nouns``
    less its singulars: "PF supporters", "CCC activists")."""
    if party.start < 0 or not party.text:
        return False
    roles = f.context.lang.roles
    nouns = set(roles.get("party_member_nouns", ())) - set(roles.get("party_member_singulars", ()))
    text = f.context.article.text
    return bool(nouns) and re.match(rf"\s+(?:{'|'.join(map(re.escape, sorted(nouns)))})(?!\w)",
                                    fold(text[party.end:party.end + MEMBER_REACH_CHARS])) is not None


MEMBER_REACH_CHARS = 40  # the text read either side of a party for its article and its member's noun


def _one_member_of(party: Actor, f: MentionFacts) -> bool:
    """Whether the party is written as one of its members: an indefinite article before it, a member's noun in
    the singular after it or ending its name (``lone_member_articles``, ``party_member_singulars``), a word apart
    at most ("a local BJP leader", "a TMC panchayat member")."""
    if party.start < 0 or not party.text:
        return False
    roles = f.context.lang.roles
    articles, nouns = roles.get("lone_member_articles", ()), roles.get("party_member_singulars", ())
    if not articles or not nouns:
        return False
    text = f.context.article.text
    before = re.search(rf"(?<!\w)(?:{'|'.join(map(re.escape, articles))})\s+(?:[\w-]+\s+)?$",
                       fold(text[max(0, party.start - MEMBER_REACH_CHARS):party.start]))
    after = re.match(rf"\s+(?:[\w-]+\s+)?(?:{'|'.join(map(re.escape, nouns))})(?!\w)",
                     fold(text[party.end:party.end + MEMBER_REACH_CHARS]))
    own = fold(party.text).split()[-1] in nouns  # "a Congress worker" read as one name with its member
    return before is not None and (after is not None or own)


def a_partys_crowd_has_it_beside_it(f: MentionFacts) -> Sides:
    """The crowd of a protest or riot named for a party ("BJP supporters", "activists of the BNP") has
    the party as its associated actor, as ACLED codes it; a party named elsewhere in the sentence (what
    was protested against) is not."""
    s, side = f.sides, _crowd_side(f)
    crowd = getattr(s, side) if side else None
    mob = f.kind == "attack" and crowd is not None and crowd.inter == Inter.RIOTERS  # coded mob violence later
    if f.kind not in PROTEST_KINDS | CIVILIAN_PROTEST_KINDS | RIOT_KINDS and not mob or crowd is None or not crowd.text:
        return s
    slot = "assoc1" if side == "actor1" else "assoc2"
    joins = f.context.lang.roles.get("member_of", ())
    for told, named in _party_readings(f):
        sentence = fold(told)
        for p in named:
            if not is_party(p.name) or any(_same_name(p, a) for a in getattr(s, slot)):
                continue
            said = [f"{p.text}{gap}{crowd.text}" for gap in (" ", "-")] + \
                [f"{crowd.text} {j} {p.text}" for j in joins]
            if any(re.search(rf"(?<!\w){re.escape(fold(x))}(?!\w)", sentence) for x in said):
                return replace(s, **{slot: (p, *getattr(s, slot))})
    return s


def _party_readings(f: MentionFacts):
    """The trigger's sentence with its actors, then the mention's other sentences with theirs read again (cited
    as inferred): "JVP supporters protested in Colombo. Police used tear gas" is one protest met with force, told
    from its second sentence, whose crowd the first sentence named for its party."""
    yield f.sentence, f.actors
    if f.sentences and f.sentences != f.sentence:
        yield f.sentences, [replace(a, start=-1, end=-1)
                            for a in find_actors(f.sentences, f.context.lang, _event_country(f))]


def a_demonstrations_caller_is_its_crowds_associate(f: MentionFacts) -> Sides:
    """ACLED names the party or movement that called a demonstration as its crowd's associated actor: "une
    marche à l'appel du FNDC" is "Protesters (Guinea)" with the FNDC beside them, whichever side the party was
    first read on. Only a group named right after a caller's words (``demonstration_callers`` in roles), or after
    one word more ("à l'appel du parti ..."), is one: a party named as what was protested against is not."""
    s, side = f.sides, _crowd_side(f)
    callers = f.context.lang.roles.get("demonstration_callers", ())
    if f.kind not in DEMONSTRATION_KINDS or side is None or not callers:
        return s
    other = s.actor2 if side == "actor1" else s.actor1
    told = " ".join(dict.fromkeys([f.sentence, f.sentences]))
    said = fold(told)
    cue = "|".join(re.escape(c) for c in sorted(callers, key=len, reverse=True))
    if not re.search(rf"(?<!\w)(?:{cue})", said):
        return s  # no caller's words: the actors need not be read again
    # a joined sentence's groups are not among the host's actors: they are read again, cited as inferred
    named = [*f.actors, *(replace(a, start=-1, end=-1) for a in find_actors(told, f.context.lang, _event_country(f)))]
    found = [p for p in named if (is_party(p.name) or p.inter in NAMED_GROUPS) and p.text
             and not is_unidentified_group(p.name) and not _same_name(p, other)
             and re.search(rf"(?<!\w)(?:{cue})\s*(?:\w+\s+)?{re.escape(fold(p.text))}(?!\w)", said)]
    return _with_associates(s, found, side)


def _identity_group(word: str, group: str, country: str, inter: Inter, at: int) -> Actor:
    """ACLED's identity group of a crowd's people ("Students (Ghana)"), with the word it was read in, at
    ``at`` in the article (-1 where not found), as its evidence."""
    span = (word, at, at + len(word)) if at >= 0 else (word,)
    return Actor(f"{group} ({country_name(country)})", inter, country, *span)


def _with_associates(s: Sides, found: list[Actor], side: str = "actor1") -> Sides:
    """``s`` with the ``found`` associates of ``side`` it does not hold yet, after those it holds."""
    slot = "assoc1" if side == "actor1" else "assoc2"
    held = getattr(s, slot)
    names = {a.name for a in held}
    new = [a for a in found if a.name not in names and not names.add(a.name)]
    return replace(s, **{slot: (*held, *new)}) if new else s


def protesters_met_with_force_are_actor1(f: MentionFacts) -> Sides:
    """ACLED codes "Excessive force against protesters" as it codes every protest: the protesters, with who
    they were, are actor1 and the force that used it actor2, whichever side the report named first (rioters who
    set on the protesters included)."""
    s = f.sides
    rioters_on_protesters = s.actor1 is not None and s.actor1.inter == Inter.RIOTERS and \
        s.actor2 is not None and s.actor2.inter == Inter.PROTESTERS
    if f.kind != "force_against_protest" or not _is_crowd(s.actor2) or \
            (_is_crowd(s.actor1) and not rioters_on_protesters):
        return s
    return replace(s, actor1=s.actor2, actor2=s.actor1, assoc1=s.assoc2, assoc2=s.assoc1)


def _crowd_side(f: MentionFacts) -> str | None:
    """The side ("actor1", "actor2") the crowd of a demonstration stands on: actor1, as ACLED codes every
    protest, or actor2 where a rule has yet to put it first."""
    s = f.sides
    if _is_crowd(s.actor1):
        return "actor1"
    return "actor2" if f.kind == "force_against_protest" and _is_crowd(s.actor2) else None


ETHNIC_MILITIA, ETHNIC_GROUP = " Ethnic Militia (", " Ethnic Group ("


def a_crowds_people_are_its_ethnic_group(f: MentionFacts) -> Sides:
    """ "Fulani youths protested": the people a crowd of a demonstration is are ACLED's "Fulani Ethnic Group
    (country)" beside it, not the ethnic militia the same words name where they fight."""
    s, side = f.sides, _crowd_side(f)
    if f.kind not in DEMONSTRATION_KINDS or side is None:
        return s
    slot = "assoc1" if side == "actor1" else "assoc2"
    held = getattr(s, slot)
    crowd = getattr(s, side)
    now = tuple(replace(a, name=a.name.replace(ETHNIC_MILITIA, ETHNIC_GROUP), inter=crowd.inter)
                if ETHNIC_MILITIA in a.name else a for a in held)
    return s if now == held else replace(s, **{slot: now})


def a_crowds_people_are_its_associates(f: MentionFacts) -> Sides:
    """ACLED names who a protest's or riot's crowd is as its associated actors: "students protested" is
    "Protesters (country)" with "Students (country)"; workers and union members are its "Labour Group",
    doctors and nurses its "Health Workers" (``identity_groups`` in roles). The people are read in each
    sentence of the event before what they protested (``grievance_openers``: "against the killing of
    farmers" names no farmer who marched) and before the crowd's violence (``crowd_violence``: "attacked
    journalists" names whom it hit, ``crowd_violence_stems`` where the language has them), and only as a
    plural: one teacher is no group. A party's workers or activists ("BJP workers", "workers of the BNP") are
    its members, not a labour group: the party is their associate (``a_partys_crowd_has_it_beside_it``)."""
    s, country, side = f.sides, _event_country(f), _crowd_side(f)
    if f.kind not in DEMONSTRATION_KINDS or not country or side is None:
        return s
    crowd = getattr(s, side)
    roles = f.context.lang.roles
    groups = roles.get("identity_groups", {})
    members = _party_members_at(f)
    # the words that begin the crowd's violent verbs as written: a language whose lemmas do not begin their
    # forms ("blesser": "blessé") lists stems apart
    violence = roles.get("crowd_violence_stems", roles.get("crowd_violence", ()))
    text = f.context.article.text
    found = []
    for sentence in dict.fromkeys([f.sentence, *re.split(r"(?<=[.!?])\s+", f.sentences)]):
        if not sentence:
            continue
        at = text.find(sentence)
        folded = fold(sentence)
        cut = min((m.start() for cue in roles.get("grievance_openers", ())  # "over 10 workers" is a count
                   for m in re.finditer(rf"(?<!\w){re.escape(cue)}(?!\w)(?!\s+\d)", folded)), default=len(folded))
        cut = min((m.start() for verb in violence  # "rioters beat journalists": the beaten
                   for m in re.finditer(rf"(?<!\w){re.escape(verb)}", folded[:cut])), default=cut)
        taken = []  # the spans read, so "health workers" is not read again as "workers"
        for word in sorted(groups, key=len, reverse=True):
            m = next((m for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", folded[:cut])
                      if not any(a <= m.start() < b for a, b in taken)
                      and not (at >= 0 and members(at + m.start(), at + m.end()))), None)
            if m is not None:
                taken.append(m.span())
                found.append((at, m.start(), _identity_group(sentence[m.start():m.end()], groups[word],
                                                             _country_of_name(crowd.name) or country, crowd.inter,
                                                             at + m.start() if at >= 0 else -1)))
    return _with_associates(s, [a for *_, a in sorted(found, key=lambda x: x[:2])], side)


def civilians_are_named_with_who_they_are(f: MentionFacts) -> Sides:
    """ACLED names who civilians struck are as their associated actors, one of them as well as many: "killed a
    journalist" is "Civilians (Mexico)" with "Journalists (Mexico)", "Meitei farmers" add "Farmers (India)"
    and "Meitei Ethnic Group (India)". The victims' own word is read (``identity_groups``, its singular in
    ``identity_singulars``; a phrase of several words whole: "aid workers" are no "workers"), the word before it
    where it names a people or a faith ("a Dalit man", "Hindu traders"), and a party whose member the victim is
    ("a PTI worker": the party, not a labour group); a civilian side with no word of its own is left as it is."""
    s = f.sides
    if not any(a is not None and a.inter == Inter.CIVILIANS and a.text for a in (s.actor1, s.actor2)):
        return s
    roles = f.context.lang.roles
    groups, singulars = roles.get("identity_groups", {}), roles.get("identity_singulars", {})
    text = f.context.article.text
    parties = [p for p in f.actors if is_party(p.name) and p.start >= 0]
    for side in ("actor1", "actor2"):
        victims = getattr(s, side)
        if victims is None or victims.inter != Inter.CIVILIANS or not victims.text or victims.start < 0:
            continue
        country = _country_of_name(victims.name)
        if not country:
            continue
        found = [p for p in parties if p.start <= victims.start < p.end or
                 0 <= victims.start - p.end <= 1 and text[p.end:victims.start] in ("", " ", "-")]
        before = re.search(r"([\w'-]+)\s+$", text[max(0, victims.start - 40):victims.start])
        words = ([(before.group(1), victims.start - len(before.group(0)))] if before else []) + \
            [(w, victims.start + m.start()) for m in re.finditer(r"[\w'-]+", victims.text) for w in (m.group(0),)]
        phrase = fold(victims.text)
        whole = next((m for k in sorted([*groups, *singulars], key=len, reverse=True) if " " in k
                      for m in [re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", phrase)] if m), None)
        if whole is not None:  # "aid workers" are aid workers, not "workers"
            key = whole.group(0) if whole.group(0) in groups else singulars[whole.group(0)]
            found.append(_identity_group(victims.text[whole.start():whole.end()], groups[key], country,
                                         Inter.CIVILIANS, victims.start + whole.start()))
            words = words[:1] if before else []
        for word, at in words:
            folded = fold(word)
            key = folded if folded in groups else singulars.get(folded)
            if key in groups and found and found[0] in parties:
                continue  # "a PTI worker": the party's member, not a labour group
            if key in groups:
                found.append(_identity_group(word, groups[key], country, Inter.CIVILIANS, at))
            elif (people := ethnic_group(word, f.context.lang)) is not None:
                found.append(Actor(f"{people}{ETHNIC_GROUP}{country_name(country)})", Inter.CIVILIANS, country,
                                   word, at, at + len(word)))
        s = _with_associates(s, found, side)
    return s


def _party_members_at(f: MentionFacts):
    """A test of whether the words at (start, end) in the article name a party's members: they are inside a
    party's mention ("PTI workers"), right after it ("BJP workers", "BJP-workers") or before it with a linking
    word (``member_of``: "workers of the BNP")."""
    text = f.context.article.text
    parties = [p for p in f.actors if is_party(p.name) and p.start >= 0]
    joins = "|".join(re.escape(fold(j)) for j in sorted(f.context.lang.roles.get("member_of", ()), key=len, reverse=True))
    after = re.compile(rf"\s+(?:{joins})\s*$") if joins else None

    def named(start: int, end: int) -> bool:
        return any(p.start <= start < p.end or 0 <= start - p.end <= 1 and text[p.end:start] in ("", " ", "-")
                   or after is not None and 0 < p.start - end < 20 and after.fullmatch(fold(text[end:p.start]))
                   for p in parties)
    return named


def a_mob_punishing_a_suspect_is_a_vigilante_group(f: MentionFacts) -> Sides:
    """ACLED codes mob justice, a crowd beating, seizing or killing someone it takes for a thief, a robber or
    a witch (``mob_justice_cues``), as mob violence by rioters with "Vigilante Group (country)" associated;
    violence no demonstration is told for is mob violence whatever its trigger's kind. The cue is its evidence."""
    s, country = f.sides, _event_country(f)
    if not country or s.actor1 is None or s.actor1.inter != Inter.RIOTERS or f.kind in CIVILIAN_PROTEST_KINDS or \
            f.kind == "violent_demonstration" and f.demonstrated or s.actor2 is None or s.actor2.inter != Inter.CIVILIANS:
        return s
    cue = _cue_in(f, "mob_justice_cues")
    if cue is None:
        return s
    return _with_associates(s, [Actor(f"Vigilante Group ({country_name(country)})", Inter.RIOTERS, country, *cue)])


def _cue_in(f: MentionFacts, cues: str, own_sentence: bool = False) -> tuple | None:
    """(words, start, end in the article) of the first of the roles list ``cues`` the mention's sentences (or
    its trigger's alone) say, () when said but not found in the article, None when not said."""
    text = f.context.article.text
    said = [f.sentence] if own_sentence else [f.sentence, *re.split(r"(?<=[.!?])\s+", f.sentences)]
    for sentence in dict.fromkeys(said):
        folded = fold(sentence)
        hits = [m for cue in f.context.lang.roles.get(cues, ())
                for m in re.finditer(rf"(?<![\w-]){re.escape(cue)}(?![\w-])", folded)]
        if sentence and hits:
            m = min(hits, key=lambda h: h.start())
            at = text.find(sentence)
            return (sentence[m.start():m.end()], at + m.start(), at + m.end()) if at >= 0 else ()
    return None


def the_fighting_that_displaced_people_is_no_side(f: MentionFacts) -> Sides:
    """ "Hundreds fled their homes, displaced by the fighting between a militia and the army": the parties of the
    fighting that drove people out, named right after a ``pair_cues`` word, are its cause, not a side of the
    displacement; ACLED codes it by the displaced civilians alone."""
    s = f.sides
    if f.kind != "other_strategic":
        return s
    civilians = [a for a in (s.actor1, s.actor2) if a is not None and a.inter == Inter.CIVILIANS]
    armed = [a for a in (s.actor1, s.actor2) if a is not None and a.inter != Inter.CIVILIANS]
    if len(civilians) != 1 or len(armed) != 1 or not armed[0].text or \
            _cue_in(f, "displacement_words", own_sentence=True) is None:
        return s
    said = " ".join(_words_of(f.sentence))
    word = " ".join(_words_of(armed[0].text))
    pair = "|".join(re.escape(c) for c in f.context.lang.roles.get("pair_cues", ()))
    if not pair or not re.search(rf"(?<!\S)(?:{pair})(?: \S+)? {re.escape(word)}(?!\S)", said):
        return s
    return replace(s, actor1=civilians[0], actor2=None)


def displaced_civilians_are_refugees(f: MentionFacts) -> Sides:
    """ACLED codes a displacement (people who fled or were evacuated, ``displacement_words``) that no armed
    side is named for by "Civilians (country)" as actor1, with "Refugees/IDPs (country)" associated, of
    the country the people come from: "600 families were evacuated" reads them as the ones acted upon."""
    s = f.sides
    if f.kind != "other_strategic":
        return s
    if s.actor1 is None and s.actor2 is not None and s.actor2.inter == Inter.CIVILIANS:
        s = replace(s, actor1=s.actor2, actor2=None)
    a1 = s.actor1
    if a1 is None or a1.inter != Inter.CIVILIANS or not a1.country or s.actor2 is not None:
        return f.sides
    cue = _cue_in(f, "displacement_words", own_sentence=True)
    if cue is None:
        return f.sides
    return _with_associates(s, [Actor(f"Refugees/IDPs ({country_name(a1.country)})", Inter.CIVILIANS, a1.country,
                                      *cue)])


def forces_that_only_came_are_no_side_of_a_riot(f: MentionFacts) -> Sides:
    """ "Police arrived and arrested the man", "police discovered the body", "despite the police presence":
    state forces told only as coming to the scene or being there (``bystander_cues`` right after their
    word) did not meet the crowd; ACLED codes the one the riot hit, not them, as actor2."""
    s = f.sides
    if f.kind not in RIOT_KINDS:
        return s
    cues = set(f.context.lang.roles.get("bystander_cues", ()))

    said = " ".join(_words_of(f"{f.sentence} {f.sentences}"))

    def came(a: Actor | None) -> bool:
        if a is None or a.inter != Inter.STATE_FORCES or not a.text:
            return False
        word = " ".join(_words_of(a.text))
        return any(re.search(rf"(?<!\S){re.escape(word)} {re.escape(cue)}(?!\S)", said) for cue in cues)

    a1, a2 = (None if came(a) else a for a in (s.actor1, s.actor2))
    if a1 is s.actor1 and a2 is s.actor2:
        return s
    return replace(s, actor1=a1, actor2=a2)


def a_force_only_hurt_is_no_side_of_a_crowds_clash(f: MentionFacts) -> Sides:
    """ "Supporters of two parties clashed with each other ... One police officer was also injured": a force
    the article names once, as hurt (``hurt_phrases``), did not fight crowds told fighting each other;
    ACLED codes rioters on both sides."""
    s, country = f.sides, _event_country(f)
    a2 = s.actor2
    if f.kind not in RIOT_KINDS | {"armed_clash"} or not country or not _is_crowd(s.actor1) or a2 is None or \
            a2.inter != Inter.STATE_FORCES:
        return s
    roles = f.context.lang.roles
    said = f" {' '.join(_words_of(f.sentences or f.sentence))} "
    if not any(f" {c} " in said for c in roles.get("reciprocal_cues", ())):
        return s
    text = f.context.article.text
    named = [a for a in find_actors(text, f.context.lang, country) if a.name == a2.name]
    told = " ".join(_words_of(text))
    hurt = "|".join(re.escape(p) for p in roles.get("hurt_phrases", ()))
    if len(named) != 1 or not hurt or not re.search(
            rf"(?<!\S){re.escape(' '.join(_words_of(named[0].text)))}(?: \S+){{0,6}} (?:{hurt})(?!\S)", told):
        return s
    return replace(s, actor2=actor_for("rioters", country))


def a_riot_crowd_is_rioters(f: MentionFacts) -> Sides:
    """ACLED codes the crowd of a riot as "Rioters (country)", actor1; the force it met is actor2. Unnamed
    attackers of a riot ("perpetrators", "unknown persons") are its rioters: ACLED names no armed group there;
    a named communal group the rioters fought ("Israeli settlers") is the other side's rioters."""
    s, country = f.sides, _event_country(f)
    if f.kind not in RIOT_KINDS or not country:
        return s
    a1, a2 = s.actor1, s.actor2
    if a2 is not None and a2.inter in CROWDS and not _is_crowd(a1) and (
            a2.inter != Inter.CIVILIANS or a1 is not None and a1.inter == Inter.STATE_FORCES):
        a1, a2 = a2, a1  # in a riot, the crowd acts: people who fought soldiers are the rioters
    if a1 is not None and a1.inter == Inter.STATE_FORCES and a2 is None:
        a1, a2 = None, a1
    assoc = s.assoc1
    if a1 is not None and a1.inter in (Inter.POLITICAL_MILITIA, Inter.IDENTITY_MILITIA) and \
            not is_unidentified_group(a1.name):
        assoc, a1 = (a1, *assoc), actor_for("rioters", _country_of_name(a1.name) or country, a1.text, a1.start, a1.end)
    if a2 is not None and a2.inter == Inter.IDENTITY_MILITIA and not is_unidentified_group(a2.name) and \
            a1 is not None and a1.inter in CROWDS:
        a2 = actor_for("rioters", _country_of_name(a2.name) or country, a2.text, a2.start, a2.end)
    unnamed = a1 is not None and is_unidentified_group(a1.name) and a1.inter != Inter.IDENTITY_MILITIA
    if a1 is None or unnamed or a1.inter in (Inter.PROTESTERS, Inter.RIOTERS) or (a1.inter == Inter.CIVILIANS and (
            f.kind == "violent_demonstration" or a2 is None or a2.inter in (Inter.CIVILIANS, Inter.STATE_FORCES))):
        crowd = a1 if a1 is not None and a1.text else _crowd_named(f) or a1
        spans = _spans(crowd)
        a1 = actor_for("rioters", (crowd.country if crowd is not None else None) or country, *spans)
    return replace(s, actor1=a1, actor2=a2, assoc1=assoc)


def a_wrecked_police_post_is_the_polices(f: MentionFacts) -> Sides:
    """ "Des jeunes ont saccagé un commissariat": a crowd that wrecks a police post riots against the
    country's police, though no police officer is named."""
    s, country = f.sides, _event_country(f)
    if f.kind not in RIOT_KINDS or s.actor2 is not None or not country or \
            "property_destruction" not in f.joined_kinds or not holds_target(f.sentence, f.context.lang, "police_targets"):
        return s
    return replace(s, actor2=actor_for("police", country))


def a_group_protesting_is_associated_with_the_protesters(f: MentionFacts) -> Sides:
    """ACLED codes a protest by "Protesters (country)" even when a named party or group leads it, a violent
    one by "Rioters (country)"; the group is the crowd's associated actor. A group read acting on the
    protesters ("Taliban fighters beat women protesters") met the protest: it is actor2, not their associate."""
    s, country = f.sides, _event_country(f)
    a1 = s.actor1
    if f.kind not in PROTEST_KINDS or not country or a1 is None or a1.inter not in NAMED_GROUPS or \
            is_unidentified_group(a1.name) or a1.partisan:
        return s
    if f.kind != "peaceful_protest" and s.actor2 is not None and s.actor2.inter == Inter.PROTESTERS:
        return replace(s, actor1=s.actor2, actor2=a1)
    crowd = actor_for("rioters" if f.kind in RIOT_KINDS else "protesters", _country_of_name(a1.name) or country,
                      a1.text, a1.start, a1.end)
    return replace(s, actor1=crowd, assoc1=(a1, *s.assoc1))


def the_people_of_a_protest_are_its_protesters(f: MentionFacts) -> Sides:
    """ACLED codes every side of a protest that is no force as "Protesters (country)": the people a
    protest's intervention detained ("police detained one person") or force hit ("police shot at a group
    of people who staged a demonstration") are its crowd, not civilians; the crowd is actor1 unless force
    was used on it."""
    s, country = f.sides, _event_country(f)
    if f.kind not in CIVILIAN_PROTEST_KINDS or not country:
        return s
    a1, a2 = (actor_for("protesters", country, *_spans(a)) if a is not None and a.inter == Inter.CIVILIANS else a
              for a in (s.actor1, s.actor2))
    if f.kind != "force_against_protest" and a2 is not None and a2.inter == Inter.PROTESTERS and \
            (a1 is None or a1.inter != Inter.PROTESTERS):
        a1, a2 = a2, a1
    return replace(s, actor1=a1, actor2=a2)


def a_protest_has_its_crowd(f: MentionFacts) -> Sides:
    """ACLED codes every protest with "Protesters (country)" as actor1, even when the text names only
    the force that met it ("police dispersed a sit-in"); the force is then actor2. A state read as the
    first side of a protest its police met ("workers dismissed by government decree protested; police
    dispersed them") is what was protested, and the protesters take its place."""
    s, country = f.sides, _event_country(f)
    if f.kind not in PROTEST_KINDS | INTERVENTION_KINDS or not country or \
            any(_is_crowd(a) for a in (s.actor1, s.actor2)):
        return s
    force = s.actor1 if s.actor1 is not None else s.actor2
    if force is not None and (s.actor1 is None or s.actor2 is None) and force.inter == Inter.STATE_FORCES:
        return replace(s, actor1=actor_for("protesters", country), actor2=force)
    if all(a is not None and a.inter == Inter.STATE_FORCES for a in (s.actor1, s.actor2)):
        crowd = "rioters" if f.kind in RIOT_KINDS else "protesters"
        return replace(s, actor1=actor_for(crowd, country))  # the state protested against is no side
    return s


def an_armed_group_firing_on_a_protest_faces_its_crowd(f: MentionFacts) -> Sides:
    """ "Militia gunmen fired on protesters": the force used on a protest is the armed group's, and the
    other side is the crowd it fired on, not the police no one named."""
    s, country = f.sides, _event_country(f)
    if f.kind != "force_against_protest" or not country or s.actor2 is not None or s.actor1 is None or \
            s.actor1.inter not in NON_STATE_ARMED:
        return s
    return replace(s, actor1=_crowd_named(f) or actor_for("protesters", country), actor2=s.actor1, assoc1=(),
                   assoc2=s.assoc1)


def a_protest_met_by_unarmed_people_is_met_by_rioters(f: MentionFacts) -> Sides:
    """ACLED: a protest that people of no armed kind break up (a party's or a group's members who set on the
    marchers, a crowd "beaten by unknown people") is met by "Rioters (country)", not by its police nor an armed
    group (``unarmed_interveners`` in roles: the words that name them). The crowd may still stand on either side."""
    s, country, lang = f.sides, _event_country(f), f.context.lang
    if f.kind not in INTERVENTION_KINDS or not country:
        return s
    crowd_first = s.actor1 is not None and s.actor1.inter == Inter.PROTESTERS
    if not crowd_first and (s.actor2 is None or s.actor2.inter != Inter.PROTESTERS):
        return s
    other = s.actor2 if crowd_first else s.actor1
    if other is None and says(f.sentences or f.sentence, lang, "unarmed_interveners"):
        rioters = actor_for("rioters", country)
    elif other is not None and is_unidentified_group(other.name) and other.inter != Inter.IDENTITY_MILITIA and \
            " ".join(_words_of(other.text)) in lang.roles.get("unarmed_interveners", ()):
        rioters = actor_for("rioters", country, *_spans(other))
    else:
        return s
    return replace(s, actor2=rioters) if crowd_first else replace(s, actor1=rioters)


def police_intervene_in_a_protest(f: MentionFacts) -> Sides:
    """A protest met with intervention or force with no one named as acting on it: ACLED's
    "Police Forces of country" did. The government a crowd protests against ("against the measures of
    the government") is what was protested, not who intervened."""
    s, country = f.sides, _event_country(f)
    if f.kind not in INTERVENTION_KINDS or not country:
        return s
    if s.actor2 is not None and s.actor1 is not None and s.actor1.inter == Inter.PROTESTERS and \
            state_kind(s.actor2) == "government":
        s = replace(s, actor2=None)  # the government a crowd protests against is no side: its police met it
    if any(a is not None and a.inter == Inter.STATE_FORCES for a in (s.actor1, s.actor2)):
        return s
    if s.actor2 is None and s.actor1 is not None:
        return replace(s, actor2=actor_for("police", country))
    if s.actor1 is None and s.actor2 is not None:
        return replace(s, actor1=actor_for("police", country))
    return s


def a_government_fights_with_its_military(f: MentionFacts) -> Sides:
    """A ministry or government does not fight: the side of a violent act named by the state's
    government ("the Defence Ministry said its troops took the town") is its military forces."""
    if not is_violent(f.kind):
        return f.sides
    s = f.sides
    a1, a2 = _as_military(s.actor1), _as_military(s.actor2)
    if a1 is not s.actor1 and _same_name(a1, s.actor2):
        a1 = None  # "the defence ministry said its soldiers were killed": the government told, its forces fought
    if a2 is not s.actor2 and _same_name(a2, s.actor1):
        a2 = None
    return replace(s, actor1=a1, actor2=a2)


def _as_military(a: Actor | None) -> Actor | None:
    if a is None or not a.country or a.inter != Inter.STATE_FORCES or a.name != actor_for("government", a.country).name:
        return a
    return actor_for("military", a.country, a.text, a.start, a.end)


def a_sideless_act_is_by_its_sentence_armed_actor(f: MentionFacts) -> Sides:
    """A violent act no actor was read beside ("following clashes, Russian forces captured the town")
    is by the armed actor its sentence names first; a battle's other side is the next armed actor named
    ("ont pris la ville après des combats avec les FARDC"), a battle being fought by two."""
    s = f.sides
    if s.actor1 is not None or s.actor2 is not None or not is_violent(f.kind):
        return s
    armed = [a for a in f.actors if a.inter in ARMED and a.name and not a.partisan]
    if not armed:
        return s
    other = next((a for a in armed[1:] if a.name != armed[0].name and not is_party(a.name)), None) \
        if f.kind in BATTLE_KINDS else None  # a party's crowd is told apart by a_party_is_its_crowds_associate
    return replace(s, actor1=armed[0], actor2=other)


def a_strike_on_a_group_told_by_the_states_forces_is_theirs(f: MentionFacts) -> Sides:
    """ "Une frappe de drone a tué deux jihadistes présumés, selon l'armée malienne": a strike on an armed
    group that names no author, told by the forces of the state it struck in, is theirs; ACLED codes the
    strikes an army announces on its foes as its own."""
    s = f.sides
    if f.kind != "air_strike" or s.actor1 is not None or s.actor2 is None or s.actor2.inter not in NON_STATE_ARMED:
        return s
    country = _event_country(f)
    force = _force_told(f, country) if country else None
    return replace(s, actor1=force) if force is not None and country_of_state_body(force.name) == country else s


def rivals_of_one_kind_fight_each_other(f: MentionFacts) -> Sides:
    """ "Two mobs clashed with each other", "a shoot-out between unknown gunmen": ACLED codes the same
    generic actor on both sides; so too a named group told fighting itself ("during an internal dispute",
    "infighting", "different members of the tribe clashed", "Gulf Cartel factions fought each other"), the
    unnamed gunmen of its sentence being its own."""
    s = f.sides
    if f.kind not in BATTLE_KINDS | RIOT_KINDS | CIVILIAN_DEFAULT_KINDS:
        return s
    sides = [a for a in (s.actor1, s.actor2) if a is not None]
    # the unnamed dead of the fight ("factions fought each other, leaving three gunmen dead") are its own
    named = [a for a in sides if not is_unidentified_group(a.name)]
    if (f.kind in BATTLE_KINDS or f.kind == "attack") and len(named) == 1 and named[0].inter in ARMED and \
            _cued(f, "intra_group_cues"):
        return replace(s, actor1=named[0], actor2=named[0])  # "an internal dispute": a group fought itself
    crowd = [a for a in f.actors if _is_generic_side(a)]
    if len(sides) > 1 or not crowd or (sides and not _is_generic_side(sides[0])):
        return s
    if not _reciprocal(f):
        return s
    one = sides[0] if sides else crowd[0]
    return replace(s, actor1=one, actor2=one)


def two_peoples_joined_in_a_clash_fight_each_other(f: MentionFacts) -> Sides:
    """ "Kusasi and Mamprusi gunmen exchanged fire": two peoples' militias joined by a conjunction as the subject
    of a clash, read as one side and its associate with no foe, fought each other; ACLED codes each people's
    militia on its own side. Only where no second side was read."""
    s = f.sides
    a1 = s.actor1
    if f.kind not in BATTLE_KINDS or s.actor2 is not None or not _a_peoples_militia(a1):
        return s
    joins = f.context.lang.conjunctions
    text = f.context.article.text
    for other in s.assoc1:
        if _a_peoples_militia(other) and other.name != a1.name and other.country == a1.country and \
                0 <= other.start - a1.end <= 6 and text[a1.end:other.start].strip().lower() in joins:
            return replace(s, actor2=other, assoc1=tuple(a for a in s.assoc1 if a is not other))
    return s


def _a_peoples_militia(a: Actor | None) -> bool:
    """A named people's militia ("Kusasi Ethnic Militia (Ghana)"), not a country's unidentified one."""
    return a is not None and a.inter == Inter.IDENTITY_MILITIA and not is_unidentified_group(a.name) and \
        " Ethnic Militia (" in a.name


def communal_fighters_facing_no_one_named_fought_their_own_kind(f: MentionFacts) -> Sides:
    """ "Clan militias clashed over pasture", "tribal fighters clashed": a clash whose one side is the
    country's unidentified communal militia, with no foe named, was fought between communities, ACLED's
    "Unidentified Communal Militia (country)" on both sides; so too the country's unnamed cult militia."""
    s, country = f.sides, _event_country(f)
    if f.kind not in BATTLE_KINDS or not country or s.actor2 is not None or s.actor1 is None or \
            s.actor1.name != actor_for("communal_militia", country).name and not _unidentified_tribe(s.actor1) and \
            not _unidentified_band(s.actor1):
        return s
    return replace(s, actor2=replace(s.actor1, text="", start=-1, end=-1)
                   if _unidentified_tribe(s.actor1) or _unidentified_band(s.actor1)
                   else actor_for("communal_militia", country))


def _unidentified_band(a: Actor) -> bool:
    """ "Members of rival cult groups clashed", "cultists clashed in Ughelli": a country's unnamed cult militia
    (``actors.jsonl``: "Unidentified Cult Militia (Nigeria)"), told clashing with no foe named, fought another
    cult."""
    return a.inter == Inter.IDENTITY_MILITIA and a.name.startswith("Unidentified ") and \
        a.name.split(" (")[0].endswith(" Cult Militia")


def _unidentified_tribe(a: Actor) -> bool:
    """ "Two tribes clashed over land" in Yemen or Iraq: ACLED's "Unidentified Tribal Militia (country)", the
    country's own word for its unnamed communal militia (``generic_actors.tsv``), fights its own kind too."""
    return a.inter == Inter.IDENTITY_MILITIA and a.name.startswith("Unidentified Tribal Militia (")


def unidentified_gunmen_facing_no_one_named_fought_each_other(f: MentionFacts) -> Sides:
    """ "Armed men clashed with machine guns in Tripoli": unidentified gunmen who are the subject of a verb of
    fighting each other (``mutual_fight_verbs``: "clashed", "exchanged fire"), in a sentence that names no other
    actor and an article that names no state forces or armed group, fought gunmen of their own kind; ACLED
    codes "Unidentified Armed Group (country)" on both sides."""
    s, country = f.sides, _event_country(f)
    a1 = s.actor1
    if f.kind != "armed_clash" or not country or s.actor2 is not None or a1 is None or not a1.text or \
            a1.name != actor_for("armed_group", country).name or any(a.name != a1.name for a in f.actors) or \
            f.context.state_forces or any(n != a1.name for n in f.context.named_groups):
        return s
    told = f" {fold(f.sentence)} "
    verbs = f.context.lang.roles.get("mutual_fight_verbs", ())
    if any(f" {fold(a1.text)} {v} " in told for v in verbs):
        return replace(s, actor2=a1)
    return s


def _reciprocal(f: MentionFacts) -> bool:
    """Whether the sentence tells of people acting on each other ("between two groups", "rival")."""
    sent = f" {fold(f.sentence)} "
    return any(f" {c} " in sent for c in f.context.lang.roles.get("reciprocal_cues", ()))


def _cued(f: MentionFacts, cues: str) -> bool:
    """Whether the mention's sentence holds one of the language's ``cues`` (roles)."""
    return says(f.sentence, f.context.lang, cues)


def _is_generic_side(a: Actor | None) -> bool:
    """Rioters, communal militias, armed men or a gang no one names ("inmates of rival gangs fought"): the sides
    that may face their own kind."""
    return a is not None and (a.inter in (Inter.RIOTERS, Inter.IDENTITY_MILITIA) or is_unidentified_group(a.name) or
                              is_unidentified_gang(a.name))


def generic_actors_are_of_the_event_country(f: MentionFacts) -> Sides:
    """A crowd, civilians or unnamed armed men no demonym places belong to the country the event took
    place in, not to the one the article names most; any generic actor read with no country at all
    takes the event's."""
    country = _host_aside(f) or _event_country(f)
    s = f.sides
    if not country:
        return s
    return Sides(_recountried(s.actor1, country, f), _recountried(s.actor2, country, f),
                 tuple(_recountried(a, country, f) for a in s.assoc1), tuple(_recountried(a, country, f) for a in s.assoc2))


def _names_its_country(a: Actor, f: MentionFacts) -> bool:
    """Whether the words that told of ``a`` name its country: a demonym ("Afghan migrants") or the
    country's name ("refugees from Ukraine", "la Russie")."""
    demonyms = f.context.lang.demonyms
    return bool(a.country) and (any(w in demonyms for w in fold(a.text).split()) or
                                fold(country_name(a.country)) in fold(a.text) or
                                fold(local_country_name(a.country, f.context.lang.code)) in fold(a.text))


def _one_of_the_countrys_peoples(a: Actor, country: str, f: MentionFacts) -> bool:
    """Whether the demonym that told of ``a`` is that of a people the event's country counts among its own
    (``home_peoples`` in roles): "Serb protesters" in Zvecan are Kosovo's, ACLED's "Protesters (Kosovo)",
    as Bosnian Serbs are Bosnia and Herzegovina's; elsewhere the word still names Serbia's."""
    words = f.context.lang.roles.get("home_peoples", {}).get(country, ())
    return any(w in words for w in fold(a.text).split())


def _shares_its_demonym(a: Actor, country: str, f: MentionFacts) -> bool:
    """Whether the demonym that told of ``a`` is one the event's country shares with another state
    (``shared_demonyms`` in roles): "Congolese police" in Brazzaville are the Republic of Congo's, its
    forces and people as much as its crowds; the table reads the word as the other state's."""
    words = f.context.lang.roles.get("shared_demonyms", {}).get(country, ())
    return any(w in words for w in fold(a.text).split())


def _migrants_word(text: str, lang: LanguagePack) -> bool:
    """Whether ``text`` is one of the language's words for migrants, who are foreigners where they are."""
    return fold(text) in _migrant_words(lang)


@functools.lru_cache(maxsize=None)
def _migrant_words(lang: LanguagePack) -> frozenset[str]:
    return frozenset(w for w, kind, *_ in lang.generic_actors[0] if kind == "migrants")


def _host_aside(f: MentionFacts) -> str | None:
    """ "Le gouvernement malien et les rebelles ont signé à Alger un accord": an agreement signed abroad
    binds a state and the armed men it fights at home, not the host's; the state side's country, or with an
    unnamed state ("the government and the ELN signed in Havana") the one country its named adversary fights in."""
    place = f.place.country if f.place is not None else None
    if f.kind not in HOSTED_KINDS or not place:
        return None
    sides = [a for a in (f.sides.actor1, f.sides.actor2) if a is not None]
    states = {a.country for a in sides if a.country and state_kind(a) is not None}
    if states <= {place} and not any(_names_its_country(a, f) for a in sides if state_kind(a) is not None):
        states = {c for a in (*sides, *f.sides.assoc1) if (c := home_country(a))}  # a party may still be listed beside
    return next(iter(states)) if len(states) == 1 and place not in states else None


def _recountried(a: Actor | None, country: str, f: MentionFacts) -> Actor | None:
    if a is None or a.country == country:
        return a
    if not a.country:  # a generic actor no country was known for when it was read: the event's
        kinds = [k for k in COUNTRY_GENERIC_KINDS + STATE_KINDS if actor_for(k, None).name == a.name]
        return actor_for(kinds[0], country, a.text, a.start, a.end) if kinds else _family_of(a, country, f)
    if _shares_its_demonym(a, country, f):
        kind = state_kind(a) or next((k for k in COUNTRY_GENERIC_KINDS if actor_for(k, a.country).name == a.name), None)
        return actor_for(kind, country, a.text, a.start, a.end) if kind else a
    if _names_its_country(a, f) and not _one_of_the_countrys_peoples(a, country, f):
        return a  # its own words name its country: "Afghan migrants", "refugees from Ukraine", "la Russie"
    if _migrants_word(a.text, f.context.lang):
        return a  # migrants whose nationality the report tells apart ("The migrants were from Syria")
    for kind in COUNTRY_GENERIC_KINDS:
        if actor_for(kind, a.country).name == a.name:
            return actor_for(kind, country, a.text, a.start, a.end)
    kind = state_kind(a) if a.country == f.context.country else None
    if kind is not None:  # "Police intervened" in a Russian town of an article on Ukraine
        return actor_for(kind, country, a.text, a.start, a.end)
    return a


def _family_of(a: Actor, country: str, f: MentionFacts) -> Actor:
    """A militia named after a people or a place ("Dinka Ethnic Militia") read before any country was
    known: ACLED's name carries the event's country ("Dinka Ethnic Militia (South Sudan)")."""
    for fam in f.context.lang.actor_families:
        head, _, tail = fam.template.partition("{name}")
        suffix = tail.replace(" ({country})", "")
        if "{country}" in tail and not head and suffix and a.name.endswith(suffix):
            return replace(a, name=f"{a.name} ({country_name(country)})", country=country)
    return a


def _foreign_state(f: MentionFacts, own: str | None) -> str | None:
    """Another country whose demonym the sentence uses ("shot down a Russian drone")."""
    found = _foreign_demonym(f, own)
    return found[0] if found else None


def _foreign_demonym(f: MentionFacts, own: str | None) -> tuple[str, str, int, int] | None:
    """(country, word, start, end) of the first demonym of another country in the sentence, with the word's
    place in the article when the sentence is found there (-1 otherwise): the evidence of the state it names."""
    demonyms = f.context.lang.demonyms
    at = f.context.article.text.find(f.sentence) if f.sentence else -1
    for m in re.finditer(r"[^\s.,;:()]+", f.sentence):
        country = demonyms.get(fold(m.group()))
        if country and country != own:
            start = at + m.start() if at >= 0 else -1
            return country, m.group(), start, start + len(m.group()) if at >= 0 else -1
    return None


def _foreign_force(f: MentionFacts, own: str | None) -> Actor | None:
    """The military of the state a demonym in the sentence names, with the demonym as its evidence."""
    found = _foreign_demonym(f, own)
    return actor_for("military", *found) if found else None


def defused_weapons_are_an_unidentified_group(f: MentionFacts) -> Sides:
    """Weapons the state, or a coalition of states, seizes, defuses or shoots down from no one named:
    another state's forces when the sentence gives the weapon a nationality, else ACLED's unidentified
    armed group."""
    s, country = f.sides, _event_country(f)
    if f.kind not in TWO_SIDED_BY_STATE or s.actor1 is None or s.actor2 is not None or not country or \
            s.actor1.inter != Inter.STATE_FORCES and not is_coalition(s.actor1.name) or \
            _owns_the_weapon(s.actor1, f, country):
        return s
    foreign = _foreign_force(f, country_of_state_body(s.actor1.name))
    return replace(s, actor2=foreign or actor_for("armed_group", country))


def weapons_disrupted_by_no_force_named_were_by_the_state(f: MentionFacts) -> Sides:
    """ "an IED was defused near Ghazni", "a drone was shot down over the city": ACLED's disrupted weapons
    use is a state's act on another's weapon; with no state force named, the event country's military
    disrupted it, and the other side is the group named, the state a demonym gives the weapon, or an
    unidentified armed group."""
    s, country = f.sides, _event_country(f)
    sides = [a for a in (s.actor1, s.actor2) if a is not None]
    if f.kind in TWO_SIDED_BY_STATE and country and _went_off_in_its_makers_hands(f) and \
            not any(a.inter == Inter.STATE_FORCES for a in sides):
        return replace(s, actor1=next((a for a in sides if a.inter != Inter.CIVILIANS), None)
                       or actor_for("armed_group", country), actor2=None)
    if f.kind not in TWO_SIDED_BY_STATE or not country or len(sides) == 2 or \
            any((a.inter == Inter.STATE_FORCES or is_coalition(a.name)) and not _weapons_nation(a, f, country)
                and not _owns_the_weapon(a, f, country) for a in sides):
        return s
    foreign = _foreign_force(f, country)
    other = sides[0] if sides else foreign or actor_for("armed_group", country)
    return replace(s, actor1=actor_for("military", country), actor2=other)


def _went_off_in_its_makers_hands(f: MentionFacts) -> bool:
    """ "the bomb they were planting went off prematurely": a device that exploded early (``self_detonation_words``)
    was disrupted by no state; ACLED names its owners alone."""
    early = f.context.lang.folded_filter("self_detonation_words")
    return any(w in early for w in re.findall(r"\w+", fold(f.sentence)))


def _owns_the_weapon(a: Actor, f: MentionFacts, country: str) -> bool:
    """Whether ``a`` is another country's state force written as the word before the weapon ("a Houthi missile was
    intercepted over Abha", "a Turkish drone was shot down"): the weapon's owner, not who disrupted it, which
    is the event country's own military."""
    home = country_of_state_body(a.name)
    if not home or home == country or not a.text:
        return False
    roles = f.context.lang.roles
    weapons = set(roles.get("fired_weapons", ())) | set(roles.get("aerial_means", ()))
    words = _words_of(f.sentence)
    owner = _words_of(a.text)
    return any(words[i:i + len(owner)] == owner and words[i + len(owner)] in weapons
               for i in range(len(words) - len(owner)))


def _weapons_nation(a: Actor, f: MentionFacts, country: str) -> bool:
    """Whether ``a`` is another state's military told only by the demonym on a weapon ("a Russian drone
    was shot down"): the weapon's owner, not who disrupted it."""
    lang = f.context.lang
    named = fold(a.text) in lang.demonyms or a.country is not None and fold(a.text) in (
        fold(country_name(a.country)), fold(local_country_name(a.country, lang.code)))  # "launched by Russia"
    return a.country != country and named and state_kind(a) == "military"


def _without_the_striker(f: MentionFacts) -> str:
    """ "Russian troops shelled a village, killing two men": the words naming the striker ("troops") are no armed
    target of the dead, who are civilians; the sentence without its actor1's mention still names any post or unit
    it did hit. A strike that killed no one keeps the whole sentence: ACLED names no target for one that damaged
    houses."""
    a1 = f.sides.actor1
    if a1 is None or not a1.text:
        return f.sentence
    return f.sentence.replace(a1.text, " ", 1)


def _military_site_holder(f: MentionFacts, country: str) -> str | None:
    """ "Ukrainian drones struck an air base in Saratov oblast": a site only a state's military holds
    (``military_sites`` in roles: an air base, an arsenal), struck by another state's forces, is held by the military
    of the country it lies in, which ACLED names the strike's target; struck by the country's own forces, it is held
    by the foreign state whose forces hold part of the country that day ("Ukrainian missiles hit an air base in
    Crimea": Russia's, ``foreign_holders.tsv``). The holding state's code, or None."""
    a1 = f.sides.actor1
    if a1 is None or a1.inter != Inter.STATE_FORCES or not a1.name or is_coalition(a1.name):
        return None
    home = country_of_state_body(a1.name)
    if not home or not holds_target(f.sentence, f.context.lang, "military_sites"):
        return None
    if home != country:
        return country
    holder = foreign_holder(country, f.event_date)
    return holder if holder is not None and holder != country else None


def remote_violence_on_civilians(f: MentionFacts) -> Sides:
    """An explosion or strike whose sentence names civilians or their homes, or that kills, and no armed
    target: its actor2 is "Civilians (country)", as ACLED codes remote violence against civilians.
    One whose sentence names armed men and no civilians hit them: they are its actor2."""
    s, country = f.sides, _event_country(f)
    if f.kind in EXPLOSION_KINDS and s.actor1 is not None and s.actor1.inter == Inter.CIVILIANS and \
            (s.actor2 is None or s.actor2.inter != Inter.CIVILIANS):
        swapped = replace(s, actor1=s.actor2, actor2=s.actor1, assoc1=s.assoc2, assoc2=s.assoc1)  # the civilians a strike hit are its target
        if swapped.actor1 is None and f.kind in UNCLAIMED_KINDS and country:
            swapped = an_unclaimed_bomb_is_the_articles_group(
                replace(f, sides=replace(swapped, actor1=actor_for("armed_group", country))))
        return swapped
    if f.kind not in EXPLOSION_KINDS or s.actor2 is not None or not country:
        return s
    victims = [a for a in f.actors if a.inter == Inter.CIVILIANS]
    armed = [a for a in f.actors if a.inter in ARMED and a.name and not a.partisan and not _same_name(a, s.actor1)
             and not _same_state(a, s.actor1)]  # "une frappe de la junte": the striker's own government
    if armed and not victims:  # "an IED targeted a QSD vehicle": the armed men the sentence names were hit
        return replace(s, actor2=armed[0])
    holder = _military_site_holder(f, country) if not armed and not victims else None
    if holder is not None:
        return replace(s, actor2=actor_for("military", holder))
    if armed or holds_target(_without_the_striker(f) if f.fatalities else f.sentence, f.context.lang):
        return s
    if victims or f.fatalities or _civilian_target(f.sentence, f.context.lang):
        return replace(s, actor2=victims[0] if victims else actor_for("civilians", country))
    return s


def a_joined_protests_crowd_is_no_side_of_a_development(f: MentionFacts) -> Sides:
    """ "Security measures: the President declared a state of emergency amid demonstrations": the crowd a
    protest mentioned in passing lent the event (no words of this event name it) is no side of a
    strategic development."""
    s = f.sides
    if f.kind not in QUIET_KINDS:
        return s

    def lent(a: Actor | None) -> bool:
        return a is not None and a.inter in (Inter.PROTESTERS, Inter.RIOTERS) and not a.text

    return replace(s, actor1=None if lent(s.actor1) else s.actor1, actor2=None if lent(s.actor2) else s.actor2)


def an_unnamed_authority_is_the_government(f: MentionFacts) -> Sides:
    """A security measure no one is named for (a lockdown, a curfew, a ban) is taken by the state:
    ACLED's "Government of country"; by its forces when the sentence names them ("regime forces
    carried out sweeps"): ACLED codes the body that acts, not the state behind it, and of several the one
    it names first in joint operations (``joint_operations.tsv``: "400 National Guard and 500 military
    elements were deployed" in Mexico is the military's, the National Guard beside it). Like the
    government, the force is a default the rule supplies, not a side read beside the trigger."""
    s, country = f.sides, _event_country(f)
    if f.kind != "change_to_group" or s.actor1 is not None or not country:
        return s
    forces = [a for a in f.actors if a.inter == Inter.STATE_FORCES and _force_body(a) is not None and
              country_of_state_body(a.name) == country]
    lead = next((a for a in forces if _force_body(a) == leading_force(country)), None)
    if s.actor2 is not None and s.actor2.inter == Inter.STATE_FORCES:
        if lead is None or _force_body(s.actor2) == _force_body(lead):
            return replace(s, actor1=s.actor2, actor2=None)
        return replace(s, actor1=lead, actor2=None, assoc1=(s.actor2, *s.assoc1))
    force = lead or (forces[0] if forces else None)
    force = replace(force, start=-1, end=-1) if force is not None else None
    return replace(s, actor1=force if force is not None else actor_for("government", country))


def an_election_is_the_governments(f: MentionFacts) -> Sides:
    """ "Elections/referendum: a general election was held": an election no actor is named for is coded
    by ACLED as a development of the state, "Government of country" (``election_cues``)."""
    s, country = f.sides, _event_country(f)
    if f.kind != "other_strategic" or s.actor1 is not None or s.actor2 is not None or not country or \
            not _cued(f, "election_cues"):
        return s
    return replace(s, actor1=actor_for("government", country))


def crime_marks_an_unidentified_gang(f: MentionFacts) -> Sides:
    """ACLED names armed men nobody identifies "Unidentified Gang (country)" when the act bears the marks
    of organised crime its sentence tells of (a drive-by shooting, the drug trade, a cartel)."""
    s, country = f.sides, _event_country(f)
    if not country or not _crime_told(f.sentence, f.context.lang):
        return s
    gang = [actor_for("gang", country, *_spans(a)) if a is not None and is_unidentified_group(a.name) else a
            for a in (s.actor1, s.actor2)]
    return replace(s, actor1=gang[0], actor2=gang[1])


def a_communal_disputes_unnamed_fighters_are_a_communal_militia(f: MentionFacts) -> Sides:
    """ACLED names the armed men nobody identifies who fight in a dispute between communities (over a
    boundary, a chieftaincy: ``communal_dispute_cues``) "Unidentified Communal Militia (country)", the
    identity militia of a community, not an unidentified armed group. A land dispute alone may be two
    families' or two men's: no cue."""
    s, country = f.sides, _event_country(f)
    if not country or not any(a is not None and is_unidentified_group(a.name) for a in (s.actor1, s.actor2)):
        return s
    folded = _padded(f.sentences or f.sentence)
    if not any(f" {cue} " in folded for cue in f.context.lang.roles.get("communal_dispute_cues", ())):
        return s
    militia = [actor_for("communal_militia", country, *_spans(a)) if a is not None and
               a.name == actor_for("armed_group", country).name else a for a in (s.actor1, s.actor2)]
    return replace(s, actor1=militia[0], actor2=militia[1])


def unnamed_killers_may_be_a_militia(f: MentionFacts) -> Sides:
    """Where ACLED cannot tell gangs from police militias (``gang_or_militia.tsv``: Brazil), unidentified
    armed men who kill with the marks of either (``militia_marks``: an execution, a drive-by shooting;
    told of the event or in the sentence after it, "Police called the killing an execution") and no word
    of the drug trade or of a gang in the report, or who exchange fire with the police (but for men the words
    call a gang or drug traffickers, whom the words tell from a militia: the country's gang), are its
    "Unidentified Gang and/or Police Militia"."""
    s, country = f.sides, _event_country(f)
    if gang_or_militia(country) is None:
        return s
    roles = f.context.lang.roles
    marks = set(roles.get("militia_marks", ()))
    folded, told = _padded(f"{f.sentences or f.sentence} {_sentence_after(f)}"), _padded(f.context.article.text)
    marked = any(f" {m} " in folded for m in marks) and not any(
        f" {cue} " in told or f" {cue}s " in told for cue in roles.get("crime_cues", ()) if cue not in marks)
    police = any(a is not None and a.inter == Inter.STATE_FORCES for a in (s.actor1, s.actor2))
    if not (marked or f.kind == "armed_clash" and police):
        return s

    def unnamed(a: Actor | None) -> Actor | None:
        if a is None or not (is_unidentified_group(a.name) or marked and a.name == actor_for("gang", country).name):
            return a
        return gang_or_militia(country, *_spans(a)) if a.text or marked else a

    return replace(s, actor1=unnamed(s.actor1), actor2=unnamed(s.actor2))


def _sentence_after(f: MentionFacts) -> str:
    """The sentence right after the mention's own in the article ("... killed by two gunmen. The police
    called it an execution."), or ""."""
    text = f.context.article.text
    at = text.find(f.sentence) if f.sentence else -1
    if at < 0:
        return ""
    rest = text[at + len(f.sentence):]
    m = re.match(r"\s*(.+?[.!?])(?:\s|$)", rest, re.S)
    return m.group(1) if m else rest.strip()


def _spans(a: Actor | None) -> tuple:
    """The words that told of ``a``, for a generic actor that stands in for it."""
    return (a.text, a.start, a.end) if a is not None else ()


def _words(sentence: str) -> set[str]:
    return set(fold(sentence).replace("'", " ").split())


def _padded(text: str) -> str:
    """The folded words of ``text`` (hyphens kept: "drive-by") between spaces, for matching " cue "."""
    return " " + " ".join(re.sub(r"[^\w-]+", " ", fold(text)).split()) + " "


def _crime_told(sentence: str, lang: LanguagePack) -> bool:
    folded = _padded(sentence)
    return any(f" {cue} " in folded or f" {cue}s " in folded for cue in lang.roles.get("crime_cues", ()))


def unnamed_fighters_are_named_after_their_region(f: MentionFacts) -> Sides:
    """ACLED names the armed men nobody identifies after the region where it does so
    (``regional_actors.tsv``): unidentified militants in Jammu and Kashmir are "Kashmir Rebels (India)";
    "insurgents" no sentence names in Cabo Delgado are the Islamic State's Mozambique province, whose
    insurgency is the only one there, while its unnamed gunmen stay unidentified."""
    place = f.place
    if place is None or not place.admin1:
        return f.sides
    s = f.sides

    def regional(a: Actor | None) -> Actor | None:
        if a is None:
            return a
        found = regional_name(a.name, a.country, place.admin1)
        if found is None:
            labelled = regional_name(a.name, a.country, place.admin1, label=True)
            found = labelled if labelled is not None and is_label(a.text, f.context.lang, a.country) else None
        return a if found is None else replace(a, name=found[0], inter=Inter(found[1]))

    return replace(s, actor1=regional(s.actor1), actor2=regional(s.actor2))


def coalition_members_act_as_the_coalition(f: MentionFacts) -> Sides:
    """ACLED codes a member state's forces in a coalition's theatre as the coalition ("stands_for" in
    actors.jsonl): US troops in Syria are the "Global Coalition Against Daesh", the state kept as its
    associated actor; Saudi forces in Yemen are "Operation Restoring Hope"; Turkish forces fighting the
    SDF in Syria are "Operation Peace Spring" ("stands_for_against": the opponents it is coded against),
    though not in an air or drone strike, which that operation on the ground does not carry out
    ("ground_operation")."""
    s, country = f.sides, _event_country(f)
    if not country:
        return s
    from_the_air = f.kind == "air_strike"
    a1, named = _as_coalition(s.actor1, s.actor2, country, from_the_air)
    a2, _ = _as_coalition(s.actor2, s.actor1, country, from_the_air)
    assoc = s.assoc1
    if named and not any(_same_name(s.actor1, x) for x in assoc):
        assoc = (s.actor1, *assoc)
    return replace(s, actor1=a1, actor2=a2, assoc1=assoc)


def _as_coalition(a: Actor | None, other: Actor | None, country: str,
                  from_the_air: bool = False) -> tuple[Actor | None, bool]:
    """``a`` as the coalition its state's military is coded as in ``country`` (unless the other side
    already is it), and whether ACLED keeps the state named beside it."""
    state = country_of_state_body(a.name) if a is not None and state_kind(a) == "military" else None
    coalition = coalition_of(state, country, other.name if other is not None else None, from_the_air) \
        if state else None
    if coalition is None or other is not None and other.name == coalition[0]:
        return a, False
    name, inter, names_members = coalition
    return Actor(name=name, inter=inter, country=None, text=a.text, start=a.start, end=a.end), names_members


def state_forces_carry_the_period_of_their_day(f: MentionFacts) -> Sides:
    """ACLED names a state's forces with the period of the government in office on the event's day,
    not today's."""
    s, day = f.sides, f.event_date
    return Sides(dated(s.actor1, day), dated(s.actor2, day), tuple(dated(a, day) for a in s.assoc1),
                 tuple(dated(a, day) for a in s.assoc2))


def an_agreement_binds_its_two_parties(f: MentionFacts) -> Sides:
    """ "The government and the rebels signed a truce": an agreement's parties are its two sides, not one
    side and its associate; the first party of another body than actor1 listed beside it is actor2, over
    actor1's own state named after the verb ("signed an agreement on the unification of forces")."""
    s = f.sides
    if f.kind != "agreement" or s.actor1 is None or s.actor2 is not None and not _same_state(s.actor2, s.actor1):
        return s
    other = next((a for a in s.assoc1 if not _same_state(a, s.actor1) and not _same_name(a, s.actor1)), None)
    if other is None:
        return s
    return replace(s, actor2=other, assoc1=tuple(a for a in s.assoc1 if a is not other))


def associates_are_not_sides(f: MentionFacts) -> Sides:
    """ACLED's associated actors act alongside actor1; an actor coded as a side is not also one of them.
    One read beside both sides (two tellings joined) stands with the side of its own kind: the soldiers
    beside the police that met a protest, not beside the protesters."""
    s = f.sides
    both = [a for a in s.assoc1 if any(_same_name(a, b) for b in s.assoc2)]
    theirs = [a for a in both if s.actor2 is not None and a.inter == s.actor2.inter and
              (s.actor1 is None or s.actor1.inter != a.inter)]
    if theirs:
        s = replace(s, assoc1=tuple(a for a in s.assoc1 if not any(a is b for b in theirs)))
    return replace(s, assoc1=tuple(a for a in s.assoc1 if not _same_name(a, s.actor1) and not _same_name(a, s.actor2)),
                   assoc2=tuple(a for a in s.assoc2 if not _same_name(a, s.actor1) and not _same_name(a, s.actor2)
                                and not any(_same_name(a, b) for b in s.assoc1)) if s.actor2 is not None else ())


_SETTLING = frozenset({Stage.MENTION, Stage.JOINED})

# The side rules in the order they apply, each with the stages it runs at. A later rule sees what the
# earlier ones made: a battle's lone side is moved to actor1 before its opponent is filled in. The
# rules that fill a side from ACLED's defaults (civilians, unidentified groups, rioters, police) run
# at the event stage only: a side no words named must not decide which mentions are one event.
RULES: tuple[tuple[Callable[[MentionFacts], Sides], frozenset[Stage]], ...] = (
    (labels_stand_for_groups, frozenset({Stage.MENTION})),
    (fighting_tribesmen_are_their_tribes_militia, _SETTLING),
    (civilians_are_no_side_of_a_battle, _SETTLING),
    (no_actor_against_itself, _SETTLING | {Stage.EVENT}),
    (forces_of_one_state_named_together_act_together, _SETTLING | {Stage.EVENT}),
    (battle_side_is_actor1, _SETTLING),
    (unopposed_attack_is_on_civilians, _SETTLING),
    (crowd_is_actor1_of_a_protest, _SETTLING),
    (crowd_is_the_country_protesters, _SETTLING),
    (peaceful_protest_has_no_actor2, _SETTLING | {Stage.EVENT}),
    (protesters_are_the_target_of_force, _SETTLING),
    (unclaimed_bomb_is_an_unidentified_group, _SETTLING),
    (an_unknown_weapon_is_an_unidentified_groups, frozenset({Stage.EVENT})),
    (unclaimed_bomb_kills_civilians, frozenset({Stage.EVENT})),
    (arrest_is_by_state_forces, _SETTLING),
    (only_state_forces_neutralise, frozenset({Stage.EVENT})),
    (seized_weapons_are_the_main_group, _SETTLING),
    (state_fights_the_main_group, _SETTLING),
    (states_fight_each_other, _SETTLING),
    (group_fights_the_state, _SETTLING),
    (aid_goes_to_civilians, frozenset({Stage.EVENT})),
    (a_monitors_exchange_of_fire_is_between_the_fronts_sides, frozenset({Stage.EVENT})),
    (a_monitors_explosions_came_from_across_the_front, frozenset({Stage.EVENT})),
    (the_leading_force_of_a_joint_operation_is_actor1, frozenset({Stage.EVENT})),
    (the_host_states_forces_lead_the_allies_told_with_them, frozenset({Stage.EVENT})),
    (a_handed_over_place_goes_to_its_recipient, frozenset({Stage.EVENT})),
    (territory_is_taken_from_the_state, frozenset({Stage.EVENT})),
    (remnants_of_war_were_left_by_unidentified_forces, frozenset({Stage.EVENT})),
    (an_unclaimed_bomb_is_the_articles_group, frozenset({Stage.EVENT})),
    (generic_actors_are_of_the_event_country, frozenset({Stage.EVENT})),
    (one_person_who_wrecks_or_throws_a_grenade_is_a_lone_perpetrator, frozenset({Stage.EVENT})),
    (a_sideless_act_is_by_its_sentence_armed_actor, frozenset({Stage.EVENT})),
    (a_strike_on_a_group_told_by_the_states_forces_is_theirs, frozenset({Stage.EVENT})),
    (a_government_fights_with_its_military, frozenset({Stage.EVENT})),
    (an_invader_fights_the_host_state, frozenset({Stage.EVENT})),
    (a_force_at_home_fighting_no_one_named_fights_an_unidentified_group, frozenset({Stage.EVENT})),
    (rivals_of_one_kind_fight_each_other, frozenset({Stage.EVENT})),
    (two_peoples_joined_in_a_clash_fight_each_other, frozenset({Stage.EVENT})),
    (communal_fighters_facing_no_one_named_fought_their_own_kind, frozenset({Stage.EVENT})),
    (unidentified_gunmen_facing_no_one_named_fought_each_other, frozenset({Stage.EVENT})),
    (a_party_is_its_crowds_associate, frozenset({Stage.EVENT})),
    (a_partys_member_struck_by_others_is_a_civilian, frozenset({Stage.EVENT})),
    (forces_that_only_came_are_no_side_of_a_riot, frozenset({Stage.EVENT})),
    (a_riot_crowd_is_rioters, frozenset({Stage.EVENT})),
    (a_force_only_hurt_is_no_side_of_a_crowds_clash, frozenset({Stage.EVENT})),
    (a_wrecked_police_post_is_the_polices, frozenset({Stage.EVENT})),
    (the_group_a_mobs_victim_is_suspected_of_serving_is_no_side, frozenset({Stage.EVENT})),
    (the_armed_side_acts_on_civilians, frozenset({Stage.EVENT})),
    (suspects_of_a_group_are_civilians, frozenset({Stage.EVENT})),
    (critics_of_the_government_are_civilians, frozenset({Stage.EVENT})),
    (seized_drugs_belong_to_a_gang, frozenset({Stage.EVENT})),
    (violence_against_civilians_names_its_target, frozenset({Stage.EVENT})),
    (a_riot_told_as_a_clash_with_a_force_is_fought_by_it, frozenset({Stage.EVENT})),
    (a_post_told_with_its_country_is_its_forces, frozenset({Stage.EVENT})),
    (an_attack_on_a_post_is_on_the_state, frozenset({Stage.EVENT})),
    (a_state_attack_on_no_one_named_is_on_civilians, frozenset({Stage.EVENT})),
    (herders_and_farmers_who_fight_are_communal_militias, frozenset({Stage.EVENT})),
    (a_beating_by_no_armed_group_is_mob_violence, frozenset({Stage.EVENT})),
    (a_crowd_that_attacks_is_rioters, frozenset({Stage.EVENT})),
    (a_partys_people_a_mob_attacked_are_civilians, frozenset({Stage.EVENT})),
    (communal_clashes_are_fought_by_the_peoples_named, frozenset({Stage.EVENT})),
    (a_clash_of_unarmed_people_is_mob_violence, frozenset({Stage.EVENT})),
    (the_suspects_a_mob_punished_are_civilians, frozenset({Stage.EVENT})),
    (unnamed_author_is_an_unidentified_group, frozenset({Stage.EVENT})),
    (a_group_protesting_is_associated_with_the_protesters, frozenset({Stage.EVENT})),
    (a_protest_has_its_crowd, frozenset({Stage.EVENT})),
    (an_armed_group_firing_on_a_protest_faces_its_crowd, frozenset({Stage.EVENT})),
    (a_protest_met_by_unarmed_people_is_met_by_rioters, frozenset({Stage.EVENT})),
    (police_intervene_in_a_protest, frozenset({Stage.EVENT})),
    (the_people_of_a_protest_are_its_protesters, frozenset({Stage.EVENT})),
    (a_counter_demonstration_faces_the_protesters, frozenset({Stage.EVENT})),
    (weapons_disrupted_by_no_force_named_were_by_the_state, frozenset({Stage.EVENT})),
    (defused_weapons_are_an_unidentified_group, frozenset({Stage.EVENT})),
    (remote_violence_on_civilians, frozenset({Stage.EVENT})),
    (a_joined_protests_crowd_is_no_side_of_a_development, frozenset({Stage.EVENT})),
    (an_unnamed_authority_is_the_government, frozenset({Stage.EVENT})),
    (an_unsigned_bomb_threat_is_by_a_sole_perpetrator, frozenset({Stage.EVENT})),
    (protesters_acted_upon_outside_a_demonstration_are_civilians, frozenset({Stage.EVENT})),
    (an_election_is_the_governments, frozenset({Stage.EVENT})),
    (an_unnamed_attacker_of_a_named_side_is_an_unidentified_group, frozenset({Stage.EVENT})),
    (crime_marks_an_unidentified_gang, frozenset({Stage.EVENT})),
    (unnamed_killers_may_be_a_militia, frozenset({Stage.EVENT})),
    (a_communal_disputes_unnamed_fighters_are_a_communal_militia, frozenset({Stage.EVENT})),
    (unnamed_fighters_are_named_after_their_region, frozenset({Stage.EVENT})),
    (an_attack_names_its_civilian_target, frozenset({Stage.EVENT})),
    (coalition_members_act_as_the_coalition, frozenset({Stage.EVENT})),
    (state_forces_carry_the_period_of_their_day, frozenset({Stage.EVENT})),
    (protesters_met_with_force_are_actor1, frozenset({Stage.EVENT})),
    (a_partys_crowd_has_it_beside_it, frozenset({Stage.EVENT})),
    (a_demonstrations_caller_is_its_crowds_associate, frozenset({Stage.EVENT})),
    (a_crowds_people_are_its_ethnic_group, frozenset({Stage.EVENT})),
    (a_crowds_people_are_its_associates, frozenset({Stage.EVENT})),
    (civilians_are_named_with_who_they_are, frozenset({Stage.EVENT})),
    (people_a_mob_set_upon_while_protesting_are_protesters, frozenset({Stage.EVENT})),
    (a_mob_punishing_a_suspect_is_a_vigilante_group, frozenset({Stage.EVENT})),
    (the_fighting_that_displaced_people_is_no_side, frozenset({Stage.EVENT})),
    (displaced_civilians_are_refugees, frozenset({Stage.EVENT})),
    (an_agreement_binds_its_two_parties, frozenset({Stage.EVENT})),
    (associates_are_not_sides, frozenset({Stage.EVENT})),
    (fire_from_a_states_positions_is_by_its_forces, frozenset({Stage.EVENT})),
    (a_launch_from_abroad_is_by_that_countrys_group, frozenset({Stage.EVENT})),
    (intercepted_fire_from_abroad_is_that_countrys_group, frozenset({Stage.EVENT})),
    (civilians_whose_holdings_a_demonym_names_are_of_its_country, frozenset({Stage.EVENT})),
    (civilians_a_count_names_by_demonym_are_of_its_country, frozenset({Stage.EVENT})),
)


def settle_sides(facts: MentionFacts, stage: Stage) -> Sides:
    """The mention's sides once every rule of ``stage`` has applied, in the order of ``RULES``. A rule
    that gives back the very sides it was given changed nothing: the facts are copied only when it
    did (most rules leave a mention's sides as they are, and two copies per rule and mention cost more
    than the rules)."""
    for rule in _rules_of(stage):
        after = rule(facts)
        if after is not facts.sides:
            facts = replace(facts, sides=_noted(rule.__name__, facts.sides, after))
    return facts.sides


@functools.cache
def _rules_of(stage: Stage) -> tuple[Callable[[MentionFacts], Sides], ...]:
    """The rules of ``stage`` in ``RULES``'s order, listed once: an enum's hash is a Python call, and testing
    each rule's stages cost about 80 of them per mention."""
    return tuple(rule for rule, stages in RULES if stage in stages)


def _noted(rule: str, before: Sides, after: Sides) -> Sides:
    """``after`` with the sides ``rule`` changed added to the record of ``before``."""
    changed = tuple((rule, side) for side in ("actor1", "actor2", "assoc1", "assoc2")
                    if getattr(before, side) != getattr(after, side))
    return replace(after, changed_by=before.changed_by + changed)
