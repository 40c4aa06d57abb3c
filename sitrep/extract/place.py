"""The place of a mention: the toponym of its sentence nearest its trigger, else the article's.

An offset from a town says most, then a town, then a region; a country stands only when nothing
finer is named. When the sentence names no place, the article's main place stands in for it, coded
as near it (ACLED geo-precision 2 at best), as a coder reads an article about one town.
"""
from __future__ import annotations

import re

from sitrep.acled import GeoPrecision
from sitrep.geo.build import ADMINISTERED_BY
from sitrep.geo.distance import haversine_km
from sitrep.extract.clause import ACTIVE_SUBJECT, DIRECT_OBJECT, agent_marker, clause_head, relative_phrases
from sitrep.extract.context import ArticleContext
from sitrep.extract.triggers import TriggerMatch
from sitrep.lang import LanguagePack
from sitrep.nlp.models import entities, joined_text
from sitrep.normalise.actors import nonplace_spans
from sitrep.normalise.taxonomy import is_violent, names_demonstration
from sitrep.text import fold, in_headline
from sitrep.types import Actor, Place, Toponym

_CHAIN = re.compile(r"\s*[,\-–(]\s*")  # the joint between a place and the unit it is in, or a hyphenated area
# ... or a bracket whose first names no table has before the one it knows ("Kakuma Refugee Camp (Turkana West, Turkana)")
_UNITS_AFTER = re.compile(r"\s*\(\s*(?:[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}\s*,\s*){1,2}")
MAX_LIST_JOINT = 16  # ", et à", " ainsi qu'à": the words between the last two places of a list
SEPARATE_PLACES_KM = 50.0  # strikes on towns this far apart are one event per town
FAR_RELATIVE_KM = 50.0  # an offset this uncertain is a pointer to the region, not a place
ORGANISATION_LABELS = {"ORG"}  # "Badr Organization", "Leon High School": a name inside one names no event's place
_COMPOUND = re.compile(r"-[^\W\d_A-Z]")  # "Turkey-backed", "Goma-based": an adjective, not where it happened
_BEFORE_ACTOR = re.compile(r"\s*(?:and\s+)?$")  # "U.S military", "Burundi and Congolese refugees"
BEFORE_TRIGGER_CHARS = 15  # a place just after the trigger ("attaqué à Gao") is its place before one just before it
LINK_POS = {"ADP", "DET"}  # the words between a noun and the place it holds ("avec le", "en")
CROWD_KINDS = {"force_against_protest", "mob_violence"}  # a crowd's doings, which may be at a summit's place
STRAY_TOWN_POPULATION = 50_000  # a town this small, alone in its country, is likelier a namesake than the place
LIST_JOINTS = {",", "and", "or", "et", "ou"}  # between two towns of a list that one chain of units qualifies
SEAT_GAP_CHARS = 12  # "Kalo village, Wetlet township": the words between a village and its unit
VOICED_CLAUSE_DEPS = {"xcomp", "ccomp"}  # "dit avoir abattu", "affirme que l'armée a repoussé"
NAME_DEPS = {"flat", "flat:name", "fixed", "compound", "appos"}  # the words of one name, or its apposition
# acts whose place may be where people or forces came from: a displacement is coded where people fled,
# a withdrawal or handover where the forces left, a base or an aid delivery where it went, an abduction
# or a deportation where the people were taken from
MOVING_KINDS = {"other_strategic", "territory_transfer", "territory_gain", "base_established", "aid", "abduction"}
_UNIT_WORDS = re.compile(r",\s*(?:[^\W\d_A-Z][\w'’-]*\s+){0,4}$")  # ", dans la province du ": the words before a unit
_DESCRIBED = re.compile(r"\s*,\s*(?:[^\W\d_A-Z][\w'’-]*\s+){0,3}")  # "X, localité située à 20 km ...": at most a few lowercase words
SITE_TAIL_WORDS = 3  # "General Hospital", "IDP camp", "Court": a site's last words the model may leave out of its name
_SHORT_LOWER = re.compile(r"\b[^\W\d_A-Z]{1,3}\b")  # "the", "de", "la": a short lowercase word joins names
DESCRIBED_TOWN_KM = 50.0  # a town this far from the point its description gives is a namesake
UNIT_FEATURES = {"admin1", "admin2", "area"}  # a province, a territory, a chiefdom: what a town is said to lie in
SOURCE_GAP_CHARS = 24  # "selon ", "a indiqué ": the words before a name that may say it is a source
ORIGIN_GAP_CHARS = 24  # "originaires de la ": the words before a name that may say it is an origin
_ARTICLE = r"(?:\w{1,3}\s+|\w['’])?"  # "the", "la", "l'": a short word between an origin word and the name


