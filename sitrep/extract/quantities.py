"""Fatality counts and attribution ("selon une source militaire") in a sentence."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from sitrep.lang import LanguagePack, pack
from sitrep.text import fold

MAX_TOLL = 100000  # a larger figure is a population or a sum of money, not people killed
UNSPECIFIED_TOLL = 10  # ACLED codes a toll told with no figure ("several", "many", "plusieurs") as 10
TOLL_VERB_REACH = 15  # words between "the death toll" and the count its verb reaches ("rose to 27")
KILLING_NOUN_REACH = 10  # words between "l'exécution" and the "de 28 soldats" it governs
GROUP_NOUN_WORDS = 5  # "17 IS Sahel militants and 4 ...": the words naming one group before the next count
ARTICLE_NOUN_REACH = 3  # "a young local man": the person an article counts is within three words of it
COUNT_VERB_REACH = 6  # "7 soldiers of the battalion were killed": the verb of killing follows a count closely
FATE_VERB_REACH = 10  # "9 herders from two villages near the river were killed": the count's own fate, told after its phrase
PERSON_VERB_REACH = 10  # "a man was shot two times and killed": a person's fate may be told at more length
ZERO_VERB_REACH = 3  # "no one was killed": the verb of killing follows "no one" closely, or it is not its
GRIEVANCE_REACH = 4  # "protested against the killing of": the cue sits a few words before the count
ASIDE_WORDS = 5  # ", including a child,", ", dont deux enfants,": the part of a count told between commas is short
CASUALTY_PAIR_REACH = 4  # "killing and injuring dozens of fighters": the pair sits right before or after the count
YEARS = (1900, 2100)  # a bare four-digit figure in this span is a year ("On 1 June 2022, ...")
ELIDED_PREFIX = 2  # "d'", "l'", "qu'": a word this short before an apostrophe is elided, not part of the next
_WORD = re.compile(r"\d{1,3}(?:[.,\u202f\u00a0 ]\d{3})+(?!\d)|\d+|[\w'-]+")


@dataclass(frozen=True)
class Figure:
    """A count of people killed. ``whole`` when it counts everyone ("24 personnes", "7 morts"), not
    one side ("un soldat"): a side's toll is part of the whole, not a rival figure for it."""
    value: int
    start: int
    end: int
    text: str
    whole: bool = False


@functools.lru_cache(maxsize=1 << 16)
def number(word: str, lang: str | LanguagePack) -> int | None:
    """A count written in digits or in words ("12", "douze", "vingt-quatre"), or None. Cached: every
    stage reading figures asks again for the words of each sentence."""
    digits = re.sub(r"[.,\u202f\u00a0 ]", "", word)
    if digits.isdigit():
        return int(digits)
    d = pack(lang).quantities
    words = d["number_words"]
    if word in words:
        return words[word]
    return _compound_number(word.split("-"), words, d.get("multipliers", {}), set(d.get("number_joiners", ())))


def _compound_number(parts: list[str], words: dict, multipliers: dict, joiners: set) -> int | None:
    """ "vingt-quatre", "deux-cents", "twenty-one": parts added, multipliers applied, longest known
    stretch first so that a language's own compounds ("quatre-vingt") keep their value."""
    total = current = 0
    i = 0
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return None
    while i < len(parts):
        if parts[i] in joiners:
            i += 1
            continue
        for j in range(len(parts), i, -1):
            stretch = "-".join(parts[i:j])
            if stretch in multipliers:
                current = max(current, 1) * multipliers[stretch]
                if multipliers[stretch] >= 1000:
                    total, current = total + current, 0
                break
            if stretch in words:
                current += words[stretch]
                break
        else:
            return None
        i = j
    return total + current or None


def fatalities(text: str, lang: str | LanguagePack, offset: int = 0) -> Figure | None:
    """The first count of people killed in ``text`` (not wounded), with its span.

    A later count in the same sentence that the text adds to it ("..., au cours desquels un soldat a
    également trouvé la mort") is added to it; the span then runs from the first figure to the last.
    An article or a vague word ("a", "several") counts only when no figure follows it.
    """
    lang = pack(lang)
    d = lang.quantities
    folded = _without_parts(fold(text), lang)
    figures = list(_killed_figures(text, folded, d, lang))
    if not figures:
        return None
    additive = tuple(d.get("additive", ()))
    if len(figures) > 1 and figures[0][2] and not figures[1][2] \
            and not any(f" {cue} " in f" {figures[1][1]} " for cue in additive):
        figures = figures[1:]  # "Un engin explosif a tué deux soldats": "un" was the article
    first, _, _ = figures[0]
    value, end = first.value, first.end
    for fig, window, _ in figures[1:]:
        if any(f" {cue} " in f" {window} " for cue in additive):
            value, end = value + fig.value, fig.end
    return Figure(value, first.start + offset, end + offset, text[first.start:end], first.whole)


