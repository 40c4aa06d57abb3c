"""Actor mentions in text, normalised to ACLED names with actor type codes (inter).

Named groups and state bodies come from data/actors.jsonl, with their aliases in each language;
generic actors ("des hommes armés", "civilians", "l'armée syrienne") from a language pack's
generic_actors.tsv, tied to a country by a demonym beside them or by the article's country.
Partisan labels ("terroristes") are marked so the extractor can resolve them to the group the
article names. A generic row may be limited to some countries (fifth column): it then replaces the
unlimited row of the same word there ("rebelles" in Syria are ACLED's "Opposition Rebels (Syria)";
"FDS" in Syria are the SDF, elsewhere the army). Whether a demonym may stand before its noun and
which words join two demonyms are the language pack's."""
from __future__ import annotations

import bisect
import csv
import functools
import itertools
from collections import Counter
import json
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sitrep import acled
from sitrep.acled import NON_STATE_ARMED, Inter
from sitrep.lang import LanguagePack, pack
from sitrep.normalise.countries import (country_name, country_of_state_body, iso_of_country_name, military_period,
                                        period_on, state_name)
from sitrep.text import fold, literal_alternation
from sitrep.types import Actor

DATA = Path(__file__).parent / "data"
NAME_SLOT = "{name}"  # in generic_actors.tsv: the proper name a family of actors is named after
INITIALS_SLOT = "{initials}"  # in a family's template: the initials of the name it fills ("MVPT: Mohave Valley ...")
# One to three capitalised words, with the particles of Arabic and French names inside ("Al al Hubayshi").
PROPER_NAME = r"(?P<name>[A-Z][\w'-]+(?:\s(?:(?:al|el|bin|ibn|ben|wa|de|du|la)\s)?[A-Z][\w'-]+){0,2})"
# a people is also named by a lowercase word after its noun ("des miliciens peuls"): an ethnic family reads one
ETHNONYM_OR_PROPER_NAME = PROPER_NAME[:-1] + r"|[^\W\d_A-Z][\w'-]+)"
SENTENCE_END = (".", "!", "?", ":", ";")
KIN_FAMILIES = ("clan_family",)
COMMUNAL_FAMILY = "communal_family"  # a place's militia ("Kaduna militiamen"), ACLED's "<place> Communal Militia"  # families whose own words say the name is a clan's, whatever the name
UNIT_FAMILY = "unit_family"  # a movement's local unit ("Monywa PDF"): it names the unit, not the movement it holds
# An armed group the dictionary does not hold, named by its own words ("the Yaw Defense Force"): ACLED's initials and
# full name, or the name as written when a town follows it ("Urban Revolutionary Force - Bhamo").
FORCE_FAMILY = "force_family"
# A movement's faction named after its leader or its own name ("Mayi Mayi Malaika"): ACLED names the faction, unless
# its name is a group the dictionary holds ("Mayi Mayi Yakutumba", "Mai-Mai APCLS")
FACTION_FAMILY = "faction_family"
TOWN_AFTER = re.compile(r"\s+-\s+[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?(?![\w-])")
# "Military Forces of Myanmar (2021-) Air Force", "Government of Mali (2021-)": a state body, its period, its unit.
STATE_PERIOD = re.compile(r"^((?:Military|Police) Forces of |Government of )(?:the )?(.+?) \((\d{4}-(?:\d{4})?)\)")
MEMBER_REACH = 60  # characters between a generic word and the group it belongs to ("de la coalition armée")
DEMONYM_WINDOW = 3  # words after the head ("les forces gouvernementales syriennes")
# Actors a label for fighters right after them ("JNIM militants") is the noun of.
NAMED_ARMED = (Inter.STATE_FORCES, Inter.REBEL_GROUP, Inter.POLITICAL_MILITIA, Inter.IDENTITY_MILITIA,
               Inter.EXTERNAL_FORCES)
# The generic kinds that name a state's own bodies.
STATE_KINDS = ("military", "police", "government")
# Kinds whose country is read from a demonym beside them ("Afghan migrants", "Palestinian rioters").
DEMONYM_KINDS = ("military", "police", "civilians", "government", "protesters", "rioters", "migrants")
# Kinds whose country may be the one their people are said to come from ("refugees from Ukraine",
# "assailants from Pakistan").
ORIGIN_KINDS = ("civilians", "migrants", "armed_group")
# The kind of a word with country-limited rows alone ("settlers" in Palestine): no actor elsewhere.
LOCAL_ONLY = "local_only"
# guards ACLED names private security only where the words after them give the site they guard ("guards of a
# mining company", ``guarded_sites`` in roles); "guards" alone may be a state's or a prison's
SITE_GUARDS = "site_guards"
SITE_GUARD_REACH = 50  # characters from the word for guards to the end of the site it names
# The kind of a word for a group's fighters unless a civil complement makes it the word's unlimited reading
# (French "militants": "militants de l'opposition", "militants écologistes" are activists).
PARTISAN_OF_NAMED = "partisan_of_named"
# regional_actors.tsv's mark of a row that names only the fighters a label calls ("insurgents")
LABELS_ONLY = "labels"
# The generic actors the extractor names by kind, whatever the language: ACLED's template and actor type.
GENERIC_ACTORS = {
    "civilians": (acled.CIVILIANS_OF, Inter.CIVILIANS),
    "protesters": (acled.PROTESTERS_OF, Inter.PROTESTERS),
    "rioters": (acled.RIOTERS_OF, Inter.RIOTERS),
    "armed_group": (acled.UNIDENTIFIED_ARMED_GROUP_OF, Inter.POLITICAL_MILITIA),
    "communal_militia": (acled.UNIDENTIFIED_COMMUNAL_MILITIA_OF, Inter.IDENTITY_MILITIA),
    "gang": (acled.UNIDENTIFIED_GANG_OF, Inter.POLITICAL_MILITIA),
    "private_security": (acled.PRIVATE_SECURITY_FORCES_OF, Inter.EXTERNAL_FORCES),
    "sole_perpetrator": (acled.SOLE_PERPETRATOR_OF, Inter.POLITICAL_MILITIA),
    "migrants": (acled.CIVILIANS_OF, Inter.CIVILIANS),
    "military": (acled.MILITARY_FORCES_OF, Inter.STATE_FORCES),
    "police": (acled.POLICE_FORCES_OF, Inter.STATE_FORCES),
    "government": (acled.GOVERNMENT_OF, Inter.STATE_FORCES),
}


@dataclass(frozen=True)
class _Family:
    """A family of actors ACLED names after a proper name ("Kaduna militiamen" -> "Kaduna Communal Militia
    (Nigeria)"): the pattern that reads the name, ACLED's template and actor type."""

    pattern: re.Pattern
    kind: str  # ethnic_family: only for the names of ethnic_groups.txt; the others (but KIN_FAMILIES) for any other name
    template: str
    inter: int
    # the pattern's fixed words, each compiled alone: a text without one of them holds no actor of the
    # wording, and testing for them is ten times faster than the pattern's scan of every capital
    fixed: tuple[re.Pattern, ...] = ()


@dataclass(frozen=True)
class _Entry:
    kind: str  # named | generic
    name: str
    inter: int
    by_country: tuple = ()  # named: (iso2, name); generic: (iso2, (kind, template, inter)) overrides
    template: str = ""
    generic_kind: str = ""
    case_sensitive: bool = False


@functools.lru_cache(maxsize=1)
def _named_actors() -> tuple[dict, ...]:
    """The records of ``actors.jsonl``: ACLED name, actor type, names by country, aliases by language."""
    lines = (DATA / "actors.jsonl").read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line) for line in lines if line.strip())


@functools.lru_cache(maxsize=1)
def _named_inter() -> dict[str, int]:
    """ACLED name -> actor type of every record: a name read by the country ("SNA" in Syria is the Syrian
    National Army, elsewhere Somalia's) takes the type of the record it names."""
    return {rec["name"]: rec["inter"] for rec in _named_actors()}


def spellings(aliases: list[str]) -> list[str]:
    """An actor's aliases, and each one written with spaces for its hyphens: ACLED's notes spell the
    particles of Arabic and Urdu names apart ("Asaib Ahl al Haq", "Tehreek e Labbaik") where the press joins
    them ("Asaib Ahl al-Haq")."""
    out = list(aliases)
    for alias in aliases:
        spaced = re.sub(r"(?<=\w)-(?=\w)", " ", alias)
        if spaced != alias and spaced not in out:
            out.append(spaced)
    return out


def _before_fighters(rec: dict, lang: LanguagePack) -> list[tuple[str, str]]:
    """A record's aliases that have other meanings ("EPL" a football league, "Azov" a sea: ``fighter_aliases``),
    read as the group only with one of the language's nouns for its men right after them ("EPL guerrillas",
    "Azov fighters"), or for a party's people ("Congress workers", "AL activists": ``party_member_nouns``):
    each such key, with the alias whose case it keeps."""
    nouns = [*lang.roles.get("member_nouns", ()), *(lang.roles.get("party_member_nouns", ()) if rec.get("party") else ())]
    return [(f"{alias} {noun}", alias) for alias in rec.get("fighter_aliases", {}).get(lang.code, ()) for noun in nouns]


