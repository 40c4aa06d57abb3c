"""Who did what to whom: actor mentions of a sentence assigned to a trigger's roles.

The parse of a small model is often wrong, so syntax is used where it is reliable (passive
agents, "entre X et Y", support phrases) and word order fills the rest: the actor before the
trigger acts, the one after it in the same clause is acted upon.
"""
from __future__ import annotations

import functools

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from sitrep import acled
from sitrep.acled import ARMED, Inter, is_unidentified_group
from sitrep.extract.clause import RELATIVE_CLAUSE, governing_verb, plural_pronoun_subject, prepositions_of
from sitrep.lang import LanguagePack, pack
from sitrep.nlp.models import doc_text, span_text
from sitrep.normalise.actors import actor_for, find_actors, owning_country_name, past_its_country, state_kind
from sitrep.normalise.countries import country_name, iso_of_country_name
from sitrep.text import fold, plain_words
from sitrep.types import Actor

CLAUSE_BREAK = {";", ":", "!", "?"}
FORMER_REACH_CHARS = 20  # "former", "off-duty" right before a force's word, or the place word right after it
GENITIVE_REACH = 4  # "de", a qualifier or two ("présumés"), then the group
LOCATIVE_REACH_CHARS = 40  # room for the words after an actor's name that make it a place ("police station limits")
BRACKETED_NOUN_WORDS = 3  # a second actor's noun and its qualifiers before the bracket naming its group
LEFT_CONTEXT_CHARS = 40  # room for a cue of a few words before an actor ("appuyées par l'", "backed by the")


@dataclass
class Roles:
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc1: list[Actor] = field(default_factory=list)
    assoc2: list[Actor] = field(default_factory=list)


def sentence_actors(doc: Doc, sent: Span, lang: str | LanguagePack, country: str | None) -> list[Actor]:
    """Actor mentions of a sentence, with article offsets.

    A label followed by the group it belongs to ("les rebelles de l'AFC/M23", "les combattants
    Wazalendo") is one mention of that group, not two actors.
    """
    lang = pack(lang)
    text = span_text(sent)
    found = find_actors(text, lang, country)
    determiners = set(lang.roles["determiners"])
    out: list[Actor] = []
    for a, after in zip(found, [*found[1:], None]):
        if a.inter == Inter.CIVILIANS and after is not None and after.start == a.end + 1 and \
                not a.text[:1].isupper() and text[a.end:after.start] == " ":
            continue  # "des jeunes soldats": a word for people right before the one it qualifies names none
        a.start += sent.start_char
        a.end += sent.start_char
        written = doc_text(doc)[a.start:a.end]
        if len(written) == len(a.text) and written != a.text:
            a = replace(a, text=written)  # "rebelles de l’AFC/M23": the mention quotes the article as written
        if _adjective(doc, a, lang) or _in_a_locative(doc, a, lang) or _owns_the_target(doc, a, lang) or \
                _in_a_quoted_title(doc, a):
            continue
        if a.inter == Inter.STATE_FORCES and _former(doc, a, lang) or _kin_of(doc, a, lang) or \
                _of_the_state(doc, a, lang):
            a = actor_for("civilians", a.country or country, a.text, a.start, a.end)
        prev = out[-1] if out else None
        if prev is not None and prev.name and prev.name == a.name and \
                doc_text(doc)[prev.end:a.start].strip() in ("(", "[") and _closes(doc_text(doc), a.end):
            continue  # "the Chin National Defense Force (CNDF)": the acronym in brackets is the same mention
        if prev is not None and (_identified_in_brackets(doc_text(doc)[prev.end:a.start], lang)
                                 or _identified_as(doc_text(doc)[prev.end:a.start], lang)):
            out[-1] = replace(a, text=doc_text(doc)[prev.start:a.end], start=prev.start, end=a.end)
            continue  # "armed men (assumed Darfur communal militia)", "forces (coded as X)": who they were
        if prev is not None and _of_people_of_another_country(prev, a, doc_text(doc)[prev.end:a.start], lang, country):
            out[-1] = replace(actor_for(CROWD_KINDS[prev.inter], a.country, doc_text(doc)[prev.start:a.end]),
                              start=prev.start, end=a.end)
            continue  # "rioters, mostly Haitian migrants,": the crowd is of the people it is made of
        if prev is not None and _is_label(prev) and a.name and a.inter != Inter.CIVILIANS and not _is_label(a):
            between = fold(doc_text(doc)[prev.end:a.start]).replace("'", "' ").split()
            if all(w in determiners for w in between):
                out[-1] = Actor(name=a.name, inter=a.inter, country=a.country,
                                text=doc_text(doc)[prev.start:a.end], start=prev.start, end=a.end)
                continue
        out.append(a)
    return [_of_told_nationality(doc, sent, a, lang, country) for a in out]


CROWD_KINDS = {Inter.PROTESTERS: "protesters", Inter.RIOTERS: "rioters"}


def _of_people_of_another_country(crowd: Actor, people: Actor, between: str, lang: LanguagePack,
                                  country: str | None) -> bool:
    """Whether ``people`` told right after a crowd, set off by a comma and the language's
    ``crowd_makeup_openers`` ("rioters, mostly Haitian migrants", "protesters, mainly migrants from
    Venezuela"), say what the crowd was made of: civilians of another country than the article's, which
    their words name. ACLED names such a crowd after their nationality ("Rioters (Honduras)"), not after
    the country it gathered in."""
    if crowd.inter not in CROWD_KINDS or people.inter != Inter.CIVILIANS or not people.country or \
            people.country in (country, crowd.country) or not _names_a_country(people, lang):
        return False

    def plain(text: str) -> tuple[str, ...]:
        return tuple(w for w in fold(text).replace(",", " , ").replace("'", "' ").split()
                     if w not in lang.roles["determiners"])

    words = plain(between)
    openers = {plain(o) for o in lang.roles.get("crowd_makeup_openers", ())}
    return bool(words) and words[0] == "," and (len(words) == 1 or tuple(words[1:]) in openers)


INTERNATIONAL_CIVILIANS = f"({acled.INTERNATIONAL})"


def _names_a_country(people: Actor, lang: LanguagePack) -> bool:
    """Whether the words that told of ``people`` name their country: its demonym ("Haitian migrants") or
    its name ("migrants from Honduras")."""
    folded = fold(people.text)
    return any(lang.demonyms.get(w) == people.country for w in folded.split()) or \
        fold(country_name(people.country)) in folded
NATIONALITY_REACH_WORDS = 3  # words between the people's noun told again and where they came from ("were all from")