def _without_parts(folded: str, lang: LanguagePack) -> str:
    """ "Three people, including a child, were killed": the part of a count told between commas
    (``part_cues``: "including", "dont") is inside the count, not another one, and does not stand between
    the count and its verb; it is blanked out (to spaces, so offsets hold). Not when it tells a fate of its
    own (", dont deux sont morts,")."""
    parts = _part_pattern(lang.code)
    if parts is None:
        return folded
    pattern, fates = parts

    def blank(m: re.Match) -> str:
        inner = m.group(1).split()
        if len(inner) > ASIDE_WORDS or any(w.startswith(fates) for w in inner):
            return m.group(0)
        return " " * len(m.group(0))
    return _without_closing_parts(pattern.sub(blank, folded), lang, fates)


def _without_closing_parts(folded: str, lang: LanguagePack, fates: tuple[str, ...]) -> str:
    """ "killing 21 people, two rescuers among them.": the part told after the count, closed by a word of the
    language (``part_closers``) that points back to it, is inside the count as well and is blanked out."""
    closers = lang.quantities.get("part_closers", ())
    if not closers:
        return folded
    pattern = _closing_part_pattern(tuple(closers))

    def blank(m: re.Match) -> str:
        inner = m.group(1).split()
        if len(inner) > ASIDE_WORDS or any(w.startswith(fates) for w in inner):
            return m.group(0)
        return " " * len(m.group(0))
    return pattern.sub(blank, folded)


@functools.lru_cache(maxsize=None)
def _closing_part_pattern(closers: tuple[str, ...]) -> re.Pattern:
    return re.compile(r",\s*([^,;.()]*?)\s+(?:%s)\b(?=\s*(?:[,;.]|$))" % "|".join(re.escape(c) for c in closers))


@functools.lru_cache(maxsize=None)
def _part_pattern(code: str) -> tuple[re.Pattern, tuple[str, ...]] | None:
    """The language's part-of-a-count pattern and its words of fate, built once, or None without ``part_cues``."""
    d = pack(code).quantities
    cues = d.get("part_cues", ())
    if not cues:
        return None
    pattern = re.compile(r",\s*(?:%s)\b([^,;.()]*)," % "|".join(re.escape(c) for c in cues))
    return pattern, tuple(d["killed"]) + tuple(d["wounded"])


@dataclass(frozen=True)
class _Count:
    """A figure as written, before anyone knows whether it counts the killed."""
    value: int
    start: int  # character offsets in the sentence
    end: int
    first: int  # index of its first word
    after: int  # index of the first word after it
    weak: bool = False  # an article or a word with no figure ("several"): a count only when no figure follows
    zero: bool = False  # "no one", "aucun mort": nobody
    self_killed: bool = False  # the phrase names the dead itself ("no fatalities", "aucun mort")
    part: bool = False  # "1 of whom", "deux d'entre eux": a part of the count before it, not another group


def _phrases(d: dict) -> list[tuple[str, int, str]]:
    """The language's count phrases, longest first: (folded phrase, value, what it is)."""
    out = [(p, v, "approximate") for p, v in d.get("approximate", {}).items()]
    out += [(p, UNSPECIFIED_TOLL, "unspecified") for p in d.get("unspecified", ())]
    out += [(p, 0, "zero") for p in d.get("zero", ())]
    return sorted(out, key=lambda x: len(x[0]), reverse=True)


@functools.lru_cache(maxsize=None)
def _phrases_by_initial(code: str) -> dict[str, list[tuple[str, int, str]]]:
    """The language's count phrases by their first letter, longest first: a word of the sentence is
    tried only against the phrases that may start at it."""
    out: dict[str, list[tuple[str, int, str]]] = {}
    for phrase in _phrases(pack(code).quantities):
        out.setdefault(phrase[0][:1], []).append(phrase)
    return out


