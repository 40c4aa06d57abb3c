"""Clause structure from the dependency parse: which verb governs a trigger, and its tense."""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from sitrep.lang import pack
from sitrep.text import fold

NOMINAL_LINKS = {"acl", "conj"}
MAX_CLIMB = 50  # deeper than any sentence spaCy parses; stops a loop on a malformed tree
MAX_VERB_CHAIN = 10  # "a dit avoir voulu tenter de percer": a few infinitives, never more
CLAUSE_DEPS = {"ROOT", "acl", "acl:relcl", "relcl", "advcl", "ccomp", "parataxis", "csubj", "conj"}

# Dependency labels by grammatical role, in both schemes sitrep's models use (English ClearNLP, French UD).
ACTIVE_SUBJECT = frozenset({"nsubj"})  # who does what the verb says
PASSIVE_SUBJECT = frozenset({"nsubjpass", "nsubj:pass"})  # to whom it was done
SUBJECT = ACTIVE_SUBJECT | PASSIVE_SUBJECT
DIRECT_OBJECT = frozenset({"dobj", "obj"})
UNDERGOER = DIRECT_OBJECT | PASSIVE_SUBJECT  # what a verb acts on, actively or passively
PASSIVE_AGENT = frozenset({"agent", "obl:agent"})  # "injured by protesters", "blessés par des manifestants"
DOER = ACTIVE_SUBJECT | PASSIVE_AGENT  # who or what does a verb's deed, actively or passively
NOUN_MODIFIER = frozenset({"amod", "compound", "nmod"})  # "Russian airstrikes", "frappes russes", "tear gas grenades"
RELATIVE_CLAUSE = frozenset({"acl:relcl", "relcl"})
NOUN_CLAUSE = RELATIVE_CLAUSE | {"acl"}  # a verb telling of the noun it hangs from


@functools.lru_cache(maxsize=1024)
def lemma_as_verb(code: str, word: str) -> str:
    """A word's lemma read as a verb's, whatever the tagger made of it ("ont ralenti" tagged a pronoun)."""
    nlp = pack(code).nlp
    return fold(nlp.get_pipe("lemmatizer")(Doc(nlp.vocab, words=[word], pos=["VERB"]))[0].lemma_)


def prepositions_of(noun: Token) -> list[Token]:
    """The prepositions a noun is the object of, however the scheme hangs them: UD's ``case`` on the noun
    ("après l'attaque"), English ClearNLP's noun as the ``pobj`` of its preposition ("after the attack")."""
    marks = [c for c in noun.children if c.dep_ == "case"]
    return marks + [noun.head] if noun.dep_ == "pobj" else marks


def agent_marker(tok: Token) -> Token | None:
    """The token that makes ``tok`` a passive's agent: itself (UD's ``obl:agent``, "par la Russie") or the
    "by" it is the object of (spaCy English's ``agent`` > ``pobj``, "by Russia"); None if it is no agent."""
    if tok.dep_ in PASSIVE_AGENT:
        return tok
    return tok.head if tok.dep_ == "pobj" and tok.head.dep_ in PASSIVE_AGENT else None


def clause_head(tok: Token) -> Token:
    """The head of the clause a token belongs to (relative, adverbial and coordinated clauses apart)."""
    seen = 0
    while (tok.dep_ not in CLAUSE_DEPS or _nominal_link(tok)) and tok.head is not tok and seen < MAX_CLIMB:
        tok = tok.head
        seen += 1
    return tok


def _nominal_link(tok: Token) -> bool:
    """A noun joined to a noun ("des combats et des attaques", "récurrentes attaques" parsed as a
    clause) belongs to the clause of the noun it is joined to: nouns head no clause of their own."""
    return tok.dep_ in NOMINAL_LINKS and tok.pos_ in ("NOUN", "PROPN") and tok.head.pos_ in ("NOUN", "PROPN")


def governing_verb(tok: Token) -> Token | None:
    """The nearest verb at or above a trigger, skipping the participle-as-adjective case."""
    cur, seen = tok, 0
    while seen < MAX_CLIMB:
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head is cur:
            return None
        cur = cur.head
        seen += 1
    return None


def relative_phrases(sent: Span) -> list[tuple[Token, Token, Token]]:
    """Each relative clause of the sentence with the noun phrase it qualifies ("les frappes qui ont tué lundi
    30 personnes à X"): (the clause's head, the phrase's first token, its last, the clause included)."""
    return [(v, v.head.left_edge, v.head.right_edge) for v in sent if v.dep_ in RELATIVE_CLAUSE]


