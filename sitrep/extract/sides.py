"""ACLED's sides of a mention: who is actor1, who is actor2, who acts alongside actor1.

The roles read from a sentence (``arguments.assign_roles``) say who stands before and after a
trigger; ACLED's codebook then says who can be a side of what. Each rule below is a pure function
from a mention's facts to new sides. ``settle_sides`` applies ``RULES`` in order, each rule at the
stages it belongs to: when a mention is built from its trigger, each time another mention joins it,
and when it becomes an event record.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum

from sitrep.acled import ARMED, NAMED_GROUPS, UNARMED, Inter, is_unidentified_group
from sitrep.extract.arguments import Roles
from sitrep.extract.context import ArticleContext
from sitrep.lang import LanguagePack
from sitrep.normalise.actors import actor_for
from sitrep.normalise.countries import country_of_state_body
from sitrep.text import fold
from sitrep.types import Actor, Place

BATTLE_KINDS = {"armed_clash", "territory_gain"}
CIVILIAN_DEFAULT_KINDS = {"attack"}
TWO_SIDED_BY_STATE = {"disrupted_weapons"}
UNCLAIMED_KINDS = {"remote_explosive", "suicide_bomb", "grenade"}  # weapons of groups that often go unnamed
PROTEST_KINDS = {"peaceful_protest", "protest_intervention", "violent_demonstration"}
DEFINITE_LOOKBACK_CHARS = 12  # the article of a label ("les ", "the ") sits within a word before it


@dataclass(frozen=True)
class Sides:
    """ACLED's actor1, actor2 and the associated actors of side 1."""

    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc1: tuple[Actor, ...] = ()
    changed_by: tuple[tuple[str, str], ...] = ()  # (rule, side) of each rule that changed a side: why they are these

    @classmethod
    def of(cls, roles: Roles) -> Sides:
        return cls(roles.actor1, roles.actor2, tuple(roles.assoc1))


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
    return country_of_state_body(name) or name


def _definite(text: str, actor: Actor, lang: LanguagePack) -> bool:
    """ "les assaillants" points back to attackers already named; "des hommes armés" does not."""
    words = fold(text[max(0, actor.start - DEFINITE_LOOKBACK_CHARS):actor.start]).replace("'", "' ").split()
    return bool(words) and words[-1] in lang.roles.get("definite", ())


def _armed_target(sentence: str, lang: LanguagePack) -> bool:
    """ "attacked a checkpoint", "une position de l'armée": a target that bears arms though no actor is named."""
    words = set(lang.roles.get("armed_targets", ()))
    sent = fold(sentence)
    return any(f" {w} " in f" {sent} " for w in words)


def _group_for_label(actor: Actor | None, f: MentionFacts) -> Actor | None:
    ctx = f.context
    if actor is None:
        return actor
    if not actor.partisan:
        if not (is_unidentified_group(actor.name) and ctx.named_groups and _definite(f.text, actor, ctx.lang)):
            return actor
    if ctx.named_groups:
        return Actor(name=_main(ctx.named_groups), inter=Inter.REBEL_GROUP, country=ctx.country, text=actor.text,
                     start=actor.start, end=actor.end)
    return actor_for("armed_group", ctx.country, actor.text, actor.start, actor.end)


def labels_stand_for_groups(f: MentionFacts) -> Sides:
    """ "les terroristes" stands for the armed group the article names most, and so do "les assaillants"
    when the article names a group: ACLED codes the group, not the word. With no group named, a label
    is ACLED's unidentified armed group of the country."""
    s = f.sides
    return Sides(_group_for_label(s.actor1, f), _group_for_label(s.actor2, f),
                 tuple(_group_for_label(a, f) for a in s.assoc1))


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
    if not others and (s.actor1 is None or by_group) and \
            (f.fatalities or by_group and not _armed_target(f.sentence, ctx.lang)):
        return replace(s, actor2=actor_for("civilians", ctx.country))
    return s