def _counts(text: str, folded: str, words: list, d: dict, lang: LanguagePack):
    """Every figure of the sentence that may count people: not a date, a year, an age or a unit.
    ``d`` is the language's ``quantities``."""
    phrases = _phrases_by_initial(lang.code)
    months = set(lang.time.get("months", {}))
    ages = set(d.get("age_words", ()))
    units = set(d.get("unit_words", ()))
    articles = set(d.get("article_numbers", ()))
    # "killing its driver": a thing's one person (``thing_possessives``) counts as "the driver" does
    definite = set(d.get("definite_articles", ())) | set(d.get("thing_possessives", ()))
    designators = set(d.get("designator_nouns", ()))
    killed = d["killed"]
    casualties = d.get("casualty_nouns", ())  # "no casualties": nobody killed, nor hurt
    i = 0
    while i < len(words):
        w, s, e = words[i]
        hit = next(((p, v, what) for p, v, what in phrases.get(folded[s:s + 1], ()) if folded.startswith(p, s)
                    and not folded[s + len(p):s + len(p) + 1].isalnum()), None)
        if hit is not None:
            p, value, what = hit
            after = i + len(_WORD.findall(p))
            self_killed = what == "zero" and any(f" {k} " in f" {p} " for k in (*killed, *casualties))
            yield _Count(value, s, s + len(p), i, after, weak=what == "unspecified", zero=what == "zero",
                         self_killed=self_killed)
            i = after
            continue
        i += 1
        value = number(w, lang)
        couple = _a_couple(words, i, d) if w in d.get("article_numbers", ()) else None
        if couple is not None:  # "killing a couple", "an elderly couple was killed": two people
            yield _Count(2, s, words[couple][2], i - 1, couple + 1)
            i = couple + 1
            continue
        if value is None and _a_pair(w, words[i:i + PAIR_REACH], d):
            yield _Count(2, s, e, i - 1, i, weak=True)  # "killing both", "both were killed": two people
            continue
        if value is None and w in definite and _names_one_person(words[i:i + ARTICLE_NOUN_REACH], d):
            yield _Count(1, s, e, i - 1, i, weak=True)  # "the policeman was killed": one person
            continue
        if value is None and _a_pronoun_that_died(w, words[i:i + PRONOUN_DEATH_REACH], d):
            yield _Count(1, s, e, i - 1, i, weak=True)  # "Gunmen shot a trader. He died later.": one person
            continue
        group = _the_group_killed(words, i, d, lang) if value is None else None
        if group is not None:  # "abducted five farmers and killed them": the five
            yield _Count(group, s, e, i - 1, i)
            continue
        if value is None or value > MAX_TOLL:
            continue
        nxt = words[i][0] if i < len(words) else ""
        prev = words[i - 2][0] if i >= 2 else ""
        if prev in designators:
            continue  # "a captain of battalion 101": the figure names a unit, it counts no one
        if nxt in months or prev in months or _is_year(w, value):
            continue  # "On 1 June 2022", "le 3 mai": a date
        if nxt in units or (nxt in ages and words[i][1] <= e + 1) or prev in ages:
            continue  # "shot 15 times", "a 21-year-old student", "un homme de 40 ans", "a Palestinian aged 19"
        if _numbers_a_name(text, words, i - 1):
            continue  # "le quartier de Delmas 30, tuant six personnes": a district's number
        if w in articles and prev not in killed and not _an_article_of_a_person(words[i:], lang, d, ages):
            continue  # "a number of", "un engin explosif": an article, not one person
        yield _Count(value, s, e, i - 1, i, weak=w in articles, part=nxt in d.get("noun_joiners", ()))


def _a_couple(words: list, i: int, d: dict) -> int | None:
    """The index of a noun of two people (``couple_nouns``) within ``COUPLE_REACH`` words after an article at
    ``i - 1``, unless "of" follows it ("a couple of hours" counts no pair), or None."""
    nouns = set(d.get("couple_nouns", ()))
    for j in range(i, min(i + COUPLE_REACH, len(words))):
        if words[j][0] in nouns:
            return None if j + 1 < len(words) and words[j + 1][0] in d.get("couple_blockers", ()) else j
    return None


COUPLE_REACH = 2  # "a couple", "an elderly couple": the noun right after the article or one word later
PAIR_REACH = 3  # "both soldiers and civilians were killed": the words after "both" that may join two groups


def _a_pair(w: str, following: list, d: dict) -> bool:
    """ "opened fire on two policemen, killing both": a pronoun of two (``pair_pronouns``) counts two people,
    unless it opens a pair of groups ("both soldiers and civilians") or of sides ("both sides reported losses":
    ``pair_breakers``)."""
    if w not in d.get("pair_pronouns", ()):
        return False
    breakers = set(d.get("pair_breakers", ()))
    return not any(x in breakers for x, _, _ in following)


def _a_pronoun_that_died(w: str, following: list, d: dict) -> bool:
    """ "Gunmen fired at a shopkeeper. He was killed.": a singular pronoun (``person_pronouns``) that died (a word of
    ``dying_verbs`` right after it) or was killed (a passive auxiliary, then a word of ``killed`` within two words)
    counts one dead; "he killed two men" counts no one (the pronoun is the killer)."""
    if w not in d.get("person_pronouns", ()) or not following:
        return False
    first = following[0][0]
    if first in d.get("dying_verbs", ()):
        return True
    killed = set(d["killed"])
    return first in d.get("passive_auxiliaries", ()) and any(x in killed for x, _, _ in following[1:])


def _the_group_killed(words: list, i: int, d: dict, lang: LanguagePack) -> int | None:
    """ "pulled nine men off the bus and shot them dead": a plural pronoun (``killed_group_pronouns``) next to a
    word of ``killed`` counts the people the last figure before it in the sentence counted; not after a noun
    joiner ("one of them died")."""
    if words[i - 1][0] not in d.get("killed_group_pronouns", ()) or \
            i >= 2 and words[i - 2][0] in d.get("noun_joiners", ()):
        return None  # "one of them died": the part counts, not the group
    killed = set(d["killed"])
    near = {words[j][0] for j in (i - 2, i) if 0 <= j < len(words)}
    if not near & killed:
        return None
    months, units = set(lang.time.get("months", {})), set(d.get("unit_words", ()))
    for j in range(i - 2, -1, -1):
        value = number(words[j][0], lang)
        after = words[j + 1][0] if j + 1 < len(words) else ""
        if value is not None and 1 < value <= MAX_TOLL and after not in months | units | killed \
                and not _is_year(words[j][0], value):
            return value
    return None


