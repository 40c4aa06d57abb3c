"""An event's confidence: a ranking score in [0, 1] from the evidence behind it.

It is a sum of evidence, not a probability; docs/decisions.md says how the weights were set and checked. The
trigger of the event's own kind counts most (a little more when a second word of the action names the same
kind), then each argument the text itself states (a place finer than a country, an event noun as its clause's
subject, the sentence's main predicate; a place found only elsewhere in the article counts as none); an event
told only in side clauses, relayed from a source, not in the past tense, hedged, with sides a rule had to
supply, with words naming several kinds, named only as what a claim or a suspicion is about, or coded from a
report longer than a brief, is less often the news, or less surely of its type, and scores lower. `sitrep eval
acled` prints how well it ranks events of the right type above the rest on each half ("confidence AUC (type)").
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.clause import ACTIVE_SUBJECT, PASSIVE_SUBJECT, clause_head
from sitrep.extract.mention import Mention
from sitrep.lang import LanguagePack
from sitrep.text import fold
from sitrep.types import Event

TRIGGER_WEIGHT = 0.6  # times the trigger's own weight: how surely the word names the event it is coded as
AGREEING_WORDS = 0.05  # two or more words of the action name its coded kind ("warplanes pounded", "bomber blew up")
STATED_ACTOR1 = 0.12  # who acted, named in the text
STATED_ACTOR2 = 0.04  # whom it befell, named in the text; often implied (civilians), so it tells little
STATED_PLACE = 0.15  # a place the sentence names
# the sentence names none: whether the article's main place stands in or no place is found, the text tells
# nothing of where this event was, and a place found is no sign of a rightly typed event (conf37)
UNSTATED_PLACE = 0.05
STATED_COUNTRY = 0.1  # a whole country the sentence names: ACLED places an event in a town or district
MAIN_PREDICATE = 0.05  # the trigger heads its sentence ("rebels attacked the base"): the sentence is about it
SUBJECT_EVENT = 0.05  # an event noun its clause is about ("the attack killed five", "des combats ont éclaté")
STATED_DATE, INHERITED_DATE = 0.1, 0.05  # a date the sentence states; one carried over from an earlier sentence
PER_JOINED_MENTION = 0.05  # each further mention of the event: the article comes back to it
MAX_JOINED_MENTIONS = 3  # beyond this, more mentions only retell the same event
STATED_TOLL = 0.05  # a toll the text states
LATE_SENTENCE = 6  # past this sentence an article turns to background and side stories...
LATE_PENALTY = 0.1  # ...so a mention there is less often news
SHORT_REPORT = 3  # sentences: a brief this short tells one event, every word of it about that event...
LONG_REPORT_PENALTY = 0.05  # ...where a longer report tells more actions, its coded type one reading among more
SUBORDINATE_PENALTY = 0.1  # an event told only in clauses hung on another ("after X was detonated") is seldom the news
# dependency labels (spaCy's English and Universal Dependencies) of a clause or modifier hung on a word:
# adverbial, relative and adjectival clauses, participles, open complements. Not "ccomp": "officials said
# militants seized the town" reports its news in the complement.
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "acl:relcl", "amod", "pcomp", "xcomp", "csubj"})
ATTRIBUTED_PENALTY = 0.1  # a claim the outlet relays from a source ("the army said", "according to"), not states
NOT_PAST_PENALTY = 0.1  # news tells what happened in the past tense; a present or verbless trigger is more often
# a headline, a photo caption or a standing condition ("fires are burning") than a dated event
SIDE_RULE_PENALTY = 0.03  # a rule had to settle a side (a default actor, a crowd named for its country): the
# text leaves part of who did what to whom unsaid
HEDGED_PENALTY = 0.05  # the sentence hedges what it tells ("suspected militants", "alleged attack"): a coder's guess
MIXED_KINDS_PENALTY = 0.08  # the trigger words of one action name several kinds: its coded type is one reading of them
VIEWED_PENALTY = 0.1  # every telling of the event names it as what a claim, a suspicion or a link is about ("X
# claimed responsibility for the bombing", "police linked the raid to a gang"): the sentence's news is who did it
FLOOR, CEILING = 0.05, 0.99  # no score claims certainty either way


def subordinate(token: Token) -> bool:
    """Whether ``token`` stands in a subordinate clause or modifier, itself or through a word it hangs on:
    "clashes broke out after a car was detonated", "forces who opened fire", "soldiers massacred by".
    The sentence's main clause tells its news; a side clause gives background, cause or sequel."""
    return any(t.dep_ in SUBORDINATE_DEPS for t in (token, *token.ancestors))