def actor_entries(lang: LanguagePack) -> tuple[tuple[str, _Entry], ...]:
    """(matching key, entry) of every alias of a named actor in the language and every generic
    word, longest first."""
    out = []
    for rec in _named_actors():
        entry = _Entry("named", rec["name"], rec["inter"], tuple(sorted(rec.get("name_by_country", {}).items())))
        for alias, own in [(a, a) for a in spellings(rec["aliases"].get(lang.code, []))] + _before_fighters(rec, lang):
            exact = own.isupper() and len(own) <= 4 or rec.get("case_sensitive", False)
            out.append((alias if exact else fold(alias), _Entry(**{**entry.__dict__, "case_sensitive": exact})))
    rows, overrides = lang.generic_actors
    for w, kind, template, inter in rows:
        out.append((w, _Entry("generic", "", inter, by_country=tuple(sorted(overrides.get(w, {}).items())),
                              template=template, generic_kind=kind)))
    unlimited = {w for w, *_ in rows}
    for w, by in overrides.items():
        if w not in unlimited:
            out.append((w, _Entry("generic", "", 0, by_country=tuple(sorted(by.items())), generic_kind=LOCAL_ONLY)))
    return tuple(sorted(out, key=lambda x: -len(x[0])))


def read_generic_actors(path: Path) -> tuple[tuple[tuple[str, str, str, int], ...], dict[str, dict[str, tuple]]]:
    """The generic words of a language's ``generic_actors.tsv``: unlimited rows as (word, kind,
    template, inter), and the country-limited rows as word -> {iso2: (kind, template, inter)}."""
    rows, overrides = [], {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        words, kind, template, inter, *only = line.split("\t")
        if NAME_SLOT in words:
            continue  # a family of named actors: read by ``actor_families``
        countries = [c for c in (only[0].split("|") if only else []) if c]
        for w in words.split("|"):
            if countries:
                for iso in countries:
                    overrides.setdefault(fold(w), {})[iso] = (kind, template, int(inter))
            else:
                rows.append((fold(w), kind, template, int(inter)))
    return tuple(rows), overrides


_ANY_CASE = "(?i:"  # how a family's fixed word is written: in any case


def read_actor_families(path: Path, conjunctions=()) -> tuple[_Family, ...]:
    """The family rows of a language's ``generic_actors.tsv`` (words holding ``{name}``), one pattern
    per wording, its fixed words read in any case; with the language's conjunctions, a people's wording that
    has words on both sides of the name also reads the first of two peoples sharing them."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or NAME_SLOT not in line:
            continue
        words, kind, template, inter, *_ = line.split("\t")
        for w in words.split("|"):
            before, _, after = w.partition(NAME_SLOT)
            fixed = [f"{_ANY_CASE}{re.escape(part)})" if part else "" for part in (before, after)]
            name = ETHNONYM_OR_PROPER_NAME if kind == "ethnic_family" else PROPER_NAME
            out.append(_Family(re.compile(rf"(?<![\w-]){fixed[0]}{name}{fixed[1]}(?![\w-])"), kind,
                               template, int(inter), tuple(re.compile(f) for f in fixed if f)))
            if kind == "ethnic_family" and before and after and conjunctions:
                out.append(_Family(re.compile(_first_of_two_peoples(fixed, conjunctions)), kind, template,
                                   int(inter), tuple(re.compile(f) for f in fixed)))
    return tuple(out)


def _first_of_two_peoples(fixed: list[str], conjunctions) -> str:
    """ "armed Meitei and Kuki villagers": the wording's words around two peoples a conjunction joins; the
    pattern ends on the first people's name, and ``_people_sharing_the_noun`` reads the second."""
    joins = "|".join(re.escape(c) for c in conjunctions if c.isalpha())
    return rf"(?<![\w-]){fixed[0]}{PROPER_NAME}(?=\s+(?:{joins})\s+[A-Z][\w'-]+{fixed[1]}(?![\w-]))"


def family_cue(families: tuple[_Family, ...]) -> re.Pattern | None:
    """The alternation of each family's first fixed word, or None if a family has none (it reads any text). A text
    a family names an actor in holds all its fixed words, so one of them rules the family out; the first, the word
    before the name where the wording has one, is the rarer ("armed" of "armed {name} residents", not "residents",
    which most stories about a town hold)."""
    if any(not fam.fixed for fam in families):
        return None
    words = list(dict.fromkeys(fam.fixed[0].pattern for fam in families))
    if all(w.startswith(_ANY_CASE) and w.endswith(")") for w in words):
        # one trie of the words, in any case: the engine follows one branch a character where it tried every word
        return re.compile(_ANY_CASE + literal_alternation(re.sub(r"\\(.)", r"\1", w[len(_ANY_CASE):-1])
                                                          for w in words) + ")")
    return re.compile("|".join(words) or "(?!x)x")


@functools.lru_cache(maxsize=1)
def ethnic_groups() -> frozenset[str]:
    """Folded names of the ethnic groups ACLED names ethnic militias after (``data/ethnic_groups.txt``)."""
    return frozenset(_peoples_homes())


@functools.lru_cache(maxsize=1)
def _peoples_homes() -> dict[str, tuple[str, ...]]:
    rows = (line.split("\t") for line in (DATA / "ethnic_groups.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
    return {fold(r[0].strip()): tuple(r[1].strip().split(",")) for r in rows}


PEOPLE_HOMES_TOLD = 3  # a people that lives in more countries (the Fulani, the Tuareg) says little of where a clash is


def _few_homes(people: str) -> tuple[str, ...]:
    homes = _peoples_homes().get(fold(people), ())
    return homes if len(homes) <= PEOPLE_HOMES_TOLD else ()


def paired_peoples_homes(text: str, lang: str | LanguagePack) -> frozenset[str]:
    """The countries of two peoples a conjunction pairs ("entre Dinka et Nuer", "the Pokot and the Turkana"):
    a pair of peoples is a communal clash's two sides even where no actor word names them, and its place lies
    where both live. Both names must be peoples, so a person's name that is also a people's stays silent."""
    lang = pack(lang) if isinstance(lang, str) else lang
    joins = "|".join(re.escape(c) for c in lang.conjunctions)
    dets = "|".join(re.escape(d) for d in lang.roles.get("determiners", ()))
    if not joins:
        return frozenset()
    det = rf"(?:(?i:{dets}) )?" if dets else ""
    name = r"[A-Z][\w'-]+"
    homes: set[str] = set()
    for m in re.finditer(rf"(?<!\w)({name}) (?:{joins}) {det}({name})(?!\w)", text):
        a, b = _few_homes(m.group(1)), _few_homes(m.group(2))
        if a and b:
            homes.update(set(a) & set(b) or set(a) | set(b))
    return frozenset(homes)


def people_homes(actor: Actor) -> tuple[str, ...]:
    """The countries an ethnic militia's people lives in, when they are few: "Dinka and Nuer clashed near Bor"
    is in South Sudan, not at Bor in Russia."""
    people = actor.name.removesuffix(" Ethnic Militia")
    if people == actor.name or actor.country:
        return ()
    return _few_homes(people)


def ethnic_group(word: str, lang: LanguagePack) -> str | None:
    """The name ACLED gives the people ``word`` names: the language's own word for it ("peuls": "Fulani",
    ``LanguagePack.ethnonyms``) or a name of ``data/ethnic_groups.txt`` as written; None for any other word."""
    folded = fold(word)
    if folded in lang.ethnonyms:
        return lang.ethnonyms[folded]
    return word if folded in ethnic_groups() else None


def _family_hits(text: str, lang: LanguagePack) -> list[tuple[int, int, _Entry]]:
    """Actors named after a proper name: "Kaduna militiamen", "Fulani militia", "Al Hamimah tribesmen".
    A name that is a function word, a demonym or a country names no family."""
    hits = []
    cue = lang.actor_family_cue
    if cue is not None and cue.search(text) is None:
        return hits
    for fam in lang.actor_families:
        if not all(word.search(text) for word in fam.fixed):
            continue
        for m in fam.pattern.finditer(text):
            words = m.group("name").split()
            start = m.start("name")
            while words and fold(words[0]) in lang.stopwords:
                start = text.index(words[1], start) if len(words) > 1 else m.end("name")
                words = words[1:]
            name = " ".join(words)
            if not name or fold(name) in lang.demonyms or iso_of_country_name(name) or _a_patron(name, lang):
                continue
            read = fam if _family_takes(fam, name, lang) else _militia_of_a_people(fam, name, lang)
            if read is None:
                continue
            opens = start == m.start("name") and (not text[:start].strip() or text[:start].rstrip().endswith(SENTENCE_END))
            if opens and read.kind != "ethnic_family":
                continue  # a capital that may only open the sentence
            end, filled = m.end(), _filled(read, name, lang)
            if fam.kind == FORCE_FAMILY:
                if _a_states_name(words, lang):
                    continue  # "Somali National Army", "Uganda People's Defence Force": a state's forces
                town = TOWN_AFTER.match(text, end)
                if town is not None:
                    end, filled = town.end(), text[start:town.end()]
            hits.append((min(start, m.start()), end, _Entry("family", filled,
                                                            read.inter, template=read.template, generic_kind=read.kind)))
            if start == m.start():
                hits.extend(_sharing_the_noun(text, start, fam, lang))
            elif fam.kind == "ethnic_family" and m.end("name") == m.end():
                hits.extend(_people_sharing_the_noun(text, m.end(), fam, lang))
    return hits


def _people_sharing_the_noun(text: str, end: int, fam: _Family, lang: LanguagePack) -> list[tuple[int, int, _Entry]]:
    """ "des miliciens hema et lendu": a people joined after the one a family's noun names shares the noun,
    and names a second militia of the family."""
    m = re.match(rf"\s+(?:{'|'.join(map(re.escape, lang.conjunctions))})\s+{ETHNONYM_OR_PROPER_NAME}(?![\w-])", text[end:])
    if m is None:
        return []
    name = m.group("name").split()[0]
    if ethnic_group(name, lang) is None:
        return []
    first = end + m.start("name")
    return [(first, first + len(name), _Entry("family", _filled(fam, name, lang), fam.inter,
                                              template=fam.template, generic_kind=fam.kind))]


def _a_states_name(words: list[str], lang: LanguagePack) -> bool:
    """A name that opens with a demonym or a country's name ("Somali National", "South Sudan People's") is a
    state's force, not a group of its own."""
    return any(fold(" ".join(words[:n])) in lang.demonyms or iso_of_country_name(" ".join(words[:n]))
               for n in range(1, len(words) + 1))


def _a_patron(name: str, lang: LanguagePack) -> bool:
    """ "Iranian-backed", "Saudi-led": a word naming who backs or leads the men (``patron_suffixes`` in
    roles), not a people, place or clan they are named after."""
    last = fold(name.split()[-1])
    return any(last.endswith(f"-{suffix}") for suffix in lang.roles.get("patron_suffixes", ()))


def _family_takes(fam: _Family, name: str, lang: LanguagePack) -> bool:
    """An ethnic family takes only the names of ethnic groups, and the place and tribe families only
    other names ("Fulani militia" is an ethnic militia, "Kaduna militia" a communal one); a family
    whose words name the clan ("Garre clan militia") takes any name, an ethnic group's too; a unit family no
    formation word ("PDF Battalion 4" is no township's PDF)."""
    if fam.kind in KIN_FAMILIES:
        return True
    if fam.kind == UNIT_FAMILY and fold(name.split()[0]) in lang.roles.get("formation_nouns", ()):
        return False  # "PDF Battalion 4": a formation of the movement, no township's force
    return (fam.kind == "ethnic_family") == (ethnic_group(name, lang) is not None)


def _filled(fam: _Family, name: str, lang: LanguagePack) -> str:
    """The family's name for the men named after ``name``; an ethnic family names them after the people
    as ACLED writes it ("des miliciens peuls": "Fulani Ethnic Militia")."""
    return _family_name(fam.template, ethnic_group(name, lang) or name if fam.kind == "ethnic_family" else name)


def _family_name(template: str, name: str) -> str:
    """A family's template filled with ``name``; ``{initials}`` takes the capitals of the filled name after
    it ("{initials}: {name} Preparedness Team" -> "MVPT: Mohave Valley Preparedness Team"), as ACLED
    names a local group by its initials and full name."""
    filled = template.replace(NAME_SLOT, name)
    if INITIALS_SLOT not in filled:
        return filled
    rest = filled.split(INITIALS_SLOT, 1)[1]
    return filled.replace(INITIALS_SLOT, "".join(w[0] for w in rest.split() if w[:1].isupper()))


def _sharing_the_noun(text: str, start: int, fam: _Family, lang: LanguagePack) -> list[tuple[int, int, _Entry]]:
    """ "Bani Awad and Al Hamid tribesmen": the name joined before a family's name shares its noun, and
    names a second actor of the family."""
    m = re.search(rf"{PROPER_NAME}\s+(?:{'|'.join(map(re.escape, lang.conjunctions))})\s+$", text[max(0, start - 60):start])
    if m is None:
        return []
    words = m.group("name").split()
    while words and fold(words[0]) in lang.stopwords:
        words = words[1:]
    name = " ".join(words)
    if not name or fold(name) in lang.demonyms or iso_of_country_name(name):
        return []
    if not _family_takes(fam, name, lang):
        fam = _peoples_family(fam, name, lang)
        if fam is None:
            return []
    first = max(0, start - 60) + m.end() - len(m.group(0)) + m.group(0).index(name)
    return [(first, first + len(name), _Entry("family", _filled(fam, name, lang), fam.inter,
                                              template=fam.template, generic_kind=fam.kind))]


def _militia_of_a_people(fam: _Family, name: str, lang: LanguagePack) -> _Family | None:
    """ "Teke communal militiamen": a people of ``ethnic_groups.txt`` the communal family's noun follows, which
    names a militia in its own words, is the people's ethnic militia; None for any other family or name."""
    return _peoples_family(fam, name, lang) if fam.kind == COMMUNAL_FAMILY else None


def _peoples_family(fam: _Family, name: str, lang: LanguagePack) -> _Family | None:
    """ "Hausa and Funj tribesmen", "Konso and Ale militias": a people of ``ethnic_groups.txt`` joined to a tribe
    or place that a noun of the tribal or communal family follows shares the noun as its people's ethnic militia;
    None for any other name the family does not take."""
    if fam.kind == "ethnic_family" or ethnic_group(name, lang) is None:
        return None
    return next((f for f in lang.actor_families if f.kind == "ethnic_family"), None)


def compile_actor_patterns(entries: tuple[tuple[str, _Entry], ...]) -> tuple[re.Pattern, re.Pattern, dict, dict]:
    """The alternation of folded keys, that of case-sensitive keys (short acronyms, and the aliases of a
    record marked ``case_sensitive``: "Lebanese Forces", the party, not "Lebanese forces"), and each one's
    table of entries; each matches the longest key at a position (``literal_alternation``)."""
    folded = {k: e for k, e in entries if not e.case_sensitive}
    exact = {k: e for k, e in entries if e.case_sensitive}
    alt, alt_exact = literal_alternation(folded), literal_alternation(exact)
    return (re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])"), re.compile(rf"(?<![\w-])(?:{alt_exact})(?![\w-])"),
            folded, exact)


def actor_for(kind: str, country: str | None, text: str = "", start: int = -1, end: int = -1) -> Actor:
    """A generic actor of a country: ``actor_for("civilians", "SY")`` -> Civilians (Syria)."""
    template, inter = GENERIC_ACTORS[kind]
    return _generic(_Entry("generic", "", inter, template=template, generic_kind=kind), country, text, start, end)


def _generic(e: _Entry, country: str | None, text: str, start: int, end: int, told: bool = False) -> Actor | None:
    """The actor a generic word names in ``country``; None for a word that names one only in some countries.
    A country's row that names another state's force ("soldiers" in Palestine are Israel's) reads the word
    only where no words beside it ``told`` its country ("Palestinian soldiers")."""
    override = dict(e.by_country).get(country) if country else None
    if override and told and "{" not in override[1] and country_of_state_body(override[1]) not in (None, country):
        override = None  # "Palestinian soldiers" are no Israeli force; "Israeli settlers" are still settlers
    if override:
        kind, template, inter = override
        e = replace(e, generic_kind=kind, template=template, inter=inter)
    elif e.generic_kind == LOCAL_ONLY:
        return None
    if e.generic_kind in ("partisan", PARTISAN_OF_NAMED):
        return Actor(name="", inter=e.inter, country=country, text=text, start=start, end=end, partisan=True)
    if country is None:
        base = {"military": "Military Forces", "police": "Police Forces",
                "government": "Government"}.get(e.generic_kind)
        name = base or e.template.replace(" ({country})", "")
        return Actor(name=name, inter=e.inter, country=None, text=text, start=start, end=end)
    period = military_period(country)
    name = e.template.format(country=country_name(country), country_name=state_name(country),
                             period=period).replace(" ()", "")
    return Actor(name=name, inter=e.inter, country=country, text=text, start=start, end=end)


def _demonym_ending(words: list[str], i: int, dem: dict) -> str | None:
    """The demonym whose last word is ``words[i]``, of two words ("south african", "sri lankan")
    before one: "South African soldiers" are no Africans of no country."""
    if i >= 1 and f"{words[i - 1]} {words[i]}" in dem:
        return f"{words[i - 1]} {words[i]}"
    return words[i] if i >= 0 and words[i] in dem else None


def _demonyms_before(before: list[str], dem: dict, conjunctions, ethnic_marks=()) -> list[str]:
    """The demonyms right before a noun, joined by conjunctions ("Ukrainian and Russian forces",
    "South African and Mozambican troops"), nearest first. A country's name joined to a demonym stands
    for one ("Belarus and Russian troops", "Burundi and Congolese refugees"): it is kept as the name.
    After a word that makes it a people (``ethnic_marks``: "ethnic Somali herders" in Ethiopia) a
    demonym names no nationality: none is returned, and the country is the event's."""
    out, i = [], len(before) - 1
    while (word := _demonym_ending(before, i, dem)) is not None:
        out.append(word)
        i -= len(word.split())
        if i >= 1 and before[i] in conjunctions and _demonym_ending(before, i - 1, dem) is not None:
            i -= 1
        elif i >= 1 and before[i] in conjunctions and (name := _country_name_ending(before, i - 1)) is not None:
            out.append(name)
            break
        else:
            break
    return [] if out and i >= 0 and before[i] in ethnic_marks else out


def _demonym_before_bracket(before: str, lang: LanguagePack) -> str | None:
    """ "an Israeli plane [coded as military]": the country (ISO2) of the demonym before the noun that a
    bracket opening with an identity cue (``identity_cues``) codes, or None; the word in the bracket
    names what the noun was, the demonym whose it was."""
    if "[" not in before and "(" not in before:  # the search below costs the square of the text's length
        return None
    m = re.search(r"([\w' -]+?)\s*[\[(]\s*([\w' ]+?)\s*$", before)
    if m is None or m.group(2) not in lang.roles.get("identity_cues", ()):
        return None
    words = m.group(1).split()
    dem = lang.demonyms
    for i in (len(words) - 2, len(words) - 1):  # before the noun ("Israeli plane"), or the demonym alone
        word = _demonym_ending(words, i, dem)
        if word is not None:
            return dem[word]
    return None


def _state_spoken_of(found: list[Actor], folded: str, start: int) -> str | None:
    """The country of the state body named last before ``start`` in the same sentence, which a possessive
    pronoun before a state's noun refers to ("the Russian Defense Ministry said its forces")."""
    for a in reversed(found):
        if a.start < start and a.inter == Inter.STATE_FORCES and a.country:
            return None if any(c in folded[a.end:start] for c in ".!?") else a.country
    return None


def _country_owning(before: list[str], lang: LanguagePack) -> str | None:
    """ "Russia's army", "South Sudan's police", "the Philippines' military": the country (ISO2) whose
    name, with a possessive ending (``possessive_suffixes``), stands right before the noun."""
    name = owning_country_name(before, lang)
    return iso_of_country_name(name) if name is not None else None


def owning_country_name(before: list[str], lang: LanguagePack) -> str | None:
    """The name of the country owning the noun after ``before`` ("Russia's"), without its ending, or None."""
    last = before[-1] if before else ""
    for suffix in lang.roles.get("possessive_suffixes", ()):
        if last.endswith(suffix) and len(last) > len(suffix):
            words = before[:-1] + [last[:-len(suffix)]]
            name = _country_name_ending(words, len(words) - 1)
            if name is not None:
                return name
    return None


def _country_name_ending(words: list[str], i: int) -> str | None:
    """The country's name of one or two words whose last word is ``words[i]``, or None."""
    for n in (2, 1):
        if i - n + 1 >= 0 and iso_of_country_name(" ".join(words[i - n + 1:i + 1])):
            return " ".join(words[i - n + 1:i + 1])
    return None


def _foreigners(e: _Entry, country: str | None, text: str, start: int, end: int) -> Actor:
    """Migrants no nationality is given for: ACLED's civilians of the "International" country."""
    name = e.template.format(country=acled.INTERNATIONAL)
    return Actor(name=name, inter=e.inter, country=country, text=text, start=start, end=end)


def _origin_after(text: str, end: int, lang: LanguagePack) -> tuple[str, int] | None:
    """The country people are said to come from right after the word naming them ("refugees from
    Ukraine", "migrants from the Democratic Republic of Congo"): (ISO2, where the name ends)."""
    after = text[end:end + 60]
    for cue in lang.roles.get("origin_cues", ()):
        m = re.match(rf"\s+{re.escape(cue)}\s+(?:the\s+)?([A-Z][\w'-]+(?:\s+(?:of\s+)?[A-Z][\w'-]+){{0,3}})", after)
        if m is None:
            continue
        words = m.group(1).split()
        for n in range(len(words), 0, -1):  # the longest run of words that is a country's name
            iso = iso_of_country_name(" ".join(words[:n]))
            if iso:
                return iso, end + m.start(1) + len(" ".join(words[:n]))
    return None


def _guarded_site_after(text: str, end: int, lang: LanguagePack) -> int | None:
    """Where the site that guards are said to guard ends, right after their word ("guards of a tea estate",
    "guards at the gold mine": ``guarded_site_links`` then up to three words and one of ``guarded_sites`` in
    roles), or None: the words that make hired guards a private security force."""
    roles = lang.roles
    links, sites = roles.get("guarded_site_links", ()), roles.get("guarded_sites", ())
    if not links or not sites:
        return None
    m = re.match(rf"\s+(?:{'|'.join(map(re.escape, links))})\s+(?:[\w'-]+\s+){{0,3}}?"
                 rf"(?:{'|'.join(map(re.escape, sites))})(?![\w-])", fold(text[end:end + SITE_GUARD_REACH]))
    return None if m is None else end + m.end()


def _prison_staff(text: str, start: int, lang: LanguagePack) -> _Entry | None:
    """ "inmates rioted at the prison; guards opened fire": guards no site follows, in a sentence that names a prison
    (``prison_posts`` in roles), are its staff, whom ACLED names as the country's police: the entry of
    ``prison_staff_reading`` in roles; None where the sentence names no prison."""
    reading, posts = lang.roles.get("prison_staff_reading"), lang.roles.get("prison_posts", ())
    if not reading or not posts:
        return None
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stop = text.find(". ", start)
    sentence = fold(text[begin:stop if stop >= 0 else len(text)])
    if not re.search(rf"(?<![\w-])(?:{'|'.join(map(re.escape, posts))})s?(?![\w-])", sentence):
        return None
    return lang.actor_patterns[2].get(fold(reading))


OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w'-]*)(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'-]*){0,3})")