def choose_place(trig: TriggerMatch, toponyms: list[Toponym], actors: list[Actor],
                 ctx: ArticleContext) -> tuple[Place | None, Toponym | None, str]:
    """The mention's place, the toponym that names it (its evidence), and whether the sentence
    stated it ("stated") or the article's main place stands in for it ("default")."""
    sent = trig.head.sent
    text = joined_text(sent.doc)
    orgs = [(a, b) for start, end, label, a, b in entities(sent.doc)
            if sent.start <= start and end <= sent.end and label in ORGANISATION_LABELS
            and not _a_site(a, b, text, toponyms, ctx.lang.site_words) and not _a_unit(a, b, text, toponyms, ctx.lang)
            and not _a_named_settlement(a, text, ctx.lang)]
    nonplaces = nonplace_spans(actors, ctx.lang)
    inside = [t for t in toponyms if t.place and sent.start_char <= t.start < sent.end_char
              and not any(s <= t.start < e for s, e in nonplaces) and not _attributive(t, text, actors)
              and not any(s <= t.start and t.end <= e and (s, e) != (t.start, t.end) for s, e in orgs)
              and not _place_of_another_thing(trig, t, ctx.lang) and not _stray_town(t, ctx)
              and not _a_voice(trig, t, ctx.lang) and not _a_source(t, text, ctx.lang)]
    inside = [t for t in inside if not _namesake_of_a_part(t, inside, toponyms)]
    inside = [t for t in inside if not _an_agent_state(trig, t)]
    acting = [t for t in inside if _a_striking_state(trig, t)]
    if acting and len(acting) < len(inside):  # "Israël a bombardé le sud du Liban": Lebanon, not Israel
        inside = [t for t in inside if t not in acting]
    inside = [t for t in inside if not _a_grievance(trig, t, ctx.lang)]
    labels = [t for t in inside if _labels_a_crowd(t, text, ctx.lang)]
    if labels and len(labels) < len(inside):  # "Saba Saba protesters in Nakuru": Nakuru
        inside = [t for t in inside if t not in labels]
    own = _in_its_relative_phrase(trig, inside) or _its_own_in_a_headline_list(trig, inside, text)
    if own:
        inside = own  # "en riposte aux frappes qui ont tué 30 personnes à X": X, not the main clause's place
    if trig.kind not in MOVING_KINDS:  # "un habitant réfugié à Djibo": where the witness sheltered, not the act
        inside = [t for t in inside if not _a_refuge(t, text, ctx.lang)]
    origins = _origins(inside, text, ctx.lang)
    if origins and trig.kind not in MOVING_KINDS and any(id(t) not in origins for t in inside):
        inside = [t for t in inside if id(t) not in origins]  # "arrested a man from X in Y": Y
    t_pos = trig.head.idx

    def distance(t: Toponym) -> int:
        return abs(t.start - t_pos) + (0 if t.start >= t_pos else BEFORE_TRIGGER_CHARS)

    coded = ctx.coded
    said = [t for t in coded if sent.start_char <= t.start < sent.end_char] or \
        (coded if len({t.place.name for t in coded}) == 1 else [])
    if said:  # "arrived in Slovakia [coded to X]", "... Coded as X city.": the note says where it coded the event
        best = min(said, key=distance)
        return _standing_in(best, _seat(best, text, ctx.lang.settlement_words), text, toponyms, ctx.lang), best, "stated"

    far = [t for t in inside if t.relative and (t.place.uncertainty_km or 0) > FAR_RELATIVE_KM]
    named = [t for t in inside if not t.relative and t.place.feature not in ("country", "admin1")
             and not _end_of_a_road(t, text, ctx.lang) and not any(_measured_from(t, f) for f in far)]
    if named and far:  # "à Zale, à 200 km au nord de Bunia": the named place says more than the offset
        inside = [t for t in inside if t not in far]
    towns = [t for t in inside if not t.relative and t.place.feature not in ("country", "admin1")]
    # a place in no country (a sea, the Sahel, a continent) is where shots came from or a setting:
    # "warships in the Black Sea fired missiles at Odesa" is coded at Odesa
    open_areas = [t for t in towns if _open_area(t.place)]
    towns = [t for t in towns if not _open_area(t.place)]
    if any(not t.qualifier for t in towns):  # "Kalo village, Wetlet township (Shwebo district)": Wetlet
        towns = [t for t in towns if not t.qualifier]
    units = _units(toponyms)
    seats = _seats(toponyms, text, ctx.lang.seat_words)
    if any(id(t) in seats for t in towns) and any(id(t) in seats.values() for t in towns):
        towns = [t for t in towns if id(t) not in seats]  # "à X, chef-lieu de la chefferie de Y": X
        units |= set(seats.values())
    if any(id(t) in units for t in towns):  # "supporters from Butig gathered in Marawi City (Lanao del Sur)":
        # the place a note names with its units is the event's, and so is a town listed with it, which
        # the units also qualify ("between Sevare and Konna (Mopti, Mopti)")
        towns = [t for t in towns if id(t) in units or any(
            id(u) in units and u.start > t.end and text[t.end:u.start].strip().lower() in LIST_JOINTS for u in towns)]
        inside = [t for t in inside if not (t.relative and _opens_a_road(t, text, ctx.lang))]
    # a part of a country or a province ("dans l'est du Burkina Faso") is a region: a town named beside it says more
    regions = [t for t in inside if t.place.feature == "admin1" or _region_part(t)]
    for group in ([t for t in inside if t.relative and not _region_part(t)], towns, regions, open_areas):
        if group:
            best = min(group, key=distance)
            described = _described_town(best, inside, text)
            if described is not None and not _end_of_a_road(described, text, ctx.lang):
                best = described  # not a road's end: "sur la route Goma-Rutshuru, près de Kibumba" is near Kibumba
            place = _seat(best, text, ctx.lang.settlement_words)
            return _standing_in(best, place, text, toponyms, ctx.lang), best, "stated"
    countries = [t for t in inside if t.place.feature == "country"]
    main = ctx.main_place
    if main is not None and (not countries or any(c.place.country == main.place.country for c in countries)) \
            and not any(a.place.country == main.place.country for a in acting):
        place = Place(**{**main.place.__dict__, "geo_precision": max(GeoPrecision.NEAR, main.place.geo_precision)})
        return place, main, "default"
    if countries:
        best = min(countries, key=distance)
        place = Place(**{**best.place.__dict__, "geo_precision": GeoPrecision.REGION})
        return place, best, "stated"
    return None, None, "default"


