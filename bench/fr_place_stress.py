"""French place stress set: invented dispatches naming places the way French news of DR Congo, the Sahel,
CAR, Cameroon, Burundi, Chad, Haiti and world conflicts does (issue 14).

    PYTHONPATH=. .venv/bin/python bench/fr_place_stress.py [--show] [--only ID,ID]

Shapes: admin chains ("dans le groupement de X, chefferie de Y, territoire de Z"), "la localité de X",
"la sous-préfecture de X", French exonyms and accents ("Tombouctou", "Le Caire", "Naplouse"), a spelling one
letter off inside the article's country, places by relation ("à 30 km au nord de X", "sur l'axe X-Y",
"entre X et Y", "en périphérie de X", "le camp de déplacés de X", "le quartier X de la commune de Y"), and
villages no table holds, which fall back to the most specific unit named. Every sentence was written for this
set; the gold points are towns' coordinates from general knowledge or the gazetteer, with the radius an ACLED
coder's point would lie within. Each dispatch is coded by the real pipeline and the place of its first event
with a point is scored: within the radius, in the wrong country, and at the expected ACLED precision (or
coarser by one where the text allows it). Nothing is written.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from datetime import date

from sitrep.geo.distance import haversine_km
from sitrep.pipeline import Pipeline
from sitrep.types import Article

PUBLISHED = date(2025, 3, 14)

# (id, shape, text, (lat, lon), radius km, ISO2, ACLED precision expected)
CASES = [
    # admin chains, DR Congo
    ("cd-chain-1", "chain", "Des miliciens ont attaqué mardi le village de Kanyamburi-Sud, dans le groupement de Bashali-Mokoto, "
     "territoire de Masisi (Nord-Kivu), tuant trois civils.", (-1.40, 28.82), 50, "CD", 2),
    ("cd-chain-2", "chain", "Deux civils ont été tués lundi dans la localité de Mbulu-Kanga, chefferie des Walendu Pitsi, "
     "en territoire de Djugu, en Ituri, selon la société civile.", (1.92, 30.50), 60, "CD", 2),
    ("cd-chain-3", "chain", "Les rebelles ont enlevé six agriculteurs mercredi au village Kitsumbiro-Est, "
     "chefferie des Baswagha, en territoire de Lubero.", (-0.16, 29.24), 60, "CD", 2),
    ("cd-chain-4", "chain", "Des hommes armés ont incendié jeudi une dizaine de maisons dans la localité de Kisenge-Haut, "
     "territoire de Walikale, province du Nord-Kivu.", (-1.42, 28.05), 70, "CD", 2),
    ("cd-chain-5", "chain", "Un chef coutumier a été assassiné dimanche dans le groupement de Kamanyola, "
     "territoire de Walungu, au Sud-Kivu.", (-2.76, 29.00), 30, "CD", 1),
    ("cd-chain-6", "chain", "Les FARDC ont repris lundi le contrôle de la cité de Minova, dans le territoire de Kalehe, "
     "au Sud-Kivu, après deux jours de combats.", (-1.70, 29.02), 10, "CD", 1),
    ("cd-chain-7", "chain", "Un casque bleu a été tué mardi lors d'une embuscade près de la localité de Mangina, "
     "en territoire de Beni.", (0.53, 29.30), 25, "CD", 2),
    # other admin chains
    ("ml-chain-1", "chain", "Des hommes armés ont tué quatre bergers dimanche dans la commune rurale de Diafarabé, "
     "cercle de Ténenkou, région de Mopti.", (14.15, -5.00), 50, "ML", 1),
    ("ml-chain-2", "chain", "L'armée malienne a neutralisé mardi plusieurs terroristes dans le cercle de Douentza, "
     "région de Mopti.", (15.00, -2.95), 60, "ML", 2),
    ("cf-chain-1", "chain", "Des éléments armés ont attaqué jeudi un convoi humanitaire dans la sous-préfecture de "
     "Batangafo, préfecture de l'Ouham.", (7.30, 18.29), 40, "CF", 1),
    ("cf-chain-2", "chain", "Des rebelles ont pris dimanche le contrôle de Zémio, dans la préfecture du Haut-Mbomou.",
     (5.03, 25.14), 10, "CF", 1),
    ("cm-chain-1", "chain", "Des combattants de Boko Haram ont tué deux personnes lundi à Kolofata, dans le département "
     "du Mayo-Sava, région de l'Extrême-Nord.", (11.17, 13.93), 10, "CM", 1),
    ("cm-chain-2", "chain", "Des séparatistes armés ont enlevé un enseignant mardi dans l'arrondissement de Batibo, "
     "département de la Momo, région du Nord-Ouest.", (5.83, 9.85), 25, "CM", 1),
    ("bi-chain-1", "chain", "Trois personnes ont été tuées samedi dans la commune de Rugombo, province de Cibitoke.",
     (-2.82, 29.06), 20, "BI", 2),
    ("td-chain-1", "chain", "Des affrontements entre éleveurs et agriculteurs ont fait cinq morts dans la "
     "sous-préfecture de Mangalmé, province du Guéra.", (12.35, 19.61), 40, "TD", 1),
    ("bf-chain-1", "chain", "Des terroristes ont attaqué vendredi le détachement militaire de Djibo, "
     "dans la province du Soum.", (14.10, -1.63), 15, "BF", 1),
    ("ne-chain-1", "chain", "Des hommes armés ont tué sept villageois dimanche dans la commune rurale d'Anzourou, "
     "département de Tillabéri.", (14.55, 1.20), 50, "NE", 2),
    # exonyms and accents
    ("exo-1", "exonym", "Des jihadistes ont tiré des obus mardi sur Tombouctou, dans le nord du Mali.",
     (16.77, -3.01), 15, "ML", 1),
    ("exo-2", "exonym", "La police a dispersé des manifestants vendredi au Caire, devant le siège du syndicat.",
     (30.04, 31.24), 20, "EG", 1),
    ("exo-3", "exonym", "Une voiture piégée a explosé dimanche à Bénghazi, faisant deux morts.",
     (32.12, 20.07), 20, "LY", 1),
    ("exo-4", "exonym", "Des centaines de personnes ont manifesté samedi à Koweït pour réclamer des réformes.",
     (29.37, 47.98), 25, "KW", 1),
    ("exo-5", "exonym", "La police a arrêté lundi à Pékin une dizaine de pétitionnaires venus de province.",
     (39.90, 116.40), 30, "CN", 1),
    ("exo-6", "exonym", "Des frappes aériennes ont visé mercredi des quartiers est d'Alep, selon une ONG.",
     (36.20, 37.16), 20, "SY", 1),
    ("exo-7", "exonym", "Un raid aérien a tué six personnes jeudi à Gaza-ville, selon la défense civile.",
     (31.52, 34.45), 10, "PS", 1),
    ("exo-8", "exonym", "Des soldats israéliens ont tué deux Palestiniens lors d'un raid mardi à Naplouse.",
     (32.22, 35.26), 10, "PS", 1),
    ("exo-9", "exonym", "Des tirs d'artillerie ont frappé dimanche plusieurs quartiers de Khartoum.",
     (15.50, 32.56), 20, "SD", 1),
    ("exo-10", "exonym", "Un drone russe a frappé lundi un immeuble à Tchernihiv, faisant trois blessés.",
     (51.49, 31.29), 15, "UA", 1),
    ("exo-11", "exonym", "Des missiles ont frappé vendredi la ville de Kharkov, dans le nord-est de l'Ukraine.",
     (49.99, 36.23), 20, "UA", 1),
    ("exo-12", "exonym", "Des affrontements ont opposé mercredi l'armée et les paramilitaires à Omdourman.",
     (15.64, 32.48), 15, "SD", 1),
    ("exo-13", "exonym", "Un kamikaze s'est fait exploser samedi dans un marché de Mogadiscio.",
     (2.04, 45.34), 15, "SO", 1),
    ("exo-14", "exonym", "Une frappe a visé mardi un immeuble de la banlieue sud de Beyrouth.",
     (33.85, 35.50), 15, "LB", 1),
    ("exo-15", "exonym", "Des colons ont attaqué lundi des agriculteurs palestiniens près d'Hébron.",
     (31.53, 35.10), 15, "PS", 2),
    ("exo-16", "exonym", "Un bombardement a tué quatre civils jeudi à Marioupol, selon les autorités locales.",
     (47.10, 37.55), 15, "UA", 1),
    # a spelling one letter off, inside the article's country
    ("typo-1", "typo", "Au Nord-Kivu, des rebelles ont attaqué mardi un poste de police à Rutsuru, "
     "dans l'est du pays.", (-1.19, 29.45), 15, "CD", 1),
    ("typo-2", "typo", "Au Burkina Faso, des jihadistes ont attaqué dimanche un marché à Ouahigouyia, "
     "près de la frontière malienne.", (13.58, -2.42), 15, "BF", 1),
    ("typo-3", "typo", "En Libye, des miliciens ont ouvert le feu samedi sur un poste de contrôle à Derma, "
     "sur la côte est.", (32.77, 22.64), 15, "LY", 1),
    ("typo-4", "typo", "Au Cameroun, des séparatistes ont incendié jeudi une école à Bamendaa, dans le Nord-Ouest.",
     (5.96, 10.15), 15, "CM", 1),
    # places by relation
    ("rel-1", "relation", "Des ADF ont tué cinq civils mardi à une vingtaine de kilomètres au nord de Beni.",
     (0.67, 29.47), 15, "CD", 2),
    ("rel-2", "relation", "Des coupeurs de route ont attaqué lundi un camion sur l'axe Goma-Sake.",
     (-1.62, 29.13), 20, "CD", 2),
    ("rel-3", "relation", "Des affrontements ont opposé dimanche l'armée et des jihadistes entre Kaya et Barsalogho.",
     (13.25, -1.07), 30, "BF", 2),
    ("rel-4", "relation", "Des hommes armés ont tué un commerçant mercredi en périphérie de Bunia.",
     (1.56, 30.25), 10, "CD", 2),
    ("rel-5", "relation", "Des obus sont tombés jeudi sur le camp de déplacés de Bulengo, à l'ouest de Goma.",
     (-1.61, 29.15), 10, "CD", 1),
    ("rel-6", "relation", "Un policier a été tué samedi dans le quartier Ndosho de la commune de Karisimbi, à Goma.",
     (-1.68, 29.23), 10, "CD", 1),
    ("rel-7", "relation", "Des bandits armés ont tué deux personnes dans les environs de Gao dimanche.",
     (16.27, -0.04), 20, "ML", 2),
    ("rel-8", "relation", "Des gangs ont incendié lundi des maisons dans le quartier de Solino, à Port-au-Prince.",
     (18.55, -72.32), 10, "HT", 1),
    ("rel-9", "relation", "Des membres de gangs ont attaqué mardi le commissariat de Mirebalais, dans le Centre.",
     (18.83, -72.10), 10, "HT", 1),
    ("rel-10", "relation", "Des hommes armés ont enlevé un prêtre vendredi à 15 km au sud de Bambari.",
     (5.63, 20.67), 15, "CF", 2),
    ("rel-11", "relation", "Des militaires ont été tués dimanche dans une embuscade près de Ménaka.",
     (15.92, 2.40), 20, "ML", 2),
    ("rel-12", "relation", "Les miliciens ont pillé mardi le site de déplacés de Plaine Savo, en territoire de Djugu.",
     (1.87, 30.43), 30, "CD", 1),
    # villages no table holds: the most specific unit named, never a namesake abroad
    ("unit-1", "unit", "Des hommes armés ont tué deux civils dans le village de Mbokolo-Dja, chefferie des Bahema Sud, "
     "en territoire d'Irumu (Ituri).", (1.45, 29.87), 60, "CD", 2),
    ("unit-2", "unit", "Des jihadistes ont attaqué mardi le hameau de Kassoum-Daga, dans le cercle de Bankass.",
     (14.08, -3.52), 50, "ML", 2),
    ("unit-3", "unit", "Des rebelles ont incendié le village de Ngoundé-Bassa, dans la sous-préfecture de Paoua.",
     (7.24, 16.44), 40, "CF", 2),
    ("unit-4", "unit", "Des miliciens ont tué un cultivateur dans la localité de Bitonga-Kasa, territoire de Fizi, "
     "au Sud-Kivu.", (-4.30, 28.95), 70, "CD", 2),
]


def first_place(events):
    """The place of the first event that has a point, or None."""
    return next((e.place for e in events if e.place is not None and e.place.lat is not None), None)


def measure(case, events) -> dict:
    cid, shape, text, (la, lo), radius, cc, precision = case
    place = first_place(events)
    if place is None:
        return {"id": cid, "shape": shape, "placed": False}
    km = haversine_km(place.lat, place.lon, la, lo)
    got = int(place.geo_precision or 0)
    return {"id": cid, "shape": shape, "placed": True, "km": km, "inside": km <= radius,
            "wrong_country": place.country != cc, "precision": got in (precision, precision + 1) and got >= precision,
            "got": f"{place.name} ({place.country}) p{got}", "reason": place.reason}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print the dispatches not placed within their radius")
    ap.add_argument("--only", help="comma-separated case ids")
    args = ap.parse_args()
    cases = [c for c in CASES if not args.only or c[0] in args.only.split(",")]
    pipe = Pipeline().load(["fr"])
    t0 = time.perf_counter()
    rows = []
    for case in cases:
        events = pipe.code(Article(article_id=case[0], text=case[2], lang="fr", published=PUBLISHED))
        rows.append(measure(case, events))
    print_shapes(rows, cases, args.show)
    print(f"{len(rows)} dispatches in {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    return 0


def print_shapes(rows: list[dict], cases: list, show: bool, width: int = 10, count_width: int = 4) -> None:
    """Per shape and over all: placed, within radius, wrong country, precision; with ``show``, each text placed
    wrong with where it went and why. Shared with the place-choice set."""
    by = Counter(r["shape"] for r in rows)
    for shape in [*by, "all"]:
        rs = [r for r in rows if shape in ("all", r["shape"])]
        n = len(rs)
        share = lambda k: sum(bool(r.get(k)) for r in rs) / n  # noqa: E731
        print(f"{shape:{width}s} {n:{count_width}d}  placed {share('placed'):.3f}  "
              f"within radius {share('inside'):.3f}  wrong country {share('wrong_country'):.3f}  "
              f"precision {share('precision'):.3f}")
    if show:
        for r, case in zip(rows, cases):
            if not r.get("inside") or not r.get("precision"):
                print(f"- [{r['id']}] {case[2]}\n    -> {r.get('got')} {r.get('km', float('nan')):.0f} km "
                      f"| {(r.get('reason') or '')[:200]}")

if __name__ == "__main__":
    sys.exit(main())
