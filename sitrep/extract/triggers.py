"""Find event triggers in a parsed Doc: lexicon phrases whose frame is satisfied."""
from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from spacy.attrs import LEMMA, ORTH, POS
from spacy.symbols import ADJ, NOUN
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

from sitrep.extract.clause import (ACTIVE_SUBJECT, CLAUSE_DEPS, DIRECT_OBJECT, DOER, NOUN_MODIFIER, PASSIVE_AGENT,
                                   PASSIVE_SUBJECT, SUBJECT, UNDERGOER, counted_by, lemma_as_verb, trailing_participle)
from sitrep.extract.lexicon import TriggerEntry, accented
from sitrep.extract.status import CLOSE_QUOTES, STRAIGHT_QUOTES, inside_quotes
from sitrep.extract.time import find_time_mentions
from sitrep.lang import LanguagePack, pack
from sitrep.nlp.models import doc_text, span_text
from sitrep.normalise.taxonomy import code, is_violent, names_demonstration
from sitrep.text import fold, in_headline, plain_words

GAP_POS = {"ADJ", "ADV", "AUX"}  # "tirs nourris d'artillerie", "se sont rendus": modifiers and auxiliaries inside a phrase
PARTICLE_REACH = 6  # "rounded dozens of students up": a short object between a verb and its particle
TOLD_DEPS = {"prep", "agent", "npadvmod", "obl", "obl:agent"}  # a participle's own time, place or agent
MAX_GAPS = 2  # modifiers between two words of a phrase
NEVER_POS = {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "PUNCT", "NUM"}
WINDOW_LEFT, WINDOW_RIGHT = 3, 10  # the frame's words are near, objects mostly after the verb
ACCIDENT_PRONE_KINDS = {"attack", "armed_clash"}  # a killing verb alone does not say who killed
HANGING_CLAUSE_DEPS = CLAUSE_DEPS - {"conj"}  # "were killed and five injured in an accident": one deed
PROPER_NOUN = "propn"  # in a frame: any proper noun (a place or a group) will do
NATION = "demonym"  # in a frame: a nation's name on the trigger ("Israeli strikes"), the weakest hold
HELD_KINDS = frozenset({"other_strategic", "arrest", "abduction"})  # a participle of these before its noun is a state


@dataclass
class TriggerMatch:
    entry: TriggerEntry
    start: int  # token indices, end exclusive
    end: int
    head: Token  # the token of the phrase that carries the event in the parse
    label: bool = False  # the report's opening label ("Looting:"), which types its one event (``label``)

    @property
    def kind(self) -> str:
        return self.entry.kind


# a preposition or determiner hanging on a noun that may deny it ("sans accord", "aucun accord", "no deal")
DENYING_DEPS = ("case", "det", "prep", "mark")
# the links that keep a word inside a noun's phrase ("accord sur un cessez-le-feu", "agreement on a ceasefire")
NOMINAL_LINKS = ("nmod", "pobj", "compound", "amod", "appos")
# kinds whose frame words are the very things denied ("entrés sans rencontrer aucune résistance": a transfer)
DENIAL_FRAMED_KINDS = frozenset({"territory_transfer"})


def _forms(tok: Token) -> tuple[str, str]:
    return fold(tok.text), fold(tok.lemma_)


@functools.lru_cache(maxsize=1 << 16)
def _word_forms(lang: LanguagePack, strings: StringStore, orth: int, lemma: int) -> tuple[frozenset[str], bool]:
    """A word's folded text and lemma, and whether either opens a phrase of ``lang``'s triggers: worked out
    once per word, since most words open none and the same words come back in every article."""
    forms = frozenset((fold(strings[orth]), fold(strings[lemma])))
    return forms, any(key in lang.trigger_index for key in forms)


def _verb_read_as_adjective(tok: Token, lang: LanguagePack) -> tuple[str, ...]:
    """ "hijacked police vehicles and assaulted citizens": a verb joined to an earlier verb by a
    conjunction that the parse reads as an adjective of the noun after it, its lemma then the
    adjective's own; the verb's lemma, read again as a verb, makes it a trigger."""
    if tok.pos_ != "ADJ" or tok.i == tok.sent.start:
        return ()
    before = tok.doc[tok.i - 1]
    if before.pos_ != "CCONJ" or not any(t.pos_ == "VERB" for t in tok.doc[tok.sent.start:before.i]):
        return ()
    lemma = lemma_as_verb(lang.code, tok.text)
    return (lemma,) if lemma != fold(tok.lemma_) else ()


def _verb_read_as_noun(tok: Token, lang: LanguagePack) -> tuple[str, ...]:
    """ "an Israeli settler shot and wounded a man": a verb the parse reads as a noun that a verb is joined
    to by a conjunction, its lemma then the noun's own ("shot"); read again as a verb ("shoot"), it
    makes a trigger."""
    if not any(c.dep_ == "conj" and c.pos_ == "VERB" for c in tok.children) \
            or not any(c.pos_ == "CCONJ" for c in tok.children):
        return ()
    lemma = lemma_as_verb(lang.code, tok.text)
    return (lemma,) if lemma != fold(tok.lemma_) else ()


def _told_times(doc: Doc, lang: LanguagePack) -> frozenset[int]:
    """The tokens telling when: a time expression (``time.json``), the preposition before it ("on Sunday")
    and a part of the day after it ("samedi soir", ``day_parts``). "ont pris dimanche le contrôle",
    "fired on Sunday at": the day told inside a phrase does not break it."""
    parts = set(lang.time.get("day_parts", ()))
    told: set[int] = set()
    for mention in find_time_mentions(doc_text(doc), lang):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        told.update(range(span.start, span.end))
        if span.start > 0 and doc[span.start - 1].pos_ == "ADP":
            told.add(span.start - 1)
        if span.end < len(doc) and fold(doc[span.end].text) in parts:
            told.add(span.end)
    return frozenset(told)


def _match_at(doc: Doc, i: int, entry: TriggerEntry, first: set[str] | None = None,
              told: Callable[[], frozenset[int]] | None = None) -> int | None:
    """Index after the last matched token, or None; ``first``: the forms the first word may take. Failing
    that, the phrase read over the tokens telling when (``told()``, found only once a phrase needs them):
    "ont pris le 12 mars le contrôle"."""
    if _split_particle(doc[i], entry):
        return i + 1
    end = _match_words(doc, i, entry, first)
    if end is not None or told is None or len(entry.words) < 2:
        return end
    times = told()
    return _match_words(doc, i, entry, first, times) if times else None


def _match_words(doc: Doc, i: int, entry: TriggerEntry, first: set[str] | None,
                 told: frozenset[int] = frozenset()) -> int | None:
    """The phrase's words from ``i``, modifiers and a told time (skipped whole) between them."""
    j = i
    for n, word in enumerate(entry.words):
        if n > 0:
            while j in told:
                j += 1
            gaps = 0
            while j < len(doc) and word not in _forms(doc[j]) and doc[j].pos_ in GAP_POS and gaps < MAX_GAPS:
                j += 1
                gaps += 1
        if j >= len(doc) or word not in (first if n == 0 and first is not None else _forms(doc[j])):
            return None
        j += 1
    return j


def _split_particle(tok: Token, entry: TriggerEntry) -> bool:
    """ "pushed the militants out of", "handed the town over to": a phrasal verb whose particle comes
    after its object, as the particle's own dependent of the verb (not a preposition with its own
    object: "pushed them into the hills" is no "push into")."""
    if entry.pos != "VERB" or len(entry.words) != 2 or tok.pos_ != "VERB" or entry.words[0] not in _forms(tok):
        return False
    return any(c.i > tok.i + 1 and c.i - tok.i <= PARTICLE_REACH and entry.words[1] in _forms(c)
               and (c.dep_ == "prt" or c.dep_ in ("prep", "advmod") and not any(g.dep_ == "pobj" for g in c.children))
               for c in tok.children)