def _country_after(text: str, end: int) -> tuple[str, int] | None:
    """ "the government of Colombia", "the Coast Guard of Greece": the country (ISO2) a state body's word
    is followed by, and where its name ends; None when no country's name follows."""
    m = OF_COUNTRY.match(text, end)
    words = m.group(1).split() if m else []
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        if iso := iso_of_country_name(name):
            return iso, m.start(1) + len(name)
    return None


def past_its_country(text: str, end: int) -> int:
    """Where "of [the] <country>" after a state body's word ends ("the Government of South Sudan"), or
    ``end`` when no country's name follows."""
    found = _country_after(text, end)
    return found[1] if found else end


def _countries_named_after(text: str, end: int, conjunctions) -> list[str]:
    """ "the governments of Ethiopia and Kenya": the countries (ISO2) a state body's word is followed by, the
    first and those joined to it by a conjunction, each a body of its own; [] when none is named."""
    first = _country_after(text, end)
    if first is None:
        return []
    out = [first[0]]
    m = OF_COUNTRY.match(text, end)
    rest = text[m.start(1):m.start(1) + 120]
    joined = "|".join(re.escape(c) for c in conjunctions if c.isalpha())
    for nxt in re.finditer(rf"\s+(?:{joined})\s+(?:the\s+)?([A-Z][\w'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'-]*){{0,3}})",
                           rest) if joined else ():
        words = nxt.group(1).split()
        iso = next((iso for n in range(len(words), 0, -1) if (iso := iso_of_country_name(" ".join(words[:n])))), None)
        if iso is None or iso in out:
            break
        out.append(iso)
    return out