def _of_told_nationality(doc: Doc, sent: Span, actor: Actor, lang: LanguagePack, country: str | None) -> Actor:
    """Migrants no nationality was read beside ("Civilians (International)") whose nationality the rest of
    the sentence or the next one tells: "12 migrants of Afghan nationality", "18 migrants, all Afghan
    nationals", "200 migrants, mostly from Haiti", "The migrants were from Afghanistan, Syria and Iran" are ACLED's civilians of the first
    country named. The words are the language's (``nationality_openers`` before a demonym,
    ``nationality_nouns`` after it, ``origin_cues`` before a country told after the people's noun again).
    The nationality of the country itself is someone else's there (the smugglers caught with them)."""
    if actor.inter != Inter.CIVILIANS or not actor.name.endswith(INTERNATIONAL_CIVILIANS):
        return actor
    roles = lang.roles
    openers, nouns = roles.get("nationality_openers", ()), roles.get("nationality_nouns", ())
    if not openers or not nouns:
        return actor
    end = doc[sent.end].sent.end_char if sent.end < len(doc) else sent.end_char
    words = re.findall(r"[\w'-]+|,", fold(doc_text(doc)[actor.end:end]))
    dem = lang.demonyms
    noun = fold(actor.text).split()[-1]
    for i, w in enumerate(words[:-1]):
        # right after the people ("migrants, all Afghan nationals") or after their noun told again
        if w in openers and (i <= 1 or noun in words[max(0, i - 1 - NATIONALITY_REACH_WORDS):i]):
            j = i + 1
            if words[j] in roles.get("origin_cues", ()):  # "migrants, mostly from Haiti"
                origin = _country_at(words, j + 1)
                if origin is not None and origin != country:
                    return actor_for("civilians", origin, actor.text, actor.start, actor.end)
                continue
            first = _demonym_at(words, j, dem)
            if first is None:
                continue
            while (nxt := _demonym_at(words, j, dem)) is not None:  # "Afghan and Pakistani nationals"
                j += len(nxt.split())
                if j < len(words) and (words[j] == "," or words[j] in lang.conjunctions):
                    j += 1
            if j < len(words) and words[j] in nouns and dem[first] != country:
                return actor_for("civilians", dem[first], actor.text, actor.start, actor.end)
    for i, w in enumerate(words):
        if w != noun:
            continue
        for j in range(i + 1, min(len(words), i + 2 + NATIONALITY_REACH_WORDS)):
            if words[j] in roles.get("origin_cues", ()):
                origin = _country_at(words, j + 1)
                if origin is not None and origin != country:
                    return actor_for("civilians", origin, actor.text, actor.start, actor.end)
                break
    return actor


def _demonym_at(words: list[str], i: int, dem: dict) -> str | None:
    """The demonym of one or two words starting at ``words[i]``, or None."""
    if i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in dem:
        return f"{words[i]} {words[i + 1]}"
    return words[i] if i < len(words) and words[i] in dem else None


def _country_at(words: list[str], i: int) -> str | None:
    """The country (ISO2) whose name of up to four words starts at ``words[i]`` (after "the"), or None."""
    if i < len(words) and words[i] == "the":
        i += 1
    for n in (4, 3, 2, 1):
        if i + n <= len(words) and (iso := iso_of_country_name(" ".join(words[i:i + n]))):
            return iso
    return None


def _identified_in_brackets(between: str, lang: LanguagePack) -> bool:
    """Whether the words between two actors open a bracket that says who the first one was: "armed men
    (assumed Darfur communal militia)", "anti-Houthi forces (coded as National Resistance forces)"
    (``identity_cues``), as ACLED's notes tell the actor they coded."""
    words = fold(between.lstrip(" '\"\u2019\u201d\u00bb")).replace("'", "' ").replace("(", " ( ").replace("[", " [ ").split()
    if not words or words[0] not in ("(", "["):  # "'southern forces' (coded as": the quote closes the first
        return False
    words = [w for w in words[1:] if w not in lang.roles["determiners"]]
    return " ".join(words) in lang.roles.get("identity_cues", ())


def _identified_as(between: str, lang: LanguagePack) -> bool:
    """Whether the words between two actors say outright who the first one was, with no bracket:
    "des hommes armés identifiés comme des Wazalendo" (``identified_as``), set off by commas or not."""
    words = [w for w in fold(between).replace("'", "' ").replace(",", " ").split() if w not in lang.roles["determiners"]]
    return bool(words) and " ".join(words) in {fold(p) for p in lang.roles.get("identified_as", ())}


def _former(doc: Doc, actor: Actor, lang: LanguagePack) -> bool:
    """ "two former policemen", "an off-duty soldier": people who serve no force when acted upon are
    civilians, as ACLED codes them; not "a former army base", a place the force held."""
    text = doc_text(doc)
    lead = text[max(0, actor.start - FORMER_REACH_CHARS - UNIT_NAME_CHARS):actor.start]
    after = plain_words(text[actor.end:actor.end + FORMER_REACH_CHARS])
    cues = [cue for cue in map(plain_words, lang.roles.get("former_cues", ())) if cue]
    told = any(words[-len(cue):] == cue for words in (plain_words(lead[-FORMER_REACH_CHARS:]),
                                                      plain_words(_UNIT_NAME_BEFORE.sub("", lead)))
               for cue in cues)
    return told and not (after and after[0] in lang.roles.get("armed_targets", ()))


# "an off-duty Frontier Reserve Police constable": the unit's capitalised name between the cue and the force's word
_UNIT_NAME_BEFORE = re.compile(r"(?:\s+[A-Z][\w'-]*){1,3}\s*$")
UNIT_NAME_CHARS = 40


def _words_after(doc: Doc, actor: Actor) -> list[str]:
    return re.sub(r"[^\w']+", " ", fold(doc_text(doc)[actor.end:actor.end + FORMER_REACH_CHARS])).split()


def _kin_of(doc: Doc, actor: Actor, lang: LanguagePack) -> bool:
    """ "a VDP member's wife", "a police officer's home": the armed side only names whose kin or house
    it was; ACLED codes the people hit as civilians."""
    if actor.inter not in ARMED:
        return False
    after = _words_after(doc, actor)
    kin = lang.roles.get("kin_of_a_side", ())
    for i, w in enumerate(after[:3]):
        if w.endswith("'s") or w == "'s":
            nxt = after[i + 1] if i + 1 < len(after) else ""
            return (w[:-2] if w != "'s" else nxt) in kin or nxt in kin
    return False


def _of_the_state(doc: Doc, actor: Actor, lang: LanguagePack) -> bool:
    """ "a government official", "government employees": people who work for the state, not its forces;
    ACLED codes them as civilians when they are attacked."""
    if actor.inter != Inter.STATE_FORCES or state_kind(actor) != "government":
        return False
    after = _words_after(doc, actor)
    return bool(after) and after[0] in lang.roles.get("people_of_the_state", ())


def _in_a_locative(doc: Doc, actor: Actor, lang: LanguagePack) -> bool:
    """ "a village under the town's police station limits": a station's area names where, not who acted;
    "filed a police complaint", "police sources said" (``document_phrases``): a paper or a voice of the
    force, not the force acting."""
    ahead = fold(doc_text(doc)[actor.start:actor.end + LOCATIVE_REACH_CHARS])
    phrases = tuple(lang.roles.get("locative_phrases", ())) + tuple(lang.roles.get("document_phrases", ()))
    return any(ahead.startswith(p) and not ahead[len(p):len(p) + 1].isalnum() for p in phrases)


def _closes(text: str, end: int) -> bool:
    return text[end:end + 1] in (")", "]")


def forces_named_before(actors_by_sentence: list[list[Actor]], lang: LanguagePack) -> None:
    """ "Israeli forces clashed with rioters near Umm Hassan. Soldiers fired tear gas": a state's soldiers,
    police or government told without a demonym are those of the one country whose forces of that
    kind the article named with one before, not the default country's."""
    named: dict[str, set[str]] = {}  # the generic name with no country -> the countries named so far
    for actors in actors_by_sentence:
        for i, a in enumerate(actors):
            kind = state_kind(a)
            if kind is None:
                continue
            if any(w in lang.demonyms for w in fold(a.text).split()):
                named.setdefault(kind, set()).add(a.country)
            elif len(named.get(kind, ())) == 1 and a.country not in named[kind]:
                actors[i] = actor_for(kind, next(iter(named[kind])), a.text, a.start, a.end)