def _protest_of_a_country(f: MentionFacts) -> bool:
    return f.kind in PROTEST_KINDS and bool(f.context.country)


def crowd_is_actor1_of_a_protest(f: MentionFacts) -> Sides:
    """ACLED codes the demonstrators as actor1 of a protest; a crowd read as the one acted upon
    ("police dispersed the protesters") is turned back to the front."""
    s = f.sides
    if _protest_of_a_country(f) and s.actor2 is not None and s.actor2.inter in UNARMED and \
            (s.actor1 is None or s.actor1.inter != Inter.PROTESTERS):
        return replace(s, actor1=s.actor2, actor2=s.actor1)
    return s


def crowd_is_the_country_protesters(f: MentionFacts) -> Sides:
    """ACLED names an unnamed crowd "Protesters (country)"; the words that told of it stay its evidence."""
    s = f.sides
    if not _protest_of_a_country(f) or not (s.actor1 is None or s.actor1.inter == Inter.CIVILIANS):
        return s
    crowd = s.actor1
    spans = (crowd.text, crowd.start, crowd.end) if crowd is not None else ()
    return replace(s, actor1=actor_for("protesters", f.context.country, *spans))


def peaceful_protest_has_no_actor2(f: MentionFacts) -> Sides:
    """ACLED: nobody acted against a peaceful protest; one met with force is another sub-event type."""
    s = f.sides
    if _protest_of_a_country(f) and f.kind == "peaceful_protest":
        return replace(s, actor2=None)
    return s


def protesters_are_the_target_of_force(f: MentionFacts) -> Sides:
    """ACLED's "Excessive force against protesters": the protesters are actor2, the ones force was used on."""
    s = f.sides
    if f.kind != "force_against_protest" or s.actor1 is None or s.actor1.inter != Inter.PROTESTERS:
        return s
    user = s.actor2 if s.actor2 is None or s.actor2.inter != Inter.PROTESTERS else None
    return replace(s, actor1=user, actor2=s.actor1)


def unclaimed_bomb_is_an_unidentified_group(f: MentionFacts) -> Sides:
    """A bomb no one is named for is ACLED's "Unidentified Armed Group (country)"."""
    s = f.sides
    if f.kind in UNCLAIMED_KINDS and s.actor1 is None and f.context.country:
        return replace(s, actor1=actor_for("armed_group", f.context.country))
    return s


def unclaimed_bomb_kills_civilians(f: MentionFacts) -> Sides:
    """A bomb that kills where no other armed actor is named kills civilians: ACLED's remote violence
    against civilians."""
    s = f.sides
    if f.kind in UNCLAIMED_KINDS and s.actor2 is None and f.context.country and f.fatalities and \
            not any(a.inter in ARMED and not _same_name(a, s.actor1) for a in f.actors):
        return replace(s, actor2=actor_for("civilians", f.context.country))
    return s


def arrest_is_by_state_forces(f: MentionFacts) -> Sides:
    """An arrest is made by the state's forces: the ones the article names most, else its police."""
    s, ctx = f.sides, f.context
    if f.kind != "arrest" or s.actor1 is not None or not ctx.country:
        return s
    if ctx.state_forces:
        return replace(s, actor1=Actor(name=_main(ctx.state_forces), inter=Inter.STATE_FORCES, country=ctx.country))
    return replace(s, actor1=actor_for("police", ctx.country))


def seized_weapons_are_the_main_group(f: MentionFacts) -> Sides:
    """A seizure of weapons has two sides: the state takes them from the group the article is about."""
    s, ctx = f.sides, f.context
    if f.kind in TWO_SIDED_BY_STATE and s.actor1 is not None and s.actor1.inter == Inter.STATE_FORCES and \
            s.actor2 is None and ctx.named_groups:
        return replace(s, actor2=Actor(name=_main(ctx.named_groups), inter=Inter.REBEL_GROUP, country=ctx.country))
    return s