PRONOUN_DEATH_REACH = 3  # "he was shot dead": the word of death within two words of the pronoun's auxiliary


def _numbers_a_name(text: str, words: list, n: int) -> bool:
    """ "Delmas 30", "PK 12": digits right after a capitalised word inside the sentence, with no noun
    after them (the clause ends there), are part of a place's name, not a count of people."""
    w, s, e = words[n]
    if not w.isdigit() or n < 2 or not text[words[n - 1][1]:words[n - 1][1] + 1].isupper():
        return False
    rest = text[e:].lstrip()
    return not rest or rest[0] in ",;:.)"


def _is_year(word: str, value: int) -> bool:
    return len(word) == 4 and word.isdigit() and YEARS[0] <= value <= YEARS[1]


def _names_one_person(following: list, d: dict) -> bool:
    """ "The policeman was killed", "killed the commander of the unit": a definite article before a singular
    noun of a person (``person_nouns``) within a few words names one person, the dead or a victim."""
    people = set(d.get("person_nouns", ()))
    return any(x in people for x, _, _ in following)


def _a_person_of_a_people(following: list, demonyms, d: dict) -> bool:
    """ "A Palestinian was killed", "Un Palestinien de 19 ans a été tué": a people's name after the article,
    followed by a word that ends a noun phrase of a person (``demonym_person_cues``: "was", "aged", "a", "de"),
    is one person; "an Israeli strike" is not."""
    return len(following) == 2 and following[0][0] in demonyms and following[1][0] in d.get("demonym_person_cues", ())


def _an_article_of_a_person(following: list, lang: LanguagePack, d: dict, ages: set[str]) -> bool:
    """Whether the words after an article, past an age told first ("a 19-year-old Palestinian man"), count one
    person: a noun of a person or a people's name in the passive."""
    if len(following) > 2 and following[0][0].isdigit() and following[1][0] in ages:
        following = following[2:]
    return _counts_a_person(following[:ARTICLE_NOUN_REACH], d) or \
        _a_person_of_a_people(following[:2], lang.demonyms, d)


def _counts_a_person(following: list, d: dict) -> bool:
    """ "a soldier was killed", "une victime", "a body": the article counts one person, a dead or a victim; not
    when the word of death names what the noun after it is of ("did not give a death toll", "a death sentence")."""
    people = set(d.get("person_nouns", ())) | set(d.get("whole", ()))
    dead = set(d["killed"])
    heads = set(d.get("toll_nouns", ())) | set(d.get("death_compound_nouns", ()))
    return any(x in people for x, _, _ in following) or bool(following) and following[0][0] in dead \
        and (len(following) < 2 or following[1][0] not in heads)


def _chains(counts: list[_Count], folded: str, d: dict) -> list[list[_Count]]:
    """ "12 attackers and 3 police officers", "trois soldats et deux civils": counts of named groups
    joined by a conjunction, with no word of killing or wounding between, are one toll to be summed."""
    joiners = tuple(d.get("group_joiners", ()))
    stop = [*d["killed"], *d["wounded"]]
    chains: list[list[_Count]] = []
    for c in counts:
        if chains and not c.zero and not chains[-1][-1].zero and (not c.part or _another_side(chains[-1][-1], c, folded, d)):
            between = folded[chains[-1][-1].end:c.start]
            names = _WORD.findall(between)
            named = [x for x in names if x not in joiners]  # "23 and 15 missing" names no group
            if named and len(names) <= GROUP_NOUN_WORDS + 1 and between.rstrip().endswith(joiners) \
                    and not any(f" {x} " in f" {' '.join(names)} " for x in stop) and not re.search(r"[.;:!?()]", between):
                chains[-1].append(c)
                continue
        chains.append([c])
    return chains


def _another_side(prev: _Count, c: _Count, folded: str, d: dict) -> bool:
    """ "Four soldiers and two of the attackers were killed": a part of a side (``side_nouns``: "two of the
    attackers") after a count of another group is another group of the toll, not a part of the one before
    ("two of them", "three of the soldiers" after soldiers stay parts)."""
    def side(text: str) -> str | None:
        return next((k for w in _WORD.findall(text)[:SIDE_PART_WORDS] for k, nouns in d.get("side_nouns", {}).items()
                     if w in nouns), None)
    mine = side(folded[c.end:])
    return mine is not None and side(folded[prev.end:c.start]) != mine


SIDE_PART_WORDS = 3  # "of the attackers": the side's noun after a part's figure