def _adjective(doc: Doc, actor: Actor, lang: LanguagePack) -> bool:
    """ "bases militaires", "coopération militaire", "le régime civil": the word qualifies a thing, it is no actor."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    if span[0].pos_ == "ADJ" and span[0].dep_ == "amod" and span[0].head.i < span[0].i:
        return not actor.text[:1].isupper()  # "des éléments FARDC": a name the parse took for an adjective
    if _qualifies_a_civilian_thing(span[0], actor, lang):
        return True
    # where modifiers follow their noun, "le régime civil", "un gouvernement civil": a word for civilians
    # right after a noun qualifies it (however the parse tags it); "un civil", "trois civils" name people
    before = doc[span.start - 1] if span.start > 0 else None
    return not lang.demonym_before_noun and actor.inter == Inter.CIVILIANS and not actor.text[:1].isupper() and before is not None \
        and before.pos_ == "NOUN" and not before.is_sent_start and span[0].idx == before.idx + len(before.text) + 1


def _qualifies_a_civilian_thing(tok: Token, actor: Actor, lang: LanguagePack) -> bool:
    """ "the shelling hit civilian infrastructure": a word for civilians before the thing it qualifies
    (``civilian_things``: infrastructure, facilities, structures) tells what was hit, not who; ACLED names no
    civilians for a strike that only damaged such things, and "civilian casualties" still names people."""
    return actor.inter == Inter.CIVILIANS and tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.i > tok.i \
        and tok.head.lower_ in lang.roles.get("civilian_things", ())


def _owns_the_target(doc: Doc, actor: Actor, lang: LanguagePack) -> bool:
    """ "a Military owned bank", "army-owned land": an armed owner of the thing acted upon is no side of
    the act (``owner_suffixes``, hyphened or not); ACLED codes the people hit there as civilians, who
    stay the target when they own it ("a Palestinian-owned shop")."""
    if actor.inter == Inter.CIVILIANS:
        return False
    after = fold(doc_text(doc)[actor.end:actor.end + 16])
    return any(re.match(rf"[-\s]{re.escape(w.lstrip('-'))}\b", after) for w in lang.roles.get("owner_suffixes", ()))


QUOTED_TITLE = re.compile(r"(?<!\w)['\u2018\u201c\"]([A-Z][^'\u2019\u201d\"\n]{2,60}?)['\u2019\u201d\"](?!\w)")


def _in_a_quoted_title(doc: Doc, actor: Actor) -> bool:
    """ "the so-called 'Plan Against Gangs' crackdown": a word inside the quoted title of a campaign, a law
    or an operation names part of the title, no side; a quote that is the actor's whole name stays."""
    sent = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if sent is None:
        return False
    sent = sent.sent
    lo = sent.start_char
    for m in QUOTED_TITLE.finditer(span_text(sent)):
        start, end = lo + m.start(1), lo + m.end(1)
        if start <= actor.start and actor.end <= end and (actor.start, actor.end) != (start, end) and \
                all(w[:1].isupper() or not w[:1].isalpha() or len(w) <= 3 for w in m.group(1).split()):
            return True
    return False


def _is_label(a: Actor) -> bool:
    """A word for fighters that names no group by itself ("rebelles", "assaillants", "combattants")."""
    return a.partisan or is_unidentified_group(a.name)


def _left_context(doc: Doc, actor: Actor, lang: LanguagePack, n: int = LEFT_CONTEXT_CHARS) -> str:
    """The words before an actor mention, determiners, hedges, counts and the name of the country owning it
    dropped ("appuyées par l'" -> "... appuyees par", "against presumed" -> "... against", "by two" -> "...
    by", "by Myanmar's" -> "... by": a state's force named with its country's possessive)."""
    text = fold(doc_text(doc)[max(0, actor.start - n):actor.start])
    owner = owning_country_name(text.split(), lang)
    words = text.replace("'", "' ").split()
    if owner is not None:
        words = text.split()[:-len(owner.split())]
    skipped = set(lang.roles["determiners"]) | set(lang.roles.get("hedges", ())) | \
        set(lang.quantities.get("number_words", ()))
    while words and (words[-1] in skipped or words[-1].isdigit()):
        words.pop()
    return " ".join(words)


def _joined_after(doc: Doc, first: Actor, actor: Actor, lang: LanguagePack) -> bool:
    """ "supported by Amhara special forces and Fano militia": an actor a conjunction joins to the one before
    it shares that one's role; past a comma ("troops, backed by militiamen, and the rebels clashed") it is
    the next side of the sentence."""
    between = fold(doc_text(doc)[first.end:actor.start])
    words = between.split()
    return 0 < actor.start - first.end < 20 and "," not in between and bool(words) and \
        words[0] in lang.conjunctions and \
        all(w in lang.roles["determiners"] for w in words[1:])


def _a_toll_of_the_fight(doc: Doc, actor: Actor, trigger: Token, targets: list[Actor], named: list[Actor]) -> bool:
    """ "the CJNG and the Sinaloa Cartel clashed in X, leaving four gunmen dead": unnamed fighters told past a
    comma after a mutual verb, not its complement, are its dead, not a third side; two named groups, neither a
    state's force (which fights beside its allies), fought each other. A state's force and a named group fought each
    other too where the dead are called by the group's own word ("Turkish forces and PKK militants clashed, killing
    two militants"): they are that group's men, not an enemy the two fought side by side."""
    if not (actor in targets and _is_label(actor) and not _attached(doc, actor, trigger) and
            "," in doc_text(doc)[trigger.idx:actor.start]):
        return False
    if all(not _is_label(a) and a.inter != Inter.STATE_FORCES for a in named):
        return True
    groups = [a for a in named if a.inter != Inter.STATE_FORCES]
    return len(groups) == 1 and len(named) == 2 and not _is_label(groups[0]) and \
        _head_word(groups[0]) is not None and _head_word(groups[0]) == _head_word(actor)


def _a_toll_in_the_crossfire(doc: Doc, actor: Actor, trigger: Token, targets: list[Actor]) -> bool:
    """ "ARSA and RSO members exchanged fire, killing a man": civilians told past a comma after a mutual verb, not
    its complement, died in the fight of the two named before it; ACLED counts them in the clash, fought between
    those two."""
    return actor in targets and actor.inter == Inter.CIVILIANS and not _attached(doc, actor, trigger) and \
        "," in doc_text(doc)[trigger.idx:actor.start]


def _head_word(actor: Actor) -> str | None:
    """The last word of the words that named an actor ("PKK militants" -> "militants")."""
    words = fold(actor.text or "").split()
    return words[-1] if len(words) > 1 or words and words[0] != fold(actor.name) else None


def _ends_with_cue(context: str, cues) -> bool:
    return any(context == c or context.endswith(" " + c) for c in cues)