def _region_part(t: Toponym) -> bool:
    return t.relative and t.place.geo_precision == GeoPrecision.REGION


def _measured_from(t: Toponym, offset: Toponym) -> bool:
    """ "à 45 km de Kalemie": the town a stated distance is measured from says no more than the offset."""
    return offset.start <= t.start < offset.end and any(c.isdigit() for c in offset.text)


ROAD_END_REACH = 60  # characters before a road's second end that may hold its word and first end


def _end_of_a_road(t: Toponym, text: str, lang: LanguagePack) -> bool:
    """ "à 45 km de Kalemie sur l'axe Kalemie-Nyunzu": the towns a road is named by are no place of the act
    when the text measures the act's place along it."""
    before = fold(text[max(0, t.start - ROAD_END_REACH):t.start]).lower()
    words = "|".join(re.escape(fold(w)) for w in lang.road_words)
    return bool(words) and re.search(rf"\b(?:{words})\s+(?:[^\W\d_][\w'’.]*-)?$", before) is not None


def _opens_a_road(t: Toponym, text: str, lang: LanguagePack) -> bool:
    """Whether the town a relative place is measured from opens the name of a road ("around Kalo-Mbe road
    in Y area (Y, State)"): the act was along the road, and a place the sentence names with its units says
    where; the road's first end does not."""
    words = "|".join(re.escape(fold(w)) for w in lang.road_words)
    after = fold(text[t.end:t.end + ROAD_END_REACH]).lower()
    return bool(words) and re.match(rf"\s*(?:[-–]\s*[^\W\d_][\w'’.]*\s+)?(?:{words})\b", after) is not None


def _described_town(t: Toponym, inside: list[Toponym], text: str) -> Toponym | None:
    """A known town right before an offset or a part of another town that says where it lies ("à X,
    dans l'est de Y", "à X, localité située à 20 km au nord de Y") is the place: the phrase describes
    it, and the town's own point is the nearer one. None when the phrase follows no such town, or one
    too far from it to be what it describes (a namesake)."""
    if not t.relative or t.place.lat is None:
        return None
    for o in inside:
        p = o.place
        if o.relative or p.feature != "city" or p.lat is None or p.country != t.place.country:
            continue
        if _DESCRIBED.fullmatch(_units_left_out(text, o.end, t.start, inside)) and \
                haversine_km(p.lat, p.lon, t.place.lat, t.place.lon) <= DESCRIBED_TOWN_KM:
            return o
    return None


def _units_left_out(text: str, start: int, end: int, inside: list[Toponym]) -> str:
    """The text between two places without the units it names ("à X, en territoire de Y, à 40 km de Z"):
    the units say where the town lies, as the words of its description do."""
    kept, cut = [], start
    for u in sorted(inside, key=lambda u: u.start):
        if start <= u.start and u.end <= end and not u.relative and u.place.feature in UNIT_FEATURES:
            words = _UNIT_WORDS.search(text, cut, u.start)
            if words is None:
                continue
            kept.append(text[cut:words.start()])
            cut = u.end
    return "".join(kept) + text[cut:end]


