"""Choose a gazetteer entry for each mention from the evidence of the whole article.

Population alone sends every "Alexandria" to Egypt. Each candidate's score adds to its prior
(feature level, population, own name) the support of the rest of the article: the share of other
mentions in its country, its admin1 or admin2 named elsewhere, a "Town, Region" apposition or
"Town, dans la province de Region", and nearness to the other places. Two rounds let unambiguous
names settle first; one sense per discourse makes repeated names agree. A name that only
another country's alternate names contain (geonames lists "Mambasa" for Mombasa) loses to a place
of that exact name in the country the rest of the article is about; a small town alone in a far
country is left unresolved.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from sitrep.geo.build import ADMIN1, ADMIN2, CITY, COUNTRY
from sitrep.geo.distance import haversine_km
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.normalise import name_key
from sitrep.geo.recognise import Mention
from sitrep.types import Place

MAX_CANDIDATES = 40
W_COUNTRY, W_ADMIN, W_APPOSITION, W_NEAR, W_SAME_NAME_REGION = 5.0, 4.0, 8.0, 3.0, 8.0
W_LOOKALIKE, W_UNVOUCHED, LOOKALIKE_SHARE = 6.0, 3.0, 0.25
STRAY_POPULATION, STRAY_MIN_OTHERS, STRAY_SHARE, STRAY_KM = 100_000, 2, 0.6, 1000.0


def _candidates(gaz: Gazetteer, m: Mention) -> list[int]:
    ids = gaz.ids(m.target or m.text)
    if not ids and m.text.lower().startswith("the "):
        ids = gaz.ids(m.text[4:])
    return sorted(ids, key=lambda i: gaz.prior(i, m.target or m.text), reverse=True)[:MAX_CANDIDATES]


_APPOSITION = re.compile(r"^\s*[,(]\s*(?:[^\W\d_][\w'’-]*\s+){0,5}$")
_ADMIN_BEFORE = re.compile(r"(\w+)\s+(?:(?:de|du|des|of|d['’]|la|le|l['’]|the)\s*)*$")


def _appositions(text: str, mentions: list[Mention]) -> dict[int, int]:
    """Mention index -> index of the mention right after it that qualifies it ("Djibo, Soum",
    "Djibo, dans la province du Soum", "Alexandria (Louisiana)")."""
    out = {}
    for a, (m, n) in enumerate(zip(mentions, mentions[1:])):
        gap = text[m.end:n.start]
        if len(gap) <= 45 and _APPOSITION.match(gap) and not any(w[:1].isupper() for w in gap.split()):
            out[a] = a + 1
    return out


def _admin_announced(text: str, m: Mention, admin_words: frozenset[str]) -> bool:
    """Whether an admin word precedes the mention ("province du Soum", "Laurel county")."""
    hit = _ADMIN_BEFORE.search(text[max(0, m.start - 40):m.start])
    after = text[m.end:m.end + 12].split()
    return bool(hit and hit.group(1).lower() in admin_words) or bool(after and after[0].lower() in admin_words)


def resolve(text: str, mentions: list[Mention], gaz: Gazetteer, admin_words: frozenset[str] = frozenset(),
            default_country: str | None = None) -> list[Place | None]:
    cands = [_candidates(gaz, m) for m in mentions]
    admin_word = [_admin_announced(text, m, admin_words) for m in mentions]
    appos = _appositions(text, mentions)
    choice = [max(c, key=lambda i: gaz.prior(i, m.target or m.text) - W_UNVOUCHED * _unvouched(gaz, c, i, m))
              if c else None for c, m in zip(cands, mentions)]
    for _ in range(2):
        countries: Counter = Counter()
        admins: set = set()
        points = []
        for k, i in enumerate(choice):
            if i is None:
                continue
            weight = 1.0 if len(cands[k]) == 1 else 0.6
            countries[gaz.country[i]] += weight
            if gaz.feature[i] in (ADMIN1, ADMIN2):
                admins.add((gaz.country[i], name_key(gaz.names[i])))
            if gaz.feature[i] in (ADMIN2, CITY):
                admins.add((gaz.country[i], name_key(gaz.admin1[i])))
            if gaz.feature[i] in (CITY, ADMIN2):
                points.append((k, gaz.lat[i], gaz.lon[i]))
        total = sum(countries.values())
        scores = defaultdict(dict)
        for k, ids in enumerate(cands):
            own_country = gaz.country[choice[k]] if choice[k] is not None else None
            name = mentions[k].target or mentions[k].text
            own_weight = 1.0 if len(cands[k]) == 1 else 0.6
            rest = total - own_weight * (own_country is not None)

            def share(cc: str) -> float:
                others = countries[cc] - own_weight * (cc == own_country)
                return max(0.0, others) / rest if rest > 0 else float(cc == default_country)

            exact_ccs = {gaz.country[i] for i in ids if gaz.exact(i, name)}
            home = {cc for cc in exact_ccs if cc and share(cc) >= LOOKALIKE_SHARE}
            for i in ids:
                s = gaz.prior(i, name)
                cc = gaz.country[i]
                others = countries[cc] - own_weight * (cc == own_country)
                if home and cc not in exact_ccs and not gaz.exact(i, name) and share(cc) < max(map(share, home)):
                    s -= W_LOOKALIKE
                if _unvouched(gaz, ids, i, mentions[k]):
                    s -= W_UNVOUCHED
                if rest > 0:
                    s += W_COUNTRY * max(0.0, others) / rest
                elif default_country and cc == default_country:
                    s += W_COUNTRY / 2
                if gaz.feature[i] in (CITY, ADMIN2) and (cc, name_key(gaz.admin1[i])) in admins:
                    s += W_ADMIN
                if k in appos:
                    q = choice[appos[k]]
                    if q is not None and _contains(gaz, q, i):
                        s += W_APPOSITION
                if gaz.feature[i] in (CITY, ADMIN2) and points:
                    near = min((haversine_km(gaz.lat[i], gaz.lon[i], la, lo) for kk, la, lo in points if kk != k),
                               default=None)
                    if near is not None:
                        s += W_NEAR * math.exp(-near / 150)
                if gaz.feature[i] in (ADMIN1, ADMIN2):
                    if admin_word[k]:
                        s += 4.0
                    elif _capital_city(gaz, i, ids, name):
                        s -= W_SAME_NAME_REGION
                scores[k][i] = s
        by_name: dict[str, Counter] = defaultdict(Counter)
        for k, sc in scores.items():
            for i, s in sc.items():
                by_name[name_key(mentions[k].target or mentions[k].text)][i] += s
        new = []
        for k, ids in enumerate(cands):
            if not ids:
                new.append(None)
                continue
            agg = by_name[name_key(mentions[k].target or mentions[k].text)]
            new.append(max(ids, key=lambda i: (agg[i], scores[k][i])))
        choice = new
    places = []
    for k, i in enumerate(choice):
        if i is not None and k not in appos and _stray(gaz, k, choice):
            i = None
        if i is None:
            q = choice[appos[k]] if k in appos else None
            places.append(_within(gaz, mentions[k], q) if q is not None else None)
            continue
        sc = sorted(scores[k].values(), reverse=True)
        margin = sc[0] - sc[1] if len(sc) > 1 else sc[0]
        confidence = 1 / (1 + math.exp(-margin / 2))
        reason = _reason(gaz, mentions[k], i, len(cands[k]), k in appos)
        places.append(gaz.place(i, confidence, reason))
    return places


def _stray(gaz: Gazetteer, k: int, choice: list[int | None]) -> bool:
    """A small town alone in its country, far from every other place of an article whose places
    mostly agree on another country: a local name the gazetteer lacks (a neighbourhood of Deir
    ez-Zor) matching a far namesake (Jora, India), not a report from there. Left unresolved, the
    event keeps the article's own places."""
    i = choice[k]
    if gaz.feature[i] != CITY or gaz.population[i] >= STRAY_POPULATION:
        return False
    rest = [j for kk, j in enumerate(choice) if kk != k and j is not None]
    others = Counter(gaz.country[j] for j in rest)
    if others[gaz.country[i]] or len(rest) < STRAY_MIN_OTHERS:
        return False
    if others.most_common(1)[0][1] < STRAY_SHARE * len(rest):
        return False
    return all(haversine_km(gaz.lat[i], gaz.lon[i], gaz.lat[j], gaz.lon[j]) > STRAY_KM for j in rest)