def assign_roles(doc: Doc, trigger: Token, trigger_end: int, actors: list[Actor], lang: str | LanguagePack) -> Roles:
    """Actor1, actor2 and associated actors of side 1 for one trigger, from its sentence's actors."""
    lang = pack(lang)
    cues = lang.roles
    roles = Roles()
    actors = [a for a in actors if not _judges(doc, a, cues) and not _teller(doc, a, trigger, lang)
              and not _teller_of_the_dead(doc, a, trigger, lang)]
    accuser, accused = _accusation(doc, trigger, actors, cues)
    actors = [a for a in actors if a is not accuser]
    actors = [a for a in actors if not _described_by_allegiance(doc, actors, a, lang)]
    umbrellas = _umbrellas(doc, actors, lang)
    actors = [a for a in actors if not any(a is u or m.end <= a.start and a.end <= u.start for m, u in umbrellas)]
    t_start = trigger.idx
    clause_start, clause_end = _clause_bounds(trigger)
    support, agents, targets, before = [], [], [], []
    for a in actors:
        ctx = _left_context(doc, a, lang)
        if a is accused:
            agents.append(a)  # "accuse le M23 d'avoir massacré 131 civils": the accused did it
        elif _ends_with_cue(ctx, cues["support_cues"]) or support and _joined_after(doc, support[-1], a, lang):
            support.append(a)
        elif a.end <= t_start and a.start >= clause_start:
            before.append(a)
        elif a.start >= trigger_end and a.end <= clause_end:
            if _in_an_allegiance_clause(doc, a, trigger, cues):
                continue  # "killed an administrator appointed by the junta": whom the victim served is no side
            if trigger.pos_ == "NOUN" and _said_to_be(doc_text(doc)[trigger_end:a.start], lang):
                agents.append(a)  # "a landmine, presumably Houthi,": whose weapon the report believes it was
            elif _ends_with_cue(ctx, cues.get("attribution_cues", ())):
                agents.append(a)  # "une attaque attribuée aux ADF": whom the violence is put down to did it
            elif _ends_with_cue(ctx, cues.get("suffered_from_cues", ())):
                agents.append(a)  # "a convoy came under attack from JNIM militants": whose attack the convoy suffered
            elif _ends_with_cue(ctx, cues["agent_cues"]) and (_is_passive(trigger) or _nominal(trigger)) \
                    and not _governed_by_another_verb(doc, a, trigger):
                agents.append(a)
            elif _passive_agent(doc, a, trigger):
                agents.append(a)  # "killed by plainclothes police officers": words between "by" and the force
            elif _is_passive(trigger) and _subject_of_a_clause_on(doc, a, trigger):
                agents.append(a)  # "tués lorsqu'un avion de l'armée a bombardé ...": who did what killed them
            elif _authors_the_setting(doc, a, trigger, lang):
                agents.append(a)  # "tués lors d'une attaque de la CODECO", "killed in an al-Shabaab ambush"
            elif trigger.pos_ == "NOUN" and a.inter in ARMED and not any(b.inter in ARMED for b in before) and \
                    _genitive(doc, trigger_end, a, cues):
                agents.append(a)  # "l'incursion des ADF": the armed group after the noun is its author
            elif _ends_with_cue(ctx, cues["target_cues"] + cues["pair_cues"] + cues["recipient_cues"]) \
                    or trigger.pos_ == "VERB" or _attached(doc, a, trigger):
                targets.append(a)
    pair = _pair(doc, trigger, trigger_end, actors, cues)
    patients = [a for a in before + targets if _is_patient(doc, a, trigger, cues.get("genitive_cues", ()),
                                                            cues.get("doer_participles", ()),
                                                            cues.get("befalling_nouns", ()),
                                                            cues.get("dying_verbs", ()))]
    if pair:
        roles.actor1, roles.actor2 = pair
    elif agents:
        roles.actor1 = agents[0]
        roles.actor2 = (patients or before or targets or [None])[-1 if patients or before else 0]
    elif patients:
        roles.actor2 = patients[-1]
        # "ont manifesté au lendemain du massacre de douze civils": who marched did not do what is referred to
        others = [] if _referred_to(trigger, lang) else [a for a in before if a not in patients and _is_subject(doc, a)]
        roles.actor1 = others[-1] if others else None
    else:
        referred = _referred_to(trigger, lang)
        above = _verb_above_an_object_clause(trigger)
        subj = [a for a in before if _subject_of(doc, a, trigger)] or \
            [a for a in before if above is not None and _subject_of(doc, a, above)] or \
            [a for a in before if _is_subject(doc, a) and not referred]
        owners = [] if subj else [a for a in before if _owns_an_object(doc, a, cues.get("genitive_cues", ()))]
        doers = [a for a in before if a not in owners]
        roles.actor1 = (subj or ([] if referred else doers) or [None])[-1] if doers else None
        roles.actor2 = next((a for a in targets if roles.actor1 is None or a.name != roles.actor1.name),
                            owners[-1] if owners else None)
    allies = []
    if roles.actor1 is not None and roles.actor1 in before:
        chain = _coordinated(doc, before, roles.actor1, lang)
        roles.actor1, allies = chain[0], chain[1:]
    if allies and (roles.actor2 is None or _a_toll_of_the_fight(doc, roles.actor2, trigger, targets, [roles.actor1, allies[-1]])
                   or _a_toll_in_the_crossfire(doc, roles.actor2, trigger, targets)) and \
            trigger.pos_ == "VERB" and fold(trigger.lemma_) in cues.get("mutual_verbs", ()) and \
            (not _is_label(allies[-1]) or roles.actor1.inter == Inter.STATE_FORCES):
        # "JNIM militants and a VDP clashed", "l'armée et les rebelles se battent": each other's foe
        roles.actor2, allies = allies[-1], allies[:-1]
    roles.assoc1 = [a for a in allies + support if not _same(a, roles.actor1) and not _same(a, roles.actor2)]
    if roles.actor2 is not None and roles.actor2 in targets:
        # "des combats avec les FARDC et les Wazalendo": the forces named with the one fought fight beside it
        roles.assoc2 = [a for a in _coordinated(doc, targets, roles.actor2, lang, objects=True)
                        if a is not roles.actor2 and not _same(a, roles.actor1) and not _same(a, roles.actor2)
                        and not any(_same(a, b) for b in roles.assoc1)]
    if roles.actor1 is None and roles.actor2 is not None and roles.assoc1:
        roles.actor1 = roles.assoc1.pop(0)
    for side in ("actor1", "actor2"):
        member = getattr(roles, side)
        umbrella = next((u for m, u in umbrellas if m is member), None)
        if umbrella is not None:
            setattr(roles, side, umbrella)
            if side == "actor1":
                roles.assoc1.insert(0, member)
    if roles.actor1 is None and roles.actor2 is not None:
        roles.actor1 = _pronoun_for_the_object(doc, trigger, actors, roles.actor2)
    if roles.actor2 is None and _meets_the_weapon(trigger, cues):
        roles.actor1, roles.actor2 = None, roles.actor1  # "un véhicule de l'armée a sauté sur une mine": hit by it
    return roles


OWNER_DEPS = {"compound", "poss", "nmod:poss"}
FINDING_REACH = 5  # heads climbed from a dead body's trigger to the verb of finding it
OBJECT_DEPS = {"dobj", "obj", "pobj"}


def _owns_an_object(doc: Doc, actor: Actor, genitive=()) -> bool:
    """ "an air strike hit a JNIM camp, killing 20 militants": a group that only qualifies what was hit
    ("a JNIM camp", "al-Shabaab's base", "a vehicle of the SDF") owns the target; it is no doer of a later
    verb of the clause."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    # "a vehicle of the SDF": an armed group's post or vehicle; not "the relative of a man", who may be a side
    owned = span.root.head if span.root.dep_ in OWNER_DEPS else \
        _owner(span.root, genitive) if actor.inter in ARMED else span.root
    in_a_subject = owned.dep_ == "pobj" and owned.head.head.dep_ in ("nsubj", "nsubjpass")  # "members of the CJNG cartel"
    return owned is not span.root and owned.dep_ in OBJECT_DEPS and not (span.start <= owned.i < span.end) \
        and not in_a_subject


def _pronoun_for_the_object(doc: Doc, trigger: Token, actors: list[Actor], target: Actor) -> Actor | None:
    """ "Police arrested dozens of supporters after they clashed with officers": the pronoun that is the
    subject of an adverbial clause stands for the main verb's object when the clause's own target is of
    one kind with the main verb's subject (the police do not clash with themselves). None otherwise."""
    if trigger.dep_ != "advcl" or not plural_pronoun_subject(trigger):
        return None
    main = trigger.head
    roots = {id(a): doc.char_span(a.start, a.end, alignment_mode="expand") for a in actors}

    def of_main(a: Actor, deps: tuple[str, ...]) -> bool:
        span = roots[id(a)]
        tok = span.root if span is not None else None
        while tok is not None and tok.head != tok and tok.head != main:
            tok = tok.head if tok.dep_ in ("pobj", "prep", "nmod", "case", "compound", "amod") else None
        return tok is not None and tok.head == main and tok.dep_ in deps

    subject = next((a for a in actors if of_main(a, ("nsubj", "nsubj:pass"))), None)
    obj = next((a for a in actors if of_main(a, ("dobj", "obj"))), None)
    if subject is None or obj is None or obj.name == target.name or \
            (subject.inter, subject.country) != (target.inter, target.country):
        return None
    return obj