def _origins(inside: list[Toponym], text: str, lang: LanguagePack) -> set[int]:
    """The places a person or a group is said to come from ("a teacher from X, Y State", "des
    hommes armés originaires de X"), with the units chained to them: where the sentence names
    another place, that one is where the act happened, not the victim's or the attackers' home."""
    found: set[int] = set()
    last: Toponym | None = None
    for t in sorted(inside, key=lambda t: t.start):
        if _after_origin_word(text[max(0, t.start - ORIGIN_GAP_CHARS):t.start].lower(), lang.origin_words):
            found.add(id(t))
        elif last is not None and id(last) in found and t.qualifier and _CHAIN.fullmatch(text[last.end:t.start]):
            found.add(id(t))
        last = t
    return found


def _a_refuge(t: Toponym, text: str, lang: LanguagePack) -> bool:
    """Whether the place is where people fled to ("des familles ont fui vers X", "un déplacé réfugié à X"),
    not where their camp stands ("un site de déplacés à X")."""
    before = text[max(0, t.start - ORIGIN_GAP_CHARS):t.start].lower()
    return _after_origin_word(before, lang.refuge_words) and not _after_origin_word(before, lang.displaced_camps)


def _after_origin_word(before: str, words: tuple[str, ...]) -> bool:
    """Whether the text before a name ends with an origin word, an article at most between
    ("from the X", "originaire de la X"); "de" also as elided "d'" ("originaire d'X")."""
    for w in words:
        if re.search(rf"(?:^|\W){re.escape(w)}\s+{_ARTICLE}$", before):
            return True
        if w.endswith(" de") and re.search(rf"(?:^|\W){re.escape(w[:-2])}d['’]$", before):
            return True
    return False


def _open_area(p: Place) -> bool:
    return p.feature == "area" and not p.country


def other_places(trig: TriggerMatch, toponyms: list[Toponym], actors: list[Actor], ctx: ArticleContext,
                 chosen: Place) -> list[Toponym]:
    """The other towns of the sentence that could each be the trigger's place, in other provinces
    than ``chosen`` and far from it and from each other ("des frappes à Dnipro, à Zaporijjia et à
    Lviv"): ACLED codes a wave of strikes once per town. Regions, the units a town is said to lie in
    ("Kani Masi sub-district of Al Amadiya, Duhok") and villages of one district stay one event."""
    if chosen.feature in ("country", "admin1", "relative") or ctx.coded:
        return []
    if in_headline(joined_text(trig.head.doc), trig.head.idx) and any(_hangs_on(t, trig) for t in toponyms):
        return []  # "shelling of El Fasher, air strike on Nyala": a headline's list gives each act its own place
    chained = _chained(trig.head.doc, toponyms)
    if any(t.place is chosen for t in toponyms if id(t) in chained):
        return []
    found: list[Toponym] = []
    for t in toponyms:
        if t.relative or t.qualifier or t.place is None or t.place.feature == "country" or id(t) in chained:
            continue
        if t.place.country != chosen.country or not _in_clause(trig, t):
            continue
        if t.place.admin1 is None or chosen.admin1 is None or \
                any(t.place.admin1 == f.place.admin1 for f in found) or t.place.admin1 == chosen.admin1:
            continue
        place, named_by, source = choose_place(trig, [t], actors, ctx)
        if source != "stated" or named_by is not t:
            continue
        if all(_apart(place, p) for p in [chosen, *(f.place for f in found)]):
            found.append(t)
    return found


def _seat(t: Toponym, text: str, settlement_words: frozenset[str]) -> Place:
    """A district named after its chief town ("Barmer district (Rajasthan)", "Amadiya district") is
    coded by ACLED at that town, not at the district's middle: the town, with the district's spread.
    A district that stands in for a named village no table has ("Kalo village, Wetlet township") keeps its
    middle, the nearer point to an unknown village of it; a village the text does not name ("in a village of
    Kwamouth territory") is one no coder can find either, and ACLED codes it at the unit's seat, as it codes
    the unit named alone."""
    p, town = t.place, t.seat
    if town is None:
        return p
    start = max(0, t.start - SEAT_GAP_CHARS)
    if any(m.group().lower() in settlement_words and _named_settlement(text, m.start(), m.end(), t.start)
           for m in _WORD.finditer(text, start, t.start) if m.start() > start or start == 0 or not text[start - 1].isalnum()):
        return p
    return Place(**{**p.__dict__, "lat": town.lat, "lon": town.lon,
                    "reason": f"{p.reason}; coded at {town.name}, the district's town of that name"})


def _named_settlement(text: str, start: int, end: int, unit: int) -> bool:
    """Whether the settlement word at (start, end) has a name of its own: a capitalised word right before it in
    its clause ("Kalo village, Wetlet township"), not opening a sentence, or one between it and the unit after
    it. "a village of", "in a village in" name none."""
    before = re.search(r"([^\W\d_][\w'’-]*)\s+$", text[max(0, start - 40):start])
    if before is not None and before.group(1)[0].isupper():
        lead = text[:start - len(before.group(0))].rstrip()
        if lead and lead[-1] not in ".!?":
            return True
    return any(w.group()[0].isupper() for w in _WORD.finditer(text, end, unit))