def _within(gaz: Gazetteer, m: Mention, q: int) -> Place | None:
    """A name no gazetteer knows, qualified by a known one ("Kivuye, groupement de Bashali"):
    placed at the qualifier with its spread as uncertainty (ACLED geo-precision 2)."""
    f = gaz.feature[q]
    if f == COUNTRY or f == ADMIN1 and gaz.radius[q] > 150:
        return None
    radius = max(float(gaz.radius[q]), 10.0)
    return Place(name=m.text, lat=round(float(gaz.lat[q]), 5), lon=round(float(gaz.lon[q]), 5),
                 country=gaz.country[q] or None, admin1=gaz.admin1[q] or None, feature="area",
                 geo_precision=2, uncertainty_km=radius, score=0.5,
                 reason=f"{m.source} mention; not in the gazetteer; placed in {gaz.names[q]}, which qualifies it")


def _contains(gaz: Gazetteer, region: int, i: int) -> bool:
    """Whether entry ``region`` is the country or admin area that entry ``i`` lies in."""
    f = gaz.feature[region]
    if f == COUNTRY:
        return gaz.country[i] == gaz.country[region]
    if f in (ADMIN1, ADMIN2):
        if gaz.country[i] != gaz.country[region]:
            return False
        if name_key(gaz.admin1[i]) == name_key(gaz.names[region]):
            return True
        return f == ADMIN2 and haversine_km(gaz.lat[i], gaz.lon[i], gaz.lat[region], gaz.lon[region]) < max(60.0, gaz.radius[region])
    return False