def _umbrellas(doc: Doc, actors: list[Actor], lang: LanguagePack) -> list[tuple[Actor, Actor]]:
    """(member, umbrella) pairs: a group and the coalition or operation it acts under ("JWS operating under
    OPS", "FPRC militiamen under the umbrella of the CPC", ``umbrella_cues``). ACLED codes the umbrella as the side and the
    member as its associated actor."""
    out = []
    named = [a for a in actors if a.name and not _is_label(a) and a.inter != Inter.CIVILIANS]
    for member, umbrella in zip(named, named[1:]):
        if not _same(member, umbrella):
            between = fold(doc_text(doc)[member.end:umbrella.start]).replace(",", " ").replace("'", "' ").split()
            while between and between[-1] in lang.roles["determiners"]:
                between.pop()
            while between and between[0] in lang.roles.get("member_nouns", ()):
                between.pop(0)  # the member's own noun ("FPRC militiamen")
            if " ".join(between) in lang.roles.get("umbrella_cues", ()):
                out.append((member, umbrella))
    return out


def _described_by_allegiance(doc: Doc, actors: list[Actor], actor: Actor, lang: LanguagePack) -> bool:
    """ "le JNIM, lié à Al-Qaïda", "des miliciens proches du pouvoir": a group named only as the one the group
    before it is tied to (``allegiance_links``) describes that group; it is no side of the act."""
    links = lang.folded_role("allegiance_links")
    before = [a for a in actors if a.end <= actor.start and a.name and a.name != actor.name]
    if not links or not before:
        return False
    between = fold(doc_text(doc)[before[-1].end:actor.start]).replace(",", " ").replace("(", " ").replace(")", " ")
    words = between.replace("'", "' ").split()
    while words and words[-1] in lang.roles["determiners"]:
        words.pop()
    return " ".join(words).replace("' ", "'") in links


def _teller(doc: Doc, actor: Actor, trigger: Token, lang: LanguagePack) -> bool:
    """ "Russia's defence ministry said that militants launched attacks": who says that another did something
    (the subject of a verb of saying, ``telling_verbs``, whose complement clause has a subject of its own, not
    a pronoun standing for the teller: "the army said that it killed ten") is no side of it."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    if verb is None or verb.dep_ != "ccomp" or not any(c.dep_ == "mark" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    if not subjects or any(c.pos_ == "PRON" for c in subjects) or \
            fold(verb.head.lemma_) not in lang.status_cues.get("telling_verbs", ()):
        return False
    return subject_of(doc, actor, verb.head)


def _teller_of_the_dead(doc: Doc, actor: Actor, trigger: Token, lang: LanguagePack) -> bool:
    """ "Police say four killed near Bannu": a headline's verb of saying (``telling_verbs``) whose object is the
    dead, the trigger their participle (a passive told without its auxiliary), has its subject tell the toll,
    not do the killing."""
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN" or trigger.head.dep_ not in ("dobj", "obj"):
        return False
    verb = trigger.head.head
    return fold(verb.lemma_) in lang.status_cues.get("telling_verbs", ()) and subject_of(doc, actor, verb)


def subject_of(doc: Doc, actor: Actor, verb: Token) -> bool:
    """Whether the actor stands in the subject of ``verb``."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and any(c.dep_.startswith("nsubj") and span.root in c.subtree for c in verb.children)


def verb_of_finding(trigger: Token, lang: LanguagePack) -> Token | None:
    """ "Police found the body of a trader riddled with bullets", "ont découvert les corps de cinq hommes
    criblés de balles": the verb of finding (``discovery_verbs``) whose object holds the trigger, or None.
    Who finds the dead, its subject, did not kill them."""
    if trigger.pos_ in ("VERB", "AUX") and trigger.dep_ not in ("acl", "amod"):
        return None
    for anc in list(trigger.ancestors)[:FINDING_REACH]:
        if fold(anc.lemma_) in lang.folded_role("discovery_verbs"):
            return anc
        if anc.pos_ in ("VERB", "AUX") and anc.dep_ not in ("acl", "amod"):
            return None  # a verb of its own stands between: "soldiers found and killed them"
    return None


def _judges(doc: Doc, actor: Actor, cues: dict) -> bool:
    """ "La Monusco a condamné l'attaque ..., au cours de laquelle un soldat a été tué": who condemns,
    deplores or hails an event (``judging_verbs``) speaks of it and is no side of it."""
    verbs = cues.get("judging_verbs", ())
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand") if verbs else None
    if span is None or not span.root.dep_.startswith("nsubj"):
        return False
    return fold(span.root.head.lemma_) in verbs


def _nominal(trigger: Token) -> bool:
    """An event noun, or the word that qualifies one ("a drive-by shooting by gunmen": "drive" read as a
    verb still names the shooting, whose "by" gives its author)."""
    word = trigger.head if trigger.dep_ in ("amod", "compound") else trigger
    return word.pos_ == "NOUN" or word.tag_ == "VBG" and word.dep_ in ("pobj", "dobj", "obj")  # "in a shooting"


def _meets_the_weapon(trigger: Token, cues: dict) -> bool:
    """Whether an event noun is what its verb's subject ran into ("a sauté sur une mine", "a heurté un
    engin explosif") or was struck by ("un convoi visé par un engin explosif", "des soldats tués dans une
    attaque"), not what it set off
    ("ont fait sauter un engin": a causative verb above it)."""
    verb = trigger.head
    if trigger.pos_ != "NOUN" or verb.i >= trigger.i:
        return False
    if "Part" in verb.morph.get("VerbForm") and (any(fold(c.text) in cues["agent_cues"] for c in trigger.children)
                                              or verb.dep_ == "acl" and fold(verb.lemma_) in cues.get("struck_participles", ())):
        return True  # "des volontaires tués dans une attaque": the people the participle tells of were hit
    return fold(verb.lemma_) in cues.get("struck_verbs", ()) and verb.dep_ != "xcomp" \
        and not any(fold(c.lemma_) == "faire" for c in verb.children)