def _killed_figures(text: str, folded: str, d: dict, lang: LanguagePack):
    """Every count (or sum of counts) of the killed, with the words that follow it and whether it is weak."""
    words = _words(folded)
    whole_nouns = set(d.get("whole", ())) | set(d["killed"])
    chains = list(_chains(list(_counts(text, folded, words, d, lang)), folded, d))
    for n, chain in enumerate(chains):
        if not any(_is_killed(c, words, folded, d) for c in chain) or _counts_something_else(chain, chains[n + 1:], words, d):
            continue
        first, last = chain[0], chain[-1]
        noun = next((x for x, start, _ in words[last.after:last.after + 3]
                     if x not in d.get("noun_joiners", ())), "")
        whole = len(chain) > 1 or noun in whole_nouns or last.self_killed
        near = " ".join(x for x, _, _ in words[max(0, first.first - 2):first.first])
        window = " ".join(x for x, _, _ in words[last.after:last.after + 6])
        value = sum(c.value for c in chain) + _self_counted(folded[:first.start], d) + \
            _self_after(folded[last.end:], d)
        if any(_with_wounded(c, words, d) for c in chain):
            value = max(1, value // 2)  # ACLED: a count of killed and wounded together, half of it killed
        weak = len(chain) == 1 and first.weak
        yield Figure(value, first.start, last.end, text[first.start:last.end], whole), f"{near} {window}", weak


def _self_counted(before: str, d: dict) -> int:
    """ "killing herself and four others", "se tuant avec quatre autres personnes": the bomber told just before
    the count (``self_and``) is one of the dead the count leaves out."""
    cues = d.get("self_and", ())
    return 1 if any(re.search(r"\b%s\s*$" % re.escape(c), before) for c in cues) else 0


def _self_after(after: str, d: dict) -> int:
    """ "killing two policemen and himself": the bomber told right after the count's noun (``and_self``) is one
    of the dead the count leaves out."""
    cues = d.get("and_self", ())
    joiners = set(d.get("group_joiners", ()))  # "two policemen and a guard and himself": another group between
    return 1 if any(re.match(r"\s*(?:[\w'-]+\s+){0,%d}?%s\b" % (SELF_AFTER_WORDS, re.escape(c)), after)
                    and not joiners & set(_WORD.findall(after.split(c)[0])) for c in cues) else 0


SELF_AFTER_WORDS = 3  # the count's noun and its words before the bomber ("two traffic policemen and himself")


def _counts_something_else(chain: list, later: list, words: list, d: dict) -> bool:
    """ "une frappe sur deux écoles fait 19 morts": a count followed, before any word of killing, by another
    count that is the killed counts what it stands before (two schools); the nearer count is the toll. A
    count whose own noun is a word of the dead ("deux morts et ...") stays one."""
    if not later or chain[-1].self_killed:
        return False
    nxt = later[0][0]
    if nxt.weak or nxt.part or nxt.first - chain[-1].after > NEXT_COUNT_REACH:
        return False
    between = f" {' '.join(x for x, _, _ in words[chain[-1].after:nxt.first])} "
    if any(f" {k} " in between for k in d["killed"]) or any(f" {k} " in between for k in d.get("wounded", ())):
        return False
    noun = f" {' '.join(x for x, _, _ in words[nxt.after:nxt.after + 2])} "
    return any(f" {k} " in noun for k in d["killed"])


NEXT_COUNT_REACH = 4  # words between a count's noun and the next count ("deux écoles fait 19 morts")


def _words(folded: str) -> list[tuple[str, int, int]]:
    """The sentence's words with their offsets; an elided article or preposition is cut off the word it
    leans on ("d'un mort", "l'une"), so the figure after it is read as a figure."""
    out = []
    for m in _WORD.finditer(folded):
        w, s, e = m.group(0), m.start(), m.end()
        head, _, tail = w.partition("'")
        if tail and head.isalpha() and len(head) <= ELIDED_PREFIX:
            w, s = tail, s + len(head) + 1
        out.append((w, s, e))
    return out


def _is_killed(c: _Count, words: list, folded: str, d: dict) -> bool:
    """Whether a word of killing follows the count (or precedes it: "tuant trois civils"), or a
    noun of killing governs it ("l'exécution de 28 soldats"), with no word of wounding in the way."""
    killed = d["killed"]
    wounded = tuple(d["wounded"])
    joiners = set(d.get("noun_joiners", ()))
    if c.self_killed or _with_wounded(c, words, d):
        return True
    i = c.after
    noun = next((x for x, start, _ in words[i:i + 3] if start >= c.end and x not in joiners), "")
    if noun.startswith(wounded):
        return False  # "sept morts et trois blessés": the three are the wounded
    if _counts_the_killers(c, words, folded, d) or _mourned(c, words, folded, d):
        return False
    clause = _clause(words[i:i + _reach(c)], folded)
    window = " ".join(x for n, (x, _, _) in enumerate(clause) if not _harmed_not_killed(words, i + n, d))
    if _told_before_any_wounding(window, killed, wounded):
        return True
    if _its_fate_told_after(c, words, folded, d):
        return True
    if c.zero:
        return False  # "No one claimed the attack that killed five": the nobody is not the dead
    before = " ".join(x for x, _, _ in words[max(0, c.first - 4):c.first])
    if c.first and words[c.first - 1][0] in d.get("agent_cues", ()):
        return False  # "killed by two gunmen": the two are the killers
    if _denounced(c, words, folded, d):
        return False
    if _a_toll_of_the_dead(c, words, folded, d):
        return True
    if any(f" {k} " in f" {before} " for k in killed):
        follows = [x for x, _, _ in words[i:i + 2]]
        if follows and follows[0] in d.get("group_joiners", ()):
            follows = []  # "killing 1 and injuring 6": the wounding is the next clause's
        return not any(wd in before or wd in " ".join(follows) for wd in wounded) \
            and not _its_own_verb_wounds(c, words, folded, d)  # not "tué et trois civils blessés"
    if c.first and words[c.first - 1][0] in joiners:
        return _governed_by_killing_noun(c, words, folded, d)
    return False


KILLER_NOUN_WORDS = 3  # "two unidentified armed men shot dead": the words naming those a count stands for


def _counts_the_killers(c: _Count, words: list, folded: str, d: dict) -> bool:
    """ "two gunmen shot dead a village headman", "three militants killed two soldiers": a count whose few words
    of noun are followed by an active verb of killing (``killer_verbs``, with its ``killer_particles``: "shot
    dead") and then its object (an article, a figure or a possessive, ``object_openers``) counts those who
    killed, not the dead; "two militants killed in an encounter", "two gunmen were shot dead" keep theirs."""
    verbs, particles = set(d.get("killer_verbs", ())), set(d.get("killer_particles", ()))
    openers = set(d.get("object_openers", ())) | set(d.get("definite_articles", ())) | set(d.get("article_numbers", ()))
    auxiliaries = set(d.get("passive_auxiliaries", ()))
    for k in range(c.after + 1, min(len(words), c.after + KILLER_NOUN_WORDS + 1)):
        if words[k - 1][0] in auxiliaries or re.search(r"[,;:.]", folded[c.end:words[k][1]]):
            return False
        if words[k][0] not in verbs:
            continue
        j = k + 1
        while j < len(words) and words[j][0] in particles:
            j += 1
        return j < len(words) and not re.search(r"[,;:.]", folded[words[k][2]:words[j][1]]) and (
            words[j][0] in openers or words[j][0].isdigit() or words[j][0] in d["number_words"])
    return False


def _its_own_verb_wounds(c: _Count, words: list, folded: str, d: dict) -> bool:
    """ "A child was killed and 3-4 members of the family were wounded": a count after a word of killing
    whose own clause goes on to a word of wounding, with no conjunction that would open the next group
    ("killing 1 and injuring 6"), counts the wounded."""
    joiners = set(d.get("group_joiners", ()))
    wounded = tuple(d["wounded"])
    for x, _, _ in _clause(words[c.after:c.after + PERSON_VERB_REACH], folded):
        if x in joiners:
            return False
        if x.startswith(wounded):
            return True
    return False


def _a_toll_reaching(c: _Count, words: list, folded: str, d: dict) -> bool:
    """ "The death toll from Monday's attack rose to 27", "le bilan s'est alourdi à 27": a count a toll's
    verb of rising or standing reaches, the toll named earlier in the sentence."""
    risers = [r.split() for r in d.get("toll_risers", ())]
    lead = [x.rsplit("'", 1)[-1] for x, _, _ in words[max(0, c.first - TOLL_VERB_REACH):c.first]]
    if not any(lead[-len(r):] == r for r in risers if len(r) <= len(lead)):
        return False
    nouns = set(d.get("toll_nouns", ()))
    at = next((words[k][1] for k in range(c.first - 1, max(-1, c.first - TOLL_VERB_REACH - 1), -1)
               if words[k][0] in nouns), None)
    return at is not None and not re.search(r"[.;:!?]", folded[at:c.start])


def _a_toll_of_the_dead(c: _Count, words: list, folded: str, d: dict) -> bool:
    """ "The death toll rose to 11 after several of the wounded died in hospital": a count a toll's verb reaches
    (``_a_toll_reaching``) counts the dead, whatever words of wounding tell why it rose after it; not a toll
    of the wounded ("the toll of the injured rose to 30"), a word of wounding between the toll and the count."""
    if not _a_toll_reaching(c, words, folded, d):
        return False
    nouns, wounded = set(d.get("toll_nouns", ())), tuple(d["wounded"])
    at = next(k for k in range(c.first - 1, max(-1, c.first - TOLL_VERB_REACH - 1), -1) if words[k][0] in nouns)
    return not any(x.startswith(wounded) for x, _, _ in words[at:c.first])


def _its_fate_told_after(c: _Count, words: list, folded: str, d: dict) -> bool:
    """ "9 herders from two villages near the river were killed": a count whose own fate (``fates``: "were
    killed", "died") ends the clause its phrase opens, past the reach of a verb of killing; not a verb that
    kills others ("shelling one of their camps and killing many"), which only a near count is the toll of."""
    if c.zero or c.weak:
        return False
    window = " ".join(x for x, _, _ in _clause(words[c.after:c.after + FATE_VERB_REACH], folded))
    return _told_before_any_wounding(window, d.get("fates", ()), tuple(d["wounded"]))


def _harmed_not_killed(words: list, n: int, d: dict) -> bool:
    """ "plusieurs femmes ont été victimes de viols": a word of the dead followed by a harm that kills no one
    (``lesser_harms``: rape, abduction, extortion) counts the harmed, not the killed."""
    if words[n][0] not in d["killed"]:
        return False
    harms = d.get("lesser_harms", ())
    if not harms:
        return False
    nxt = [x for x, _, _ in words[n + 1:n + 3]]  # "de viols", or "d'enlèvement", its elided article already gone
    return bool(nxt) and (nxt[0] in harms or nxt[0] in d.get("noun_joiners", ()) and len(nxt) > 1 and nxt[1] in harms)


def _told_before_any_wounding(window: str, verbs, wounded: tuple[str, ...]) -> bool:
    """Whether one of ``verbs`` stands in ``window`` with no word of wounding before it."""
    for k in verbs:
        pos = f" {window} ".find(f" {k} ")
        if pos >= 0 and not any(f" {wd}" in f" {window}"[:pos + 1] for wd in wounded):
            return True
    return False


def _reach(c: _Count) -> int:
    """How many words after a count its verb of killing may stand."""
    if c.zero:
        return ZERO_VERB_REACH
    return PERSON_VERB_REACH if c.weak and c.value == 1 else COUNT_VERB_REACH


def _clause(following: list, folded: str) -> list:
    """The words of ``following`` up to the end of their clause."""
    out = following[:1]
    for prev, cur in zip(following, following[1:]):
        if re.search(r"[.;:,!?()]", folded[prev[2]:cur[1]]):
            break
        out.append(cur)
    return out


def _denounced(c: _Count, words: list, folded: str, d: dict) -> bool:
    """ "marched against the killing of nine farmers", "pour dénoncer l'assassinat de deux commerçants": deaths
    a protest denounces are its cause, not its toll. The cue and the deaths stand in one clause: in "used gas
    against the town, killing four" the killing is the act's own outcome."""
    grievance = set(d.get("grievance_cues", ()))
    deaths = set(d.get("killing_nouns", ())) | set(d["killed"])
    lead = [(x.rsplit("'", 1)[-1], start) for x, start, _ in words[max(0, c.first - GRIEVANCE_REACH - 3):c.first]]
    cue = next((k for k, (x, _) in enumerate(lead) if x in grievance), None)
    return cue is not None and any(x in deaths and not re.search(r"[.;:,!?()]", folded[lead[cue][1]:start])
                                   for x, start in lead[cue + 1:])


def _mourned(c: _Count, words: list, folded: str, d: dict) -> bool:
    """ "to demand justice for three men who were shot dead", "relatives of a woman who was killed", "a march for a
    teenager killed by a police officer": a count whose own relative clause (``relative_pronouns`` a few words after
    it, or a word of death right after its noun with its agent, ``passive_agents``) tells its death, in the clause of
    a grievance cue, of a noun of those who mourn (``mourner_nouns``) or of a gathering for the dead
    (``mourning_occasions``) before it, counts the dead a crowd acts for, not the dead of its act."""
    cues = set(d.get("grievance_cues", ())) | set(d.get("mourner_nouns", ())) | set(d.get("mourning_occasions", ()))
    lead = [(x, start) for x, start, _ in words[max(0, c.first - GRIEVANCE_REACH - 3):c.first]]
    cue = next((k for k, (x, _) in enumerate(lead) if x in cues), None)
    if cue is None or re.search(r"[.;:,!?()]", folded[lead[cue][1]:c.start]):
        return False
    pronouns = set(d.get("relative_pronouns", ()))
    deaths = set(d["killed"])
    near = words[c.after:c.after + RELATIVE_REACH]
    if _killed_by_an_agent(c, near, folded, deaths, d):
        return True
    at = next((k for k, (x, _, _) in enumerate(near) if x in pronouns), None)
    if at is None or re.search(r"[.;:,!?()]", folded[c.end:near[at][1]]):
        return False
    told = _clause(words[c.after + at:c.after + at + FATE_VERB_REACH], folded)
    return any(x in deaths for x, _, _ in told)


RELATIVE_REACH = 4  # "three young men who": the relative pronoun follows the count's few words of noun


def _killed_by_an_agent(c: _Count, near: list, folded: str, deaths: set, d: dict) -> bool:
    """ "a teenager killed by a police officer": the count's noun (one word at most) followed by a word of death and
    its agent (``passive_agents``), in one clause: a reduced relative clause telling how the count died."""
    agents = set(d.get("passive_agents", ()))
    for k in range(min(2, len(near) - 1)):
        if near[k][0] in deaths and near[k + 1][0] in agents:
            return not re.search(r"[.;:,!?()]", folded[c.end:near[k + 1][1]])
    return False


def _with_wounded(c: _Count, words: list, d: dict) -> bool:
    """ "killing and injuring dozens", "tués ou blessés": one count of the killed and the wounded together."""
    pairs = d.get("killed_and_wounded", ())
    near = " ".join(x for x, _, _ in words[max(0, c.first - CASUALTY_PAIR_REACH):c.first]) + " | " + \
        " ".join(x for x, _, _ in words[c.after:c.after + CASUALTY_PAIR_REACH])
    return any(f" {p} " in f" {near} " for p in pairs)


def _governed_by_killing_noun(c: _Count, words: list, folded: str, d: dict) -> bool:
    """ "l'exécution, jeudi, par les rebelles, de 28 soldats": a count governed by a noun of killing."""
    killing_nouns = set(d.get("killing_nouns", ()))
    wounded = d["wounded"]
    lead = [(x, k) for k, (x, _, _) in enumerate(words[max(0, c.first - KILLING_NOUN_REACH):c.first - 1],
                                                 max(0, c.first - KILLING_NOUN_REACH))]
    nouns = [k for x, k in lead if x.rsplit("'", 1)[-1] in killing_nouns]
    if not nouns:
        return False
    at = words[nouns[-1]][1]
    return not re.search(r"[.;:!?]", folded[at:c.start]) and not any(wd in folded[at:c.start] for wd in wounded)


def coded_toll(text: str, lang: str | LanguagePack) -> Figure | None:
    """The toll an ACLED note says it codes ("Fatalities coded as 6.", "Unspecified casualties coded as
    10", ``coded_toll`` in the language's quantities): the coder's own figure, which sums or settles the
    note's counts. A toll "split between 2 locations" is shared among that many events, the first
    taking the larger share (10 over 4 places: 3)."""
    lang = pack(lang)
    d = lang.quantities.get("coded_toll")
    if not d:
        return None
    folded = fold(text)
    nouns = "|".join(re.escape(n) for n in d["nouns"])
    cues = "|".join(re.escape(c) for c in d["cues"])
    found = re.search(r"\b(?:%s)\b[^.;]{0,40}?\b(?:%s)\s+(\d+|[a-z-]+)\b" % (nouns, cues), folded)
    value = number(found.group(1), lang) if found else None
    if value is None:
        return None
    end = folded.find(".", found.end())
    rest = folded[found.end():end if end >= 0 else len(folded)]
    splits = "|".join(re.escape(c) for c in d.get("split", ()))
    shared = re.search(r"\b(?:%s)\s+(\d+|[a-z-]+)\b" % splits, rest) if splits else None
    parts = number(shared.group(1), lang) if shared else None
    if parts:
        value = -(-value // parts)
    start = found.start(1)
    return Figure(value, start, found.end(1), text[start:found.end(1)], whole=True)


def injured(text: str, lang: str | LanguagePack) -> bool:
    """Whether the text tells of people wounded ("blessés", "injured")."""
    words = set(re.findall(r"[\w'-]+", fold(text)))
    return any(w in words for w in pack(lang).quantities["wounded"])


def attribution(text: str, lang: str | LanguagePack, offset: int = 0) -> tuple[str, int, int] | None:
    """Who the sentence attributes its claim to, as (text, start, end).

    "selon X" / "according to X" name the source after the cue; a reporting verb names it before
    ("the army said") or, in a short clause-final inversion, after ("a indiqué l'armée").
    """
    folded = fold(text)
    cues = pack(lang).quantities["attribution"]
    for cue in sorted(cues["prefix"], key=len, reverse=True):
        m = re.search(rf"(?<!\w){re.escape(cue)}\s+([^,.;:()]+)", folded)
        if m:
            return _span(text, m.start(1), m.end(1), offset)
    for cue in sorted(cues["verbs"], key=len, reverse=True):
        m = re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", folded)
        if not m:
            continue
        start = max(folded.rfind(",", 0, m.start()), folded.rfind(".", 0, m.start())) + 1
        words = folded[start:m.start()].split()
        if 0 < len(words) <= 8:  # "One official said 12 people were killed": the subject, not the clause said
            return _span(text, start, m.start(), offset)
        after = re.match(r"\s+([^,.;:()]+)", folded[m.end():])
        if after and len(after.group(1).split()) <= 6 and re.match(r"\s*[.;]?\s*$", folded[m.end() + after.end():]):
            return _span(text, m.end() + after.start(1), m.end() + after.end(1), offset)
    return None


def _span(text: str, start: int, end: int, offset: int) -> tuple[str, int, int]:
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip())
    value = raw.strip()
    return value, start + lead + offset, start + lead + len(value) + offset