def _authored(lang: LanguagePack, suffixes_key: str = "author_suffixes", exact: bool = False) -> re.Pattern:
    """A named actor joined by a hyphen to the act it authored ("a Houthi-planted mine"), or to a word saying the
    men after it are its own (``member_suffixes``: "ADF-affiliated fighters"), compiled once per language; its
    folded aliases, or ``exact`` its case-sensitive ones (short acronyms), read in the text as written."""
    return _authored_pattern(lang.code, suffixes_key, exact)


@functools.lru_cache(maxsize=None)
def _authored_pattern(code: str, suffixes_key: str, exact: bool) -> re.Pattern:
    lang = pack(code)
    table = lang.actor_patterns[3 if exact else 2]
    keys = sorted((k for k, e in table.items() if e.kind == "named"), key=len, reverse=True)
    suffixes = lang.roles.get(suffixes_key, ())
    if not keys or not suffixes:
        return re.compile(r"(?!x)x")
    alt = "|".join(re.escape(k) for k in keys)
    return re.compile(rf"(?<![\w-])({alt})-(?:{'|'.join(map(re.escape, suffixes))})(?![\w-])")


def _fighters_of_named(text: str, folded: str, lang: LanguagePack, fighter_starts: set[int]) -> list[tuple]:
    """A named group joined by a hyphen to a word saying the fighters right after it are its own ("ADF-affiliated
    fighters", "ISWAP-linked insurgents", "al-Shabaab-linked gunmen": gunmen it claims are no longer unknown): the
    group, whose fighters they are. Not before another group's name,
    which the first only qualifies ("al-Qaeda-linked JNIM militants" are JNIM's), nor before other men ("an
    ADF-linked preacher", "Hezbollah-linked businessmen")."""
    out = []
    for exact, written in ((False, folded), (True, text)):
        table = lang.actor_patterns[3 if exact else 2]
        for m in _authored(lang, "member_suffixes", exact).finditer(written):
            if m.end() + len(written[m.end():]) - len(written[m.end():].lstrip()) in fighter_starts:
                out.append((m.start(1), m.end(1), table[m.group(1)]))
    return out