def _coordinated(doc: Doc, before: list[Actor], one: Actor, lang: LanguagePack, objects: bool = False) -> list[Actor]:
    """The armed actors listed together with ``one`` before the trigger ("the army, the gendarmerie and
    the police arrested"): ACLED codes the first named as actor1 and the others as its associated actors.
    With ``objects``, the sides listed after it ("clashed with the army and the militia"), which share its
    phrase however the parse hangs the second."""
    cues = lang.roles
    joiners = set(cues["pair_joiners"]) | set(cues["determiners"])
    members = set(cues.get("member_nouns", ()))
    qualifiers = set(cues.get("force_qualifiers", ())) | set(lang.quantities.get("number_words", ()))
    of_words = {w for phrase in cues.get("member_of", ()) for w in fold(phrase).replace("'", "' ").split()}

    def joined(a: Actor, b: Actor) -> bool:
        text = doc_text(doc)
        start = past_its_country(text, a.end)  # "the Government of South Sudan and the SPLM-IO"
        raw = text[start if start <= b.start else a.end:b.start].replace(",", " ").replace("'", "' ").split()
        if raw and raw[-1] in ("(", "[") and _closes(doc_text(doc), b.end):
            raw = _before_the_bracketed_noun(raw[:-1], joiners)  # "and a volunteer fighter (VDP)": its group
        while len(raw) > 1 and (raw[-1][:1].isupper() or fold(raw[-1]) in qualifiers or raw[-1].isdigit()):
            raw.pop()  # what qualifies the second: a proper name ("the army and Amhara regional special
            # forces"), a level of government ("military forces and state police"), a count ("and 700 soldiers")
        between = [fold(w) for w in raw]
        for k, w in enumerate(between):
            if w in members and between[k + 1:] and all(x in of_words for x in between[k + 1:]):
                between = between[:k]  # the second's own noun ("FACA soldiers, mercenaries from the Wagner group")
                break
        while between and between[0] in members:
            between.pop(0)  # the first's own noun ("Wagner mercenaries and Anti-Balaka militiamen")
        return a.inter in ARMED and b.inter in ARMED and not _same(a, b) and all(w in joiners for w in between) \
            and (objects or not (_in_an_adverbial(doc, a) and not _in_an_adverbial(doc, b)))

    i = j = before.index(one)
    while i > 0 and joined(before[i - 1], before[i]):
        i -= 1
    while j + 1 < len(before) and joined(before[j], before[j + 1]):
        j += 1
    return before[i:j + 1]


def _before_the_bracketed_noun(words: list[str], joiners: set[str]) -> list[str]:
    """The words before a second actor's own noun whose group a bracket names ("and a volunteer fighter
    (VDP)" -> "and a"): the noun and its qualifiers, up to BRACKETED_NOUN_WORDS, stand for the group."""
    k = len(words)
    while k > 0 and len(words) - k < BRACKETED_NOUN_WORDS and fold(words[k - 1]) not in joiners:
        k -= 1
    return words[:k] if k < len(words) and (k == 0 or fold(words[k - 1]) in joiners) else words


ADVERBIAL = ("prep", "obl", "advcl", "npadvmod")  # a phrase qualifying a verb: when, after what, how
HEAD_OF_A_SIDE = ("nsubj", "conj", "appos", "ROOT")  # the side itself, or one listed with it


def _in_an_adverbial(doc: Doc, actor: Actor) -> bool:
    """ "following clashes with the army, the rebels took the town": the army belongs to a phrase that
    qualifies the verb, not to a list of the subject's sides, however the commas make it look."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(ADVERBIAL_REACH):
        dep = tok.dep_.split(":")[0]
        if dep in HEAD_OF_A_SIDE or tok.head is tok:
            return False
        if dep in ADVERBIAL and tok.head.pos_ in ("VERB", "AUX"):
            return True
        tok = tok.head
    return False


def _genitive(doc: Doc, trigger_end: int, actor: Actor, cues: dict, words: int = GENITIVE_REACH) -> bool:
    """ "incursion de présumés rebelles ADF": the group a few words after the noun's "de"."""
    between = fold(doc_text(doc)[trigger_end:actor.start]).replace("'", "' ").split()
    return 0 < len(between) <= words and between[0] in cues.get("genitive_cues", ())


def _same(a: Actor | None, b: Actor | None) -> bool:
    return a is not None and b is not None and a.name == b.name


def _clause_bounds(trigger: Token) -> tuple[int, int]:
    """The stretch of the sentence the trigger's sides are read in: between the punctuation around it, and
    from the word that opens a subordinate or relative clause ("Residents have fled since gunmen attacked": who
    fled is no side of the attack)."""
    sent = trigger.sent
    start, end = sent.start_char, sent.end_char
    for tok in sent:
        if tok.text in CLAUSE_BREAK:
            if tok.i < trigger.i:
                start = tok.idx + 1
            elif tok.i > trigger.i:
                end = min(end, tok.idx)
    if trigger.dep_ == "advcl":
        mark = next((c for c in trigger.children if c.dep_ == "mark" and c.i < trigger.i), None)
        if mark is not None:
            start = max(start, mark.idx)
    if trigger.dep_ in RELATIVE_CLAUSE and any(c.dep_.startswith("nsubj") and _relative_pronoun(c) for c in trigger.children):
        start = max(start, trigger.head.left_edge.idx)  # "l'attaque qui a tué 34 soldats": its subject is the attack
    return start, end


SUBJECT_OWNER_DEPS = ("nmod", "compound", "flat", "flat:name", "amod", "appos")  # "un avion de l'armée": its owner


def _subject_of_a_clause_on(doc: Doc, actor: Actor, trigger: Token) -> bool:
    """The actor is the subject, or owns the subject, of a clause of time or cause on the trigger (a verb
    with a mark, hung on it): "douze civils ont été tués lorsqu'un avion de l'armée a bombardé un marché".
    The act of that clause is what killed them, so its subject is their killer, not their side."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.dep_ in SUBJECT_OWNER_DEPS and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    return tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and verb.dep_ == "advcl" and verb.head.i == trigger.i \
        and any(c.dep_ == "mark" for c in verb.children)


def _relative_pronoun(tok: Token) -> bool:
    """ "qui", "that", "who": the parse marks the relative pronoun, or tags it a wh-word."""
    return "Rel" in tok.morph.get("PronType") or tok.tag_ in ("WDT", "WP")


def _is_passive(trigger: Token) -> bool:
    if any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in trigger.children):
        return True
    if any(c.dep_ in ("aux:tense", "aux") for c in trigger.children):
        return False  # "les Talibans ont attaqué": a compound past, active
    return "Part" in trigger.morph.get("VerbForm") or trigger.tag_ == "VBN"


def _in_an_allegiance_clause(doc: Doc, actor: Actor, trigger: Token, cues: dict) -> bool:
    """ "an administrator appointed by the military council", "a fighter who had reconciled with the
    regime", "a man accused of collaborating with the army": the actor sits in a clause on another noun
    whose verb (``allegiance_verbs``) says whom that noun served or sided with, not who was struck."""
    verbs = set(cues.get("allegiance_verbs", ()))
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand") if verbs else None
    if span is None:
        return False
    tok = span.root
    while tok.i != trigger.i and tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl") and fold(tok.lemma_) in verbs:
            return True
        tok = tok.head
    return False


def _governed_by_another_verb(doc: Doc, actor: Actor, trigger: Token) -> bool:
    """ "ont attaqué un hôtel fréquenté par des touristes": the "par" names who frequents the
    hotel, the agent of another participle, not of the attack."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    return head.i > trigger.i and head.pos_ == "VERB"


def _referred_to(trigger: Token, lang: LanguagePack) -> bool:
    """ "Les militaires ont décrété un deuil après l'attaque": an event noun after a preposition of sequence,
    or headed by a noun of sequence (the status cues' ``reference_cases``), is an event the clause refers to,
    not one its subject did."""
    cases = lang.status_cues["reference_cases"]
    if trigger.pos_ != "NOUN":
        return False
    # "au lendemain du massacre": the noun of sequence heads the event noun, as in status._earlier_reference
    return any(fold(p.text) in cases for p in prepositions_of(trigger)) or \
        trigger.head is not trigger and trigger.head.pos_ == "NOUN" and fold(trigger.head.lemma_) in cases


