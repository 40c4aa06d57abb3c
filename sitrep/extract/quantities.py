"""Fatality counts and attribution ("selon une source militaire") in a sentence."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.lang import LanguagePack, pack
from sitrep.text import fold

MAX_TOLL = 100000  # a larger figure is a population or a sum of money, not people killed
KILLING_NOUN_REACH = 10  # words between "l'exécution" and the "de 28 soldats" it governs
_WORD = re.compile(r"\d[\d.,\u202f\u00a0 ]*\d|\d+|[\w'-]+")


@dataclass(frozen=True)
class Figure:
    """A count of people killed. ``whole`` when it counts everyone ("24 personnes", "7 morts"), not
    one side ("un soldat"): a side's toll is part of the whole, not a rival figure for it."""
    value: int
    start: int
    end: int
    text: str
    whole: bool = False


def number(word: str, lang: str | LanguagePack) -> int | None:
    """A count written in digits or in words ("12", "douze", "vingt-quatre"), or None."""
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
    """
    lang = pack(lang)
    d = lang.quantities
    folded = fold(text)
    figures = list(_killed_figures(text, folded, d, lang))
    if not figures:
        return None
    additive = tuple(d.get("additive", ()))
    if len(figures) > 1 and fold(figures[0][0].text) in d.get("article_numbers", ()) \
            and not any(f" {cue} " in f" {figures[1][1]} " for cue in additive):
        figures = figures[1:]  # "Un engin explosif a tué deux soldats": "un" was the article
    first, _ = figures[0]
    value, end = first.value, first.end
    for fig, window in figures[1:]:
        if any(f" {cue} " in f" {window} " for cue in additive):
            value, end = value + fig.value, fig.end
    return Figure(value, first.start + offset, end + offset, text[first.start:end], first.whole)


def _killed_figures(text: str, folded: str, d: dict, lang: LanguagePack):
    """Every count followed (or preceded) by a word of killing, with the words that follow it."""
    killed = d["killed"]
    wounded = tuple(d["wounded"])
    whole_nouns = set(d.get("whole", ())) | set(killed)
    approx = sorted(d["approximate"], key=len, reverse=True)
    joiners = set(d.get("noun_joiners", ()))
    killing_nouns = set(d.get("killing_nouns", ()))
    ages = set(d.get("age_words", ()))
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(folded)]
    for i, (w, s, e) in enumerate(words):
        value = number(w, lang)
        for phrase in approx:
            if folded.startswith(phrase, s):
                value = d["approximate"][phrase]
                e = s + len(phrase)
                break
        if value is None or value > MAX_TOLL:
            continue
        noun = next((x for x, start, _ in words[i + 1:i + 4] if start >= e and x not in joiners), "")
        if noun.startswith(wounded):
            continue  # "sept morts et trois blessés": the three are the wounded
        if i + 1 < len(words) and words[i + 1][0] in ages and words[i + 1][1] <= e + 1:
            continue  # "a 21-year-old student whose death", "un homme de 40 ans": an age
        window = " ".join(x for x, _, _ in words[i + 1:i + 7])
        before = " ".join(x for x, _, _ in words[max(0, i - 4):i])
        hit = None
        for k in killed:
            pos = f" {window} ".find(f" {k} ")
            if pos >= 0 and not any(f" {wd}" in f" {window}"[:pos + 1] for wd in wounded):
                hit = k
                break
        if hit is None and any(f" {k} " in f" {before} " for k in killed):
            follows = " ".join(x for x, _, _ in words[i + 1:i + 3])
            if not any(wd in before or wd in follows for wd in wounded):
                hit = "before"  # "tuant trois civils", not "tué et trois civils blessés"
        if hit is None and i and words[i - 1][0] in joiners:
            lead = [(x, start) for x, start, _ in words[max(0, i - KILLING_NOUN_REACH):i - 1]]
            nouns = [start for x, start in lead if x.rsplit("'", 1)[-1] in killing_nouns]
            if nouns and not re.search(r"[.;:!?]", folded[nouns[-1]:s]) \
                    and not any(wd in folded[nouns[-1]:s] for wd in wounded):
                hit = "noun"  # "l'exécution, jeudi, par les rebelles, de 28 soldats"
        if hit is not None:
            near = " ".join(x for x, _, _ in words[max(0, i - 2):i])
            yield Figure(value, s, e, text[s:e], noun in whole_nouns), f"{near} {window}"


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
        after = re.match(r"\s+([^,.;:()]+)", folded[m.end():])
        if after and len(after.group(1).split()) <= 6 and re.match(r"\s*[.;]?\s*$", folded[m.end() + after.end():]):
            return _span(text, m.end() + after.start(1), m.end() + after.end(1), offset)
        start = max(folded.rfind(",", 0, m.start()), folded.rfind(".", 0, m.start())) + 1
        words = folded[start:m.start()].split()
        if 0 < len(words) <= 8:
            return _span(text, start, m.start(), offset)
    return None


def _span(text: str, start: int, end: int, offset: int) -> tuple[str, int, int]:
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip())
    value = raw.strip()
    return value, start + lead + offset, start + lead + len(value) + offset