def _frame_strength(doc: Doc, tok: Token, entry: TriggerEntry, instruments: frozenset[str] = frozenset(),
                    persons: frozenset[str] = frozenset(), counts: frozenset[str] = frozenset(),
                    collectives: frozenset[str] = frozenset(), nations: Mapping[str, str] = {},
                    parts: frozenset[str] = frozenset(), places: frozenset[int] = frozenset(),
                    holders: frozenset[str] = frozenset(), denials: frozenset[str] = frozenset()) -> int:
    """How well the entry's frame holds: 3 when a frame word depends on the trigger ("seized a
    district centre"), 2 when the entry needs none, 1 when a frame word only stands nearby, 0 when
    none does. Of two entries of one phrase ("seize" a town / "seize" weapons), the better-held wins.
    A word naming the means ("destroyed a truck with a bomb") holds no frame: the bomb was used; nor
    does a word near a ground-taking verb whose undergoer is a person (``persons``: hostages freed, not a
    town), counted or not (``counts``: "des dizaines d'otages"); deporting civilians to a territory stays an
    abduction. A noun of many acts (``collectives``: "une série de frappes") passes its verb to the acts.
    A nation's name on the trigger itself (``nations``: "Israeli strikes") holds weakly, so that a word of
    another sense held firmly ("the Israeli general strike") still wins. An object that is a part of something
    (``parts``: "captured most of the city") passes on what it is a part of. ``places``: where the article's
    toponyms the gazetteer resolved begin (character offsets). ``holders``: the verbs that hold an act their object
    names, whose subject frames it. ``denials``: the words that deny a noun ("sans accord", "without agreement",
    "aucun accord"); a frame word they deny, or one inside such a noun's phrase, holds nothing."""
    if not entry.requires:
        return 2
    # not "..., while a bomb killed"; but a lone adjective the parse hangs as a clause ("burned a man alive")
    # is what the act left its object as
    own = [c for c in tok.children if c.dep_ not in CLAUSE_DEPS or c.pos_ == "ADJ" and not any(c.children)]
    syntactic = {tok.head, *own}
    if tok.dep_ == "pobj":  # "attacked the post with mines": the verb the phrase hangs on
        syntactic.add(tok.head.head)
        # "teachers ransacked the office during a strike": who does the deed the phrase sets
        syntactic.update(c for c in tok.head.head.children if c.dep_ in ACTIVE_SUBJECT)
        if fold(tok.head.lemma_) in instruments:
            syntactic.update(_verb_of_means(tok.head))
    for child in own:
        syntactic.update(c for c in child.children if c.dep_ not in CLAUSE_DEPS)
        if fold(child.lemma_) in parts:
            syntactic.update(g for c in child.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")
    syntactic.update(_next_noun(doc, tok, parts))
    syntactic.update(_holders_of_the_act(tok, holders))
    syntactic.update(_speaker_of_its_pronoun(tok))
    # "ont marché dimanche dans les rues de Bukavu ... pour réclamer la paix": the purpose of the act frames it
    syntactic.update(c for c in tok.children if c.dep_ == "advcl" and "Inf" in c.morph.get("VerbForm"))
    counter = counted_by(tok)
    if counter is not None and fold(counter.lemma_) in collectives:
        syntactic.add(counter.head)  # "a mené une série de frappes", "carried out a series of strikes": its verb

    def holds(t: Token) -> bool:
        # "the body of a man with gunshot wounds": a "with" phrase on a noun describes it, no means used
        return t.i != tok.i and _frame_word(t, entry.requires) and not (
            _a_means(t, instruments) and not (tok.pos_ == "NOUN" and _describes_a_noun(t, instruments))) \
            and not (entry.kind not in DENIAL_FRAMED_KINDS and _denied_frame(t, tok, denials))

    # "repris la cité aux rebelles": beside an object, a phrase on the verb is who lost the ground, not who was freed
    freed = UNDERGOER if any(c.dep_ in UNDERGOER for c in own) else FREED_DEPS
    if entry.kind == "territory_gain" and any(c.dep_ in freed and fold(t.lemma_) in persons and not holds(c)
                                              for c in own for t in _counted(c, counts)):
        return 0  # "quinze otages ont été libérés", "libéré des dizaines d'otages": people freed
    if any(holds(t) for t in syntactic) or entry.kind == "territory_gain" and _takes_a_named_place(tok, places):
        return 3
    lo, hi = max(tok.sent.start, tok.i - WINDOW_LEFT), min(tok.sent.end, tok.i + WINDOW_RIGHT + 1)
    return int(any(holds(t) for t in doc[lo:hi]) or NATION in entry.requires and any(
        c.dep_ in NOUN_MODIFIER and fold(c.text) in nations for c in tok.children))


def _holders_of_the_act(tok: Token, holders: frozenset[str]) -> list[Token]:
    """ "hundreds of ex-servicemen held a march", "supporters formed a human chain": the act a noun names, as the
    object of a verb that holds it (``holding_verbs``), is done by that verb's subject, which frames it as much as
    a word on the noun; a verb with its particle ("called off the strike") undoes the act, and frames nothing."""
    verb = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ not in DIRECT_OBJECT or verb.pos_ != "VERB" or fold(verb.lemma_) not in holders \
            or any(c.dep_ == "prt" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ in ACTIVE_SUBJECT]


PLACE_ENTITIES = {"GPE", "LOC", "FAC"}  # the model's entity types of places


def _takes_a_named_place(tok: Token, places: frozenset[int] = frozenset()) -> bool:
    """ "Russian forces captured Volnovakha", "took over Harib", "the capture of Kalemie": a verb of taking
    whose object, or a noun of taking whose "of" phrase, is a place's name takes ground as a town or a
    village named by its noun does. A place's name is an entity of ``PLACE_ENTITIES`` or a toponym the
    gazetteer resolved (``places``: where they begin), whatever the model tagged it; a name that is
    neither may be a person's ("captured Sheikh Abba"), so it does not."""
    def named_place(t: Token) -> bool:
        return t.ent_type_ in PLACE_ENTITIES or t.pos_ == "PROPN" and t.left_edge.idx in places and t.ent_type_ != "PERSON"
    if tok.pos_ == "VERB":
        return any(c.dep_ in DIRECT_OBJECT and named_place(c) for c in tok.children)
    return tok.pos_ == "NOUN" and bool(places) and any(
        c.dep_ == "prep" and named_place(g) for c in tok.children for g in c.children if g.dep_ == "pobj")


FREED_DEPS = UNDERGOER | {"obl:arg"}  # "libéré des dizaines d'otages": the parse may read "des" as a preposition


def _counted(noun: Token, counts: frozenset[str]) -> list[Token]:
    """A noun and, when it is a count (``counts``: "des dizaines d'otages"), what it counts."""
    if fold(noun.lemma_).rstrip("s") not in counts:
        return [noun]
    return [noun] + [g for c in noun.children if c.dep_ in ("nmod", "prep")
                     for g in ([c] if c.dep_ == "nmod" else [x for x in c.children if x.dep_ == "pobj"])]


MEANS_REACH = 4  # prepositional phrases climbed from a means to the verb it serves


def _verb_of_means(prep: Token) -> list[Token]:
    """ "attacked the post near the school at around 9 pm with mines": a phrase of means serves the
    verb, however far the parse hangs it down a chain of place and time phrases."""
    tok = prep.head
    for _ in range(MEANS_REACH):
        if tok.pos_ == "VERB":
            return [tok]
        if tok.dep_ not in ("pobj", "prep") or tok.head is tok:
            return []
        tok = tok.head
    return []


LINEAR_SKIP = {"DET", "NUM", "ADJ", "ADV"}  # what may stand between a verb and its object's noun
OBJECT_NOUN_REACH = 5  # words after a verb its object's noun may stand at ("abattu 40 des 55 drones")


def _next_noun(doc: Doc, tok: Token, parts: frozenset[str] = frozenset()) -> list[Token]:
    """The first noun after a verb with only determiners, numbers, adjectives or adverbs between (or
    the adjectives there when no noun follows): its object as the words tell it, when the parse hangs
    it elsewhere ("avoir abattu 40 drones ukrainiens", "drones" read as an adjective of "ukrainiens"
    and the count as the verb's). A part (``parts``) followed by its preposition is read through: "abattu
    la plupart des drones" downed drones."""
    if tok.pos_ != "VERB":
        return []
    read_as_adjectives = []  # "abattu 75 drones au-dessus de ...", "drones" tagged ADJ
    for t in doc[tok.i + 1:min(tok.sent.end, tok.i + 1 + OBJECT_NOUN_REACH)]:
        a_part = fold(t.lemma_) in parts and t.i + 1 < tok.sent.end and doc[t.i + 1].pos_ == "ADP"
        if t.pos_ in ("NOUN", "PROPN") and not t.like_num and not a_part:
            return [t]
        # "abattu 40 des 55 drones", "shot down 40 of 55 drones": a part of a count, however tagged
        partitive = t.pos_ == "ADP" and t.i > tok.i + 1 and (doc[t.i - 1].like_num or fold(doc[t.i - 1].lemma_) in parts)
        if a_part:
            continue
        if t.pos_ not in LINEAR_SKIP and not t.like_num and not partitive:
            break
        if t.pos_ == "ADJ":
            read_as_adjectives.append(t)
    return read_as_adjectives


def _a_means(tok: Token, instruments: frozenset[str]) -> bool:
    """Whether the word is the object of a preposition of means ("with", "avec"), or part of one."""
    for t in (tok, tok.head):
        if t.head is not t and t.head.dep_ == "prep" and fold(t.head.lemma_) in instruments:
            return True
        if fold(t.lemma_) in instruments:
            return False
    return False


def _describes_a_noun(tok: Token, instruments: frozenset[str]) -> bool:
    """Whether the word's phrase of means hangs on a noun ("a man with gunshot wounds"), not on a verb."""
    prep = next((t.head for t in (tok, tok.head) if t.head is not t and t.head.dep_ == "prep"
                 and fold(t.head.lemma_) in instruments), None)
    return prep is not None and prep.head.pos_ in ("NOUN", "PROPN")


def _denied_frame(word: Token, trigger: Token, denials: frozenset[str]) -> bool:
    """ "pourparlers [...] sans accord sur un cessez-le-feu", "talks ended without agreement": a word the frame
    needs, denied by a preposition or determiner of its own (``denials``) or standing inside a denied noun's phrase,
    names what was not reached; the trigger's own words deny nothing here."""
    if not denials:
        return False

    def denied(w: Token) -> bool:
        return w.i != trigger.i and (any(c.dep_ in DENYING_DEPS and fold(c.text) in denials for c in w.children)
                                     or w.dep_ == "pobj" and fold(w.head.text) in denials)

    before = word.i - 1  # "sans accord sur un cessez-le-feu" parsed with the ceasefire on the verb
    while before > word.sent.start and before > word.i - 4 and word.doc[before].pos_ in ("DET", "ADP"):
        before -= 1
    if before < word.i - 1 and word.doc[before].pos_ == "NOUN" and denied(word.doc[before]):
        return True
    for _ in range(3):
        if word.i == trigger.i:
            return False
        if denied(word):
            return True
        if word.dep_ not in NOMINAL_LINKS or word.head is word:
            return False
        word = word.head.head if word.dep_ == "pobj" else word.head
    return False


def _frame_word(tok: Token, words: frozenset[str]) -> bool:
    form, lemma = _forms(tok)
    if PROPER_NOUN in words and tok.pos_ == "PROPN" and tok.text[:1].isalnum():
        return True  # "la prise de Saraqeb": a named place or group completes the frame; a "«" tagged PROPN does not
    return lemma in words or form in words or form.rstrip("s") in words or form.rstrip("x") in words


def _describes_state(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """A participle used as an adjective ("les quartiers libérés") describes a state, not an event; so
    does ground held by someone ("les zones occupées par les rebelles") unless a day or figure dates it."""
    if "Part" not in tok.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in tok.children):
        return False
    told = [c for c in tok.children if c.dep_ in TOLD_DEPS]
    if told and entry.kind == "territory_gain" and all(c.dep_ in PASSIVE_AGENT for c in told):
        days = lang.time.get("weekdays", {})
        told = [t for t in tok.subtree if t.like_num or fold(t.text) in days]
    if told:
        return False  # "the bombs discovered on Wednesday": a participle with its own when or where tells an event
    if tok.head.text[:1].islower() and fold(tok.head.lemma_) in {fold(w) for w in lang.roles.get("body_nouns", ())}:
        return False  # "les corps criblés de balles": a body's wounds tell the killing
    if tok.dep_ == "amod" and (tok.i > tok.head.i or entry.kind in HELD_KINDS):
        # "displaced families", "12 detained soldiers", "les quartiers libérés": who or what they are, not
        # what was done that day
        return True
    return tok.dep_ == "acl" and fold(tok.head.lemma_) in entry.requires


def _modifies_non_event(tok: Token, lang: LanguagePack) -> bool:
    """ "riot police", "bomb squad": a trigger word that only names a kind of something else;
    "la recrudescence des attaques et des enlèvements": nor does one joined to such a word."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if lang.demonym_before_noun and tok.pos_ in ("NOUN", "PROPN") and after is not None and after.pos_ == "NOUN" \
            and fold(after.lemma_) in lang.non_event_heads:
        return True  # "Riot police chase ...", however the parse hangs the two words (where modifiers lead)
    if tok.i - 2 >= tok.sent.start and fold(tok.doc[tok.i - 1].text) in lang.folded_filter("kind_links"):
        noun, kinds = tok.doc[tok.i - 2], lang.folded_filter("kind_heads")
        if fold(noun.lemma_) in kinds or fold(noun.text).rstrip("s") in kinds:
            return True  # "avions de combat", however the parse hangs them: a machine or unit of a kind
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("compound", "amod") or (tok.dep_ == "nmod" and tok.head.i < tok.i):  # "fusils d'assaut"
        return fold(tok.head.lemma_) in lang.non_event_heads
    return False


def _what_a_protest_opposes(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "a vigil to protest rising violence against women", "marched against violence": a riot's noun that a
    word of protest takes as its object, or after an opposing preposition (``opposing_preps``), names what the
    crowd opposes (``protest_opposing_words``), not a riot of its own."""
    if code(entry.kind).event_type != "Riots" or tok.pos_ != "NOUN":
        return False
    words, against = lang.folded_filter("protest_opposing_words"), lang.folded_filter("opposing_preps")
    head = tok.head
    if tok.dep_ == "pobj" and fold(head.text) in against:
        head = head.head
    elif tok.dep_ not in DIRECT_OBJECT:
        return False
    return head.i != tok.i and fold(head.lemma_) in words


def _noise_of_a_fight(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "stormed the base, with explosions and gunfire heard inside": a blast named as one with the gunfire
    (``fight_blast_nouns`` joined to ``fight_fire_nouns``) is the sound of the fighting, not a device of its own."""
    if entry.kind != "remote_explosive" or tok.pos_ != "NOUN" or fold(tok.lemma_) not in lang.folded_filter("fight_blast_nouns"):
        return False
    fire = lang.folded_filter("fight_fire_nouns")
    joined = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    return any(fold(t.lemma_) in fire or fold(t.text) in fire for t in joined)


def _only_flown(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "fighter jets were scrambled", "warplanes entered the air defence zone": a craft that names an air
    strike by itself (an entry with no frame) tells none when all its clause does is fly it (``flight_verbs``,
    or a verb whose object is one of ``flight_nouns``: "made an emergency sortie"); a verb of the lexicon
    anywhere in the clause ("flew over the town and bombed it", "circled before bombing a bakery") keeps it."""
    if entry.kind != "air_strike" or entry.requires or tok.pos_ != "NOUN" \
            or tok.dep_ not in SUBJECT | DIRECT_OBJECT or tok.head.pos_ != "VERB":
        return False
    verb, flights = tok.head, lang.folded_filter("flight_verbs")
    if fold(verb.lemma_) not in flights and not any(c.dep_ in DIRECT_OBJECT and fold(c.lemma_) in
                                                    lang.folded_filter("flight_nouns") for c in verb.children):
        return False
    craft = range(tok.left_edge.i, tok.right_edge.i + 1)
    return not any(t.pos_ == "VERB" and t.i != verb.i and t.i not in craft and fold(t.lemma_) not in flights
                   and fold(t.lemma_) in lang.trigger_index for t in verb.subtree)


EXPLOSIONS = "Explosions/Remote violence"  # the weapons a crowd-control qualifier disarms
FORCE_ON_PROTEST = "force_against_protest"  # the kind a shot at a crowd is, unless the shot is a crowd-control weapon
SHOT = "attack"  # the kind of a shot at anyone ("fired at"), unless every shot is a crowd-control weapon


def _non_lethal(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "grenades lacrymogènes", "tear gas grenades", "balles en caoutchouc": a weapon a qualifier
    makes one for crowd control, which tells of force against a crowd, not of an explosion; "ont tiré des
    gaz lacrymogènes pour disperser la foule": shooting such a weapon is the intervention the other words
    tell, not lethal force; "fired tear gas shells at farmers" is no shelling for the same reason."""
    words = lang.filters.get("non_lethal_qualifiers", ())
    if tok.pos_ == "VERB" and entry.kind == FORCE_ON_PROTEST:
        return any(fold(t.lemma_) in words or fold(t.text) in words
                   for c in tok.children if c.dep_ in OBJECT_DEPS for t in c.subtree)
    if tok.pos_ == "VERB" and (entry.kind == SHOT or code(entry.kind).event_type == EXPLOSIONS):
        return _crowd_control_shot(tok, lang)
    return _explosive_qualified(tok, entry, words)  # "tear gas" itself tells of an intervention, and stays a trigger


def _crowd_control_shot(tok: Token, lang: LanguagePack) -> bool:
    """ "police fired tear gas at protesters", "shot rubber bullets at the crowd": a shot whose every object is
    a crowd-control weapon (``crowd_control_means``, with the noun's qualifiers before it) is the intervention the
    weapon's own word tells, not an attack; "fired live rounds and tear gas" keeps the live rounds' attack, and
    "shot dead a rubber tapper" its victim."""
    means = set(lang.crowd_control_means)
    objects = [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    objects += [j for o in objects for j in o.conjuncts]

    def weapon(o: Token) -> bool:
        first = min([o.i, *(c.left_edge.i for c in o.children if c.dep_ in NOUN_MODIFIER and c.i < o.i)])
        return fold(" ".join(t.text for t in o.doc[first:o.i + 1])) in means
    return bool(objects) and all(weapon(o) for o in objects)


def _incendiary(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "anarchists threw petrol bombs at riot police": a bottle of fuel set alight (a qualifier among
    ``incendiary_qualifiers``) is a rioter's missile, no explosive device; the throwing tells the riot."""
    return _explosive_qualified(tok, entry, lang.folded_filter("incendiary_qualifiers"))


def _explosive_qualified(tok: Token, entry: TriggerEntry, words) -> bool:
    """Whether an explosive's noun carries one of ``words`` among its modifiers ("tear gas grenades", "petrol
    bombs"): a qualifier that makes it no explosive device."""
    return tok.pos_ in ("NOUN", "PROPN") and code(entry.kind).event_type == EXPLOSIONS and any(
        fold(t.lemma_) in words or fold(t.text) in words for c in tok.children if c.dep_ in NOUN_MODIFIER for t in c.subtree)


def _in_a_grave(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "found the body of a man with gunshot wounds in a mass grave": dead bodies a grave holds
    (``grave_words``) tell of its discovery, ACLED's "Other" development, not of an attack that day; a body
    found elsewhere with marks of violence stays an attack (``dead_body_words``)."""
    if fold(tok.lemma_) not in lang.folded_filter("dead_body_words") and \
            fold(tok.text) not in lang.folded_filter("dead_body_words"):
        return False
    graves = lang.folded_filter("grave_words")
    return any(fold(t.lemma_) in graves or fold(t.text) in graves for t in tok.sent)


def _a_pit(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "a gold mine", "une mine d'or": a word of ore or digging before or after a weapon's noun makes it a
    pit men work in, the place of an event and never its weapon ("pit_qualifiers")."""
    if tok.pos_ not in ("NOUN", "PROPN") or code(entry.kind).event_type != EXPLOSIONS:
        return False
    words = lang.folded_filter("pit_qualifiers")
    return any(fold(c.lemma_) in words or fold(c.text) in words for c in tok.children if c.dep_ in NOUN_MODIFIER)


def _graded(tok: Token, lang: LanguagePack) -> bool:
    """ "l'Etat le plus violent du pays": a word the parse reads as a verb ("violent", of "violer") right
    after an adverb of degree is an adjective; no finite verb is graded ("degree_adverbs")."""
    return tok.pos_ == "VERB" and tok.i > tok.sent.start and \
        fold(tok.doc[tok.i - 1].text) in lang.folded_filter("degree_adverbs")


def _figurative(tok: Token, lang: LanguagePack) -> bool:
    """ "la bataille politique", "une offensive diplomatique", "la guerre des prix", "le combat contre la
    corruption", "explosion de joie": an event noun its own qualifier puts in politics, trade, words or
    feelings is a figure of speech; so is a verb its own phrase takes to court ("figurative_settings": "a
    attaqué en justice le décret"), and a word that opens a set phrase ("set_phrases": "la prise de
    position", "la prise de parole")."""
    if _in_set_phrase(tok, lang) or _a_contest_for_a_post(tok, lang) or _a_fight_within_a_party(tok, lang):
        return True
    words = lang.figurative_qualifiers
    if tok.pos_ not in ("NOUN", "PROPN"):
        # "bombardé la ministre de questions", "nous attaquent avec des mensonges", "m'exécuter politiquement"; an
        # adjective hung on it says the parse took a noun for another word ("vive attaque verbale")
        settings = lang.folded_filter("figurative_settings")
        return any(c.dep_.startswith("obl") and fold(c.lemma_) in settings and not _a_source(c, lang)
                   for c in tok.children) or \
            any(c.dep_ in ("advmod", "amod") and fold(c.text) in words for c in tok.children) or \
            any(c.dep_ in UNDERGOER and any(fold(g.lemma_) in settings for g in c.children if g.dep_ == "nmod")
                for c in tok.children)
    modifiers = [c for c in tok.children if c.dep_ in NOUN_MODIFIER]
    if any(fold(c.lemma_) in words or fold(c.text) in words for c in modifiers):
        return True
    # "la bataille pour le gouvernorat", "l'explosion des prix", "une attaque contre la liberté de la presse"; "des
    # tirs croisés entre la majorité et l'opposition", the complement hung on the participle;
    # "a blistering attack on the government's budget": the complement after its preposition, not what a protest
    # opposes ("a protest against the budget", ``opposing_preps``)
    against = lang.folded_filter("opposing_preps")
    complements = [c for c in modifiers if c.dep_ == "nmod"] + \
        [g for c in tok.children if c.dep_ == "acl" for g in c.children if g.dep_.startswith("obl")] + \
        [g for c in tok.children if c.dep_ == "prep" and fold(c.text) not in against
         for g in c.children if g.dep_ == "pobj"]
    if any(fold(c.lemma_) in lang.folded_filter("figurative_complements") for c in complements):
        return True
    # "l'explosion des violences sexuelles": a blast word whose complement is a kind of acts or a rate is their surge
    if fold(tok.lemma_) in lang.folded_filter("surge_nouns") and \
            any(fold(c.lemma_) in lang.folded_filter("surge_complements") for c in complements):
        return True
    return _done_by_a_thing(tok, lang)


def _a_source(phrase: Token, lang: LanguagePack) -> bool:
    """ "selon un communiqué", "according to a statement": a phrase naming who told of the act, its
    preposition the first word of an attribution cue (``attribution`` in ``quantities.json``)."""
    words = {fold(p).split()[0] for p in lang.quantities.get("attribution", {}).get("prefix", ())}
    return any(c.dep_ == "case" and fold(c.text) in words for c in phrase.children)


def _a_contest_for_a_post(tok: Token, lang: LanguagePack) -> bool:
    """ "Deux camps s'affrontent pour le poste de secrétaire général", "la bataille pour la direction du parti":
    a fight whose stake (after ``stake_preps``) is an office or a vote (``contested_posts``,
    ``figurative_complements``) is a contest between rivals, not combat."""
    preps, stakes = lang.folded_filter("stake_preps"), lang.folded_filter("contested_posts") | \
        lang.folded_filter("figurative_complements")
    return any((c.dep_.startswith("obl") or c.dep_ == "nmod") and fold(c.lemma_) in stakes
               and any(g.dep_ == "case" and fold(g.text) in preps for g in c.children) for c in tok.children)


def _a_fight_within_a_party(tok: Token, lang: LanguagePack) -> bool:
    """ "la bataille fait rage au sein de la coalition au pouvoir", "les affrontements au sein du parti": a fight
    noun told within (``within_words``) a party, a coalition or a government (``political_bodies``), on the noun
    or on the verb it is the subject of, is a quarrel among its members; "des combats au sein du camp
    militaire" stays a fight."""
    if tok.pos_ != "NOUN":
        return False
    within, bodies = lang.folded_filter("within_words"), lang.folded_filter("political_bodies")
    holders = [tok] + ([tok.head] if tok.dep_ in ACTIVE_SUBJECT else [])
    if len(holders) > 1 and tok.head.dep_ in ("dep", "fixed", "compound"):
        holders.append(tok.head.head)  # "fait rage", the parse hanging the verb on its noun
    return any(fold(c.lemma_) in within and any(fold(g.lemma_) in bodies for g in c.children if g.dep_ == "nmod")
               for h in holders for c in h.children)


SET_PHRASE_LEAD = 3  # words before a trigger a set phrase around it may start with ("en ordre de bataille")


def _in_set_phrase(tok: Token, lang: LanguagePack) -> bool:
    """Whether the trigger opens or ends a set phrase ("set_phrases": "la prise de position", "une bombe à
    retardement", "en ordre de bataille")."""
    phrases = _plain_phrases(lang, "set_phrases")
    if not phrases:  # a language listing none reads no words
        return False
    word = fold(tok.text)
    for lead in range(SET_PHRASE_LEAD + 1):
        if tok.i - lead < tok.sent.start:
            break
        after = " ".join(plain_words(tok.doc[tok.i - lead:min(tok.sent.end, tok.i + SET_PHRASE_REACH)].text))
        if any(f"{after} ".startswith(f"{p} ") and len(p.split()) > lead and (lead == 0 or word in p.split())
               for p in phrases):
            return True
    return False


def _done_by_a_thing(tok: Token, lang: LanguagePack) -> bool:
    """ "pris en otage par une décision", "Ce verdict est une attaque contre ...": an event noun whose doer
    is a decision, a measure or a verdict (``abstract_objects``), as the agent of its verb or the subject it
    is said of, is a figure of speech."""
    things = lang.abstract_objects
    if any(c.dep_ == "cop" for c in tok.children):
        return any(c.dep_ in ACTIVE_SUBJECT and fold(c.lemma_) in things for c in tok.children)
    verb = tok.head
    return tok.dep_.startswith("obl") and verb.pos_ == "VERB" and \
        any(c.dep_ in PASSIVE_AGENT and fold(c.lemma_) in things for c in verb.children)


SET_PHRASE_REACH = 5  # words read from a trigger for a set phrase it opens


@functools.lru_cache(maxsize=None)
def _plain_phrases(lang: LanguagePack, name: str) -> frozenset[str]:
    """The phrases of the ``filters.json`` list ``name`` as plain words ("mi-temps" as "mi temps"), read
    once per pack: the trigger filters match them against a sentence's plain words."""
    return frozenset(" ".join(plain_words(p)) for p in lang.folded_filter(name))


@functools.lru_cache(maxsize=None)
def _hurt_words(lang: LanguagePack) -> frozenset[str]:
    """The words and phrases that count people killed or wounded (``quantities.json``)."""
    return frozenset(lang.quantities.get("killed", ())) | frozenset(lang.quantities.get("wounded", ()))


@functools.lru_cache(maxsize=None)
def _day_words(lang: LanguagePack) -> frozenset[str]:
    """The weekdays and parts of a day (``time.json``), read once per pack: a date between a verb and its object."""
    return frozenset(fold(w) for key in ("weekdays", "day_parts") for w in lang.time.get(key, ()))


OBJECT_DEPS = {"obj", "dobj", "obl:arg"}  # "s'emparer du dossier": a verb's object, bare or with its preposition
OBJECT_REACH = 3  # words read after a verb the parse gave no object


def _unhung_object_among(tok: Token, words, skipped: frozenset[str] = frozenset()) -> bool:
    """Whether a verb's object the parse left unhung, read in the ``OBJECT_REACH`` words after it (``skipped`` words
    aside: a day between them), is one of ``words`` (lemmas), before a word that ends the object's phrase."""
    after = [t for t in tok.doc[tok.i + 1:tok.sent.end] if fold(t.text) not in skipped][:OBJECT_REACH]
    for t in after:
        if t.pos_ in ("PUNCT", "ADP", "VERB", "AUX", "CCONJ"):
            return False
        if fold(t.lemma_) in words:
            return True
    return False


def _abstract_object(tok: Token, lang: LanguagePack) -> bool:
    """ "exécuter le budget", "manifester leur soutien": a verb whose object is a plan, a decision or a
    feeling is used in another sense than the violent or public act; "manifester contre les projets du
    gouvernement" names what a protest opposes (``opposing_preps``), not an object of another sense."""
    if tok.pos_ != "VERB":
        return False
    words, against = lang.abstract_objects, frozenset(lang.filters.get("opposing_preps", ()))
    days = _day_words(lang)
    # "a abattu samedi soir le record": a day the parse took for the object is no object
    objects = [c for c in tok.children if c.dep_ in OBJECT_DEPS and fold(c.text) not in days]
    if not objects:  # "a attaqué frontalement le bilan", an object the parse left unhung: the next words
        return _unhung_object_among(tok, words, days)
    return any(fold(c.lemma_) in words and not any(fold(g.text) in against for g in c.children if g.dep_ == "case")
               for c in objects if not _an_apposition(c, objects))


def _an_apposition(obj: Token, objects: list[Token]) -> bool:
    """ "ont assassiné deux jeunes, l'espoir de leur famille": a second object set off by a comma renames the
    first (the parse may hang it as an object of its own); the first names what the verb was done to."""
    return obj.i > objects[0].i and obj.left_edge.i > 0 and obj.doc[obj.left_edge.i - 1].text == ","


def _left_a_body(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "leur retrait de la Cédéao": a withdrawal from a body, a treaty or a process (``left_bodies``) is a
    political act, not ground handed over."""
    if code(entry.kind).event_type != "Strategic developments":
        return False
    bodies = lang.folded_filter("left_bodies")
    return any(c.dep_ == "nmod" and (fold(c.lemma_) in bodies or fold(c.text) in bodies) for c in tok.children)


def _lived_under(tok: Token, lang: LanguagePack) -> bool:
    """ "nos frères qui vivent sous les bombes", "children growing up under shelling": an event noun under which
    people live (``living_verbs``, ``living_preps``) is their condition, not an event on a day."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    preps, verbs = lang.folded_filter("living_preps"), lang.folded_filter("living_verbs")
    marks = [c for c in tok.children if c.dep_ == "case"]  # French: the preposition hangs on its noun
    verb = tok.head
    if tok.dep_ == "pobj":  # English: the noun hangs on its preposition
        marks, verb = [tok.head], tok.head.head
    return any(fold(m.text) in preps for m in marks) and fold(verb.lemma_) in verbs


GROUND_DEPS = OBJECT_DEPS | PASSIVE_SUBJECT | {"xcomp"}  # "repris la localité", "la ville a été reprise", "repris possession de"


def _resumed(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "les activités ont repris à Oicha", "le PAM a repris la distribution dans le territoire de Rutshuru", "ont
    repris leur avancée vers la ville": a verb that also means to resume (``resume_verbs``) takes ground only when
    the ground is what it takes, its object or passive subject or their complement ("repris le contrôle de la
    ville", "repris possession de": ``ground_preps``), not the place where something resumed ("à Oicha", "dans
    la ville"). Where the parse gives the verb neither subject nor object, or leaves a frame word near it out of
    its clause, the frame words near it decide as for any trigger."""
    if tok.pos_ != "VERB" or entry.kind != "territory_gain" or fold(tok.lemma_) not in lang.folded_filter("resume_verbs"):
        return False
    if not any(c.dep_ in GROUND_DEPS | ACTIVE_SUBJECT for c in tok.children):
        return False
    clause = {t.i for t in tok.subtree}
    lo, hi = max(tok.sent.start, tok.i - WINDOW_LEFT), min(tok.sent.end, tok.i + WINDOW_RIGHT + 1)
    if any(t.i not in clause and _frame_word(t, entry.requires) for t in tok.doc[lo:hi]):
        return False
    preps = lang.folded_filter("ground_preps")
    return not any(t.i != tok.i and _frame_word(t, entry.requires) and _taken(t, tok, preps) for t in tok.subtree)


def _taken(t: Token, verb: Token, preps: frozenset[str]) -> bool:
    """Whether ``t`` is what ``verb`` takes: reached from one of its objects through no clause and no
    preposition but those of a complement (``preps``). A noun hung on another with no preposition of its
    own is the verb's object the parse misplaced ("repris aux rebelles la cité de X", "cité" under "rebelles")."""
    while True:
        cases = [c for c in t.children if c.dep_ == "case"]
        if any(fold(c.text) not in preps for c in cases):
            return False
        if not cases and t.dep_ == "nmod" and t.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" for c in t.children):
            return True
        if t.head.i == verb.i:
            return t.dep_ in GROUND_DEPS and not _apposed_to_a_place(t, verb, preps)
        if t.dep_ in CLAUSE_DEPS or t.head.i == t.i:
            return False
        t = t.head


def _apposed_to_a_place(t: Token, verb: Token, preps: frozenset[str]) -> bool:
    """ "ont repris lundi à Kindu, la grande cité du Maniema": a noun phrase right after a comma that closes the
    verb's named place ("à Kindu") describes that place; the parse makes it the verb's object."""
    comma = t.left_edge.i - 1
    if comma < 1 or t.doc[comma].text != ",":
        return False
    before = t.doc[comma - 1]
    return any(c.pos_ == "PROPN" and before.i in {w.i for w in c.subtree}
               and any(g.dep_ == "case" and fold(g.text) not in preps for g in c.children)
               for c in verb.children if c.i < comma)


def _stops_something(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "arrêter l'effusion de sang", "arrêter les combats": a verb of arrest whose object is a course of
    things (``stopped_things``: fighting, bloodshed, an advance) means stopping it; one arrests people. Not
    every event word: "arrested protesters" names people. "s'arrêter" (``reflexive_pronouns``) is stopping too."""
    if tok.pos_ != "VERB" or entry.kind != "arrest":
        return False
    things = lang.folded_filter("stopped_things")
    if any(fold(c.lemma_) in things or fold(c.text) in things for c in tok.children if c.dep_ in OBJECT_DEPS):
        return True
    # "les camions qui refusent de s'arrêter": with its reflexive pronoun the verb stops its own subject
    reflexive = lang.folded_filter("reflexive_pronouns")
    return any(c.pos_ == "PRON" and fold(c.text) in reflexive for c in tok.children if c.i == tok.i - 1)


def _dispersed_of_itself(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "La manifestation s'est dispersée dans le calme", "the marchers dispersed peacefully": a verb of dispersal
    with its reflexive pronoun (``reflexive_pronouns``), or one of ``self_dispersal_verbs`` used with no object,
    not passive and not done by the state's bodies, tells a crowd that went home, not one the police broke up."""
    if tok.pos_ != "VERB" or entry.kind != "protest_intervention":
        return False
    reflexive = lang.folded_filter("reflexive_pronouns")
    if any(c.pos_ == "PRON" and fold(c.text) in reflexive and c.i < tok.i for c in tok.children):
        return True
    if " ".join(entry.words) not in lang.folded_filter("self_dispersal_verbs") or tok.dep_ in COMPLEMENT_CLAUSE or any(
            c.dep_ in DIRECT_OBJECT or c.dep_ in PASSIVE_SUBJECT or c.dep_ in PASSIVE_AUXILIARY for c in tok.children):
        return False  # "forcing the protesters to disperse": made to, not of itself
    verb = tok
    while verb.dep_ == "conj" and not any(c.dep_ in ACTIVE_SUBJECT for c in verb.children) and verb.head.i != verb.i:
        verb = verb.head  # "the marchers rallied and later dispersed": the first verb's subject
    doers = lang.folded_filter("state_doers")
    return not any(fold(c.lemma_) in doers or fold(c.text) in doers for c in verb.children if c.dep_ in ACTIVE_SUBJECT)


def _a_state_measure(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "Authorities blocked the main road and deployed troops", "la police a bloqué l'accès": a crowd's tactic
    done by the state's bodies (``state_doers``) is a security measure, no demonstration."""
    if tok.pos_ != "VERB" or entry.kind != "violent_demonstration":
        return False
    doers = lang.folded_filter("state_doers")
    verb = tok
    while verb.dep_ == "conj" and not any(c.dep_ in ACTIVE_SUBJECT for c in verb.children) and verb.head.i != verb.i:
        verb = verb.head  # "authorities blocked the road and shut down the market": the first verb's subject
    return any(fold(c.lemma_) in doers or fold(c.text) in doers for c in verb.children if c.dep_ in ACTIVE_SUBJECT)


def _a_states_objection(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "Le gouvernement soudanais a protesté contre son exclusion", "the foreign ministry protested the
    decision": a verb of protest ("objecting_verbs") whose active subject is a government, a ministry or an
    embassy ("objecting_bodies") is a diplomatic complaint, no crowd in the street; "des étudiants ont protesté
    devant le rectorat" stays a protest."""
    if tok.pos_ != "VERB" or entry.kind != "peaceful_protest" \
            or fold(tok.lemma_) not in lang.folded_filter("objecting_verbs"):
        return False
    bodies = lang.folded_filter("objecting_bodies")
    return any(fold(c.lemma_) in bodies or fold(c.text) in bodies for c in tok.children if c.dep_ in ACTIVE_SUBJECT)


def _no_crowd_blockade(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "les agriculteurs ont bloqué l'autoroute avec leurs tracteurs", "des chauffeurs de taxi ont bloqué le
    périphérique": a verb of blocking ("blocking_verbs") is a protest only when a crowd that blockades
    ("blockading_crowds") does it, as its active subject; "des camionneurs sont bloqués à la frontière", "le
    gouvernement a bloqué les subventions", "les gendarmes ont bloqué l'accès" tell no demonstration."""
    if tok.pos_ != "VERB" or entry.kind != "peaceful_protest":
        return False
    if fold(tok.lemma_) not in lang.folded_filter("blocking_verbs"):
        return False
    if any(c.dep_ in PASSIVE_SUBJECT or c.dep_ in ("aux:pass", "auxpass") for c in tok.children):
        return True
    crowds = lang.folded_filter("blockading_crowds")
    return not any(c.dep_ in ACTIVE_SUBJECT and fold(c.lemma_) in crowds for c in tok.children)


def _thrown(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "threw rocks and other projectiles", "projectiles were thrown at police": a missile thrown by
    hand is a rioter's, not artillery."""
    if tok.pos_ not in ("NOUN", "PROPN") or entry.kind != "shelling":
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    verbs = lang.filters.get("throwing_verbs", ())
    return tok.dep_ in UNDERGOER and fold(tok.head.lemma_) in verbs


WALKOUT_LISTS = (("walkout_verbs", "walkout_rooms"), ("summoning_verbs", "envoys"))  # a verb, what it acts on
WALKOUT_REACH = 3  # words up from "protester" to the verb it tells the purpose of ("quitté l'hémicycle avant le vote pour")
PROTESTS = "Protests"


def _walkout(tok: Token, entry: TriggerEntry, lang: LanguagePack, told: Callable[[], frozenset[int]]) -> bool:
    """ "les élus ont quitté l'hémicycle pour protester", "boycotté la séance en signe de protestation":
    a protest word telling why members left or shunned a sitting (``walkout_verbs`` with an object among
    ``walkout_rooms``) tells of a walkout, which ACLED does not code: no crowd took to a public place. So
    does one telling why a state summoned an envoy (``summoning_verbs`` with an object among ``envoys``:
    "a convoqué l'ambassadeur pour protester"): a diplomatic protest."""
    if code(entry.kind).event_type != PROTESTS:
        return False
    pairs = [(lang.folded_filter(v), lang.folded_filter(o)) for v, o in WALKOUT_LISTS]
    if not any(verbs for verbs, _ in pairs):
        return False
    head, objects = tok, set()
    for _ in range(WALKOUT_REACH):
        if head.head.i == head.i:
            return False
        head = head.head
        if head.pos_ == "VERB" and head.i in told():  # "a convoqué jeudi l'ambassadeur": a day the parse takes
            objects |= {fold(c.lemma_) for c in head.children if c.dep_ in OBJECT_DEPS}  # for a verb
        elif head.pos_ == "VERB":
            break
    objects |= {fold(c.lemma_) for c in head.children if c.dep_ in OBJECT_DEPS}
    return any(fold(head.lemma_) in verbs and objects & things for verbs, things in pairs)


def _a_visit(tok: Token, end: int, entry: TriggerEntry, lang: LanguagePack,
             told: Callable[[], frozenset[int]]) -> bool:
    """ "le ministre s'est rendu auprès des soldats", "s'est rendu en Estonie": a verb of surrender that the
    word after it, the time told aside (``told()``: "s'est rendu mardi soir auprès"; ``visit_preps``, or "en"
    before a name), makes a verb of going is a visit, not a surrender."""
    if entry.kind != "agreement" or entry.pos != "VERB" or tok.pos_ != "VERB":
        return False
    times = told()
    rest = list(itertools.islice((t for t in tok.doc[end:tok.sent.end] if t.i not in times), 2))
    if not rest:
        return False
    if fold(rest[0].text) in lang.folded_filter("visit_preps"):
        return True
    return fold(rest[0].text) == "en" and len(rest) > 1 and rest[1].pos_ == "PROPN"


def _a_civil_pact(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "ont signé des accords de coopération dans l'énergie", "a trade agreement": an agreement noun whose own
    modifier names a civil domain (``civil_pact_domains``) is a pact between states, and one signed with a firm
    (``_a_company_partner``) a contract, not one between conflict actors (a ceasefire, a peace deal, a prisoner
    exchange), which is all ACLED codes as an agreement."""
    if entry.kind != "agreement":
        return False
    if _a_company_partner(tok, lang):
        return True
    if tok.pos_ != "NOUN":
        return False
    domains = lang.folded_filter("civil_pact_domains")
    # "ont signé plusieurs accords dans les domaines de l'énergie": the domain may hang on the verb of signing
    told = [*tok.children, *(c for c in tok.head.children if tok.dep_ in UNDERGOER and c.dep_.startswith("obl"))]
    return any(c.dep_ in ("nmod", "amod", "compound") or c.dep_.startswith("obl") and c.head.i != tok.i
               for c in told if fold(c.lemma_) in domains or fold(c.text) in domains)


LEVEL_REACH = 6  # "fell to a six-month low": the words from the verb to its level


def _a_level_reached(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "Brent crude fell to a three-year low": a verb of taking ground whose complement after its preposition is a
    level (``level_words``) tells of a price or a rate, not of a town that fell. Only a taking: "marched in Rabat
    to demand higher wages" is a march whatever level it asks for."""
    levels = lang.folded_filter("level_words")
    if not levels or entry.kind != "territory_gain" or tok.pos_ not in ("VERB", "AUX"):
        return False
    reached = [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"] + \
        [c for c in tok.children if c.dep_.startswith("obl")]
    # "Gold falls to six-month low": a headline's parse may leave the level unhung; the words right after the verb
    if tok.i + 1 < tok.sent.end and tok.doc[tok.i + 1].pos_ == "ADP":
        reached += [t for t in tok.doc[tok.i + 2:min(tok.i + LEVEL_REACH, tok.sent.end)] if t.pos_ in ("NOUN", "ADJ")]
    return any(fold(n.lemma_) in levels or fold(n.text) in levels for n in reached)


def _a_company_partner(tok: Token, lang: LanguagePack) -> bool:
    """ "signed an agreement with a Russian company", "un accord avec une société chinoise": a pact whose other
    party (after ``pact_partner_preps``, on the agreement noun or on its verb) is a firm, a lender or an investor
    (``civil_pact_partners``) is a contract, not a pact between conflict actors."""
    partners, preps = lang.folded_filter("civil_pact_partners"), lang.folded_filter("pact_partner_preps")
    if not partners or not preps:
        return False
    holders = [tok, tok.head] if tok.pos_ == "NOUN" and tok.dep_ in OBJECT_DEPS else [tok]
    if tok.pos_ == "VERB":
        holders += [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    for holder in holders:
        for c in holder.children:
            if fold(c.text) in preps:  # spaCy's English: "agreement" -> "with" -> "company"
                named = [g for g in c.children if g.dep_ == "pobj"]
            elif any(fold(g.text) in preps for g in c.children if g.dep_ == "case"):  # UD: the noun, its case marker
                named = [c]
            else:
                continue
            if any(fold(n.lemma_) in partners or fold(n.text) in partners for n in named):
                return True
    return False


RELIC_KINDS = ("disrupted_weapons",)  # besides explosions: a munition found or defused
PASSIVE_AUXILIARY = ("auxpass", "aux:pass")  # "were destroyed", "ont été abattus": the verb is passive
COMPLEMENT_CLAUSE = ("xcomp", "ccomp")  # "forced them to disperse", "ordered the crowd to disperse": what another verb makes be
RELIC_HOLDERS = ("nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj")  # a verb's munition: what was found, what went off


def _a_relic(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "un obus de la Première Guerre mondiale a été découvert", "a World War II bomb was found on a building
    site": a munition its own phrase dates to a war long over (``relic_wars``) is a relic unearthed, no
    attack and no disrupted weapons use, unless its sentence counts dead or wounded (a relic that went off,
    which ACLED codes)."""
    wars = lang.folded_filter("relic_wars")
    if not wars or code(entry.kind).event_type != EXPLOSIONS and entry.kind not in RELIC_KINDS:
        return False
    phrases = [tok] if tok.pos_ in ("NOUN", "PROPN") else [c for c in tok.children if c.dep_ in RELIC_HOLDERS]
    dated = any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", fold(" ".join(t.text for t in p.subtree)))
                for p in phrases for w in wars)
    said = fold(span_text(tok.sent))
    return dated and not any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", said) for w in _hurt_words(lang))


def _weapon_carried(tok: Token, lang: LanguagePack) -> bool:
    """ "militants armed with rifles and grenades attacked a police post": a weapon named as what the doers
    carry (the object, or one of the objects joined by "and", of a preposition ``arming_preps`` hung on a word of
    arming, ``arming_words``) describes them, not the act; the act's own words ("attacked", "a gunbattle") code
    it, where "hurled a grenade" stays a grenade attack."""
    arming, preps = lang.folded_filter("arming_words"), lang.folded_filter("arming_preps")
    if tok.pos_ != "NOUN" or not arming or not preps:
        return False
    node = tok
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    if node.dep_ == "pobj":  # spaCy's English: "armed" -> "with" -> "rifles"
        prep, armed = node.head, node.head.head
    else:  # Universal Dependencies: "armés" -> "grenades", the preposition its case marker
        prep, armed = next((c for c in node.children if c.dep_ == "case"), None), node.head
    return prep is not None and fold(prep.text) in preps and fold(armed.text) in arming


def _called_off(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "the government suspended peace talks with the rebels", "broke off the talks": talks or a pact named as
    what a side halts (the object of a verb in ``calling_off_verbs``, with its particle: "break off") are no
    agreement reached; ACLED codes the pact made, not the one dropped. So is one a side leaves by a verb and its
    preposition ("withdrew from the peace agreement", "pulled out of the deal"), a change to its activity. A
    demonstration its organisers drop (``cancelling_verbs``: "the rally was called off", "cancelled the march")
    was never held; police who halt one intervene, so the pact's verbs are not read for it."""
    if tok.pos_ != "NOUN" or entry.kind != "agreement" and not names_demonstration(entry.kind):
        return False
    verbs = lang.folded_filter("calling_off_verbs" if entry.kind == "agreement" else "cancelling_verbs")
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
        verb, particle = tok.head.head, tok.head.text
        prior = next((c.text for c in verb.children if c.dep_ in ("prt", "compound:prt")), None)
        said = fold(" ".join(w for w in (verb.lemma_, prior, particle) if w))
    elif tok.dep_ in OBJECT_DEPS or tok.dep_ in PASSIVE_SUBJECT or _a_headlines_passive(tok):
        verb = tok.head
        particle = next((c.text for c in verb.children if c.dep_ in ("prt", "compound:prt")), None)
        said = fold(f"{verb.lemma_} {particle}" if particle else verb.lemma_)
    else:
        # "les pourparlers reportés sine die", "talks postponed twice": the participle on the noun says it too
        return any(c.dep_ == "acl" and "Part" in c.morph.get("VerbForm") and fold(c.lemma_) in verbs
                   for c in tok.children)
    return said in verbs


def _a_headlines_passive(tok: Token) -> bool:
    """ "Sudan peace talks postponed again": a headline drops the auxiliary of its passive, and the parse reads the
    noun as the subject of a past verb that has no object and no auxiliary of its own; it is what was done to."""
    verb = tok.head
    return tok.dep_ in ACTIVE_SUBJECT and tok.sent.start == 0 and verb.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in DIRECT_OBJECT or c.dep_.startswith("aux") for c in verb.children)


def _frame_off_the_object(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "burned two suspected thieves" is an attack, "armed men burned down 30 houses" property destruction;
    "withdrew from the peace agreement" a change to the side's activity, "withdrew from the town after the
    agreement" a move of troops: an entry whose frame is what the verb acts on (``object_framed_entries``, its
    phrase and kind) holds only where a frame word is the verb's direct object, or the object of one of
    ``object_preps`` on it ("from", "to death"), or what the act left it as ("alive"), not its doer nor a phrase of
    time."""
    framed = lang.folded_filter("object_framed_entries")
    if tok.pos_ != "VERB" or not framed or fold(f"{' '.join(entry.words)} {entry.kind}") not in framed:
        return False
    preps = lang.folded_filter("object_preps")
    objects = [c for c in tok.children if c.dep_ in DIRECT_OBJECT]
    # what the act left its object as: "burned a man alive" (on the verb or after the object), "burned them to death"
    acted_on = objects + [c for c in tok.children if c.pos_ == "ADJ"] + \
        [g for o in objects for g in o.children if g.pos_ == "ADJ" and g.i > o.i]
    # a source ("snatched a phone from a trader") is what the act is on only with no object of its own
    sources = lang.folded_filter("source_preps") if objects else frozenset()
    acted_on += [g for p in tok.children if p.dep_ == "prep" and fold(p.text) in preps - sources for g in p.children
                 if g.dep_ == "pobj"]
    return not any(_frame_word(t, entry.requires) for t in acted_on)


def _a_fight_joined(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "his fighters were joining the army's fight against the M23", "rejoindre le combat": a fight that is the
    object of a verb of joining (``joining_verbs``) names the side someone takes, a change to the group's
    activity, not a battle fought that day."""
    if entry.kind != "armed_clash" or tok.pos_ != "NOUN" or tok.dep_ not in DIRECT_OBJECT:
        return False
    return fold(tok.head.lemma_) in lang.folded_filter("joining_verbs")


def _people_stopped(tok: Token, entry: TriggerEntry, persons: frozenset[str], lang: LanguagePack) -> bool:
    """ "coast guards intercepted 20 smugglers", "the corps intercepted a suspected trafficker": a verb that
    disrupts weapons with no weapon in its frame ("intercept", "foil") whose object is a person
    (``person_nouns``, ``stopped_people``) stops people, not a weapon; the arrest it may be is read apart."""
    if entry.kind != "disrupted_weapons" or entry.requires or tok.pos_ != "VERB":
        return False
    people = persons | lang.folded_filter("stopped_people")
    objects = [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    return any(fold(o.lemma_) in people or fold(o.text) in people for o in objects)


def _people_led(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "marched the captives into the forest": a verb of protest whose direct object is people held (``led_people``)
    tells them led away by their captors, no protest; "marched the streets" stays one."""
    if entry.kind != "peaceful_protest" or tok.pos_ != "VERB":
        return False
    led = lang.folded_filter("led_people")
    return any(c.dep_ in DIRECT_OBJECT and (fold(c.lemma_) in led or fold(c.text) in led) for c in tok.children)


def _weapon_did_it(tok: Token, entry: TriggerEntry) -> bool:
    """ "a roadside bomb destroyed an army truck": a verb that disrupts weapons when they are what it acts on
    ("soldiers destroyed an IED") tells the weapon's own blast when the weapon is its subject and none of its
    objects is a weapon; the explosion's own trigger then codes it. A passive verb's subject is what it acted on,
    whatever label the parse gives it ("plusieurs missiles ont été abattus")."""
    if tok.pos_ != "VERB" or entry.kind not in RELIC_KINDS or "Pass" in tok.morph.get("Voice") or \
            any(c.dep_ in PASSIVE_AUXILIARY for c in tok.children):
        return False
    by_weapon = any(c.dep_ in ACTIVE_SUBJECT and _frame_word(c, entry.requires) for c in tok.children)
    return by_weapon and not any(c.dep_ in DIRECT_OBJECT and _frame_word(c, entry.requires) for c in tok.children)


def _sent_in_response(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "des renforts ont été dépêchés sur place": forces sent to where an event was told (``response_places``)
    answer that event, which the report codes; a deployment there is no change to a group of its own."""
    if entry.kind != "change_to_group":
        return False
    sentence = " " + " ".join(fold(t.text) for t in tok.sent) + " "
    return any(f" {p} " in sentence for p in lang.folded_filter("response_places"))


MEMBERSHIP_REACH = 2  # adverbs between "combattu" and "au sein de" ("a combattu longtemps au sein de")


def _served_in(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "il a combattu au sein de plusieurs rébellions", "fought in the ranks of the RUF": a fight verb
    followed by a phrase of membership (``membership_phrases``) tells whom someone served with, a
    career, not a battle."""
    phrases = tuple(lang.folded_filter("membership_phrases"))
    if tok.pos_ != "VERB" or entry.kind != "armed_clash" or not phrases:
        return False
    i = tok.i + 1
    while i < tok.sent.end and i - tok.i <= MEMBERSHIP_REACH and tok.doc[i].pos_ == "ADV":
        i += 1
    after = " ".join(fold(t.text) for t in tok.doc[i:min(tok.sent.end, i + 5)])
    return after.startswith(tuple(phrases))


TRADE_REACH = 4  # nouns and conjuncts between a weapon and the word of its trade
TRADED_DEPS = UNDERGOER | {"nmod", "obl:arg"}  # "livrer des missiles", "la livraison de missiles", however parsed


def _traded(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "livrer des missiles à l'Ukraine", "the delivery of rockets", "une aide comprenant des missiles": a
    weapon bought, sold, delivered, made, stockpiled or listed in a package (``weapon_trade_words``) is an arms
    transfer or a stock, not a strike."""
    if tok.pos_ in ("VERB", "AUX") or code(entry.kind).event_type != EXPLOSIONS:  # a noun, however tagged
        return False
    words = lang.filters.get("weapon_trade_words", ())
    before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > tok.sent.start else None
    if before is not None and before.pos_ == "ADJ" and lemma_as_verb(lang.code, before.text) in words:
        return True  # "L'Iran accumule des missiles": a verb the parse reads as an adjective, whatever it hangs on
    for _ in range(TRADE_REACH):  # "livraison de missiles de croisière et de roquettes": up the noun chain
        head = tok.head.head if tok.dep_ == "pobj" else tok.head  # "delivery of missiles": the preposition heads it
        if head.i == tok.i:
            return False
        if (tok.dep_ in TRADED_DEPS or tok.dep_ == "pobj") and fold(head.lemma_) in words:
            return True
        if tok.dep_ not in ("conj", "nmod", "pobj"):
            return False
        tok = head
    return False


def _accidental(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "a tsunami killed 222 people", "tués dans un accident", "killed when a bus collided with a lorry" (the verb
    of a clause hanging from the deed): deaths no one inflicted are no event; nor is "l'explosion d'un
    camion-citerne", a blast its own phrase lays to a tank or a boiler."""
    causes = lang.accidental_causes
    if tok.pos_ == "NOUN" and code(entry.kind).event_type == EXPLOSIONS:
        return any(fold(t.lemma_) in causes or fold(t.text) in causes for t in _named_by(tok)[1:])
    if entry.kind not in ACCIDENT_PRONE_KINDS:
        return False
    return any((fold(t.lemma_) in causes or fold(t.text) in causes or _a_blaze(t, lang)) and t.pos_ in ("NOUN", "PROPN")
               for t in _told_as_cause(tok)) or _cause_after(tok, causes, lang) or \
        any(c.dep_ in HANGING_CLAUSE_DEPS and c.pos_ == "VERB" and fold(c.lemma_) in causes for c in tok.children)


CAUSE_REACH = 12  # words read after a killing verb for "dans une collision" the parse hung elsewhere
CAUSE_NOUN_REACH = 3  # words from the preposition to the cause's noun ("dans un violent accident")


def _cause_after(tok: Token, causes: frozenset[str], lang: LanguagePack) -> bool:
    """ "Douze personnes ont été tuées et une vingtaine blessées lundi dans une collision": a preposition of
    circumstance (``cause_preps``) after the deed, before any other finite verb or the sentence's end, with an
    accidental cause's noun a few words on, names the mishap even where the parse hung it elsewhere."""
    preps = lang.folded_filter("cause_preps")
    if not preps:  # a language listing none reads no words
        return False
    words = tok.doc[tok.i + 1:min(len(tok.doc), tok.i + 1 + CAUSE_REACH)]
    for k, t in enumerate(words):
        if t.text in (".", ";", "!", "?") or "\n" in t.text or \
                t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm"):
            return False
        if fold(t.text) in preps and any(fold(n.lemma_) in causes or fold(n.text) in causes
                                         for n in words[k + 1:k + 1 + CAUSE_NOUN_REACH] if n.pos_ in ("NOUN", "PROPN")):
            return True
    return False


def _speaker_of_its_pronoun(tok: Token) -> list[Token]:
    """ "A rebel faction said it had disbanded": a verb told by a speaker, whose subject is a pronoun, is done by
    the speaker, whose noun frames it as the verb's own subject would."""
    if tok.dep_ != "ccomp" or not any(c.dep_ in ACTIVE_SUBJECT and c.pos_ == "PRON" for c in tok.children):
        return []
    return [c for c in tok.head.children if c.dep_ in ACTIVE_SUBJECT and c.pos_ in ("NOUN", "PROPN")]


def _told_as_cause(tok: Token):
    """The words that may name what did a verb's deed: its own phrase, and in a clause hanging from it only
    the doers ("killed when floods hit the town"), not what the clause speaks of ("villagers attacked
    health workers, accusing them of spreading disease"); what the deed was done to is no cause ("un convoi de
    camions-citernes a été attaqué"); nor is a clause's doer once the deed has a doer of its own ("fighters
    killed four herders as drought pushed families into towns")."""
    own_doer = any(c.dep_ in PASSIVE_AGENT or c.dep_ in DOER and c.pos_ in ("NOUN", "PROPN", "PRON") for c in tok.children)
    for child in tok.children:
        if child.dep_ in UNDERGOER or own_doer and child.dep_ in HANGING_CLAUSE_DEPS:
            continue
        for t in child.subtree:
            if child.dep_ not in HANGING_CLAUSE_DEPS or t.dep_ in DOER or t.dep_ == "pobj" and t.head.dep_ in PASSIVE_AGENT:
                yield t




def _done_by_nature(tok: Token, lang: LanguagePack) -> bool:
    """ "les inondations qui ont frappé Kinshasa", "des étals détruits par les flammes": a verb whose
    doer (its subject, its passive agent, or a noun its participle or relative clause hangs from) is a
    flood, a fire or a storm tells of a disaster, whatever the verb."""
    if tok.pos_ != "VERB":
        return False
    doers = [c for c in tok.children if c.dep_ in DOER or c.dep_ == "pobj" and c.head.dep_ == "agent"]
    doers += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not any(c.dep_ in DOER for c in tok.children):
        doers += [c for c in tok.head.children if c.dep_ in DOER]  # "floods killed nine and destroyed homes"
    if tok.dep_ in ("acl", "acl:relcl", "relcl"):  # "l'éboulement d'un puits : 12 creuseurs tués"
        doers.extend(itertools.takewhile(lambda a: a.pos_ != "VERB", tok.ancestors))
    causes = lang.accidental_causes
    if trailing_participle(tok):  # "la foudre a frappé une école, tuant trois élèves": the sentence's doer
        root = tok.sent.root
        assaults = set(lang.roles.get("assault_verbs", ()))
        if any(v.pos_ == "VERB" and fold(v.lemma_) in causes and fold(v.lemma_) not in assaults
               and not any(c.dep_ in DIRECT_OBJECT for c in v.children) for v in (root, tok.head)):
            return True  # "a helicopter crashed near X, killing four" (or the verb it goes on with under a verb of
            # saying: "a bus plunged into a ravine, killing 23, officials said"): the verb itself tells the mishap,
            # unless it is an assault's ("militiamen stormed a site ..., killing six": a storm as a noun) or acts on
            # something ("gunmen plunged a knife into a trader, killing him", "crashed a truck into the gate")
        doers += [c for c in root.children if c.dep_ in DOER]
        main = tok.head
        if main is not root and main.pos_ == "VERB":  # "A landslide buried a camp, killing 18, rescuers said":
            doers += [c for c in main.children if c.dep_ in DOER]  # the clause it goes on with, or the noun that
            if main.dep_ in ("acl", "acl:relcl", "relcl"):  # clause hangs from where the parse made it one
                doers.append(main.head)
    return any(fold(t.lemma_) in causes or fold(t.text) in causes or _a_blaze(t, lang)
               for d in doers if d.pos_ in ("NOUN", "PROPN") for t in _named_by(d))


def _a_blaze(noun: Token, lang: LanguagePack) -> bool:
    """ "A fire at a sugar mill killed two workers": a noun that names gunfire as well as a blaze
    (``blaze_nouns``) names the blaze when an indefinite article opens it; "heavy fire from the rebels" and
    "the fire" of a fight stay fire."""
    return fold(noun.lemma_) in lang.folded_filter("blaze_nouns") and any(
        c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in noun.children)


NAMING_DEPS = {"nmod", "amod", "compound", "flat"}  # "une meute de chiens", "un buffle blessé"


def _named_by(noun: Token) -> list[Token]:
    """A doer's noun and the words of its own phrase that say what it is ("une meute de chiens errants", "un
    essaim d'abeilles"), not the clauses hanging from it ("des rebelles fuyant les inondations")."""
    out, todo = [], [noun]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ in NAMING_DEPS and c.pos_ in ("NOUN", "PROPN", "ADJ"))
    return out


SCORE = re.compile(r"\(\d{1,2} ?[-–] ?\d{1,2}\)")  # "(4-0)", "(68-71)": a match's result
SPORT_CUES = 2  # distinct words of sport that, with a score, make an article a match report
SPORT_CUES_UNSCORED = 3  # distinct words of sport that make one without a score ("five wickets for 31 runs")
MARKET_CUES = 3  # distinct words of finance that make an article a market report
PLAYED_TYPES = ("Battles", EXPLOSIONS, "Violence against civilians")  # what a game's words sound like


def _cue_sentences(doc: Doc, words: frozenset[str], needed: int) -> frozenset[int]:
    """The first tokens of the sentences that name one of ``words`` (plain phrases), in an article that names
    ``needed`` distinct ones at least; none in any other article."""
    found: dict[int, set[str]] = {}
    for sent in doc.sents:
        text = f" {' '.join(plain_words(span_text(sent)))} "
        cues = {w for w in words if f" {w} " in text}
        if cues:
            found[sent.start] = cues
    return frozenset(found) if len(set().union(*found.values(), set())) >= needed else frozenset()


def sport_sentences(doc: Doc, lang: LanguagePack) -> frozenset[int]:
    """The first tokens of the sentences that speak of a game ("sport_words", a score), in an article that
    gives a score and names ``SPORT_CUES`` of them at least, or names ``SPORT_CUES_UNSCORED`` with no score
    (a cricket report counts runs and wickets, not goals): a match report, where "une attaque efficace"
    and "la bataille du milieu de terrain" are play. None in any other article."""
    words = _plain_phrases(lang, "sport_words")
    if not words:
        return frozenset()
    return _cue_sentences(doc, words, SPORT_CUES if SCORE.search(doc_text(doc)) else SPORT_CUES_UNSCORED)


def market_sentences(doc: Doc, lang: LanguagePack) -> frozenset[int]:
    """The first tokens of the sentences that speak of trading ("market_words"), in an article that names
    ``MARKET_CUES`` of them at least: a market report, where shares are "slaughtered" and a falling index
    is a "massacre". None in any other article."""
    words = _plain_phrases(lang, "market_words")
    if not words:
        return frozenset()
    return _cue_sentences(doc, words, MARKET_CUES)


def _market_talk(tok: Token, entry: TriggerEntry, lang: LanguagePack, market: Callable[[], frozenset[int]]) -> bool:
    """A noun of violence in a sentence of a market report ("market_sentences": "a massacre on the trading
    floor"), or such a verb said of shares, prices or investors ("market_things": "banking shares
    slaughtered", "investors were shot down"), is a figure of speech, unless the sentence counts dead or
    wounded (a bomb at an exchange)."""
    if code(entry.kind).event_type not in PLAYED_TYPES and entry.kind != "property_destruction":
        return False
    if tok.sent.start not in market():
        return False
    things = lang.folded_filter("market_things")
    if tok.pos_ in ("VERB", "AUX") and not any(
            fold(c.lemma_) in things for c in (*tok.children, tok.head) if c.i != tok.i and c.pos_ in ("NOUN", "PROPN")):
        return False
    hurt = _hurt_words(lang)
    return not any(t.i != tok.i and fold(t.text) in hurt for t in tok.sent)


def _played(tok: Token, entry: TriggerEntry, lang: LanguagePack, sport: Callable[[], frozenset[int]]) -> bool:
    """A noun of fighting, shooting, wrecking or arrest, or such a verb aimed at a goal, a keeper or a batting
    order, or done by a team ("sport_targets"), in a sentence of a match report ("sport_sentences") is play,
    unless the sentence names the fans ("sport_crowds": "les supporters ont attaqué l'arbitre" is mob violence,
    which ACLED codes) or counts dead or wounded (a crush or a shooting at a stadium)."""
    if code(entry.kind).event_type not in PLAYED_TYPES and entry.kind not in ("arrest", "property_destruction"):
        return False
    targets = lang.folded_filter("sport_targets")  # "ont bombardé le but adverse": a verb aimed at the goal
    told = _the_games_telling(tok, sport)
    if tok.pos_ in ("VERB", "AUX") and not told and not any(fold(c.lemma_) in targets for c in tok.children
                                                            if c.dep_ in UNDERGOER or c.dep_ in ACTIVE_SUBJECT):
        return False
    if not told and tok.sent.start not in sport() and not _aimed_at_goal(tok, targets, sport):
        return False
    crowds = lang.folded_filter("sport_crowds")
    hurt = _hurt_words(lang)
    # the trigger's own word ("ont massacré la défense") counts no dead
    return not any(fold(t.lemma_) in crowds or fold(t.text) in crowds or t.i != tok.i and fold(t.text) in hurt
                   for t in tok.sent)


def _the_games_telling(tok: Token, sport: Callable[[], frozenset[int]]) -> bool:
    """ "Football : les Léopards exécutent les Étalons", "Pakistan demolish Sri Lanka to seal series", "ont exécuté le
    Burkina Faso (3-0)": in a match report, the headline (the article's first line, above its body) tells the game, and so does
    a sentence of the game that gives its score; a verb of violence there is the result, whoever its teams are
    (a nickname, a country), not only one aimed at a goal or a team's word. The caller keeps the guards of crowds
    and of dead or wounded."""
    if not sport():
        return False
    headline = tok.sent.start == 0 and in_headline(doc_text(tok.doc), tok.idx)  # a line of its own, not a lead
    return headline or tok.sent.start in sport() and bool(SCORE.search(span_text(tok.sent)))


def _aimed_at_goal(tok: Token, targets: frozenset, sport: Callable[[], frozenset[int]]) -> bool:
    """ "Les attaquants ont bombardé le but adverse dès l'entame": a verb whose object is a goal or a keeper
    ("sport_targets") is play in any sentence of a match report, though that sentence names no game word;
    in an article that is no match report it is left to the other rules."""
    return tok.pos_ in ("VERB", "AUX") and bool(sport()) and any(
        fold(c.lemma_) in targets for c in tok.children if c.dep_ in UNDERGOER)


def _stopped_shot(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "le gardien a arrêté deux tentatives", "arrêter le penalty": a verb of arrest whose object is a shot or a
    ball ("sport_targets") stops no person, in a match report or not; "arrêter deux militants" stays an arrest."""
    if entry.kind != "arrest" or tok.pos_ not in ("VERB", "AUX"):
        return False
    targets = lang.folded_filter("sport_targets")
    objects = [c for c in tok.children if c.dep_ in UNDERGOER]
    if not objects:  # "d'arrêter deux tentatives lors de la séance", an object the parse hung elsewhere: the next words
        return _unhung_object_among(tok, targets)
    return any(fold(c.lemma_) in targets for c in objects)


def _ordinary_crime(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "la police a arrêté trois trafiquants de drogue", "interpellés pour vol": ACLED codes the arrest of a
    significant person or a politically motivated round-up, not the police's arrest of thieves, smugglers
    or forgers; such a crime ("ordinary_crimes") named in the arrest's sentence or the one on either side of
    it ("la saisie de 24 kilos de méthamphétamines. Le propriétaire a été arrêté") tells an arrest of that
    kind, unless the sentence calls the arrested, not those who arrest, members of a band ("group_member_words")."""
    if entry.kind != "arrest":
        return False
    crimes = _plain_phrases(lang, "ordinary_crimes")
    if not crimes:
        return False
    doc, sent = tok.doc, tok.sent
    before = doc[sent.start - 1].sent if sent.start > 0 else sent
    after = doc[sent.end].sent if sent.end < len(doc) else sent
    text = f" {' '.join(plain_words(doc[before.start:after.end].text))} "
    if not any(f" {w} " in text for w in crimes):
        return False
    # "arrested a PCC member wanted for drug trafficking": a member of a band, whom ACLED codes
    doers = {d.i for c in tok.children if c.dep_ in ACTIVE_SUBJECT for d in c.subtree}
    arrested = f" {' '.join(plain_words(' '.join(w.text for w in sent if w.i not in doers)))} "
    return not any(f" {w} " in arrested for w in _plain_phrases(lang, "group_member_words"))


def settled_scores(doc: Doc, lang: LanguagePack) -> bool:
    """ "un homme tué par balles au pied d'un immeuble [...] les enquêteurs privilégient la piste d'un règlement
    de comptes lié à un point de deal": whether the article files its killings, in its headline or any paragraph,
    as the drug trade's settling of scores ("crime_motives"), ordinary crime, which ACLED does not code; not when
    it names an armed band ("armed_band_words": "un règlement de comptes entre gangs" in Port-au-Prince is a fight
    between armed groups, which it codes)."""
    motives = _plain_phrases(lang, "crime_motives")
    if not motives:
        return False
    text = f" {' '.join(plain_words(doc_text(doc)))} "
    bands = _plain_phrases(lang, "armed_band_words")
    return any(f" {w} " in text for w in motives) and not any(f" {w} " in text for w in bands)


def _score_settled(entry: TriggerEntry, settled: Callable[[], bool]) -> bool:
    """A killing or a shooting in an article of settled scores (``settled_scores``) is no event ACLED codes."""
    return code(entry.kind).event_type in ("Battles", "Violence against civilians") and settled()


QUESTIONING_VERBS = {"arrest": "questioning_verbs", "attack": "criticising_verbs"}  # a trigger's kind, its verbs of words


def _questioned(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "le député a interpellé le ministre sur ...", "l'opposition interpelle le gouvernement", "le ministre de
    l'Intérieur interpellé sur l'insécurité": a verb of arrest that also means calling to account
    ("questioning_verbs") is a question, not an arrest, when members of an assembly do it ("questioners"),
    when it is done to an institution ("questioned": no one arrests a government), or to an office holder
    ("questioned_offices") about a matter ("questioning_preps": "sur"); "l'ancien ministre interpellé à
    Kinshasa", with no matter, stays an arrest. A verb of attack that also means criticising ("criticising_verbs":
    "un élu a attaqué la ministre sur sa gestion", "son rival l'attaque") is words, on the same terms."""
    verbs = QUESTIONING_VERBS.get(entry.kind)
    if verbs is None or tok.pos_ != "VERB" or fold(tok.lemma_) not in lang.folded_filter(verbs):
        return False
    who, whom = lang.folded_filter("questioners"), lang.folded_filter("questioned")
    if any(c.dep_ in ACTIVE_SUBJECT and fold(c.lemma_) in who or c.dep_ in UNDERGOER and fold(c.lemma_) in whom
           for c in tok.children):
        return True
    preps = lang.folded_filter("questioning_preps")

    def about(t: Token, deps: frozenset[str] | set[str]) -> bool:
        return any(c.dep_ in deps and any(g.dep_ == "case" and fold(g.text) in preps for g in c.children)
                   for c in t.children)

    # "a attaqué la ministre sur la frappe de billets": the parse may hang the matter on the office holder
    if not about(tok, {c.dep_ for c in tok.children if c.dep_.startswith("obl")}) and \
            not any(c.dep_ in UNDERGOER and about(c, {"nmod"}) for c in tok.children):
        return False
    offices = lang.folded_filter("questioned_offices")
    held = [tok.head] if tok.dep_ == "acl" else [c for c in tok.children if c.dep_ in UNDERGOER or c.dep_ == "nsubj:pass"]
    return any(fold(n.lemma_) in offices for n in held)


def _rushed(tok: Token, entry: TriggerEntry, lang: LanguagePack) -> bool:
    """ "les stations-service ont été prises d'assaut par les automobilistes", "les fidèles ont pris d'assaut
    les églises": a noun of assault whose verb acts on a place of trade or worship ("rushed_places") or is done
    by its customers ("rushing_crowds") tells of a rush, not of an attack."""
    if tok.pos_ != "NOUN" or entry.kind != "attack" or tok.head.pos_ != "VERB":
        return False
    verb = tok.head
    places, crowds = lang.folded_filter("rushed_places"), lang.folded_filter("rushing_crowds")
    if not places and not crowds:
        return False
    told = [c for c in verb.children if c.dep_ in UNDERGOER | DOER] + \
        [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(fold(c.lemma_) in places | crowds or fold(c.text) in places | crowds for c in told)


QUOTE_ENDS = CLOSE_QUOTES + STRAIGHT_QUOTES  # what closes a quotation the narrator then tags with its speaker
SPEAKER_DEPS = {"nsubj", "obj", "punct", "expl:subj", "appos"}  # who spoke (the parse may make it an object)


def _speech_tag(tok: Token) -> bool:
    """ "« On nous traite comme des bandits », proteste son président", "\"...\", protested the mayor": a verb
    that comes right after a quotation and its comma (with only an auxiliary or a subject pronoun between)
    tags who said it; it names the speech, not an act of protest or violence. A verb that also governs a
    day, a place or an object ("», ont protesté lundi des habitants devant la mairie") tells an act."""
    if tok.pos_ not in ("VERB", "AUX") or any(c.i > tok.i and c.dep_ not in SPEAKER_DEPS for c in tok.children):
        return False
    i = tok.i - 1
    while i > tok.sent.start and (tok.doc[i].pos_ in ("AUX", "PRON") or tok.doc[i].text.startswith("-")):
        i -= 1
    return i > 0 and tok.doc[i].text == "," and tok.doc[i - 1].text in QUOTE_ENDS


def _in_proper_name(tok: Token) -> bool:
    """ "On 10 March", "Infantry Fighting Vehicles": a capitalised word the parse takes for part of a
    proper name, inside a sentence, names a month or a thing, not an event (acronyms such as "IED" stay)."""
    if tok.pos_ == "PROPN" and tok.text.istitle() and not tok.is_sent_start:
        return True
    # "le Rassemblement des patriotes", "du Mouvement pour la paix": a capitalised noun after a determiner or a
    # preposition is an organisation's name, however tagged (no one writes "la Manifestation" of a protest)
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    return tok.pos_ == "NOUN" and tok.text.istitle() and before is not None and before.pos_ in ("DET", "ADP")


def _pos_ok(tok: Token, entry: TriggerEntry) -> bool:
    # "lors de frappes aériennes": a word with words of its own (a case, an adjective) is no determiner, however
    # the tagger read the noun
    misread = tok.pos_ == "DET" and entry.pos == "NOUN" and any(True for _ in tok.children)
    if tok.pos_ in NEVER_POS and not misread or _in_proper_name(tok):
        return False
    if entry.pos == "VERB" and tok.pos_ in ("NOUN", "PROPN") and fold(tok.text) != fold(tok.lemma_):
        return False
    # "a fire at a sugar mill": a verb's phrase opened by a noun with its determiner names a thing, not the deed
    # (not "set fire", whose noun a misparse may give the subject's article)
    if entry.pos == "VERB" and len(entry.words) > 1 and tok.pos_ == "NOUN" and entry.words[0] in (
            fold(tok.text), fold(tok.lemma_)) and any(c.dep_ == "det" for c in tok.children):
        return False
    # a noun written plain is not its accented homograph: "un marché" (a market) is no "marche" (a march)
    return not (entry.pos == "NOUN" and entry.plain and accented(tok.text) and accented(tok.lemma_))


def find_triggers(doc: Doc, lang: str | LanguagePack, places: frozenset[int] = frozenset()) -> list[TriggerMatch]:
    """Non-overlapping trigger matches, longest phrase first at each position; ``places``: where the
    article's resolved toponyms begin (character offsets), so that taking a named place is taking ground."""
    lang = pack(lang)
    index = lang.trigger_index
    instruments = frozenset(lang.roles.get("instrument_cues", ()))
    persons = frozenset(lang.quantities.get("person_nouns", ()))
    counts = frozenset(fold(k.split()[-1]).rstrip("s") for k in lang.quantities.get("approximate", {}))
    collectives = frozenset(lang.status_cues.get("wave_nouns", ()))
    parts = frozenset(lang.quantities.get("partitive_words", ()))
    holders = frozenset(fold(w) for w in lang.roles.get("holding_verbs", ()))
    denials = frozenset(fold(w) for key in ("denying_marks", "denying_determiners")
                        for w in lang.status_cues.get(key, ()))
    told = functools.cache(lambda: _told_times(doc, lang))  # the time patterns run only if a phrase needs them
    sport = functools.cache(lambda: sport_sentences(doc, lang))
    market = functools.cache(lambda: market_sentences(doc, lang))
    settled = functools.cache(lambda: settled_scores(doc, lang))  # read the whole text only if a killing needs it
    matches: list[TriggerMatch] = []
    taken: set[int] = set()
    strings = doc.vocab.strings
    # each token's text, lemma and part of speech read as numbers, without building a Token for each:
    # most words start no phrase
    for i, (orth, lemma, pos) in enumerate(doc.to_array([ORTH, LEMMA, POS]).tolist()):
        if i in taken:
            continue
        tok = None
        if pos == ADJ or pos == NOUN:
            tok = doc[i]
            read_as_verb = _verb_read_as_adjective if pos == ADJ else _verb_read_as_noun
            forms = {fold(strings[orth]), fold(strings[lemma]), *read_as_verb(tok, lang)}
            opens = any(key in index for key in forms)
        else:
            forms, opens = _word_forms(lang, strings, orth, lemma)
        if not opens:
            continue
        tok = tok or doc[i]
        candidates = []
        for key in forms:
            candidates.extend(index.get(key, ()))
        passing = []
        for entry in sorted(candidates, key=lambda e: (-len(e.words), -e.weight)):
            end = _match_at(doc, tok.i, entry, forms, told)
            if end is None or end - tok.i > 1 and doc[end - 1].pos_ == "ADP" and end - 1 in told():
                continue  # "fired on Sunday at": the preposition of a day is not the phrase's ("fire on")
            head = _phrase_head(doc, tok.i, end)
            strength = _frame_strength(doc, head, entry, instruments, persons, counts, collectives, lang.demonyms,
                                       parts, places, holders, denials) \
                if _pos_ok(head, entry) else 0
            if not strength or _describes_state(head, entry, lang) or _modifies_non_event(head, lang) \
                    or _accidental(head, entry, lang) or _done_by_nature(head, lang) or _figurative(head, lang) \
                    or _graded(head, lang) or _abstract_object(head, lang) or _non_lethal(head, entry, lang) or _thrown(head, entry, lang) \
                    or _a_pit(head, entry, lang) or _in_a_grave(head, entry, lang) or _incendiary(head, entry, lang) \
                    or _traded(head, entry, lang) or _stops_something(head, entry, lang) or _dispersed_of_itself(head, entry, lang) \
                    or _a_state_measure(head, entry, lang) or _no_crowd_blockade(head, entry, lang) \
                    or _a_states_objection(head, entry, lang) \
                    or _walkout(head, entry, lang, told) or _sent_in_response(head, entry, lang) \
                    or _served_in(head, entry, lang) or _a_visit(head, end, entry, lang, told) \
                    or _a_relic(head, entry, lang) or _resumed(head, entry, lang) or _lived_under(head, lang) \
                    or _played(head, entry, lang, sport) or _market_talk(head, entry, lang, market) \
                    or _stopped_shot(head, entry, lang) or _rushed(head, entry, lang) \
                    or _ordinary_crime(head, entry, lang) or _score_settled(entry, settled) \
                    or _questioned(head, entry, lang) \
                    or _a_civil_pact(head, entry, lang) or _weapon_did_it(head, entry) or _speech_tag(head) \
                    or _weapon_carried(head, lang) or _called_off(head, entry, lang) or _frame_off_the_object(head, entry, lang) \
                    or _a_fight_joined(head, entry, lang) \
                    or _people_stopped(head, entry, persons, lang) \
                    or _noise_of_a_fight(head, entry, lang) or _only_flown(head, entry, lang) \
                    or _left_a_body(head, entry, lang) or _what_a_protest_opposes(head, entry, lang) \
                    or _people_led(head, entry, lang) or _a_level_reached(head, entry, lang):
                continue
            passing.append((_content_words(doc, tok.i, end, entry), strength, entry.weight, -len(passing), entry, end,
                            head))
        if passing:
            *_, entry, end, head = max(passing)
            matches.append(TriggerMatch(entry, tok.i, end, head))
            taken.update(range(tok.i, end))
    return _without_answering_reinforcements(_without_struck_aid(matches), lang, places)


def _without_answering_reinforcements(matches: list[TriggerMatch], lang: LanguagePack,
                                      places: frozenset[int]) -> list[TriggerMatch]:
    """ "Des gangs ont attaqué lundi plusieurs quartiers de Kenscoff ... La police a dépêché des renforts": forces of
    reinforcement (``reinforcement_words``, the trigger's word or what its verb sends) told in a sentence after
    the article's first act of violence (told outside a quotation), and sent to no place their sentence names (no resolved place in it),
    go where that act was: they answer it, which ACLED codes, and are no change to a group of their own."""
    words = lang.folded_filter("reinforcement_words")
    # an act told only inside a quotation ("« Nos adversaires nous attaquent avec des mensonges »") is talk, no attack
    first = min((m.head.sent.start for m in matches if is_violent(m.entry.kind) and not _quoted(m.head)), default=None)
    if not words or first is None:
        return matches

    def answering(m: TriggerMatch) -> bool:
        if m.entry.kind != "change_to_group" or m.head.sent.start <= first:
            return False
        told = [m.head, *(c for c in m.head.children if c.dep_ in UNDERGOER)]
        return any(fold(t.lemma_) in words or fold(t.text) in words for t in told) and \
            not any(t.idx in places for t in m.head.sent)

    return [m for m in matches if not answering(m)]


def _quoted(tok: Token) -> bool:
    """Whether a quotation opened earlier in the token's paragraph is still open at it (the parse may make a
    sentence of the opening mark alone)."""
    return inside_quotes(tok, doc_text(tok.doc).rfind("\n", 0, tok.idx) + 1)


def _without_struck_aid(matches: list[TriggerMatch]) -> list[TriggerMatch]:
    """ "Un convoi de ravitaillement est tombé dans une embuscade", "gunmen attacked an aid convoy": aid whose
    own verb is, or takes, an act of violence is what was struck, not aid delivered."""
    violent = [m for m in matches if is_violent(m.entry.kind)]
    if not violent:
        return matches
    spots = {m.head.i for m in violent} | {m.head.head.i for m in violent if m.head.pos_ == "NOUN"}

    def struck(m: TriggerMatch) -> bool:
        return m.entry.kind == "aid" and m.head.pos_ == "NOUN" and m.head.head.i in spots and m.head.head.i != m.head.i

    return [m for m in matches if not struck(m)]


def _content_words(doc: Doc, start: int, end: int, entry: TriggerEntry) -> int:
    """How specific a matched phrase is: its words less the prepositions it ends or joins on. "fire on"
    says no more than "fire", so a word whose frame holds ("a helicopter fired on": an air strike) is
    not outranked by the bare phrase with its preposition ("fired on the village": an attack)."""
    return len(entry.words) - sum(1 for t in doc[start:end] if t.pos_ == "ADP" and fold(t.text) in entry.words)


def _phrase_head(doc: Doc, start: int, end: int) -> Token:
    """The phrase's syntactic root ("car bomb" -> bomb), or its first content word if the parse splits it."""
    span = doc[start:end]
    if len(span) == 1:
        return span[0]
    root = span.root
    if root.pos_ in ("VERB", "NOUN", "PROPN", "ADJ"):
        return root
    return next((t for t in span if t.pos_ in ("VERB", "NOUN", "PROPN")), span[0])
