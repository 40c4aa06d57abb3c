"""Relative locations: "à 35 ou 40 kilomètres au sud de Deir ez-Zor", "30km south of X",
"près de X", "dans l'ouest de la ville".

The phrases come from a language pack's ``relative.json``; this module only assembles them into
patterns and does the geometry: an offset point at the middle of the stated range, along the
great circle, with an uncertainty radius covering the range plus slack (ACLED geo-precision 2).
"""
from __future__ import annotations

import bisect
import dataclasses
import math
import re

from sitrep.acled import GeoPrecision
from sitrep.geo.distance import destination
from sitrep.lang import LanguagePack, pack
from sitrep.types import Place, Toponym

COMPASS = ("N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW")
CITY_RADIUS_KM = 5.0  # the extent of a town the gazetteer gives no radius for
WINDOW_CHARS = 120  # how far before an anchor a relative phrase may begin ("à 35 ou 40 kilomètres au sud de")
MIN_SLACK_KM = 5.0  # an offset is never known closer than this ...
RANGE_SLACK_SHARE = 0.25  # ... nor than this share of the stated distance (a reporter's "30 km" is rounded)
ANCHOR_SLACK_SHARE = 0.5  # ... plus half the anchor's extent, which the distance is measured from
PART_SHARE = 0.5  # "the west of the town": a point half its extent from its centre ...
PART_SLACK_KM = 2.0  # ... uncertain by that much plus a little
# a city's zone ("Rio de Janeiro - West Zone") is a sector of the whole city, which the gazetteer gives as a
# point: its extent is taken as a disc of its population at this density (people per km2, a metropolitan mean)
CITY_DENSITY = 2500.0
NEAR_PREFIX = "near "  # the name of a place a "near X" phrase builds
NEAR_DEFAULT_KM = 10.0  # "near X" with no distance of its own in the language's list
# anchors whose part is a region (ACLED geo-precision 3), not a town's quarter: "dans le nord de la
# Cisjordanie" (an area) is no more a place than "dans le nord du Mali", and a town named beside it says more
REGION_FEATURES = ("country", "admin1", "area")


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@dataclasses.dataclass(frozen=True)
class Patterns:
    offset: re.Pattern
    near: re.Pattern
    part: re.Pattern
    anchor_word: re.Pattern | None
    data: dict
    to_name: re.Pattern  # the "de" between an anchor word that titles a name and the name
    distance: re.Pattern | None  # "à 12 km de X": a distance with no direction
    part_after: re.Pattern | None  # "X - West Zone": a part named after its city
    compass_gap: re.Pattern | None = None  # "Kalo, north of Avdiivka": the words that tie a name to the town it lies by


def compile_patterns(d: dict) -> Patterns:
    """The patterns of a language's ``relative.json``: offsets, "near", "part of" and anchor words."""
    num = rf"(?:\d+(?:[.,]\d+)?|{_alt(d['numbers'])})"
    lead = rf"(?:(?:{_alt(d['offset_lead'])})\s+)?" if d["offset_lead"] else ""
    approx = rf"(?:(?:{_alt(d['approx'])})\s+)?"
    dirs = _alt(d["directions"])
    dlead = rf"(?:(?:{_alt(d['direction_lead'])})\s*)?" if d["direction_lead"] else ""
    of = _alt(d["of"])
    titled = _titled(d)
    offset = re.compile(
        rf"\b{lead}{approx}(?P<n1>{num})(?:\s*(?:{_alt(d['range'])})\s*(?P<n2>{num}))?\s*(?P<unit>{_alt(d['units'])})\b\.?"
        rf"(?:\s*\([^)]{{0,30}}\))?\s+{dlead}(?P<dir>{dirs})\s+(?:{of})(?:\s+|(?<=['’])){titled}$", re.I)
    near = re.compile(rf"(?<!\w)(?P<near>{_alt(d['near'])})\s*{titled}$", re.I)
    adjs = d["direction_adjectives"]
    parts = []
    middle = d.get("middle", {})
    for template in d["part"]:
        slot = "dir" if "{dir}" in template else "adj"
        words = _alt([*(d["directions"] if slot == "dir" else adjs.values()), *middle.get(slot, ())])
        parts.append(re.escape(template).replace(r"\ ", r"\s+").replace(rf"\{{{slot}\}}", rf"(?P<{slot}{len(parts)}>{words})"))
    part = re.compile(rf"(?<!\w)(?:{'|'.join(parts)})\s*{titled}$", re.I)
    anchor_word = re.compile(rf"(?P<aw>{_alt(d['anchor_words'])})\b", re.I) if d.get("anchor_words") else None
    to_name = re.compile(rf"\s*(?:(?:{of})(?:\s+|(?<=['’])))?")
    distance = re.compile(
        rf"\b{lead}{approx}(?P<n1>{num})(?:\s*(?:{_alt(d['range'])})\s*(?P<n2>{num}))?\s*(?P<unit>{_alt(d['units'])})\b\.?"
        rf"\s+(?:{_alt(d['distance_of'])})(?:\s+|(?<=['’])){titled}$", re.I) if d.get("distance_of") else None
    after = [re.escape(t).replace(r"\ ", r"\s+").replace(r"\{dir\}", rf"(?P<dir{k}>{dirs})")
             for k, t in enumerate(d.get("part_after", ()))]
    part_after = re.compile(rf"\s*(?:{'|'.join(after)})\b", re.I) if after else None
    compass_gap = re.compile(rf"\s*,\s*{dlead}(?:{dirs})\s+(?:{of})(?:\s+|(?<=['’]))", re.I)
    return Patterns(offset, near, part, anchor_word, d, to_name, distance, part_after, compass_gap)