def _parties_sharing_a_noun(text: str, lang: LanguagePack, hits: list[tuple]) -> list[tuple]:
    """ "AL and BNP activists", "Congress and BJP workers": a party's alias read only before a noun for its people
    (``fighter_aliases`` with ``party_member_nouns``) shares the noun of the party named after it with "and"."""
    nouns = lang.roles.get("party_member_nouns", ())
    joined = "|".join(re.escape(c) for c in lang.conjunctions if c.isalpha())
    if not nouns or not joined:
        return []
    _, _, table, table_exact = lang.actor_patterns
    out = []
    for start, end, e in hits:
        after = re.match(r"\s+(\w+)", text[end:end + 30])
        if e.kind != "named" or not is_party(e.name) or not after or after.group(1) not in nouns:
            continue
        window = max(0, start - 40)
        before = re.search(rf"(?<![\w-])([\w-]+(?:\s+[\w-]+)?)\s+(?:{joined})\s+$", text[window:start])
        words = before.group(1).split() if before else []
        # "the Congress and BJP workers", not "the US Congress and BJP leaders": a word before the alias that is
        # part of another name leaves the alias that name's
        for alias in [" ".join(words)] + ([words[-1]] if len(words) == 2 and not words[0][:1].isupper() else []):
            key = f"{alias} {after.group(1)}"
            entry = table_exact.get(key) or table.get(fold(key))
            if entry is not None and entry.kind == "named" and is_party(entry.name):
                a = window + before.end(1) - len(alias)
                out.append((a, a + len(alias), entry))
                break
    return out


def _generic_known_by_a_name(folded: str, lang: LanguagePack, hits: list[tuple]) -> list[tuple]:
    """ "clan militiamen known as Ma'awisley", "gunmen claiming to be from al-Shabaab": a non-state group's generic
    words, a cue of its name or allegiance (``alias_cues``) and a named group are one mention of that group, the
    words and the name one span; the generic words alone would read an unnamed militia."""
    cues = lang.folded_role("alias_cues")
    if not cues:
        return []
    named = [(a, b, e) for a, b, e in hits if e.kind == "named"]
    return [(start, b, n) for start, end, e in hits if e.kind != "named" and e.inter in NON_STATE_ARMED
            for a, b, n in named if a > end and " ".join(folded[end:a].split()) in cues]


def find_actors(text: str, lang: str | LanguagePack, default_country: str | None = None) -> list[Actor]:
    """Every actor mention in ``text`` with offsets, longest match first, no overlaps.

    A military or police head with no demonym and no default country is named "Military Forces" /
    "Police Forces" with country None, for the caller to complete.
    """
    lang = pack(lang)
    folded = fold(text)
    pat, pat_exact, table, table_exact = lang.actor_patterns
    dem = lang.demonyms
    found: list[Actor] = []
    generic: set[int] = set()  # where the generic words start
    unless_named: dict[int, _Entry] = {}  # where the words for a named group's fighters start, and their entry
    hits = [(m.start(), m.end(), table[m.group(0)]) for m in pat.finditer(folded)]
    hits += [(m.start(), m.end(), table_exact[m.group(0)]) for m in pat_exact.finditer(text)]
    hits += _parties_sharing_a_noun(text, lang, hits)
    if any("-" + s in folded for s in lang.roles.get("author_suffixes", ())):
        hits += [(m.start(1), m.end(1), table[m.group(1)]) for m in _authored(lang).finditer(folded)]
    if any("-" + s in folded for s in lang.roles.get("member_suffixes", ())):
        hits += _fighters_of_named(text, folded, lang, {a for a, _, e in hits if e.kind == "generic" and
                                                        e.generic_kind in ("partisan", PARTISAN_OF_NAMED,
                                                                           "armed_group")})
    named = sorted((a, b) for a, b, e in hits if e.kind == "named")
    named_starts = [a for a, _ in named]
    named_reach = list(itertools.accumulate((b for _, b in named), max))  # the furthest end up to each name
    for h in _family_hits(text, lang):
        k = bisect.bisect_left(named_starts, h[1])  # the names starting before the hit ends
        if not (k and named_reach[k - 1] > h[0]) or h[2].generic_kind == UNIT_FAMILY or \
                h[2].generic_kind == FACTION_FAMILY and not any(h[0] < a < h[1] for a in named_starts[:k]):
            hits.append(h)
    hits += _generic_known_by_a_name(folded, lang, hits)
    reach = -1  # the furthest end taken: hits come in order of start, so one overlaps what ends after it starts
    for start, end, e in sorted(hits, key=lambda h: (h[0], -(h[1] - h[0]))):
        if reach > start:
            continue
        surface = text[start:end]
        if e.kind == "family":
            name = e.name.format(country=country_name(default_country)) if default_country else \
                e.name.replace(" ({country})", "")
            found.append(Actor(name=name, inter=e.inter, country=default_country, text=surface, start=start, end=end))
            reach = max(reach, end)
            continue
        if e.kind == "named":
            by = dict(e.by_country)
            name = by.get(default_country, e.name) if default_country else e.name
            found.append(Actor(name=name, inter=_named_inter().get(name, e.inter), country=default_country,
                               text=surface, start=start, end=end))
            reach = max(reach, end)
            continue
        if e.generic_kind == SITE_GUARDS:
            site = _guarded_site_after(text, end, lang)
            staff = _prison_staff(text, start, lang) if site is None else None
            if site is None and staff is None:
                continue
            e, end = staff or e, site or end
        countries, stop = [], end
        if e.by_country and e.generic_kind not in DEMONYM_KINDS:
            # a country-limited reading needs its demonym right beside the word ("rebelles syriens")
            before = folded[max(0, start - 30):start].split()
            after = re.match(r"\s+([\w'-]+)", folded[end:end + 40])
            word = _demonym_ending(before, len(before) - 1, dem) if lang.demonym_before_noun else None
            if word is not None:
                countries.append(dem[word])
                start = folded.rfind(word, 0, start)
            elif after and after.group(1) in dem:
                countries.append(dem[after.group(1)])
                stop = end + after.end()
        elif e.generic_kind in DEMONYM_KINDS:
            before = folded[max(0, start - 40):start].split()
            if lang.demonym_before_noun:
                told = _demonyms_before(before, dem, lang.conjunctions, lang.roles.get("ethnic_marks", ()))
                for word in told:
                    start = folded.rfind(word, 0, start)
                # people of several nationalities in the order the words tell them: ACLED names the slot after
                # the first ("Burundian and Congolese refugees" are Burundi's civilians); a state's forces keep
                # the nearest first, the order the allies' rules were written for
                told = told if e.generic_kind in STATE_KINDS else told[::-1]
                countries.extend(dem.get(word) or iso_of_country_name(word) for word in told)
                owner = _country_owning(before, lang) if not countries else None
                if owner is not None:  # "Russia's army": the country's name stays a place, out of the span
                    countries.append(owner)
            if not countries and e.generic_kind in STATE_KINDS and before and \
                    before[-1] in lang.roles.get("possessive_pronouns", ()):
                owner = _state_spoken_of(found, folded, start)
                if owner is not None:  # "the Russian Defense Ministry said its forces": the ministry's country's
                    countries.append(owner)
            # where a demonym stands before its noun, one after it is the next noun's ("IDF soldiers shot a
            # Palestinian man"): only a language that puts it after reads the words after the noun
            after_search = not lang.demonym_before_noun
            for n, m in enumerate(re.finditer(r"[\w'-]+", folded[end:end + 60] if after_search else ""), 1):
                w = m.group(0)
                if n > DEMONYM_WINDOW or w in lang.roles.get("ethnic_marks", ()):
                    break  # "personnes présentées par l'armée israélienne": too far to be theirs; "civils d'ethnie X": a people
                if w in dem:
                    countries.append(dem[w])
                    stop = end + m.end()
                elif w in lang.conjunctions:
                    continue
                if len(countries) == 0 and m.start() > 40:
                    break
                if w not in dem and w not in lang.conjunctions and countries:
                    break
        if not countries and e.generic_kind in DEMONYM_KINDS and lang.demonym_before_noun:
            qualified = _demonym_before_bracket(folded[max(0, start - 60):start], lang)
            if qualified is not None:
                countries.append(qualified)
        if not countries and e.generic_kind in STATE_KINDS:
            # the country's name stays a place of the sentence: the span ends at the word
            countries.extend(_countries_named_after(text, end, lang.conjunctions))
        if not countries and e.generic_kind in ORIGIN_KINDS:
            origin = _origin_after(text, end, lang)
            if origin is not None:
                countries.append(origin[0])
                stop = origin[1]
        if not countries and e.generic_kind == "migrants":
            found.append(_foreigners(e, default_country, text[start:stop], start, stop))
        named_here = [a for country in ([] if not countries and e.generic_kind == "migrants" else
                                        countries or [default_country])
                      if (a := _generic(e, country, text[start:stop], start, stop, bool(countries))) is not None]
        if e.generic_kind == LOCAL_ONLY and not named_here:
            continue
        found.extend(named_here)
        if named_here:
            generic.add(start)
        if any(a.partisan for a in named_here) and dict(e.by_country).get(named_here[0].country, ())[:1] == \
                (PARTISAN_OF_NAMED,):
            unless_named[start] = e
        reach = max(reach, stop)
    found = [a for a in found if not _a_modifier_of_the_next_noun(a, text, lang)]
    found = _a_people_a_hedge_names(found, generic, text, folded, lang)
    found = _state_words_of_a_body(sorted(found, key=lambda a: a.start), generic, text, lang)
    found = _compounds(_members_of_named(found, generic, text, lang), text,
                       frozenset(lang.roles.get("group_associates", ())), tuple(lang.roles.get("member_suffixes", ())))
    found = _the_named_group_again(found, generic, text, lang)
    return [_unlimited(unless_named[a.start], a) if a.partisan and a.start in unless_named
            and _civil_complement(text, a.end, lang) else a for a in found]


PEOPLE_FAMILIES = ("ethnic_family", *KIN_FAMILIES)
HEDGED_PEOPLE_WORDS = 3  # "Twic Dinka", "Luach-Jang Dinka": the most words a people's name takes after a hedge