def _standing_in(t: Toponym, p: Place, text: str, toponyms: list[Toponym], lang: LanguagePack) -> Place:
    """A town that stands in for a village no table has ("Kalo village (Lubero, Nord-Kivu)", "le
    village de Kalo, territoire de Lubero", "Kalo town in Idleb countryside") is where the event was
    near, not at: ACLED's geo-precision 2, with a town's outskirts as its uncertainty. Its point stays."""
    if p.feature != "city" or p.geo_precision != GeoPrecision.TOWN and p.uncertainty_km:
        return p
    missing = t.qualifier and not any(o.place for o in toponyms if o.end <= t.start and o.end > t.start - SEAT_GAP_CHARS * 4
                                      and not o.qualifier)
    unknown = _unknown_before(t, text, toponyms, lang)
    if not (missing or unknown):
        return p
    return Place(**{**p.__dict__, "geo_precision": GeoPrecision.NEAR,
                    "uncertainty_km": max(p.uncertainty_km or 0, STAND_IN_KM),
                    "reason": f"{p.reason}; stands in for {unknown or 'a place'} no table has, which it holds"})


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
STAND_IN_KM = 25.0  # an unknown village lies within a town's outskirts of the town that stands in for it
STAND_IN_WINDOW = 48  # "Kalobeza village, Wetlet township (": the words between an unknown village and its unit
_OPENS_UNIT = re.compile(r"[^\W\d_][\w'’-]*\s*\(\s*$")  # "Kalo (Unit, Region)": a name right before a bracket


def _unknown_before(t: Toponym, text: str, toponyms: list[Toponym], lang: LanguagePack) -> str:
    """The capitalised name just before ``t`` that a settlement word or a bracket says is a place
    inside it, and that no toponym places ("Kalo village, Wetlet", "village de Kalo, commune de
    Nteko", "Kalo (Jowhar, ..."): empty if none."""
    start = max(0, t.start - STAND_IN_WINDOW)
    window = text[start:t.start]
    if any(c in window for c in ".;:"):
        window = window[max(window.rfind(c) for c in ".;:") + 1:]
        start = t.start - len(window)
    placed = [(o.start, o.end) for o in toponyms if o.place is not None and o is not t]
    settle = lang.settlement_words | lang.town_words
    words = [(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(window)]

    def unplaced_name(k: int) -> str:
        if not 0 <= k < len(words) or not words[k][2][0].isupper():
            return ""
        a, b, w = words[k]
        return "" if any(s <= a < e for s, e in placed) else w

    for k, (_, _, w) in enumerate(words):
        if w.lower() not in settle:
            continue
        name = unplaced_name(k - 1) or unplaced_name(k + 1) or (
            unplaced_name(k + 2) if k + 1 < len(words) and not words[k + 1][2][0].isupper() else "")
        if name:
            return name
    opened = _OPENS_UNIT.search(window)
    if opened and words and unplaced_name(len(words) - 1) and words[-1][1] <= opened.end() + start:
        return words[-1][2]
    return ""


def _chained(doc, toponyms: list[Toponym]) -> set[int]:
    """Toponyms joined by commas or hyphens alone ("Pavlivka, Donetsk", "Hama-Aleppo-Raqqa"): a place
    and the unit it is in, or one area. A run closed by a conjunction ("Kharkiv, Soumy et Odessa") is a
    list of places."""
    runs: list[list[Toponym]] = []
    listed: set[int] = set()
    for a, b in zip(toponyms, toponyms[1:]):
        joint = joined_text(doc)[a.end:b.start]
        if _CHAIN.fullmatch(joint):
            if runs and runs[-1][-1] is a:
                runs[-1].append(b)
            else:
                runs.append([a, b])
        elif 0 < len(joint) < MAX_LIST_JOINT and any(
                t.pos_ == "CCONJ" for t in doc.char_span(a.end, b.start, alignment_mode="contract") or ()):
            listed.update((id(a), id(b)))
    return {id(t) for run in runs if not any(id(t) in listed for t in run) for t in run}


def _in_clause(trig: TriggerMatch, t: Toponym) -> bool:
    """Whether the name lies in the trigger's own clause and is no agent: "Kinshasa a accusé Kigali
    d'avoir bombardé Sake" names two capitals for their governments, and Sake alone as a place."""
    span = trig.head.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return span.root.dep_ not in ACTIVE_SUBJECT and span.root in clause_head(trig.head).subtree


def _labels_a_crowd(t: Toponym, text: str, lang: LanguagePack) -> bool:
    """Whether a name stands right before the word for a crowd of protesters (``labelled_crowds``) as its label, the
    day, movement or home the crowd is named after ("Saba Saba protesters", "Soweto marchers"): where the sentence
    names another place, that is where they protested."""
    words = lang.roles.get("labelled_crowds", ())
    after = text[t.end:t.end + 40].split(maxsplit=1)
    return bool(after) and re.sub(r"\W+$", "", after[0]).lower() in words


def _a_striking_state(trig: TriggerMatch, t: Toponym) -> bool:
    """A country that is the doer of the trigger's verb (or of the verb whose object the trigger is)
    is the state that acts, not where: "Israël a bombardé le sud du Liban", "la Russie a mené des
    frappes sur l'est de l'Ukraine" are in Lebanon and Ukraine."""
    if t.place is None or t.place.feature != "country":
        return False
    span = trig.head.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span) or span.root.dep_ not in ACTIVE_SUBJECT:
        return False
    verb = span.root.head
    return verb.i == trig.head.i or trig.head.head.i == verb.i and trig.head.dep_ in DIRECT_OBJECT


