"""Spelling variants: does the transliteration key bring a respelled town back, and only it?

    PYTHONPATH=. .venv/bin/python bench/geo_spelling_variants.py [--per-country 300] [--show 5]

News and ACLED write a town of Syria, Yemen, Iraq, Somalia, Ukraine or Myanmar otherwise than the
gazetteer does ("Bulo Burte" for Bulo Burti, "As Sawda" for Al Sawda, "Xudur" for Hudur). sitrep's
fallback for a name no table lists is ``Gazetteer.variant_ids``: the towns of the text's countries
whose transliteration key (``normalise.translit_key``) is the name's, closest spelling first. This
bench takes the gazetteer's own towns (nothing from a dev set), respells each by one romanisation
habit at a time, keeps the respellings no table lists already, and counts:

- recovered: the town is the first variant ``variant_ids`` gives within its own country;
- wrong: another town comes first (a namesake of the key);
- unrelated: a control respelling that changes one consonant for an unrelated one ("Bulo Burti" ->
  "Bulo Murti") still finds the town: the key is too loose.

Rules that no name of a country admits are left out of that country's rows.

``--notes N`` codes respelled names in invented notes with the whole pipeline (``sitrep.api.code``):
up to N towns of each country whose names have two words or more ("Tall Tamr" written "Tal Tamr")
and as many of one word, each respelled by the first rule that changes it, in "... attacked a
checkpoint in {name} ({region})."; the first event's place is right within 25 km of the town. A name
of several words no table lists was dropped at recognition before geo48 (the model's entity left to
the gazetteer matcher, which found its first word alone: "Bulo" of "Bulo Burte" in the Philippines).
"""
from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from sitrep.geo.build import CITY, TRANSLIT_MIN_LETTERS  # noqa: E402
from sitrep.geo.gazetteer import Gazetteer  # noqa: E402
from sitrep.geo.normalise import fold, is_latin, name_key, translit_key  # noqa: E402

COUNTRIES = ("SY", "YE", "IQ", "SO", "UA", "MM", "AF", "SD", "LY")
_SUN = "tdsznrl"  # the letters the Arabic article assimilates to in transliteration ("as-", "ar-"...)


def _article(name: str) -> str | None:
    """ "As Suwayda" -> "Assuwayda", "Al Qarah" -> "Alqarah": the article glued to its noun, as the news
    writes it ("Al As Sawda" -> "As Sawda" is the same key already)."""
    m = re.match(r"^(A[lsdtznr])[ -](\w)", name)
    if not m:
        return None
    first = fold(m.group(2))
    article = f"A{first}" if first in _SUN else "Al"
    return article + first + name[4:]


def _sub(pattern: str, repl: str):
    def rule(name: str) -> str | None:
        out = re.sub(pattern, repl, name, count=1)
        return out if out != name else None
    return rule


def _hyphen(name: str) -> str | None:
    if " " in name:
        return name.replace(" ", "-", 1)
    return name.replace("-", " ", 1) if "-" in name else None


def _double(name: str) -> str | None:
    m = re.search(r"([bdfklmnrst])\1", name)
    if m:
        return name[:m.start()] + name[m.start() + 1:]
    m = re.search(r"[aeiou]([bdklmnrst])[aeiou]", name)
    return name[:m.start() + 1] + m.group(1) + name[m.start() + 1:] if m else None


RULES = {
    "article": _article,
    "hyphen/space": _hyphen,
    "doubled letter": _double,
    "ou/u/oo": lambda n: _sub(r"ou", "u")(n) or _sub(r"(?<=[^aeiou])u(?=[^aeiou])", "ou")(n),
    "ei/ay/ai": lambda n: _sub(r"ay", "ei")(n) or _sub(r"ai", "ay")(n) or _sub(r"ei", "ay")(n),
    "-iyah/-iya/-iyeh": lambda n: _sub(r"iyah\b", "iyeh")(n) or _sub(r"iya\b", "iyah")(n) or _sub(r"iyeh\b", "iya")(n),
    "dh/th/z": lambda n: _sub(r"Dh", "Z")(n) or _sub(r"dh", "z")(n) or _sub(r"th", "s")(n),
    "kh/h": lambda n: _sub(r"Kh", "H")(n) or _sub(r"kh", "h")(n),
    "kh/k": lambda n: _sub(r"Kh", "K")(n) or _sub(r"kh", "k")(n),
    "q/k": lambda n: _sub(r"Q", "K")(n) or _sub(r"q", "k")(n),
    "somali c/x/aa": lambda n: _sub(r"^Ceel\b", "El")(n) or _sub(r"^X", "H")(n) or _sub(r"aa", "a")(n),
    "burmese ky/ch, hp/ph": lambda n: _sub(r"Ky", "Ch")(n) or _sub(r"Hp", "Ph")(n) or _sub(r"Ywar", "Ywa")(n),
    "ukrainian i/y, ia/ya, kh/h": lambda n: _sub(r"ia\b", "ya")(n) or _sub(r"yi", "i")(n) or _sub(r"iv\b", "yiv")(n),
}
# rules of one country's romanisation, tried on its towns only
ONLY_IN = {"somali c/x/aa": "SO", "burmese ky/ch, hp/ph": "MM", "ukrainian i/y, ia/ya, kh/h": "UA"}
_CONTROL = dict({"b": "m", "m": "b", "r": "t", "t": "r", "d": "n", "n": "d", "s": "f", "l": "v",
                          "B": "M", "M": "B", "R": "T", "T": "R", "D": "N", "N": "D", "S": "F", "L": "V"})


def _control(name: str) -> str | None:
    """One consonant of the name's longest word swapped for an unrelated one."""
    word = max(name.split(), key=len)
    for k, ch in enumerate(word):
        if ch in _CONTROL:
            changed = word[:k] + _CONTROL[ch] + word[k + 1:]
            return name.replace(word, changed, 1)
    return None