def _a_people_a_hedge_names(found: list[Actor], generic: set[int], text: str, folded: str,
                            lang: LanguagePack) -> list[Actor]:
    """ "gunmen (presumed to be Fulani)", "armed youth believed to be Twic Dinka": men of no stated kind whom a hedge
    (``member_hedges``) right after their word, in a bracket or not, says are of a people are that people's militia,
    as ACLED codes them, one mention with the hedge; the people is read as the language's own wording of the
    militia would read it (the people's words with the men's word, ``generic_actors.tsv``). A crowd's word the
    people's name goes on with ("believed to be Fulani herders") is the same men. People of no armed word
    ("civilians believed to be Fulani") name no militia."""
    hedges = tuple(lang.roles.get("member_hedges", ()))
    if not hedges or not generic or not any(fold(h) in folded for h in hedges):
        return found
    hedge = _hedge_after(hedges)
    out: list[Actor] = []
    skip_before = -1
    for a in found:
        if a.start < skip_before:
            continue
        m = hedge.match(text, a.end) if a.start in generic and a.inter not in (Inter.STATE_FORCES,
                                                                               Inter.EXTERNAL_FORCES) else None
        named = m is not None and any(b.start == m.end() and b.start not in generic for b in found)
        read = _hedged_people(text, m.end(), a, lang) if m is not None and not named else None
        if read is None:  # "militants affiliated with Oromo Liberation Army": the group named is what they are
            out.append(a)
            continue
        name, inter, end = read
        after = next((b for b in found if b.start > end and not text[end:b.start].strip() and
                      b.inter in (Inter.CIVILIANS, Inter.RIOTERS, Inter.PROTESTERS)), None)
        end = after.end if after is not None else end
        skip_before = end
        out.append(replace(a, name=name, inter=inter, text=text[a.start:end], end=end))
    return out


@functools.lru_cache(maxsize=8)
def _hedge_after(hedges: tuple[str, ...]) -> re.Pattern:
    """A hedge right after a word, in a bracket, after a comma or bare, compiled once per language."""
    return re.compile(r"\s*[(\[,]?\s*(?:" + "|".join(re.escape(h) for h in sorted(hedges, key=len, reverse=True))
                      + r")\s+")


def _hedged_people(text: str, start: int, a: Actor, lang: LanguagePack) -> tuple[str, int, int] | None:
    """The militia (name, actor type, end of the people's words) of the people named from ``start`` on, read by
    the language's wording of the people with ``a``'s word, or None."""
    words = list(re.finditer(r"[\w'-]+", text[start:start + 60]))[:HEDGED_PEOPLE_WORDS]
    words = [w for n, w in enumerate(words) if not re.search(r"[^\w\s'-]", text[start + (words[n - 1].end() if n
                                                                                        else 0):start + w.start()])]
    for n in range(len(words), 0, -1):
        people = text[start:start + words[n - 1].end()]
        for phrase in (f"{people} {a.text}", f"{a.text} {people}"):
            wording = f", {phrase}"  # not opening a sentence, where a capital may be any word's
            hit = next((h for h in _family_hits(wording, lang) if h[0] == 2 and h[1] == len(wording)
                        and h[2].generic_kind in PEOPLE_FAMILIES), None)
            if hit is not None:
                name = hit[2].name.format(country=country_name(a.country)) if a.country else \
                    hit[2].name.replace(" ({country})", "")
                return name, hit[2].inter, start + words[n - 1].end()
    return None


def _a_modifier_of_the_next_noun(a: Actor, text: str, lang: LanguagePack) -> bool:
    """ "two suspected militant associates", "a militant hideout": a fighter's word in the singular
    (``modifier_singulars`` in roles) right before a word that is no function word qualifies that word;
    "killed a militant in an encounter" keeps its fighter."""
    words = fold(a.text).split()
    if not words or words[-1] not in lang.roles.get("modifier_singulars", ()):
        return False
    nxt = re.match(r"\s+([\w'-]+)", text[a.end:a.end + 40])
    return nxt is not None and fold(nxt.group(1)) not in lang.stopwords


def _unlimited(e: _Entry, a: Actor) -> Actor:
    """``a`` read by its word's unlimited row."""
    return _generic(replace(e, by_country=()), a.country, a.text, a.start, a.end)


def _civil_complement(text: str, end: int, lang: LanguagePack) -> bool:
    """Whether the words after a word for fighters make its people activists: a complement that names no
    group ("militants de l'opposition", "des droits humains"; not "du groupe ...", whose group a name
    follows), or a civil qualifier (``activist_marks``: "militants écologistes")."""
    after = fold(text[end:end + 60])
    word = re.match(r"\s*([\w-]+)", after)
    if word is None:
        return False
    if word.group(1) in lang.roles.get("activist_marks", ()):
        return True
    links = sorted((fold(j) for j in lang.roles.get("member_of", ())), key=len, reverse=True)
    link = next((m for j in links if (m := re.match(rf"\s+{re.escape(j)}(?<=')|\s+{re.escape(j)}\s+", after))), None)
    if link is None:
        return False
    rest = after[link.end():]
    nouns = {fold(n).split()[0] for n in lang.roles.get("group_nouns", ())}
    words = [w for w in re.findall(r"[\w-]+'?", rest)[:2] if w not in lang.roles.get("determiners", ())]
    return bool(words) and words[0] not in nouns


def _members_of_named(found: list[Actor], generic: set[int], text: str, lang: LanguagePack) -> list[Actor]:
    """A generic word for armed men followed by the group they belong to ("les rebelles du M23", "des membres
    de gangs de la coalition X", "the militants of the Y group") names that group, one mention: the word is
    the group's own noun, not an unidentified group beside it; so does a hedge ("gunmen suspected to be
    members of the group", ``member_hedges``). The linking words (``member_of``) and the
    nouns a group is called by (``group_nouns``) are the language's. A name in apposition right after the word
    ("le gang « Viv Ansanm »") is the same group. A named group followed so by one of its own factions ("FARC
    dissidents of the Carlos Patino Front": ACLED's "FARC Dissident - Carlos Patino Front") names the faction. A word
    that alone would be a state's forces names the group too ("joint forces of the KNDF and the Karenni Army")."""
    links = (*lang.roles.get("member_of", ()), *lang.roles.get("member_hedges", ()))
    if not links or not generic and len(found) < 2:
        return found
    gap = _member_gap(tuple(links), tuple(lang.roles.get("group_nouns", ())))

    def armed(a: Actor) -> bool:
        return a.inter in NON_STATE_ARMED and not is_party(a.name)

    out: list[Actor] = []
    i = 0
    while i < len(found):
        a = found[i]
        state_word = not armed(a) and a.start in generic and a.inter == Inter.STATE_FORCES
        k = next((k for k in range(i + 1, len(found)) if found[k].start - a.end < MEMBER_REACH
                  and found[k].start not in generic and armed(found[k])
                  and gap.match(fold(text[a.end:found[k].start]))
                  and not (state_word and _taken_from(text[a.end:found[k].start], lang))
                  and (a.start in generic or _faction_of(found[k].name, a.name))), None) \
            if armed(a) or state_word else None
        if k is None:
            out.append(a)
            i += 1
            continue
        out.append(replace(found[k], text=text[a.start:found[k].end], start=a.start))
        i = k + 1
    return out


def _state_words_of_a_body(found: list[Actor], generic: set[int], text: str, lang: LanguagePack) -> list[Actor]:
    """A state force's generic word followed by another of its state's forces it belongs to ("troopers of the
    police Special Action Force", "commandos of the Special Task Force", "les éléments de la gendarmerie") names
    that body, one mention: the first word is the body's own noun, not a second force beside it (ACLED's actor is
    the police, not the military with the police associated). Only the language's plain linking words
    (``member_of``) join them; words of taking ("from", ``member_origin``) and a government, which is no body of
    fighters ("the forces of the government"), leave both as they were."""
    links = lang.roles.get("member_of", ())
    if not links or len(found) < 2:
        return found
    gap = _link_gap(tuple(links))

    def force_word(a: Actor) -> bool:
        return a.start in generic and a.inter == Inter.STATE_FORCES and not a.name.startswith("Government")

    out: list[Actor] = []
    for a in found:
        prev = out[-1] if out else None
        between = text[prev.end:a.start] if prev is not None and a.start >= prev.end else ""
        if prev is not None and force_word(prev) and force_word(a) and prev.name != a.name \
                and (prev.country is None or a.country is None or prev.country == a.country) \
                and gap.match(fold(between)) and not _taken_from(between, lang):
            out[-1] = replace(a, text=text[prev.start:a.end], start=prev.start)
            continue
        out.append(a)
    return out


@functools.lru_cache(maxsize=8)
def _link_gap(links: tuple[str, ...]) -> re.Pattern:
    """The words between two forces that make the second the body of the first ("of the", "de la", "d'"), compiled
    once per language: ``find_actors`` runs on every sentence."""
    alt = "|".join(re.escape(fold(w)) for w in sorted(links, key=len, reverse=True))
    return re.compile(rf"\s+(?:(?:{alt})(?<=')|(?:{alt})\s+)$")