def _city_extent(anchor: Place) -> float:
    """The radius of the land a town covers: the gazetteer's where it gives one, else a disc holding its people."""
    if anchor.uncertainty_km:
        return anchor.uncertainty_km
    return max(CITY_RADIUS_KM, math.sqrt(anchor.population / (math.pi * CITY_DENSITY)))


def _zone_after(text: str, end: int, anchor: Place, p: Patterns) -> Place | None:
    """"Rio de Janeiro - West Zone": the city's sector in that direction, half its extent from its point,
    not the city's centre (a zone of a large city lies tens of kilometres from it)."""
    m = p.part_after.match(text, end) if p.part_after and anchor.feature == "city" else None
    if not m:
        return None
    bearing = _bearing(next(v for v in m.groupdict().values() if v), p.data)
    radius = _city_extent(anchor)
    lat, lon = destination(anchor.lat, anchor.lon, bearing, radius * PART_SHARE)
    name = f"{_compass(bearing)} part of {anchor.name}"
    place = _relative_place(anchor, name, lat, lon, radius * PART_SHARE + PART_SLACK_KM, name)
    return place


def _titled(d: dict) -> str:
    """The optional title a phrase may give its place before the name ("à 20 km au sud-est de la ville
    de X", "à proximité de la capitale X"): the offset or nearness is still measured from X."""
    if not d.get("titles"):
        return ""
    return rf"(?:(?:{_alt(d['titles'])})(?:\s+|(?<=['’])))?"


def _titles_a_name(text: str, end: int, starts: set[int], to_name: re.Pattern) -> bool:
    """Whether an anchor word is the title of the name right after it ("la ville de X", "la capitale
    X"), not a word that points back to a town named before."""
    return to_name.match(text, end).end() in starts


def _number(text: str, d: dict) -> float:
    text = re.sub(r"\s+", " ", text.lower())
    if text in d["numbers"]:
        return float(d["numbers"][text])
    return float(text.replace(",", "."))


def _range_km(m: re.Match, d: dict) -> tuple[float, float]:
    """The stated distance's bounds in km ("35 ou 40 kilomètres", "12 km": twice the same)."""
    lo = _number(m.group("n1"), d)
    hi = _number(m.group("n2"), d) if m.group("n2") else lo
    factor = next(f for u, f in d["units"].items() if u.lower() == m.group("unit").lower())
    lo, hi = sorted((lo * factor, hi * factor))
    return lo, hi


def _bearing(word: str, d: dict) -> float:
    word = re.sub(r"\s+", " ", word.lower())
    for w, b in d["directions"].items():
        if w.lower() == word:
            return float(b)
    for w, adj in d["direction_adjectives"].items():
        if adj.lower() == word:
            return float(d["directions"][w])
    return 0.0


def _is_middle(word: str, d: dict) -> bool:
    word = re.sub(r"\s+", " ", word.lower())
    return any(word == w.lower() for words in d.get("middle", {}).values() for w in words)


def _km(x: float) -> str:
    return f"{round(x):d}" if x >= 5 else f"{round(x, 1):g}"


def _compass(bearing: float) -> str:
    return COMPASS[int((bearing % 360) / 22.5 + 0.5) % 16]


def _relative_place(anchor: Place, name: str, lat: float, lon: float, uncertainty: float, reason: str,
                    precision: GeoPrecision = GeoPrecision.NEAR) -> Place:
    return Place(name=name, lat=round(lat, 5), lon=round(lon, 5), country=anchor.country, admin1=anchor.admin1,
                 feature="relative", population=0, geo_precision=precision,
                 uncertainty_km=round(uncertainty, 1),
                 score=anchor.score, reason=reason, geonameid=None)


class _Before:
    """Anchors in order of start, asked for the last one ending before a position."""

    def __init__(self, anchors: list[tuple]):
        self.anchors = anchors
        self.starts = [a[0] for a in anchors]

    def last(self, pos: int) -> tuple | None:
        k = bisect.bisect_right(self.starts, pos) - 1  # the anchors after it start, so end, after ``pos``
        while k >= 0 and self.anchors[k][1] > pos:
            k -= 1
        return self.anchors[k] if k >= 0 else None