def _unvouched(gaz: Gazetteer, ids, i: int, m: Mention) -> bool:
    """Whether candidate ``i`` carries the name only as a foreign alternate name while sitrep's own
    tables give the name to a place in another country: the own spelling should win."""
    name = m.target or m.text
    if gaz.exact(i, name):
        return False
    vouched = {gaz.country[j] for j in ids if gaz.vouched(j, name)}
    return bool(vouched) and gaz.country[i] not in vouched


def _capital_city(gaz: Gazetteer, region: int, ids, name: str = "") -> bool:
    """A region sharing its name with a sizeable town of it: a bare name means the town
    ("Deir ez-Zor", "New York", a territory of eastern Congo and its chief town), unless an admin
    word says otherwise (handled by the caller)."""
    for i in ids:
        if gaz.feature[i] == CITY and gaz.country[i] == gaz.country[region] \
                and (gaz.population[i] >= 50000 or i in gaz.local.get(name_key(name), ())) \
                and haversine_km(gaz.lat[i], gaz.lon[i], gaz.lat[region], gaz.lon[region]) < max(150.0, gaz.radius[region]):
            return True
    return False


def _reason(gaz: Gazetteer, m: Mention, i: int, n: int, appos: bool) -> str:
    parts = [f"{m.source} mention", f"{n} candidate{'s' if n != 1 else ''}"]
    if m.target:
        parts.append(f"demonym of {m.target}")
    if appos:
        parts.append("qualified by the next name")
    parts.append(f"chose {gaz.names[i]} ({gaz.country[i] or '-'}, {('city', 'admin2', 'admin1', 'country', 'area')[gaz.feature[i]]}, pop {gaz.population[i]})")
    return "; ".join(parts)