def _the_named_group_again(found: list[Actor], generic: set[int], text: str, lang: LanguagePack) -> list[Actor]:
    """ "MS-13 members shot dead two brothers who had refused to join the gang": a generic word for a group in the
    singular, one word after a definite word (``definite``), speaks again of the group of its kind named before it
    in the text, not of an unidentified one beside it; the mention is that group's. A word of another kind ("the
    militia" after a gang) or a named group of another kind leaves it as it was."""
    definite = set(lang.roles.get("definite", ()))
    out: list[Actor] = []
    for a in found:
        before = re.search(r"([\w']+)\s+$", text[max(0, a.start - 20):a.start]) if a.start >= 0 else None
        earlier = [b for b in out if b.start not in generic and b.name and b.inter == a.inter and b.end <= a.start]
        if a.start in generic and earlier and before is not None and fold(before.group(1)) in definite \
                and len(a.text.split()) == 1 and a.name.startswith("Unidentified"):
            out.append(replace(earlier[-1], text=a.text, start=a.start, end=a.end))
            continue
        out.append(a)
    return out


def _taken_from(gap: str, lang: LanguagePack) -> bool:
    """Whether the words between a state's forces and a group say whom something was taken from ("recaptured by
    Nigerian troops from ISWAP fighters", ``member_origin``): the troops are not the group's."""
    return fold(gap).strip().split(" ")[0] in lang.roles.get("member_origin", ())


def _faction_of(name: str, group: str) -> bool:
    """Whether ACLED's ``name`` is a faction of ``group``: another name that begins with the group's own, before
    its expansion or country ("FARC Dissident - 48th Front: ..." of "FARC Dissident: ...")."""
    family = re.split(r"[:(]", group, maxsplit=1)[0].strip()
    return name != group and len(family) > 3 and name.startswith(family) and name[len(family):len(family) + 1] in " -:("


@functools.lru_cache(maxsize=None)
def _member_gap(links: tuple[str, ...], nouns: tuple[str, ...]) -> re.Pattern:
    """The words between a generic word and the group it belongs to: a linking word, then perhaps a
    noun for the group ("de la coalition", "du groupe armé", "of the")."""
    alt = "|".join(re.escape(fold(w)) for w in sorted(links, key=len, reverse=True))
    noun = "|".join(re.escape(fold(w)) for w in sorted(nouns, key=len, reverse=True))
    group = rf"(?:(?:{noun})\s+)?" if noun else ""
    # or nothing but a space and an opening quote: the name in apposition ("du gang « Viv Ansanm »", "les rebelles ADF")
    return re.compile(rf"(?:\s+(?:(?:{alt})(?<=')|(?:{alt})\s+){group}|\s+[«\"“]?\s*)$")


@functools.lru_cache(maxsize=1)
def _parties() -> frozenset[str]:
    """ACLED names of political parties (``party`` in actors.jsonl)."""
    return frozenset(r["name"] for r in _named_actors() if r.get("party"))


def is_party(name: str) -> bool:
    """Whether an ACLED name is a political party's: ACLED lists a party as the associated actor of
    the crowds it leads, not as a side of their protests and riots."""
    return name in _parties()


@functools.lru_cache(maxsize=1)
def _became_state() -> dict[str, tuple[date, str]]:
    """Groups that took power (``state_since`` in actors.jsonl): name -> (the day, ACLED's state name)."""
    return {r["name"]: (date.fromisoformat(r["state_since"]["date"]), r["state_since"]["name"])
            for r in _named_actors() if "state_since" in r}


@functools.lru_cache(maxsize=1)
def _own_periods() -> frozenset[str]:
    """State bodies that keep their own period whoever governs (``own_period`` in actors.jsonl): a rival
    authority's forces ("Military Forces of Yemen (2016-) Supreme Political Council") are not the
    government's of the day."""
    return frozenset(r["name"] for r in _named_actors() if r.get("own_period"))


@functools.lru_cache(maxsize=1)
def _former_names() -> dict[str, tuple[tuple[date, str], ...]]:
    """Groups ACLED renamed (``former_names`` in actors.jsonl): name -> (the first day the next name
    holds, the name before it), oldest first."""
    return {r["name"]: tuple(sorted((date.fromisoformat(f["until"]), f["name"]) for f in r["former_names"]))
            for r in _named_actors() if "former_names" in r}


@functools.lru_cache(maxsize=1)
def _coalitions() -> dict[tuple[str, str], tuple[str, int, bool, frozenset[str] | None, bool]]:
    """(event country, member state) -> (coalition name, actor type, whether the member stays named
    beside it, the opponents it is coded against there or None for any, whether it is an operation on the
    ground only), from ``stands_for``, ``stands_for_against`` and ``ground_operation`` in actors.jsonl."""
    out = {}
    for r in _named_actors():
        for country, members in r.get("stands_for", {}).items():
            against = r.get("stands_for_against", {}).get(country)
            for member in members:
                out[(country, member)] = (r["name"], r["inter"], bool(r.get("names_members")),
                                          frozenset(against) if against else None, bool(r.get("ground_operation")))
    return out


