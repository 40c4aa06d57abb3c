"""Namesake kinds probe: towns of conflict countries whose name is also a bigger town elsewhere, a common
word, a person's name or an organisation's, put in invented English and French notes.

    PYTHONPATH=. .venv/bin/python bench/geo_namesake_kinds.py [--lang en,fr] [--show-failures]

`bench/geo_namesakes.py` picks its towns by a bigger namesake in the gazetteer, and its notes are
English. A name can go wrong in other ways: the model tags it a person ("Jos", "Mao"), an organisation
("Spartak", "Carrefour") or no entity at all ("Song", "Tyre", "Hit"), and a French note reads its
regions and countries with other words. The towns below are general facts (each checked to be in
sitrep's gazetteer in its country); the notes are invented. The figure is the share of notes whose
first placed event lies in the town's country, by kind and template; "with evidence" leaves out the
two templates that name the town alone ("bare", and "opening", the town as a sentence's first word).
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter

from sitrep.geo.build import CITY
from sitrep.geo.normalise import name_key
from sitrep.pipeline import Pipeline
from sitrep.types import Article

# (country, town, kind): kind is what else the name is. "town": a bigger town or region abroad;
# "word": a common English or French word; "person": a first name or surname; "org": an organisation,
# a firm or an institution.
TOWNS = (
    ("NE", "Gaya", "town"), ("ML", "Nara", "town"), ("MZ", "Palma", "town"), ("CM", "Bali", "town"),
    ("NG", "Ede", "town"), ("NG", "Ota", "town"), ("SS", "Leer", "town"), ("ML", "Koro", "town"),
    ("LB", "Tripoli", "town"), ("AF", "Faizabad", "town"), ("AF", "Asadabad", "town"), ("UA", "Tokmak", "town"),
    ("CO", "Florencia", "town"), ("MX", "Valparaiso", "town"), ("HT", "Limbe", "town"), ("UA", "New York", "town"),
    ("CO", "Segovia", "town"), ("MX", "Jerez", "town"), ("CO", "Caceres", "town"), ("CO", "Remedios", "town"),
    ("NG", "Song", "word"), ("NG", "Bonny", "word"), ("NG", "Hong", "word"), ("CD", "Sake", "word"),
    ("CD", "Kilo", "word"), ("IQ", "Hit", "word"), ("ML", "San", "word"), ("TD", "Mongo", "word"),
    ("TD", "Bol", "word"), ("LB", "Tyre", "word"), ("YE", "Mocha", "word"), ("SY", "Harem", "word"),
    ("MM", "Tamu", "word"), ("HT", "Cabaret", "word"), ("CO", "Tame", "word"), ("MX", "Victoria", "word"),
    ("UA", "Lyman", "word"), ("YE", "Hays", "word"),
    ("NG", "Jos", "person"), ("NG", "Numan", "person"), ("NG", "Offa", "person"), ("TD", "Mao", "person"),
    ("CD", "Baraka", "person"), ("IQ", "Ana", "person"), ("BF", "Kaya", "person"), ("BF", "Dori", "person"),
    ("AF", "Farah", "person"), ("HT", "Jeremie", "person"), ("UA", "Marinka", "person"), ("CO", "Suarez", "person"),
    ("CO", "Balboa", "person"), ("MX", "Matamoros", "person"), ("MX", "Allende", "person"), ("SY", "Jasim", "person"),
    ("UA", "Spartak", "org"), ("HT", "Carrefour", "org"), ("HT", "Delmas", "org"), ("SY", "Douma", "org"),
    ("NG", "Aba", "org"), ("CF", "Nola", "org"), ("IQ", "Balad", "org"), ("MM", "Muse", "org"),
    ("PH", "Isabela", "org"), ("KE", "Garissa", "org"),
)
# the country as the notes name it, in English and in French with its preposition ("au Mali", "en Syrie")
COUNTRY = {
    "AF": ("Afghanistan", "en Afghanistan"), "BF": ("Burkina Faso", "au Burkina Faso"), "CD": (
        "Democratic Republic of Congo", "en République démocratique du Congo"), "CF": (
        "Central African Republic", "en Centrafrique"), "CM": ("Cameroon", "au Cameroun"),
    "CO": ("Colombia", "en Colombie"), "HT": ("Haiti", "en Haïti"), "IQ": ("Iraq", "en Irak"),
    "KE": ("Kenya", "au Kenya"), "LB": ("Lebanon", "au Liban"), "ML": ("Mali", "au Mali"),
    "MM": ("Myanmar", "en Birmanie"), "MX": ("Mexico", "au Mexique"), "MZ": ("Mozambique", "au Mozambique"),
    "NE": ("Niger", "au Niger"), "NG": ("Nigeria", "au Nigeria"), "PH": ("Philippines", "aux Philippines"),
    "SS": ("South Sudan", "au Soudan du Sud"), "SY": ("Syria", "en Syrie"), "TD": ("Chad", "au Tchad"),
    "UA": ("Ukraine", "en Ukraine"), "YE": ("Yemen", "au Yémen"),
}
EN = {
    "bare": "On 3 May 2022, unidentified gunmen killed two civilians in {t}.",
    "police": "On 3 May 2022, Police Forces of {c} arrested three suspected gang members in {t}.",
    "region": "On 3 May 2022, unidentified gunmen killed two civilians in {t}, {a1}.",
    "bracket": "On 3 May 2022, in {t} ({a1}), protesters blocked a road to denounce insecurity. [size=no report]",
    "country": "On 3 May 2022, unidentified gunmen killed two civilians in {t}, {c}.",
    "other_town": "On 3 May 2022, unidentified gunmen killed two civilians in {t}. The victims were traders "
                  "from {other}.",
    "opening": "{t} was shelled on 3 May 2022 by unidentified forces, and two civilians were killed.",
    "near": "On 3 May 2022, an IED exploded near {t} ({a1}), injuring two soldiers.",
}
FR = {
    "bare": "Le 3 mai 2022, des hommes armés non identifiés ont tué deux civils à {t}.",
    "region": "Le 3 mai 2022, des hommes armés ont tué deux civils à {t}, dans la région de {a1}.",
    "bracket": "Le 3 mai 2022, des hommes armés ont tué deux civils à {t} ({a1}).",
    "country": "Le 3 mai 2022, des hommes armés ont tué deux civils à {t}, {cfr}.",
    "locality": "Le 3 mai 2022, des hommes armés ont attaqué la localité de {t}, tuant deux civils. "
                "Les victimes étaient des commerçants venus de {other}.",
    "opening": "{t} a été bombardée le 3 mai 2022 par des forces non identifiées : deux civils ont été tués.",
    "near": "Le 3 mai 2022, un engin explosif a sauté près de {t}, {cfr}, blessant deux militaires.",
    "army": "Le 3 mai 2022, l'armée a repoussé une attaque de rebelles à {t}, {cfr}, selon le porte-parole.",
}
KINDS = ("town", "word", "person", "org")
BARE = ("bare", "opening")  # notes that name nothing else: genuinely ambiguous, left out of "with evidence"


def cases(gaz) -> list[tuple[str, str, dict]]:
    """(country, kind, fields) per town: its biggest entry's first-level region, and the capital as a
    second town of the country."""
    out = []
    for cc, town, kind in TOWNS:
        mine = [i for i in gaz.ids(town) if gaz.country[i] == cc and gaz.feature[i] == CITY]
        if not mine:
            print(f"skipped: {town} ({cc}) has no town of that name", file=sys.stderr)
            continue
        i = max(mine, key=lambda i: gaz.population[i])
        capital = next((j for j in gaz.capitals if gaz.country[j] == cc), None)
        other = gaz.names[capital] if capital is not None and name_key(gaz.names[capital]) != name_key(town) \
            else COUNTRY[cc][0]
        out.append((cc, kind, {"t": town, "a1": gaz.admin1[i], "c": COUNTRY[cc][0], "cfr": COUNTRY[cc][1],
                               "other": other}))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", default="en,fr")
    ap.add_argument("--show-failures", action="store_true")
    args = ap.parse_args()
    langs = args.lang.split(",")
    pipe = Pipeline().load(langs)
    probes = cases(pipe.geoparser.gazetteer)
    right, wrong, unplaced, n = Counter(), Counter(), Counter(), Counter()
    failures = []
    t0 = time.perf_counter()
    for lang in langs:
        templates = EN if lang == "en" else FR
        for cc, kind, fields in probes:
            for tname, template in templates.items():
                text = template.format(**fields)
                events = pipe.code(Article(article_id="probe", text=text, lang=lang))
                place = next((e.place for e in events if e.place is not None), None)
                key = (lang, tname, kind)
                n[key] += 1
                if place is None:
                    unplaced[key] += 1
                    failures.append((lang, tname, kind, cc, "-", text))
                elif place.country == cc:
                    right[key] += 1
                else:
                    wrong[key] += 1
                    failures.append((lang, tname, kind, cc, place.country, text))
    print(f"{len(probes)} towns, {sum(n.values())} notes coded in {time.perf_counter() - t0:.0f} s; "
          "right / wrong country per kind")
    for lang in langs:
        templates = EN if lang == "en" else FR
        print(f"\n| {lang} template | " + " | ".join(KINDS) + " | all |")
        print("|---" * (len(KINDS) + 2) + "|")
        rows = [*templates, "with evidence"]
        for tname in rows:
            names = [t for t in templates if t not in BARE] if tname == "with evidence" else [tname]
            cells = []
            for kind in (*KINDS, None):
                keys = [(lang, t, k) for t in names for k in KINDS if kind in (None, k)]
                total = sum(n[k] for k in keys)
                cells.append(f"{sum(right[k] for k in keys) / total:.2f} / {sum(wrong[k] for k in keys) / total:.2f}"
                             if total else "-")
            print(f"| {tname} | " + " | ".join(cells) + " |")
    total = sum(n.values())
    print(f"\nall notes: right {sum(right.values()) / total:.3f}  wrong {sum(wrong.values()) / total:.3f}  "
          f"unplaced {sum(unplaced.values()) / total:.3f}  (wrong: {sum(wrong.values())} of {total})")
    if args.show_failures:
        for lang, tname, kind, cc, got, text in failures:
            print(f"{lang}\t{tname}\t{kind}\t{cc}->{got}\t{text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