def state_fights_the_main_group(f: MentionFacts) -> Sides:
    """A battle has two sides: the state's forces fight the armed group the article names most."""
    s, ctx = f.sides, f.context
    if f.kind in BATTLE_KINDS and s.actor1 is not None and s.actor1.inter == Inter.STATE_FORCES and \
            s.actor2 is None and ctx.named_groups:
        name = _main(ctx.named_groups)
        if name != s.actor1.name:
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


def group_fights_the_state(f: MentionFacts) -> Sides:
    """A battle has two sides: a non-state side fights the state's forces the article names most."""
    s, ctx = f.sides, f.context
    if f.kind in BATTLE_KINDS and s.actor1 is not None and s.actor1.inter != Inter.STATE_FORCES and \
            s.actor2 is None and ctx.state_forces:
        name = _main(ctx.state_forces)
        if name != s.actor1.name:
            return replace(s, actor2=Actor(name=name, inter=Inter.STATE_FORCES, country=ctx.country))
    return s


def aid_goes_to_civilians(f: MentionFacts) -> Sides:
    """Aid no one is named as receiving goes to the civilians of the place it reached (PLOVER's AID)."""
    s = f.sides
    if f.kind != "aid" or s.actor2 is not None:
        return s
    country = f.place.country if f.place else f.context.country
    return replace(s, actor2=actor_for("civilians", country)) if country else s


def associates_are_not_sides(f: MentionFacts) -> Sides:
    """ACLED's associated actors act alongside actor1; an actor coded as a side is not also one of them."""
    s = f.sides
    return replace(s, assoc1=tuple(a for a in s.assoc1
                                   if not _same_name(a, s.actor1) and not _same_name(a, s.actor2)))


_SETTLING = frozenset({Stage.MENTION, Stage.JOINED})

# The side rules in the order they apply, each with the stages it runs at. A later rule sees what the
# earlier ones made: a battle's lone side is moved to actor1 before its opponent is filled in.
RULES: tuple[tuple[Callable[[MentionFacts], Sides], frozenset[Stage]], ...] = (
    (labels_stand_for_groups, frozenset({Stage.MENTION})),
    (civilians_are_no_side_of_a_battle, _SETTLING),
    (no_actor_against_itself, _SETTLING),
    (battle_side_is_actor1, _SETTLING),
    (unopposed_attack_is_on_civilians, _SETTLING),
    (crowd_is_actor1_of_a_protest, _SETTLING),
    (crowd_is_the_country_protesters, _SETTLING),
    (peaceful_protest_has_no_actor2, _SETTLING),
    (protesters_are_the_target_of_force, _SETTLING),
    (unclaimed_bomb_is_an_unidentified_group, _SETTLING),
    (unclaimed_bomb_kills_civilians, _SETTLING),
    (arrest_is_by_state_forces, _SETTLING),
    (seized_weapons_are_the_main_group, _SETTLING),
    (state_fights_the_main_group, _SETTLING),
    (states_fight_each_other, _SETTLING),
    (group_fights_the_state, _SETTLING),
    (aid_goes_to_civilians, frozenset({Stage.EVENT})),
    (associates_are_not_sides, frozenset({Stage.EVENT})),
)


def settle_sides(facts: MentionFacts, stage: Stage) -> Sides:
    """The mention's sides once every rule of ``stage`` has applied, in the order of ``RULES``."""
    for rule, stages in RULES:
        if stage in stages:
            facts = replace(facts, sides=_noted(rule.__name__, facts.sides, rule(facts)))
    return facts.sides


def _noted(rule: str, before: Sides, after: Sides) -> Sides:
    """``after`` with the sides ``rule`` changed added to the record of ``before``."""
    changed = tuple((rule, side) for side in ("actor1", "actor2", "assoc1")
                    if getattr(before, side) != getattr(after, side))
    return replace(after, changed_by=before.changed_by + changed)