@functools.lru_cache(maxsize=1)
def _regional() -> dict[tuple[str, str], tuple[tuple[str, ...], str, int, bool]]:
    """(country, generic name) -> (first-level unit names, regional name, inter, whether only a label's fighters
    take it), from regional_actors.tsv."""
    out = {}
    for line in (DATA / "regional_actors.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            country, regions, generic, name, inter, *who = line.split("\t")
            out[(country, generic)] = (tuple(regions.split("|")), name, int(inter), who == [LABELS_ONLY])
    return out


@functools.lru_cache(maxsize=1)
def _fronts() -> dict[str, tuple[tuple[str, ...], tuple[tuple[str, int], tuple[str, int]]]]:
    """country -> (the names of the mission watching its front, the front's two sides), from monitored_fronts.tsv."""
    out = {}
    for line in (DATA / "monitored_fronts.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            country, missions, side1, inter1, side2, inter2 = line.split("\t")
            out[country] = (tuple(missions.split("|")), ((side1, int(inter1)), (side2, int(inter2))))
    return out


@functools.lru_cache(maxsize=1)
def _gang_or_militia() -> dict[str, tuple[str, int]]:
    out = {}
    for line in (DATA / "gang_or_militia.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            country, name, inter = line.split("\t")
            out[country] = (name, int(inter))
    return out


def gang_or_militia(country: str | None, text: str = "", start: int = -1, end: int = -1) -> Actor | None:
    """ACLED's name in ``country`` for armed men who may be a gang's or a police militia's
    (gang_or_militia.tsv: in Brazil, "Unidentified Gang and/or Police Militia"), or None."""
    found = _gang_or_militia().get(country) if country else None
    if found is None:
        return None
    return Actor(name=found[0], inter=Inter(found[1]), country=country, text=text, start=start, end=end)


@functools.lru_cache(maxsize=1)
def _joint_operations() -> dict[str, str]:
    """country -> the state force ACLED names first in a joint operation, from joint_operations.tsv."""
    out = {}
    for line in (DATA / "joint_operations.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            country, kind = line.split("\t")
            out[country] = kind
    return out


def leading_force(country: str | None) -> str | None:
    """The state force ("military", "police") ACLED names first when several of ``country``'s forces act
    together (Mexico's military before its police and National Guard), or None: the report's order."""
    return _joint_operations().get(country) if country else None


def monitored_front(country: str | None, words: str) -> tuple[Actor, Actor] | None:
    """The two sides of the front a monitoring mission named in ``words`` (folded, space-separated)
    watches in ``country`` ("the OSCE SMM observed shots" in Ukraine: NAF and Ukraine's military), or None."""
    found = _fronts().get(country) if country else None
    if found is None or not any(f" {m} " in f" {words} " for m in found[0]):
        return None
    (n1, i1), (n2, i2) = found[1]
    return Actor(name=n1, inter=Inter(i1), country=country), Actor(name=n2, inter=Inter(i2), country=country)


@functools.lru_cache(maxsize=1)
def _front_areas() -> dict[str, tuple[str, tuple[tuple[float, float], ...]]]:
    """country -> (the side holding an area of a monitored front, the area's polygon), from front_areas.tsv."""
    out = {}
    for line in (DATA / "front_areas.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            country, holder, points = line.split("\t")
            out[country] = (holder, tuple(tuple(map(float, p.split())) for p in points.split(";")))
    return out


def front_area_holder(country: str | None, lat: float | None, lon: float | None) -> str | None:
    """The ACLED name of the side of a monitored front that holds the point in ``country``, when
    ``front_areas.tsv`` draws its area and the point lies in it; else None."""
    found = _front_areas().get(country) if country and lat is not None and lon is not None else None
    if found is None:
        return None
    holder, poly = found
    inside = False
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return holder if inside else None


def regional_name(name: str, country: str | None, admin1: str | None, label: bool = False) -> tuple[str, int] | None:
    """The name (and actor type) ACLED gives the generic actor ``name`` in a region where it names such
    actors after the region ("Unidentified Armed Group (India)" in Jammu and Kashmir: "Kashmir Rebels
    (India)"), or None. A row for a label's fighters only (``label``: "insurgents" in Cabo Delgado, where
    ACLED names the one insurgency's men) leaves the region's unnamed gunmen and bandits unidentified."""
    found = _regional().get((country, name)) if country and admin1 else None
    if found is None or fold(admin1) not in found[0] or found[3] and not label:
        return None
    return found[1], found[2]


def is_label(text: str, lang: LanguagePack, country: str | None) -> bool:
    """Whether ``text`` is a word that stands for a group ("insurgents", "militants"), not one for unknown
    armed men ("gunmen", "bandits")."""
    found = find_actors(text, lang, country) if text else []
    return len(found) == 1 and found[0].partisan


def is_coalition(name: str | None) -> bool:
    """Whether an ACLED name is a coalition of states' forces ("Global Coalition Against Daesh")."""
    return bool(name) and any(v[0] == name for v in _coalitions().values())


def coalition_of(state: str, country: str, opponent: str | None = None,
                 from_the_air: bool = False) -> tuple[str, int, bool] | None:
    """The coalition ACLED codes ``state``'s forces as in ``country`` (US forces in Syria are the
    "Global Coalition Against Daesh"; Turkish forces fighting the SDF there, "Operation Peace Spring"),
    with its actor type and whether the state is kept as an associated actor; None where the state's
    forces are coded as themselves, or the coalition fights only other ``opponent``s there, or it is an
    operation on the ground and the forces strike ``from_the_air`` (a Turkish drone over the SDF's land)."""
    found = _coalitions().get((country, state))
    if found is None or found[3] is not None and opponent not in found[3] or found[4] and from_the_air:
        return None
    return found[:3]


def former_names(name: str) -> tuple[str, ...]:
    """The names ACLED gave a group before its current ``name``, oldest first."""
    return tuple(old for _, old in _former_names().get(name, ()))


def dated(actor: Actor | None, day: date | None) -> Actor | None:
    """The actor named with the period of the government in office on ``day``: ACLED's "Military Forces
    of Myanmar (2016-2021)" before the coup, "(2021-)" after it; a group that has taken power is the
    state's forces from that day ("Taliban" -> "Military Forces of Afghanistan (2021-)"); a group ACLED
    renamed keeps the name it had that day."""
    if actor is not None and day is not None and actor.name in _became_state():
        since, name = _became_state()[actor.name]
        if day >= since:
            return replace(actor, name=name, inter=Inter.STATE_FORCES)
    if actor is not None and day is not None and actor.name in _former_names():
        older = next((name for until, name in _former_names()[actor.name] if day < until), None)
        return replace(actor, name=older) if older else actor
    if actor is not None and actor.name in _own_periods():
        return actor
    m = STATE_PERIOD.match(actor.name) if actor is not None and day is not None else None
    iso = iso_of_country_name(m.group(2)) if m else None
    if iso is None:
        return actor
    period = period_on(iso, day)
    if not period or period == m.group(3):
        return actor
    start, end = m.span(3)
    return replace(actor, name=actor.name[:start] + period + actor.name[end:])


def _associates_of(group: Actor, a: Actor, text: str, associates: frozenset[str]) -> bool:
    """Whether ``a`` is a word among ``associates`` for civilians right after an armed group's name."""
    return a.inter == Inter.CIVILIANS and fold(a.text) in associates and bool(group.name) and not group.partisan \
        and group.inter in NON_STATE_ARMED and not is_party(group.name) and a.start >= group.end \
        and not text[group.end:a.start].strip()


def state_kind(a: Actor) -> str | None:
    """The generic kind ("military", "police", "government") an actor is named by, if it is one."""
    if a.country and a.inter == Inter.STATE_FORCES:
        for kind in STATE_KINDS:
            if actor_for(kind, a.country).name == a.name:
                return kind
    return None


def _the_groups_own_gunmen(group: Actor, a: Actor, text: str, member_suffixes: tuple[str, ...]) -> bool:
    """ "Abu Sayyaf gunmen", "al-Shabaab-linked gunmen", "ADF-affiliated assailants": the words for unidentified
    armed men right after a named armed group, or joined to it by one of the language's words saying the men are its
    own (``member_suffixes``), are that group's men, one mention; ACLED names the group, with no unidentified one
    beside it or among its associates."""
    gap = text[group.end:a.start]
    return group.inter in NON_STATE_ARMED and bool(group.name) and not group.partisan and \
        not acled.is_unidentified_group(group.name) and acled.is_unidentified_group(a.name) and \
        gap.strip() in {"", *(f"-{s}" for s in member_suffixes)} and gap != gap.rstrip()


def _compounds(found: list[Actor], text: str, associates: frozenset[str] = frozenset(),
               member_suffixes: tuple[str, ...] = ()) -> list[Actor]:
    """A state-force word right after another actor names one body, not two: "Turkish army helicopters"
    are Turkey's military, "government police forces" its police, "PKK forces" the PKK; so does a label
    for fighters right after an armed group's name ("JNIM militants"), and unnamed gunmen a group claims
    (``_the_groups_own_gunmen``). A word for the civilians who help a group (``group_associates``: "ADF
    collaborators", "Boko Haram informants") names those civilians, whom ACLED codes so, not the group."""
    out: list[Actor] = []
    for a in found:
        prev = out[-1] if out else None
        if prev is not None and _associates_of(prev, a, text, associates):
            out[-1] = replace(a, text=text[prev.start:a.end], start=prev.start)
            continue
        if prev is not None and _the_groups_own_gunmen(prev, a, text, member_suffixes):
            out[-1] = replace(prev, text=text[prev.start:a.end], end=a.end)
            continue
        if a.partisan and prev is not None and prev.name and not prev.partisan and prev.inter in NAMED_ARMED \
                and a.start >= prev.end and not text[prev.end:a.start].strip():
            out[-1] = replace(prev, text=text[prev.start:a.end], end=a.end)
            continue  # "JNIM militants", "Houthi fighters": the label is the group's own noun, one mention
        kind = state_kind(a)
        if prev is None or kind is None or prev.partisan or not prev.name or a.start < prev.end or \
                text[prev.end:a.start].strip():
            out.append(a)
            continue
        span = (text[prev.start:a.end], prev.start, a.end)
        if state_kind(prev):
            out[-1] = actor_for(kind, prev.country, *span)
        elif prev.inter == Inter.CIVILIANS and kind != "government":  # "jeunes soldats": the force, qualified
            out[-1] = replace(a, text=span[0], start=prev.start)
        else:
            out[-1] = replace(prev, text=span[0], end=a.end)
    return out


def country_of_actors(actors: list[Actor]) -> str | None:
    """The country an article is about when no place says it: the one its state forces and
    nationality words point to ("les FARDC", "l'armée malienne"), else the one its named groups fight in
    ("Al-Shabaab fighters withdrew from Mahas, and government forces moved in": Somalia's forces)."""
    votes = Counter(c for c in map(_country_of, actors) if c) or Counter(c for c in map(home_country, actors) if c)
    return votes.most_common(1)[0][0] if votes else None


def nonplace_spans(actors: list[Actor], lang: str | LanguagePack) -> list[tuple[int, int]]:
    """The spans of ``actors`` that name no place: a local unit's name ("the Monywa PDF") is also its
    township, a place the event may be at, so only the words around it are kept from the geoparser."""
    prefixes = [f.template.split(NAME_SLOT)[0] for f in pack(lang).actor_families if f.kind == UNIT_FAMILY]
    out = []
    for a in actors:
        prefix = next((p for p in prefixes if p and a.name.startswith(p)), None)
        at = a.text.find(a.name[len(prefix):]) if prefix else -1
        if at < 0:
            out.append((a.start, a.end))
            continue
        inner = (a.start + at, a.start + at + len(a.name) - len(prefix))
        out += [span for span in ((a.start, inner[0]), (inner[1], a.end)) if span[0] < span[1]]
    return out


def actor_countries(actors: list[Actor]) -> frozenset[str]:
    """Every country the article's actors belong to: where its places are to be looked for. A named
    group that fights in one country only (``home_countries.tsv``: Hamas, M23, the RSF) implies it.
    Civilians are not counted: a note names their nationality when they are foreigners where the event
    is ("a Togolese priest" abducted in Burkina Faso), so it says nothing of where its towns are."""
    return frozenset(c for a in actors if a.inter != Inter.CIVILIANS and (c := _country_of(a) or home_country(a)))


def peoples_homes(actors: list[Actor], text: str, lang: str | LanguagePack) -> frozenset[str]:
    """The few countries the peoples of the article's ethnic militias, or of two peoples it pairs, live in."""
    return paired_peoples_homes(text, lang).union(*(people_homes(a) for a in actors))


def home_country(actor: Actor) -> str | None:
    """The one country a named group fights in (``home_countries.tsv``), if it has one."""
    return _home_countries().get(actor.name)


@functools.lru_cache(maxsize=1)
def _home_countries() -> dict[str, str]:
    with (DATA / "home_countries.tsv").open(encoding="utf-8") as fh:
        return {r["name"]: r["iso2"] for r in csv.DictReader(fh, delimiter="\t")}


def foreign_holder(country: str | None, day: date | None) -> str | None:
    """The state whose forces hold part of ``country`` on ``day`` (``foreign_holders.tsv``), or None."""
    if not country or day is None:
        return None
    return next((holder for c, since, holder in _foreign_holders() if c == country and day >= since), None)


@functools.lru_cache(maxsize=1)
def _foreign_holders() -> list[tuple[str, date, str]]:
    rows = [r for r in (DATA / "foreign_holders.tsv").read_text(encoding="utf-8").splitlines()
            if r.strip() and not r.startswith("#")]
    return [(c, date.fromisoformat(d), h) for c, d, h in (r.split("\t") for r in rows)]


def _country_of(actor: Actor) -> str | None:
    return actor.country or country_of_state_body(actor.name)