def _subject(token: Token) -> bool:
    """Whether the event noun is its clause's subject, active or passive: the clause tells what the event did
    or underwent, where an event named as an object or in a phrase is more often named in passing."""
    return token.pos_ in ("NOUN", "PROPN") and token.dep_ in ACTIVE_SUBJECT | PASSIVE_SUBJECT


def sentences(doc: Doc) -> int:
    """How many sentences the article has (its Doc is the whole article, parsed or only split)."""
    starts = doc.user_data.get("sitrep.sent_starts")
    return len(starts) if starts is not None else sum(1 for _ in doc.sents)


def trigger_weight(m: Mention) -> float:
    """The weight of the strongest trigger that names the kind the event is coded as. A strong word of
    another kind in the same action ("the attack" told with "shelling" beside it) says an event happened,
    not that it is this one: the coded type rests on the words of its own kind. A kind that no single
    trigger names (several words adding up to it) rests on them all."""
    own = [t.entry.weight for t in m.triggers if t.kind == m.kind]
    return max(own or [t.entry.weight for t in m.triggers])


def agreeing(m: Mention) -> bool:
    """Whether two or more separate words of the host action name the kind it is coded as ("the gunmen
    opened fire and shot", "a bomber blew himself up"): each word corroborates the type the other names, where
    the mixed-kinds penalty counts words that read it otherwise."""
    return len({t.start for t in m.triggers if t.kind == m.kind}) >= 2


def viewed(token: Token, lang: LanguagePack) -> bool:
    """Whether the event noun ``token`` stands in a clause that only tells a view of it (``views_of_the_event``
    in the language's status cues: a claim, a suspicion, a link), as in "X claimed responsibility for the
    attack": the clause is about who did it or why, the act told elsewhere or before. A verb under a claim
    ("the army claimed to have shot down a drone") is a side's own report of its act, as ACLED's notes give it."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    head = clause_head(token)
    return head.i != token.i and fold(head.lemma_) in lang.status_cues["views_of_the_event"]


def hedged(token: Token, lang: LanguagePack) -> bool:
    """Whether the sentence of ``token`` hedges what it tells (``hedges`` in the language's roles: "suspected",
    "alleged"): the doer or the deed is a guess the outlet does not make its own."""
    hedges = {fold(w) for w in lang.roles.get("hedges", ())}
    return any(fold(t.text) in hedges for t in token.sent)


def confidence(m: Mention, group: list[Mention], event: Event, lang: LanguagePack) -> float:
    """The score of ``event``, coded from host mention ``m`` and the ``group`` of mentions joined to it."""
    score = TRIGGER_WEIGHT * trigger_weight(m)
    score += AGREEING_WORDS if agreeing(m) else 0.0
    score += STATED_ACTOR1 if event.actor1 is not None and event.actor1.start >= 0 else 0.0
    score += STATED_ACTOR2 if event.actor2 is not None and event.actor2.start >= 0 else 0.0
    if m.place_source == "stated":
        score += STATED_COUNTRY if event.place is not None and event.place.feature == "country" else STATED_PLACE
    else:
        score += UNSTATED_PLACE
    score += MAIN_PREDICATE if m.trigger.head.dep_ == "ROOT" else 0.0
    score += SUBJECT_EVENT if _subject(m.trigger.head) else 0.0
    score += STATED_DATE if m.date_source == "stated" else (INHERITED_DATE if m.date_source == "inherited" else 0.0)
    score += PER_JOINED_MENTION * min(MAX_JOINED_MENTIONS, len(group) - 1)
    score += STATED_TOLL if event.fatalities is not None else 0.0
    score -= LATE_PENALTY if m.sentence > LATE_SENTENCE else 0.0
    score -= LONG_REPORT_PENALTY if sentences(m.trigger.head.doc) > SHORT_REPORT else 0.0
    score -= SUBORDINATE_PENALTY if all(subordinate(g.trigger.head) for g in group) else 0.0
    score -= ATTRIBUTED_PENALTY if m.attributed_to is not None else 0.0
    score -= NOT_PAST_PENALTY if m.tense != "past" else 0.0
    score -= SIDE_RULE_PENALTY if (event.why or {}).get("side_rules") else 0.0
    score -= HEDGED_PENALTY if hedged(m.trigger.head, lang) else 0.0
    score -= MIXED_KINDS_PENALTY if len({t.kind for t in m.triggers}) > 1 else 0.0
    score -= VIEWED_PENALTY if all(viewed(g.trigger.head, lang) for g in group) else 0.0
    return round(max(FLOOR, min(CEILING, score)), 3)