def _is_subject(doc: Doc, actor: Actor) -> bool:
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and span.root.dep_.startswith("nsubj")


OBJECT_CLAUSE_DEPS = {"pcomp", "acl"}  # "fired at | protesters marching": a clause that is a preposition's object


def _verb_above_an_object_clause(trigger: Token) -> Token | None:
    """The verb whose subject did what an outcome's participle tells ("Troops fired at demonstrators marching
    peacefully, killing four"): the verb the participle hangs from, which another subject of the sentence
    ("demonstrators", of "marching") must not outrank; where the parse hangs the participle on the clause that
    names the ones fired at, itself a preposition's or a noun's object, the verb above that clause."""
    if trigger.dep_ != "advcl" or trigger.tag_ != "VBG" or any(c.dep_.startswith("nsubj") for c in trigger.children):
        return None
    clause = trigger.head
    if clause.pos_ != "VERB":
        return None
    if clause.dep_ not in OBJECT_CLAUSE_DEPS:
        return clause
    above = clause.head.head if clause.dep_ == "pcomp" or clause.head.dep_ in ("pobj", "dobj") else None
    return above if above is not None and above.pos_ == "VERB" else None


def _subject_of(doc: Doc, actor: Actor, trigger: Token) -> bool:
    """Whether the actor is the trigger's own subject, or names the thing that is ("a Saudi-led coalition
    vessel arrived"): another verb's subject ("residents believe") is only a fallback."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("compound", "amod"):
        root = root.head
    verbs = (trigger, trigger.head) if trigger.dep_ == "conj" else (trigger,)
    return root.dep_.startswith("nsubj") and root.head in verbs


def _passive_agent(doc: Doc, actor: Actor, trigger: Token) -> bool:
    """Whether the parse makes the actor the "by" agent of the trigger, or of a verb joined to it ("was
    shot and killed by plainclothes police officers"), whatever words qualify it after the "by"."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    for _ in range(AGENT_OWNER_HOPS):  # "tués par des éléments de Boko Haram": the agent is the men the group owns
        if root.dep_ in ("obl:agent", "pobj") or root.dep_ != "nmod" or root.head is root:
            break
        root = root.head
    if root.dep_ == "obl:agent":  # UD: the agent hangs on its verb itself
        verb = root.head
    elif root.dep_ == "pobj" and root.head.dep_ == "agent":
        verb = root.head.head
    else:
        return False
    joined = verb.dep_ == "conj" and verb.head.i == trigger.i or trigger.dep_ == "conj" and trigger.head.i == verb.i
    return verb.i == trigger.i or joined and _is_passive(trigger)  # not "attacked ... and was killed by"


AGENT_OWNER_HOPS = 2  # "par des éléments de | Boko Haram": nouns from a group's name up to the agent it qualifies
ACCUSATION_HOPS = 3  # "accused | the separatists | of | killing": the parse may hang "of" on the accused


def _accusation(doc: Doc, trigger: Token, actors: list[Actor], cues: dict) -> tuple[Actor | None, Actor | None]:
    """(accuser, accused) when the trigger tells what an accusation verb (``accusing_verbs``) lays on its object:
    "le gouvernement accuse le M23 d'avoir massacré des civils", "the army accused al-Shabaab of killing
    five men", "accused the M23 of the massacre". The accused is the act's author; the accuser speaks of the
    act and is no side of it."""
    verbs = cues.get("accusing_verbs", ())
    tok = trigger
    for _ in range(ACCUSATION_HOPS):
        if tok.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "acl", "dobj", "obj") or tok.head is tok:
            break
        tok = tok.head
        if tok.pos_ == "VERB":
            break
    if tok is trigger or tok.pos_ != "VERB" or fold(tok.lemma_) not in verbs:
        return None, None

    def with_dep(deps: tuple[str, ...]) -> Actor | None:
        for a in actors:
            span = doc.char_span(a.start, a.end, alignment_mode="expand")
            if span is not None and any(c.dep_ in deps and span.root in c.subtree for c in tok.children):
                return a
        return None
    return with_dep(("nsubj",)), with_dep(("obj", "dobj"))


SETTING_HOPS = 2  # "tués | lors | d'une attaque", "killed | in | an attack": the attack noun's way up to the verb
AUTHOR_HOPS = 3  # "une attaque | de | miliciens | de la CODECO": the group's way up to the attack noun
AUTHOR_MODIFIERS = {"compound", "amod", "nmod", "nmod:poss", "poss", "pobj", "prep", "flat", "flat:name", "appos"}


def _authors_the_setting(doc: Doc, actor: Actor, trigger: Token, lang: LanguagePack) -> bool:
    """ "Douze civils ont été tués lors d'une attaque de la CODECO", "two soldiers were killed in an al-Shabaab
    ambush": a killing told in the passive (or by a verb of dying) inside an attack its noun names; whoever the
    noun's genitive, "by" or modifier names is the attack's author, and so the killer, never its victim. The
    way up from the group to the noun passes only through words for armed men ("une attaque de miliciens de
    la CODECO"), not through what was hit ("l'attaque d'un camp des FARDC"); a group after "contre" or "on"
    is the target, and a noun that names no attack ("dans un camp de la MONUSCO") sets no author."""
    cues = lang.roles
    if trigger.pos_ != "VERB" or not (_is_passive(trigger) or fold(trigger.lemma_) in cues.get("dying_verbs", ())):
        return False
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    nouns, targets = cues.get("setting_attack_nouns", ()), cues["target_cues"]
    tok = span.root
    for _ in range(AUTHOR_HOPS):
        marker = {fold(c.text) for c in tok.children if c.dep_ == "case"} | \
            ({fold(tok.head.text)} if tok.dep_ == "pobj" else set())
        if not marker.isdisjoint(targets) or tok.dep_ not in AUTHOR_MODIFIERS or tok.head is tok:
            return False
        tok = tok.head
        if tok.pos_ == "ADP":
            continue
        if tok.pos_ == "NOUN" and fold(tok.lemma_) in nouns:
            return _under(tok, trigger, lang.status_cues.get("during_words", ()))
        if not span.start <= tok.i < span.end and fold(tok.text) not in _generic_words(lang):
            return False
    return False


@functools.lru_cache(maxsize=None)
def _generic_words(lang: LanguagePack) -> frozenset[str]:
    """Every word of the language's ``generic_actors.tsv`` ("miliciens", "gunmen"), limited or not."""
    rows, limited = lang.generic_actors
    return frozenset(w for w, *_ in rows) | frozenset(limited)


def _under(noun: Token, verb: Token, during=()) -> bool:
    """Whether ``noun`` is told as a setting of ``verb``: reached from it in a few steps up the parse, or
    through a word of time right after the verb (``during_words``) that the parse hung elsewhere ("un
    Palestinien tué lors d'une attaque de colons", a headline whose "lors" went to its first noun)."""
    tok = noun
    for _ in range(SETTING_HOPS + 1):
        if tok.head is tok:
            return False
        tok = tok.head
        if tok.i == verb.i or tok.i == verb.i + 1 and fold(tok.text) in during:
            return True
    return False


def _said_to_be(between: str, lang: LanguagePack) -> bool:
    """Whether the words between a weapon and an actor say whose it was believed to be (", presumably",
    "(suspected": ``identity_cues``)."""
    words = fold(between).replace("(", " ").replace("[", " ").replace(",", " ").split()
    return bool(words) and " ".join(words) in lang.roles.get("identity_cues", ())