def _an_agent_state(trig: TriggerMatch, t: Toponym) -> bool:
    """A country that is the agent of a passive or a participle ("drones launched by Russia", "des frappes
    menées par Israël") is the state that acted, not where anything happened."""
    if t.place is None or t.place.feature != "country":
        return False
    span = trig.head.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return agent_marker(span.root) is not None


def _a_voice(trig: TriggerMatch, t: Toponym, lang: LanguagePack) -> bool:
    """A place that is the doer of a verb whose clausal complement tells the event speaks for its
    state: "Moscou dit avoir abattu 40 drones", "Kiev affirme avoir repoussé l'assaut" name a
    government, not where the drones fell ("Kharkiv a subi une attaque" names the place: the
    attack is an object, not a clause). A unit word the parser takes for that verb ("..., Kalo
    woreda (Oromia region)" read as "Kalo woredas that ...") makes no speaker: the name is the unit."""
    span = trig.head.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.dep_ not in ACTIVE_SUBJECT or root.head.i == trig.head.i or \
            root.head.text.lower() in lang.admin_words | lang.unit_words:
        return False
    tok = trig.head
    while tok.head.i != tok.i and tok.i != root.head.i:
        if tok.dep_ in VOICED_CLAUSE_DEPS and tok.head.i == root.head.i:
            return True
        tok = tok.head
    return False


def _in_its_relative_phrase(trig: TriggerMatch, inside: list[Toponym]) -> list[Toponym]:
    """The places told in the noun phrase and relative clause the trigger is in ("les frappes qui ont tué
    lundi 30 personnes à X"): that clause tells its own act, whose place is its own."""
    for verb, first, last in relative_phrases(trig.head.sent):
        if verb.pos_ in ("VERB", "AUX") and first.i <= trig.head.i <= last.i:
            own = [t for t in inside if first.idx <= t.start < last.idx + len(last)]
            if own and all(t.qualifier for t in own):
                # "dans la cité d'Uvira, au Sud-Kivu, où des miliciens se sont affrontés": the phrase the
                # clause hangs on is the province that qualifies the town before it; the town is the place
                town = max((t for t in inside if t.end <= own[0].start and not t.qualifier), key=lambda t: t.start,
                           default=None)
                return own if town is None else [town, *own]
            return own
    return []


HOOK_STEPS = 2  # a place's word, its preposition, the act's word: "shelling of El Fasher", "raid near El Obeid"


def _its_own_in_a_headline_list(trig: TriggerMatch, inside: list[Toponym], text: str) -> list[Toponym]:
    """ "Sudan: shelling of El Fasher, air strike on Nyala, RSF raid near El Obeid": a headline listing a roundup's
    acts hangs each place on its own act's word; an act's place is the one its word governs, not the sentence's
    nearest or most precise. Only where the headline names places that hang on other words too."""
    if not in_headline(text, trig.head.idx):
        return []
    own = [t for t in inside if _hangs_on(t, trig)]
    return own if own and len(own) < len(inside) else []


def _hangs_on(t: Toponym, trig: TriggerMatch) -> bool:
    span = trig.head.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    words = {*range(trig.start, trig.end), trig.head.i}
    tok = span.root
    for _ in range(HOOK_STEPS):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i in words:
            return True
    return False


def _a_source(t: Toponym, text: str, lang: LanguagePack) -> bool:
    """A place named as who tells the news speaks for its government: "selon Kiev", "according to
    Moscow", "a indiqué Washington" say who reported the event, not where it took place."""
    words = lang.quantities.get("attribution", {})
    before = fold(text[max(0, t.start - SOURCE_GAP_CHARS):t.start])
    return any(fold(w) in before and re.search(rf"(?:^|\W){re.escape(fold(w))}\s+$", before)
               for w in (*words.get("prefix", ()), *words.get("verbs", ())))