def _seated(t: Toponym) -> Place:
    """The anchor's place: a district named after its town is measured from the town ("near Hlaingbwe",
    "10 km north of Matupi": ACLED's distances and "near" are a town's), with the district's spread."""
    if t.seat is None or t.seat.lat is None:
        return t.place
    return Place(**{**t.place.__dict__, "lat": t.seat.lat, "lon": t.seat.lon})


def find_relative(text: str, toponyms: list[Toponym], lang: str | LanguagePack) -> list[Toponym]:
    """Relative toponyms built on the resolved ``toponyms`` (anchors) of ``text``."""
    p = pack(lang).relative_patterns
    d = p.data
    out = []
    anchors = [(t.start, t.end, _seated(t), t.text) for t in toponyms if t.place is not None and not t.relative]
    if p.anchor_word:
        named = {False: _Before(anchors), True: _Before([a for a in anchors if a[2].feature == "city"])}
        said: dict[bool, tuple | None] = {False: None, True: None}  # the last anchor word taken, any and a city
        starts = {a[0] for a in anchors}
        for m in p.anchor_word.finditer(text):
            if _titles_a_name(text, m.end(), starts, p.to_name):
                continue
            kind = d["anchor_words"].get(m.group("aw").lower(), "")
            city = kind == "city"
            prior = said[city] or named[city].last(m.start())  # an earlier anchor word outranks any place
            if prior and kind in ("city", "region", "country"):
                anchors.append((m.start(), m.end(), prior[2], m.group(0)))
                said[False] = anchors[-1]
                if prior[2].feature == "city":
                    said[True] = anchors[-1]
    for start, end, anchor, _ in anchors:
        zone = _zone_after(text, end, anchor, p)
        if zone is not None:
            stop = p.part_after.match(text, end).end()
            out.append(Toponym(start, stop, text[start:stop], zone, relative=True))
            continue
        window = text[max(0, start - WINDOW_CHARS):start]
        base = start - len(window)
        m = p.offset.search(window)
        if m:
            lo, hi = _range_km(m, d)
            mid = (lo + hi) / 2
            bearing = _bearing(m.group("dir"), d)
            lat, lon = destination(anchor.lat, anchor.lon, bearing, mid)
            slack = max(MIN_SLACK_KM, RANGE_SLACK_SHARE * mid) + \
                (anchor.uncertainty_km or CITY_RADIUS_KM) * ANCHOR_SLACK_SHARE
            span = f"{_km(lo)}-{_km(hi)}" if hi != lo else _km(lo)
            name = f"{span} km {_compass(bearing)} of {anchor.name}"
            place = _relative_place(anchor, name, lat, lon, (hi - lo) / 2 + slack, f"offset {name}")
            out.append(Toponym(base + m.start(), end, text[base + m.start():end], place, relative=True))
            continue
        m = p.part.search(window)
        if m:
            word = next(v for k, v in m.groupdict().items() if v)
            radius = anchor.uncertainty_km or CITY_RADIUS_KM
            if _is_middle(word, d):  # "in central Mali": round a region's own centre; a town's centre is the town
                if anchor.feature not in REGION_FEATURES:
                    continue
                lat, lon, name = anchor.lat, anchor.lon, f"centre of {anchor.name}"
            else:
                bearing = _bearing(word, d)
                lat, lon = destination(anchor.lat, anchor.lon, bearing, radius * PART_SHARE)
                name = f"{_compass(bearing)} part of {anchor.name}"
            # "dans l'est du Burkina Faso", "in eastern Ukraine": a part of a country or a province is a region
            precision = GeoPrecision.REGION if anchor.feature in REGION_FEATURES else GeoPrecision.NEAR
            place = _relative_place(anchor, name, lat, lon, radius * PART_SHARE + PART_SLACK_KM, name, precision)
            out.append(Toponym(base + m.start(), end, text[base + m.start():end], place, relative=True))
            continue
        m = p.distance.search(window) if p.distance else None
        if m:  # "à 12 km de X": somewhere on a circle round X, so X itself, as uncertain as the distance
            lo, hi = _range_km(m, d)
            span = f"{_km(lo)}-{_km(hi)}" if hi != lo else _km(lo)
            name = f"{span} km from {anchor.name}"
            radius = hi + max(MIN_SLACK_KM, RANGE_SLACK_SHARE * hi) + (anchor.uncertainty_km or 0)
            place = _relative_place(anchor, name, anchor.lat, anchor.lon, radius, name)
            out.append(Toponym(base + m.start(), end, text[base + m.start():end], place, relative=True))
            continue
        m = p.near.search(window)
        if m:
            phrase = re.sub(r"\s+", " ", m.group("near").lower())
            km = next((float(v) for k, v in d["near"].items() if k.lower() == phrase), NEAR_DEFAULT_KM)
            name = f"{NEAR_PREFIX}{anchor.name}"
            radius = km + (anchor.uncertainty_km or 0)
            place = _relative_place(anchor, name, anchor.lat, anchor.lon, radius, f"{name} (within ~{km:g} km)")
            out.append(Toponym(base + m.start(), end, text[base + m.start():end], place, relative=True))
    return out