def _towns(gaz: Gazetteer, cc: str, limit: int) -> list[int]:
    """Towns of ``cc`` under their own Latin names of five letters or more, spread over the list; a name
    whose key has fewer consonants than the transliteration table keeps is left out (no fallback for it)."""
    ids = [i for i in range(len(gaz.names)) if gaz.country[i] == cc and gaz.feature[i] == CITY
           and is_latin(gaz.names[i]) and sum(c.isalpha() for c in gaz.names[i]) >= 5
           and len(translit_key(name_key(gaz.names[i]))) >= TRANSLIT_MIN_LETTERS
           and name_key(gaz.names[i]) in gaz.index]  # not a village of the tables only a chain reaches
    step = max(1, len(ids) // limit)
    return ids[::step][:limit]


NOTE = "On 12 March 2022, unidentified gunmen attacked a checkpoint in {t} ({r}), killing two soldiers."


def _ascii(name: str) -> str:
    """The name as the news writes it: accents and the marks of ayn and hamza left out ("Qastal Maaf")."""
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text if not unicodedata.combining(c) and c not in "‘’ʿʾ'")


def _respelled(name: str, cc: str) -> str | None:
    """The name under the first rule that changes it."""
    for rule, respell in RULES.items():
        if ONLY_IN.get(rule, cc) == cc and (variant := respell(name)) and name_key(variant) != name_key(name):
            return variant
    return None


def notes(gaz: Gazetteer, per_country: int, show: int) -> None:
    """Respelled towns of one word and of several in invented notes, coded end to end."""
    from sitrep import api
    from sitrep.geo.distance import haversine_km

    tally: dict[str, Counter] = defaultdict(Counter)
    for cc in COUNTRIES:
        towns = [i for i in _towns(gaz, cc, 100_000) if gaz.admin1[i]]
        for words in ("one word", "several words"):
            picked = [i for i in towns if (" " in gaz.names[i]) == (words == "several words")]
            step = max(1, len(picked) // per_country)
            for i in picked[::step][:per_country]:
                variant = _respelled(_ascii(gaz.names[i]), cc)
                if not variant or gaz.has(variant):
                    continue
                place = next((e.place for e in api.code(NOTE.format(t=variant, r=gaz.admin1[i]), lang="en",
                                                         published="2022-03-14")
                              if e.place is not None and e.place.lat is not None), None)
                row = tally[words]
                row["notes"] += 1
                if place is None:
                    continue
                row["placed"] += 1
                row["wrong country"] += place.country != cc
                right = haversine_km(place.lat, place.lon, float(gaz.lat[i]), float(gaz.lon[i])) <= 25
                row["right"] += right
                if not right and row["shown"] < show:
                    row["shown"] += 1
                    print(f"miss [{cc} {words}] {gaz.names[i]} -> {variant}: {place.name} ({place.country})")
    for words, row in tally.items():
        n = row["notes"]
        print(f"{words:14s} {n:5d}  placed {row['placed'] / n:.3f}  right {row['right'] / n:.3f}  "
              f"wrong country {row['wrong country'] / n:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--per-country", type=int, default=300)
    ap.add_argument("--show", type=int, default=0, help="print this many misses per rule")
    ap.add_argument("--notes", type=int, default=0, help="code this many respelled towns a country in notes")
    args = ap.parse_args()
    t0 = time.time()
    gaz = Gazetteer.load()
    if args.notes:
        notes(gaz, args.notes, args.show)
        print(f"{time.time() - t0:.0f}s", file=sys.stderr)
        return
    tally: dict[tuple[str, str], Counter] = defaultdict(Counter)
    misses: dict[str, list[str]] = defaultdict(list)
    for cc in COUNTRIES:
        for i in _towns(gaz, cc, args.per_country):
            name = gaz.names[i]
            for rule, respell in RULES.items():
                if ONLY_IN.get(rule, cc) != cc:
                    continue
                variant = respell(name)
                if not variant or name_key(variant) in gaz.index or name_key(variant) == name_key(name):
                    continue
                got = gaz.variant_ids(variant, {cc})
                row = tally[(rule, cc)]
                row["names"] += 1
                if got and name_key(gaz.names[got[0]]) == name_key(name):
                    row["recovered"] += 1
                elif got:
                    row["wrong"] += 1
                else:
                    row["missed"] += 1
                    misses[rule].append(f"{cc} {name} -> {variant}")
            control = _control(name)
            if control and name_key(control) not in gaz.index:
                row = tally[("control", cc)]
                row["names"] += 1
                got = gaz.variant_ids(control, {cc})
                row["unrelated"] += bool(got and name_key(gaz.names[got[0]]) == name_key(name))
    print(f"{'rule':28} {'cc':3} {'names':>6} {'recovered':>9} {'wrong':>6} {'unrelated':>9}")
    totals: dict[str, Counter] = defaultdict(Counter)
    for (rule, cc), row in sorted(tally.items()):
        totals[rule].update(row)
        print(f"{rule:28} {cc:3} {row['names']:6d} {row['recovered'] / row['names']:9.3f} "
              f"{row['wrong'] / row['names']:6.3f} {row['unrelated'] / row['names']:9.3f}")
    print("-- all countries")
    for rule, row in sorted(totals.items()):
        print(f"{rule:28} {'*':3} {row['names']:6d} {row['recovered'] / row['names']:9.3f} "
              f"{row['wrong'] / row['names']:6.3f} {row['unrelated'] / row['names']:9.3f}")
    for rule, rows in misses.items():
        for line in rows[:args.show]:
            print(f"miss [{rule}] {line}")
    print(f"{time.time() - t0:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