ADJUNCT_PARTICIPLE_DEPS = {"advcl", "conj", "xcomp"}  # how a participle hangs on its act: "..., killing 20", "..., tuant 20"


def participle_of_a_past_act(tok: Token) -> bool:
    """ "Warplanes struck rebel positions, killing 20 fighters": a present participle with no auxiliary hung
    on a verb in the past tense tells part of that past act, not something going on now."""
    verb = governing_verb(tok)
    if verb is None or verb.head is verb or verb.dep_ not in ADJUNCT_PARTICIPLE_DEPS:
        return False
    if "Part" not in verb.morph.get("VerbForm") or "Pres" not in verb.morph.get("Tense") or any(
            c.pos_ == "AUX" or c.dep_.startswith("aux") for c in verb.children):
        return False
    return tense(verb.head) == "past"


def tense(tok: Token) -> str:
    """past | present | future | unknown, from the verb governing ``tok`` (its auxiliaries included).

    Climbs through infinitive complements ("ont réussi à percer") to the finite verb.
    """
    verb = governing_verb(tok)
    seen = 0
    while verb is not None and seen < MAX_VERB_CHAIN:
        seen += 1
        auxes = [c for c in verb.children if c.pos_ == "AUX" or c.dep_.startswith("aux")]
        vf = verb.morph.get("VerbForm")
        if "Part" in vf and verb.morph.get("Tense") == ["Past"] and auxes:
            aux_tense = auxes[0].morph.get("Tense")
            if "Fut" in aux_tense:
                return "future"
            return "past"
        t = verb.morph.get("Tense")
        if "Fin" in vf or t:
            if "Fut" in t:
                return "future"
            if "Past" in t or "Imp" in t:
                return "past"
            if "Pres" in t:
                for a in auxes:
                    if "Past" in a.morph.get("Tense") or "Imp" in a.morph.get("Tense"):
                        return "past"
                if verb.tag_ in ("VBD", "VBN"):
                    return "past"
                return "present"
        if verb.tag_ in ("VBD",):
            return "past"
        if verb.head is verb:
            break
        verb = governing_verb(verb.head) if verb.dep_ in ("xcomp", "conj") else None
    return "unknown"


def plural_pronoun_subject(verb: Token) -> bool:
    """Whether the verb's subject is a third-person plural pronoun ("after they clashed", "après qu'ils ont
    affronté"): people the sentence named before, not a side of its own."""
    return any(c.dep_ in SUBJECT and c.pos_ == "PRON" and c.morph.get("Number") == ["Plur"]
               and c.morph.get("Person") == ["3"] for c in verb.children)


def pluperfect(tok: Token) -> bool:
    """Whether the verb governing ``tok`` is a past participle with an imperfect auxiliary ("avaient
    été saccagés", "avait attaqué") or a past tense perfect one, not the passive's ("had been killed",
    "had attacked"; not "was killed"): a past told before another past, as a recap goes on."""
    verb = governing_verb(tok)
    if verb is None or "Part" not in verb.morph.get("VerbForm"):
        return False
    auxes = [c for c in verb.children if c.pos_ == "AUX" or c.dep_.startswith("aux")]
    if not auxes:
        return False
    tense = auxes[0].morph.get("Tense")
    return "Imp" in tense or auxes[0].dep_ == "aux" and "Past" in tense and "Past" in verb.morph.get("Tense")


def trailing_participle(tok: Token) -> bool:
    """A present participle set off by a comma, with no subject of its own ("..., tuant trois élèves"): it
    goes on with the sentence's main clause, whose doer and time are its own, wherever the parse hangs it."""
    return ("Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense") and tok.i > tok.sent.start
            and tok.doc[tok.i - 1].text == "," and not any(c.dep_ in DOER for c in tok.children))


def counted_by(noun: Token) -> Token | None:
    """The noun that counts ``noun``'s acts ("une série de frappes", "a wave of strikes"): the acts, with no
    determiner of their own, hang on it by "de" or "of"; None when nothing counts them."""
    if any(c.dep_ == "det" for c in noun.children):
        return None
    if noun.dep_ == "nmod" and noun.head.pos_ == "NOUN":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        return noun.head.head
    return None
