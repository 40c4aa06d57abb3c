"""French detail stress set: invented agency dispatches, each with the event's date, its precision, its toll and who gave it.

    PYTHONPATH=. .venv/bin/python bench/fr_detail_stress.py [--show-failures] [--only CLASS]

Issue 13 asks whether the dates, tolls and sources of French articles no one tuned on are read. These
dispatches were written for this set, not from any dev text: a headline, a dateline ("NIAMEY (Agence) -"),
several paragraphs, a publication date. Each class varies one detail and keeps the others plain: the day
("mardi", "dans la nuit de jeudi à vendredi", "ce week-end", "la veille", "avant-hier", "le 3 courant",
"mi-mars", "fin février", "depuis lundi", a day in the headline only, a background year that is no news);
the toll ("une dizaine", "au moins trois", "plus de 20", "deux militaires et cinq assaillants", a provisional
toll, no victim, a toll that rises, a toll revised later in the text: the last stated); and the toll's source
("selon une source militaire", "d'après la société civile", "a indiqué le gouverneur", the outlet when none).
Each dispatch is coded by the real pipeline. The news event is the first dated event (reported or ongoing);
its date is right when it is the expected day (a week: within three days; a month: the same month) with the
expected precision; the toll is the sum over dated events; the source is the attribution of the event that
carries the toll (a word of the expected source, or none when the outlet alone tells it). Nothing is written.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from datetime import date, timedelta

from sitrep.pipeline import Pipeline
from sitrep.text import fold
from sitrep.types import Article

DAY, WEEK, MONTH = 1, 2, 3
ANY = "(not scored)"  # a source no class of this dispatch is about
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre")
# (dateline city, town of the event, its region, the attackers, the forces, the outlet)
SETTINGS = (
    ("NIAMEY", "Tillabéri", "la région de Tillabéri", "des hommes armés non identifiés", "l'armée nigérienne",
     "Agence Sahel Presse"),
    ("BAMAKO", "Mopti", "la région de Mopti", "des jihadistes présumés", "l'armée malienne", "Journal du Niger"),
    ("OUAGADOUGOU", "Djibo", "la province du Soum", "des terroristes", "l'armée burkinabè", "Dépêche du Faso"),
    ("GOMA", "Rutshuru", "la province du Nord-Kivu", "des rebelles", "les FARDC", "Radio des Grands Lacs"),
    ("BUNIA", "Djugu", "la province de l'Ituri", "des miliciens", "les FARDC", "Écho de l'Ituri"),
    ("MAROUA", "Mora", "la région de l'Extrême-Nord", "des combattants de Boko Haram", "l'armée camerounaise",
     "Courrier du Sahel"),
    ("BANGUI", "Bambari", "la préfecture de la Ouaka", "des rebelles", "les forces armées centrafricaines",
     "Agence Oubangui"),
    ("N'DJAMENA", "Bol", "la province du Lac", "des combattants jihadistes", "l'armée tchadienne",
     "Tchad Dépêches"),
)
PUBLISHED = (date(2024, 3, 14), date(2023, 11, 7), date(2025, 2, 20), date(2024, 6, 29), date(2023, 9, 12),
             date(2025, 5, 3), date(2024, 10, 24), date(2023, 4, 18))
FILLER = (
    "La zone est en proie à l'insécurité depuis plusieurs années, et de nombreux habitants ont fui vers les villes.",
    "Les autorités locales appellent la population au calme et promettent des renforts.",
    "Cette localité, située sur un axe commercial important, avait déjà été le théâtre de violences.",
    "Les organisations humanitaires disent manquer de moyens pour venir en aide aux familles déplacées.",
)


def _weekday_before(published: date, wd: int, allow_same: bool = True) -> date:
    back = (published.weekday() - wd) % 7
    return published - timedelta(days=back if back or allow_same else 7)


def _dispatch(headline: str, city: str, outlet: str, paragraphs: list[str], i: int) -> str:
    body = [f"{city} ({outlet}) - {paragraphs[0]}", *paragraphs[1:], FILLER[i % len(FILLER)]]
    return headline + "\n\n" + "\n\n".join(body)


def _case(cls, i, headline, paragraphs, want_date, precision, fatalities, source, background=None):
    city, _, _, _, _, outlet = SETTINGS[i % len(SETTINGS)]
    return {"cls": cls, "text": _dispatch(headline, city, outlet, paragraphs, i), "published": PUBLISHED[i % len(PUBLISHED)],
            "outlet": outlet, "date": want_date, "precision": precision, "fatalities": fatalities, "source": source,
            "background": background}


def cases() -> list[dict]:
    """Each class has its dispatches, drawn over the settings and publication days above."""
    out = []
    for i in range(len(SETTINGS)):
        city, town, region, who, army, outlet = SETTINGS[i]
        pub = PUBLISHED[i]
        wd = (pub.weekday() - 1 - i % 3) % 7  # a weekday one to three days before publication
        day = _weekday_before(pub, wd)
        jour = JOURS[wd]
        att = f"{who[0].upper()}{who[1:]}"
        de_who = f"de {who[4:]}" if who.startswith("des ") else f"de {who}"  # "une attaque de rebelles"
        # the day
        out.append(_case("weekday", i, f"{town} : trois civils tués dans une attaque", [
            f"{att} ont tué trois civils {jour} à {town}, dans {region}, selon des sources locales.",
            "Les agresseurs, arrivés à moto, ont incendié plusieurs boutiques avant de se retirer.",
        ], day, DAY, 3, "sources locales"))
        d1 = (wd - 1) % 7
        out.append(_case("night", i, f"Attaque nocturne contre un poste militaire à {town}", [
            f"{att} ont attaqué dans la nuit de {JOURS[d1]} à {jour} un poste de {army} à {town}, tuant quatre "
            "soldats, selon une source sécuritaire.",
            "Des renforts ont été dépêchés sur place au petit matin.",
        ], _weekday_before(day, d1), DAY, 4, "source securitaire"))
        sat = pub - timedelta(days=(pub.weekday() - 5) % 7)
        out.append(_case("weekend", i, f"Violences à {town}", [
            f"Deux personnes ont été tuées ce week-end lors d'affrontements entre {army} et {who} à {town}, "
            f"dans {region}, selon des témoins.",
            "Le calme est revenu depuis, mais les commerces restent fermés.",
        ], sat, WEEK, 2, "temoins"))
        out.append(_case("la_veille", i, f"{town} : un chef de village assassiné", [
            f"Un chef de village a été abattu la veille par {who} à {town}, a rapporté un élu local joint par téléphone.",
            "Selon lui, les assaillants ont ensuite pris la fuite vers la brousse.",
        ], pub - timedelta(days=1), DAY, 1, "elu local"))
        out.append(_case("avant_hier", i, f"Embuscade meurtrière près de {town}", [
            f"Cinq soldats de {army} ont été tués avant-hier dans une embuscade tendue par {who} près de {town}, "
            "selon une source militaire.",
            "Un véhicule blindé a été détruit au cours de l'attaque.",
        ], pub - timedelta(days=2), DAY, 5, "source militaire"))
        n = max(1, pub.day - 1 - i % 3)
        out.append(_case("courant", i, f"{town} : six morts dans l'attaque d'un marché", [
            f"Six personnes ont été tuées le {n} courant lors de l'attaque du marché de {town} par {who}, "
            "selon un bilan de la préfecture.",
            "Le marché hebdomadaire attire chaque semaine des commerçants venus de toute la région.",
        ], date(pub.year, pub.month, n), DAY, 6, "prefecture"))
        prev = date(pub.year - (pub.month == 1), (pub.month - 2) % 12 + 1, 15)
        out.append(_case("mi_mois", i, f"Enlèvements et meurtres à {town}", [
            f"Huit villageois ont été tués mi-{MOIS[prev.month - 1]} par {who} à {town}, dans {region}, "
            "selon un rapport publié jeudi par une organisation de défense des droits humains.",
            "Le rapport demande une enquête indépendante sur ces violences.",
        ], prev, MONTH, 8, "rapport"))
        out.append(_case("fin_mois", i, f"{town} : un massacre révélé plusieurs semaines après", [
            f"Au moins douze civils ont été tués fin {MOIS[prev.month - 1]} dans un village proche de {town}, "
            "selon des responsables de la société civile.",
            "L'information n'a été connue que tardivement en raison de la coupure du réseau téléphonique.",
        ], prev, MONTH, 12, "societe civile"))
        mon = pub - timedelta(days=(pub.weekday() - 0) % 7 or 7)
        out.append(_case("depuis", i, f"Combats à {town}", [
            f"Des combats opposent depuis lundi {army} à {who} aux abords de {town}. Selon une source humanitaire, "
            "trois civils ont été tués.",
            "Des centaines de familles ont quitté leurs maisons pour se réfugier dans les écoles de la ville.",
        ], mon, None, 3, "source humanitaire"))
        out.append(_case("headline_day", i, f"{town} : quatre morts dans une attaque {jour}", [
            f"{att} ont ouvert le feu sur des passagers d'un car de transport à l'entrée de {town}, tuant quatre "
            "personnes, selon la gendarmerie.",
            "Le car assurait la liaison avec la capitale régionale.",
        ], day, DAY, 4, "gendarmerie"))
        out.append(_case("absolute", i, f"{town} : deux soldats tués", [
            f"Deux soldats ont été tués le {day.day} {MOIS[day.month - 1]} par l'explosion d'un engin artisanal "
            f"au passage de leur véhicule près de {town}, a indiqué {army}.",
            "Il s'agit du troisième incident de ce type dans la zone.",
        ], day, DAY, 2, army.split()[-1]))
        for k, phrase in enumerate(("En 2019", "L'an dernier", "Il y a deux ans")):
            j = i * 3 + k
            bpub = PUBLISHED[j % len(PUBLISHED)]
            bwd = (bpub.weekday() - 1 - j % 3) % 7
            bg_year = {0: 2019, 1: bpub.year - 1, 2: bpub.year - 2}[k]
            out.append(_case("background", j, f"Nouvelle attaque contre {town}", [
                f"{att} ont tué sept civils {JOURS[bwd]} à {town}, selon des sources locales.",
                f"{phrase}, une attaque contre cette même localité avait fait plus de quarante morts.",
            ], _weekday_before(bpub, bwd), DAY, 7, "sources locales", background=bg_year))
        # the toll ("mardi" as day throughout)
        tolls = (
            ("dizaine", f"Une dizaine de personnes ont été tuées {jour} lors d'une attaque {de_who} contre {town}, "
                        "selon des sources locales.", 10, "sources locales"),
            ("au_moins", f"Au moins trois civils ont été tués {jour} par {who} à {town}, selon des sources locales.",
             3, "sources locales"),
            ("plus_de", f"Plus de 20 personnes ont été tuées {jour} dans l'attaque de {town} par {who}, "
                        "selon des sources locales.", 20, "sources locales"),
            ("deux_camps", f"Deux militaires et cinq assaillants ont été tués {jour} lors d'une attaque {de_who} "
                           f"contre un poste de {army} à {town}, selon une source militaire.", 7, "source militaire"),
            ("provisoire", f"{att} ont attaqué {jour} le village de {town}. Un bilan provisoire fait état de quatre "
                           "morts, selon des sources locales.", 4, "sources locales"),
            ("aucune", f"{att} ont attaqué {jour} un poste de {army} à {town}. L'attaque n'a fait aucune victime, "
                       "selon une source militaire.", 0, "source militaire"),
        )
        for cls, sentence, toll, src in tolls:
            out.append(_case(cls, i, f"Attaque meurtrière à {town}", [
                sentence, "Les agresseurs ont emporté du bétail et des vivres.",
            ], day, DAY, toll, src))
        out.append(_case("alourdit", i, f"{town} : le bilan s'alourdit", [
            f"{att} ont attaqué {jour} le marché de {town}, tuant six personnes, selon des sources locales.",
            "Les autorités font état d'un bilan qui s'alourdit à 12 morts, plusieurs blessés ayant succombé à "
            "l'hôpital, selon des sources locales.",
        ], day, DAY, 12, "sources locales"))
        out.append(_case("revised", i, f"Attaque contre {town}", [
            f"{att} ont attaqué {jour} un camp de déplacés à {town}, tuant cinq personnes, selon des sources locales.",
            "Les secours ont évacué une vingtaine de blessés vers l'hôpital de district.",
            "Dans la soirée, le bilan a été revu à la hausse : neuf personnes ont perdu la vie, selon des sources "
            "locales.",
        ], day, DAY, 9, "sources locales"))
        # the toll's source
        sources = (
            ("src_militaire", f"Quatre soldats ont été tués {jour} dans une attaque {de_who} à {town}, selon une "
                              "source militaire.", "source militaire"),
            ("src_societe_civile", f"Quatre civils ont été tués {jour} par {who} à {town}, d'après la société "
                                   "civile locale.", "societe civile"),
            ("src_gouverneur", f"Quatre civils ont été tués {jour} par {who} à {town}, a indiqué le gouverneur de "
                               "la région.", "gouverneur"),
            ("src_outlet", f"Quatre civils ont été tués {jour} par {who} à {town}.", None),
        )
        for cls, sentence, src in sources:
            out.append(_case(cls, i, f"{town} : quatre morts", [
                sentence, "Les corps ont été inhumés le jour même en présence des notables.",
            ], day, DAY, 4, src))
    return out


def dated(events) -> list:
    return [e for e in events if e.status in ("reported", "ongoing") and e.event_type and e.event_date]


def date_ok(got, precision, case) -> bool:
    want = case["date"]
    if got is None:
        return False
    if case["precision"] == MONTH:
        return (got.year, got.month) == (want.year, want.month) and precision == MONTH
    if case["precision"] == WEEK:
        return abs((got - want).days) <= 3 and precision == WEEK
    return got == want and (case["precision"] is None or precision == case["precision"])


def source_ok(event, case) -> bool:
    """The carrier's attribution holds the expected source's words; ``ANY`` when the class is not about it."""
    if case["source"] is ANY:
        return True
    said = fold(event.attributed_to) if event is not None and event.attributed_to else None
    if case["source"] is None:
        return said is None
    return said is not None and fold(case["source"]) in said


def run(drawn: list[dict], lang: str, weekdays=JOURS, doc: str = __doc__) -> int:
    """Code each dispatch of ``drawn`` in ``lang`` and print the table by class (the options are read here)."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--show-failures", action="store_true")
    ap.add_argument("--only", help="comma-separated class names")
    args = ap.parse_args()
    if args.only:
        drawn = [c for c in drawn if c["cls"] in args.only.split(",")]
    pipe = Pipeline().load([lang])
    stats, failures = defaultdict(Counter), []
    t0 = time.perf_counter()
    for n, case in enumerate(drawn):
        events = pipe.code(Article(article_id=f"stress{n}", text=case["text"], lang=lang, published=case["published"],
                                   outlet=case["outlet"], title=case["text"].split("\n")[0]))
        got = dated(events)
        first = got[0] if got else None
        toll = sum(e.fatalities or 0 for e in got)
        carrier = max(got, key=lambda e: e.fatalities or 0) if got else None
        d_ok = first is not None and date_ok(first.event_date, first.time_precision, case)
        f_ok = bool(got) and toll == case["fatalities"]
        s_ok = source_ok(carrier, case)
        bg_ok = case["background"] is None or all(e.event_date.year > case["background"] for e in got)
        right = d_ok and f_ok and s_ok and bg_ok
        for key in (case["cls"], "all"):
            s = stats[key]
            s["n"] += 1
            s["date"] += d_ok
            s["toll"] += f_ok
            s["source"] += s_ok
            s["right"] += right
        if not right:
            failures.append((case, [(e.event_date, int(e.time_precision or 0), e.fatalities, e.attributed_to,
                                     e.trigger.text if e.trigger else "") for e in got]))
    print(f"{stats['all']['n']} dispatches, {time.perf_counter() - t0:.0f} s")
    print("| class | n | date | toll | source | all right |")
    print("|---|---|---|---|---|---|")
    for key, s in stats.items():
        if key != "all":
            print(f"| {key} | {s['n']} | {s['date']} | {s['toll']} | {s['source']} | {s['right']} |")
    s = stats["all"]
    print(f"| all | {s['n']} | {s['date'] / s['n']:.3f} | {s['toll'] / s['n']:.3f} | {s['source'] / s['n']:.3f} "
          f"| {s['right'] / s['n']:.3f} |")
    if args.show_failures:
        for case, got in failures:
            print(f"\n[{case['cls']}] published {case['published']} ({weekdays[case['published'].weekday()]}); want "
                  f"{case['date']} p{case['precision']} toll {case['fatalities']} source {case['source']}\n"
                  f"{case['text']}\n  got {got}")
    return 0


def main() -> int:
    return run(cases(), "fr")


if __name__ == "__main__":
    sys.exit(main())