def _apart(a: Place, b: Place) -> bool:
    """Two places no one event spans: farther apart than either's spread and than a town's outskirts."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    reach = max(SEPARATE_PLACES_KM, a.uncertainty_km or 0, b.uncertainty_km or 0)
    return haversine_km(a.lat, a.lon, b.lat, b.lon) > reach


def _a_grievance(trig: TriggerMatch, t: Toponym, lang: LanguagePack) -> bool:
    """A place inside what a demonstration is against or for ("marched in Leeds against the war in
    Gaza", "ont manifesté à Lyon pour dénoncer la guerre au Soudan", "in solidarity with Gaza") is the
    grievance's, not where the crowd gathered: a word of ``grievance_words`` stands between the name
    and the demonstration's word in the parse, or marks a noun on the way."""
    if not names_demonstration(trig.kind):
        return False
    doc = trig.head.doc
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    words = lang.grievance_words
    for tok in (span.root, *span.root.ancestors):
        if tok.i == trig.head.i:
            return False
        if tok is not span.root and (fold(tok.lemma_) in words or fold(tok.text) in words) or \
                any(c.dep_ in ("case", "mark") and fold(c.text) in words for c in tok.children):
            return True  # a preposition heads its noun in English parses, hangs from it in French ones
    return False


def _place_of_another_thing(trig: TriggerMatch, t: Toponym, lang: LanguagePack) -> bool:
    """A place that a noun of talk or a border holds in the parse is that thing's, not the event's:
    "un sommet en France", "une conférence de presse tenue à Kinshasa" name where people met, not
    where an act of violence of the sentence happened (a meeting, a protest or a crowd's violence may
    be held there); "près de la frontière avec le Mali" names the neighbour of the country the event is in;
    "une zone proche du Mali" names it too; "sur la rive du Dniepr" names a river, not the city of that name."""
    doc = trig.head.doc
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    while tok.dep_ in NAME_DEPS and tok.head is not tok:
        tok = tok.head
    head = tok.head
    if head is tok:
        return False
    if head.pos_ == "VERB" and head.dep_ == "acl" and "Part" in head.morph.get("VerbForm"):
        head = head.head  # "une conférence tenue à Kinshasa"
    words = {fold(head.lemma_), fold(head.text)}
    before = span.start - 1  # "frontière avec le Niger" however the parse attaches the name
    while before > span.sent.start and doc[before].pos_ in LINK_POS:
        before -= 1
    if before < span.start - 1:
        words |= {fold(doc[before].lemma_), fold(doc[before].text)}
    if words & lang.venue_words and is_violent(trig.kind) and trig.kind not in CROWD_KINDS:
        return True
    # "sur la rive droite du Dniepr": the parse may hang the river on the side's adjective, the bank its modifier
    if (words | {fold(c.lemma_) for c in head.children if c.dep_ == "amod"}) & lang.water_words:
        return True
    return t.place is not None and t.place.feature == "country" and bool(words & (lang.border_words | lang.neighbour_words))


def _stray_town(t: Toponym, ctx: ArticleContext) -> bool:
    """A small town in a country the article names no other place of, while it is about another
    country ("l'artiste Ray's Kim" read as Kim, India, in a report on Chad), is a namesake: a
    person's or a thing's name, or a town of the article's own country the gazetteer lacks. Not a town of a
    territory the article's country administers (``administered.tsv``: Mahbes in a note on Morocco)."""
    p = t.place
    return (p.feature == "city" and p.population < STRAY_TOWN_POPULATION and ctx.country is not None
            and p.country is not None and p.country != ctx.country and ADMINISTERED_BY.get(p.country) != ctx.country
            and ctx.place_countries[p.country] <= 1)


def _attributive(t: Toponym, text: str, actors: list[Actor]) -> bool:
    """Whether a country's name qualifies a word rather than naming where the event happened: the
    first part of a compound adjective ("Turkey-backed factions") or the nationality of an actor
    right after it ("a U.S military patrol", "Burundi and Congolese refugees")."""
    if t.place.feature != "country":
        return False
    if _COMPOUND.match(text, t.end):
        return True
    return any(a.start >= t.end and _BEFORE_ACTOR.fullmatch(text, t.end, a.start) for a in actors)


def _a_site(start: int, end: int, text: str, toponyms: list[Toponym], sites: frozenset[str] = frozenset()) -> bool:
    """Whether a name the model tags as an organisation is a site: made of place names alone
    ("Bamako (Bamako, Bamako"), or followed by the units it lies in ("Halabja Independent
    Administration, Sulaymaniyah province", "Kakuma Refugee Camp (Turkana West, Turkana)", whose
    first unit no table has), also where the model's name stops short of the site's last words ("the
    Wajid Magistrate's" Court (Bakool), "Narowal IDP" camp (Punjab)). The place inside it stands."""
    rest, _ = _without_places(start, end, text, toponyms)
    if not re.search(r"[^\W\d_]", _SHORT_LOWER.sub(" ", rest)):  # "the Bentiu-Leer" (road) is places and an article
        return True
    after = next((t for t in toponyms if t.start >= end), None)
    if after is None or after.place is None:
        return False
    gap = text[end:after.start]
    cut = min((gap.find(c) for c in "(," if c in gap), default=-1)
    words = gap[:cut].split() if cut >= 0 else []
    if words and len(words) <= SITE_TAIL_WORDS and words[-1].lower() in sites and \
            all(w[:1].isupper() or w.lower() in sites for w in words):
        gap = gap[cut:]  # "Court (Bakool)": the site's head the model left out, then its units
    return bool(_CHAIN.fullmatch(gap) or _UNITS_AFTER.fullmatch(gap))


def _without_places(start: int, end: int, text: str, toponyms: list[Toponym]) -> tuple[str, bool]:
    """The words of a name with the places inside it blanked out, and whether it held any."""
    inside = [t for t in toponyms if start <= t.start and t.end <= end]
    rest = text[start:end]
    for t in inside:
        rest = rest.replace(t.text, " ")
    return rest, bool(inside)


def _a_unit(start: int, end: int, text: str, toponyms: list[Toponym], lang: LanguagePack) -> bool:
    """Whether a name the model tags as an organisation is a place's unit: a place name and its unit word
    ("Kauru LGA", "Kauru Local Government Area", "Kani Township"). The place inside it stands."""
    rest, named = _without_places(start, end, text, toponyms)
    words = tuple(w.lower() for w in rest.split())
    return named and bool(words) and (all(w in lang.admin_words for w in words) or words in lang.unit_phrases)


def _a_named_settlement(start: int, text: str, lang: LanguagePack) -> bool:
    """Whether a name the model tags as an organisation is a settlement its word announces ("vereda El
    Palmar of Suarez municipality", "the Villa Rosa neighbourhood"): a place and the unit it lies in, not a
    body whose name holds a town. The place inside it stands."""
    before = text[max(0, start - SETTLEMENT_WORD_CHARS):start].split()
    return bool(before) and before[-1].lower() in lang.settlement_words | lang.quarter_words


SETTLEMENT_WORD_CHARS = 20  # the word right before the name


def _namesake_of_a_part(t: Toponym, inside: list[Toponym], toponyms: list[Toponym]) -> bool:
    """Whether a bare name is a namesake far away of a part of the place the sentence names with its
    units: "in Suarez (Cauca), ... clashed in the Baraya vereda" (Baraya, Huila), "around Los Llanos
    community" in "Villa Union municipality, Coahuila". A neighbourhood, a vereda or a village of a place
    so named lies in its province; a town of that name in another province far off is another place."""
    if t.qualifier or t.place.feature in ("country", "admin1") or t.place.admin1 is None:
        return False
    units = _units(toponyms)
    if id(t) in units:
        return False
    for a in inside:
        if id(a) not in units or a.place.country != t.place.country or a.place.admin1 is None:
            continue
        if _same_admin1(a.place.admin1, t.place.admin1):
            continue
        if _apart(a.place, t.place):
            return True
    return False


def _units(toponyms: list[Toponym]) -> set[int]:
    """The toponyms named with the units they lie in ("Suarez (Cauca)", "Villa Union municipality,
    Coahuila"), and those units."""
    found: set[int] = set()
    for a, b in zip(toponyms, toponyms[1:]):
        if b.qualifier:
            found.update((id(a), id(b)))
    return found


def _seats(toponyms: list[Toponym], text: str, seat_words: frozenset[str]) -> dict[int, int]:
    """The units a seat word ties to the town before them ("à X, chef-lieu de la chefferie de Y, dans le
    territoire de Z"), each with its town: the unit and the units after it describe the town."""
    if not seat_words:
        return {}
    words = "|".join(re.escape(fold(w)) for w in sorted(seat_words, key=len, reverse=True))
    ties = re.compile(rf"\s*,\s*(?:{words})\b[^,.;:()]*")
    found: dict[int, int] = {}
    placed = [t for t in toponyms if t.place is not None]
    for a, b in zip(placed, placed[1:]):
        if a.place.feature == "city" and ties.fullmatch(fold(text[a.end:b.start]).lower()):
            found[id(b)] = id(a)
    return found


def _same_admin1(a: str, b: str) -> bool:
    """Province names as different sources spell them ("Sagain", "Sagaing"; "Nord Kivu", "Nord-Kivu")."""
    x, y = (re.sub(r"[\W_]", "", fold(n)) for n in (a, b))
    return x == y or x.startswith(y) or y.startswith(x)