ADVERBIAL_REACH = 5  # steps from a named side up to the phrase that holds it
PATIENT_REACH = 4  # words between a named actor and the subject it belongs to ("dozens of members of X")
# an actor inside a longer subject ("neuf civils" may be parsed as a number with its noun "fixed" to it)
PART_OF_SUBJECT = {"pobj", "prep", "compound", "nmod", "appos", "amod", "nummod", "fixed"}


def _is_patient(doc: Doc, actor: Actor, trigger: Token, genitive=(), doer_participles=(), befalling=(),
                dying=()) -> bool:
    """The one the action befell: subject of a passive ("quatre personnes ont été tuées"), or the
    group whose members it is ("members of the PKK were detained"), or the noun a participle
    qualifies ("deux soldats tués"), unless the verb has no patient (``doer_participles`` in roles:
    "clash", "protest"), whose participle qualifies its doer; or whose death the sentence names
    (``befalling_nouns``: "la mort de 29 soldats dans une attaque"), or who died (``dying_verbs``: "a soldier
    died when an IED went off")."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    root = _owner(span.root, genitive)
    if root.dep_ == "nsubj" and root.head.i != trigger.i and fold(root.head.lemma_) in dying and \
            root.head in trigger.ancestors:
        return True  # the blast is told in a clause of the dying, not "attacked police after a man died"
    if root.dep_ == "nsubj" and root.head.i == trigger.i and fold(trigger.lemma_) in dying:
        return True  # "huit civils ont péri": who died is the victim the trigger tells of, never its doer
    if root is not span.root and fold(root.lemma_) in befalling and root.i != trigger.i and root.text[:1].islower():
        return True  # "les corps de cinq civils", not "les combattants de l'Africa Corps"
    if trigger.dep_ in RELATIVE_CLAUSE and span.start <= trigger.head.i < span.end and any(
            c.dep_ in ("nsubj:pass", "nsubjpass") and _relative_pronoun(c) for c in trigger.children):
        return True  # "a trader who was abducted in Kismayo was released": the passive's relative pronoun is him
    verb = trigger.head if trigger.dep_ == "conj" else trigger
    for _ in range(PATIENT_REACH):  # "scores of ISWAP members were killed": the count is the subject
        if root.dep_ in ("nsubj:pass", "nsubjpass") and root.head in (trigger, verb):
            return True
        if root.dep_ not in PART_OF_SUBJECT or root.head is root:
            break
        root = root.head
    # "JNIM militants abducted and later freed a trader": the object of a verb joined to the trigger is its
    # object too, so the participle the parse made of the trigger qualifies its doer, not its patient
    # (a series the parse split into participles of one noun: "militants abducted, questioned, and freed")
    series = [trigger, *(c for c in trigger.head.children if c.dep_ == trigger.dep_ and c.i > trigger.i),
              *_series_verb_after(trigger)]
    verbs = [v for t in series for v in (t, *t.conjuncts) if v.i >= trigger.i and v.pos_ == "VERB"]
    has_object = any(c.dep_ in ("obj", "dobj") for v in verbs for c in v.children)
    if fold(trigger.lemma_) in doer_participles:
        return False  # "youths clashed with police", parsed as a participle: no one is clashed
    # "des dizaines de civils tués": the participle may qualify the count whose complement the actor is
    qualified = span.start <= trigger.head.i < span.end or \
        span.root.head == trigger.head and trigger.head.i < span.start and span.root.dep_ in ("nmod", "pobj") \
        and fold(trigger.head.lower_) in _count_nouns(doc.lang_)
    return trigger.dep_ in ("acl", "amod") and not has_object and qualified


def _series_verb_after(trigger: Token) -> list[Token]:
    """ "militants abducted, interrogated, and released a priest": a series the parse split into a participle
    on the subject and the verb after it, with nothing but commas, conjunctions and adverbs between them; that
    verb (and its own conjuncts) shares the participle's object."""
    holder = trigger.head
    # a past participle: "government shelling kills three" is a noun of the act read as a clause, no series
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN" or not holder.dep_.startswith("nsubj") \
            or holder.head.i <= trigger.i or holder.head.pos_ != "VERB":
        return []
    between = trigger.doc[trigger.i + 1:holder.head.i]
    return [holder.head] if all(t.pos_ in ("PUNCT", "CCONJ", "ADV") for t in between) else []


@functools.lru_cache(maxsize=None)
def _count_nouns(code: str) -> frozenset[str]:
    """The nouns of the language's rough counts ("dizaines" of "des dizaines"), whose complement is what is counted."""
    return frozenset(fold(p.split()[-1]) for p in pack(code).quantities.get("approximate", {}))


def _owner(tok: Token, genitive) -> Token:
    """ "members of the PKK", "des membres de l'EI": the noun whose members a group's name qualifies."""
    for _ in range(2):
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and fold(tok.head.text) in genitive:
            tok = tok.head.head
        elif tok.dep_ == "nmod" and any(c.dep_ == "case" and fold(c.text) in genitive for c in tok.children):
            tok = tok.head
    return tok


def _attached(doc: Doc, actor: Actor, trigger: Token) -> bool:
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and (span.root.head is trigger or span.root.head.head is trigger)


PAIRED_FIRST = {"obj", "dobj"}
PAIRED_SECOND = {"obl:arg", "obl", "iobj", "prep"}
PAIRED_SECOND_ON_OBJECT = {"nmod"}


def _paired_by_verb(trigger: Token, actors: list[Actor], cues: dict):
    """ "des affrontements ont opposé les Wazalendo aux rebelles", "clashes pitting X against Y": a verb that
    sets one side against another (``pairing_verbs``), with the fighting as its subject or the verb hanging
    on it, has the sides as its object and its second complement."""
    verbs = set(cues.get("pairing_verbs", ()))
    verb = trigger.head if trigger.dep_.startswith("nsubj") and fold(trigger.head.lemma_) in verbs else \
        next((c for c in trigger.children if c.dep_.startswith("acl") and fold(c.lemma_) in verbs), None)
    if verb is None:
        return None

    def under(heads, deps, after=-1):
        spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for h in heads for c in h.children
                 if c.dep_ in deps]
        return next((a for a in actors if a.start > after and any(lo <= a.start < hi for lo, hi in spans)), None)

    objects = [c for c in verb.children if c.dep_ in PAIRED_FIRST]
    first = under([verb], PAIRED_FIRST)
    if first is None:
        return None
    # "pitting X fighters against Y": the parse may hang the second side on the object rather than the verb,
    # in French as its noun modifier ("opposé le M23 aux Wazalendo")
    second = under([verb, *objects], PAIRED_SECOND, first.start) or \
        under(objects, PAIRED_SECOND_ON_OBJECT, first.end - 1)
    return (first, second) if second is not None else None


def _pair(doc: Doc, trigger: Token, trigger_end: int, actors: list[Actor], cues: dict):
    """ "combats entre X et Y": the two sides of a nominal trigger; not of a verb whose agent holds the pair
    ("displaced by fighting between X and Y": X and Y fought each other, the verb's sides are others)."""
    if trigger.pos_ == "NOUN" and (paired := _paired_by_verb(trigger, actors, cues)) is not None:
        return paired
    after = [a for a in actors if a.start >= trigger_end]
    if len(after) < 2:
        return None
    first, second = after[0], after[1]
    lead = fold(doc_text(doc)[trigger_end:first.start]).replace("'", "' ").split()
    while lead and lead[-1] in cues["determiners"]:
        lead.pop()
    if lead and lead[-1] in cues["pair_cues"] and not (trigger.pos_ == "VERB" and set(lead) & set(cues["agent_cues"])):
        between = fold(doc_text(doc)[first.end:second.start]).split()
        if between and between[0] in cues["pair_joiners"]:
            return first, second
    return None
