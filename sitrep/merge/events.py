"""Group per-article events that report the same real event into merged events.

Grouping is agglomerative with complete linkage: the likeliest pairs join first, and two groups
join only when every pair across them passes ``compatible``. Complete linkage keeps a chain of
near neighbours (Monday's clash, a week-precise report, Tuesday's clash) from becoming one event,
and since dates are intervals, pairwise overlap means the whole group shares a day.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from sitrep.acled import DATED, Status
from sitrep.errors import SitrepError
from sitrep.merge.fingerprint import bands, same_text
from sitrep.merge.ids import carry_ids
from sitrep.merge.match import Facts, compatible, facts, pair_score
from sitrep.types import Event, MergedEvent, Source

DOUBT_LEFT_PER_SOURCE = 0.8  # each further independent text takes a fifth off the doubt left
UNKNOWN_PRECISION = 9  # ranks a report without a time or geo precision after every precise one


def text_families(events: list[Event]) -> dict[str, str]:
    """article_id -> the article whose text it copies (itself when original): the earliest
    published of each set of near-duplicate texts, by fingerprint. Only articles filed under a
    common band of their fingerprints are compared, so a large store is not compared pairwise."""
    articles: dict[str, tuple[date, str]] = {}
    for e in events:
        articles.setdefault(e.article_id, (e.published or date.max, e.article_fingerprint))
    order = sorted(articles, key=lambda a: (articles[a][0], a))
    rank = {a: i for i, a in enumerate(order)}
    parent = {a: a for a in order}
    filed: dict[str, list[str]] = {}
    for a in order:
        fp = articles[a][1]
        if not fp:
            continue
        keys = bands(fp)
        earlier = sorted({b for k in keys for b in filed.get(k, [])}, key=rank.__getitem__)
        parent[a] = next((parent[b] for b in earlier if same_text(fp, articles[b][1])), a)
        for k in keys:
            filed.setdefault(k, []).append(a)
    return parent


TWIN_MIN_OVERLAP = 0.5  # share of evidence two events of copied texts must have in common


def _evidence(e: Event) -> set[tuple[str, str]]:
    return {(ev.field, ev.text) for ev in e.evidence}


def _kind(e: Event) -> tuple:
    return (e.status in DATED, e.event_type or e.plover_type)


def twins(events: list[Event], family: dict[str, str]) -> dict[str, str]:
    """event_id of an event coded from a copy -> the event coded from the original text at the same
    words. A copy published a day later can be coded with other dates ("Tuesday" seen from
    Wednesday), so copies are paired by the evidence they quote, not by their coded fields."""
    by_article: dict[str, list[Event]] = {}
    for e in events:
        by_article.setdefault(e.article_id, []).append(e)
    found: dict[str, str] = {}
    for article, reports in by_article.items():
        original = family.get(article, article)
        if original == article or original not in by_article:
            continue
        cands = []
        for r in reports:
            for o in by_article[original]:
                if _kind(r) != _kind(o):
                    continue
                a, b = _evidence(r), _evidence(o)
                overlap = len(a & b) / len(a | b) if a | b else 0.0
                if overlap >= TWIN_MIN_OVERLAP:
                    cands.append((-overlap, r.event_id, o.event_id))
        used = set()
        for _, e, o in sorted(cands):
            if e not in found and o not in used:
                found[e] = o
                used.add(o)
    return found


def _read(records: list[Event | dict]) -> list[Event]:
    """The events to merge, each checked; interchange records (dicts) are read as Events."""
    events: list[Event] = []
    seen: set[str] = set()
    for i, r in enumerate(records):
        if isinstance(r, dict):
            _check_record(r, i)
            r = Event.from_dict(r)
        for field in ("event_id", "article_id"):
            if not getattr(r, field):
                raise SitrepError("E020", r.event_id or f"record {i + 1}", reason=f"no {field}")
        if r.event_id in seen:
            raise SitrepError("E021", r.event_id)
        seen.add(r.event_id)
        events.append(r)
    return events


def _check_record(r: dict, i: int) -> None:
    for field in ("event_id", "article_id"):
        if not r.get(field):
            raise SitrepError("E020", r.get("event_id") or f"record {i + 1}", reason=f"no {field}")
    for field in ("event_date", "published"):
        try:
            if r.get(field):
                date.fromisoformat(r[field])
        except (TypeError, ValueError):
            raise SitrepError("E020", r["event_id"], reason=f"{field} {r[field]!r} is not YYYY-MM-DD") from None


def _check_locked(locked: list[list[str]]) -> None:
    placed: set[str] = set()
    for group in locked:
        for e in group:
            if e in placed:
                raise SitrepError("E022", e)
            placed.add(e)


class _Groups:
    """The groups being built, with what a join has to respect."""

    def __init__(self, facts_by: dict[str, Facts], events: dict[str, Event], family: dict[str, str],
                 twin_of: dict[str, str]):
        self.facts = facts_by
        self.events = events
        self.family = family
        self.twin_of = twin_of
        self.group_of: dict[str, int] = {}
        self.members: dict[int, list[str]] = {}
        self.locked: set[int] = set()
        self._compat: dict[tuple[str, str], bool] = {}

    def add(self, members: list[str], locked: bool) -> None:
        gid = len(self.members)
        self.members[gid] = list(members)
        for e in members:
            self.group_of[e] = gid
        if locked:
            self.locked.add(gid)

    def place(self, e: str, gid: int) -> None:
        self.members[gid].append(e)
        self.group_of[e] = gid

    def compatible(self, a: str, b: str) -> bool:
        key = (a, b) if a < b else (b, a)
        if key not in self._compat:
            self._compat[key] = compatible(self.facts[a], self.facts[b])
        return self._compat[key]

    def can_join(self, g: int, h: int) -> bool:
        if g in self.locked and h in self.locked:
            return False  # an analyst kept them apart
        mine, theirs = self.members[g], self.members[h]
        told: dict[str, str] = {}
        for e in mine + theirs:
            article = self.events[e].article_id
            if self.family[article] != article and e not in self.twin_of:
                continue  # a copy's event with no counterpart found: compatibility decides
            text = self.family[article]
            if told.setdefault(text, self.twin_of.get(e, e)) != self.twin_of.get(e, e):
                return False  # two different events of one text (or of its copies)
        if {self.events[e].article_id for e in mine} & {self.events[e].article_id for e in theirs}:
            return False
        # a copy's event stands for its original's: what the original says is what is compared
        mine = {self.twin_of.get(e, e) for e in mine}
        theirs = {self.twin_of.get(e, e) for e in theirs}
        return all(a == b or self.compatible(a, b) for a in mine for b in theirs)

    def join(self, g: int, h: int) -> None:
        if h in self.locked:
            g, h = h, g
        for e in self.members[h]:
            self.group_of[e] = g
        self.members[g] += self.members.pop(h)


def _candidate_pairs(fs: list[Facts]) -> list[tuple[float, str, str]]:
    """Compatible pairs, scanning events in order of their first possible day so that only events
    whose day windows overlap are compared."""
    dated = sorted((f for f in fs if f.dated), key=lambda f: (f.first, f.event_id))
    pairs = []
    for i, a in enumerate(dated):
        for b in dated[i + 1:]:
            if b.first > a.last:
                break
            if compatible(a, b):
                pairs.append((pair_score(a, b), min(a.event_id, b.event_id), max(a.event_id, b.event_id)))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return pairs


def merge_events(records: list[Event | dict], locked: list[list[str]] | None = None,
                 previous: Mapping[str, str] | None = None) -> list[MergedEvent]:
    """Merge events reporting the same real event; groups in ``locked`` stay together and apart
    from one another, though further reports may still join them (ids in ``locked`` that are not
    among ``records`` are left out). ``previous`` (event id -> merged id, as the last merge left
    them) carries merged ids forward (``sitrep.merge.ids``). Events carry their article's
    ``published`` date and text fingerprint; interchange records (dicts) with those two keys are
    read as Events."""
    locked = [list(g) for g in locked or []]
    events = _read(records)
    _check_locked(locked)
    by_id = {e.event_id: e for e in events}
    order = {e.event_id: i for i, e in enumerate(events)}
    fs = {e: facts(r) for e, r in by_id.items()}
    family = text_families(events)
    twin_of = twins(events, family)
    groups = _Groups(fs, by_id, family, twin_of)
    for g in locked:
        members = [e for e in g if e in by_id]
        if members:
            groups.add(members, locked=True)
    for copy, original in twin_of.items():  # a copy's event goes where its original's goes
        placed = [groups.group_of[e] for e in (original, copy) if e in groups.group_of]
        if not placed:
            groups.add([original, copy], locked=False)
        elif len(placed) == 1:
            groups.place(copy if copy not in groups.group_of else original, placed[0])
    for e in events:
        if e.event_id not in groups.group_of:
            groups.add([e.event_id], locked=False)
    for _, a, b in _candidate_pairs(list(fs.values())):
        g, h = groups.group_of[a], groups.group_of[b]
        if g != h and groups.can_join(g, h):
            groups.join(g, h)
    found = [sorted(m, key=order.__getitem__)
             for m in sorted(groups.members.values(), key=lambda m: min(order[e] for e in m))]
    ids = carry_ids(found, previous or {}, lambda e: (by_id[e].published or date.max, e))
    return [merged_event(mid, [by_id[e] for e in members], family) for mid, members in zip(ids, found)]


def _precision_rank(e: Event) -> tuple:
    return (e.time_precision or UNKNOWN_PRECISION, -(e.confidence or 0.0), e.event_id)


def _place_rank(e: Event) -> tuple:
    if e.place is None:
        return (UNKNOWN_PRECISION, float("inf"), 0.0, e.event_id)
    return (e.place.geo_precision or UNKNOWN_PRECISION, e.place.uncertainty_km or 0.0, -(e.confidence or 0.0),
            e.event_id)


def _most_common(values: list, default):
    counted = Counter(v for v in values if v is not None)
    if not counted:
        return default
    top = max(counted.values())
    return default if counted.get(default) == top else next(v for v, n in counted.items() if n == top)


def _name(actor) -> str | None:
    return actor.name if actor else None


def merged_event(mid: str, members: list[Event], family: dict[str, str]) -> MergedEvent:
    """The merged event: date from the most time-precise report, place from the most
    geo-precise one, type and actors by agreement of the independent texts, every source's
    claims side by side, and the lowest fatality figure any source gives (ACLED's rule).
    Each field keeps the evidence of the report it was taken from, tagged with that article."""
    originals: dict[str, Event] = {}
    for r in sorted(members, key=lambda r: family[r.article_id] != r.article_id):
        originals.setdefault(family[r.article_id], r)
    independent = list(originals.values())
    by_time = min(independent, key=_precision_rank)
    by_place = min(independent, key=_place_rank)
    supplier = {"event_date": by_time, "location": by_place, "source": by_time}
    kinds = {f: _most_common([getattr(r, f) for r in independent], getattr(by_time, f))
             for f in ("event_type", "sub_event_type", "plover_type", "plover_mode")}
    supplier["sub_event_type"] = next((r for r in [by_time, *independent]
                                       if r.sub_event_type == kinds["sub_event_type"]), by_time)
    actors = {}
    for slot in ("actor1", "actor2"):
        best = _most_common([_name(getattr(r, slot)) for r in independent], _name(getattr(by_time, slot)))
        supplier[slot] = next((r for r in [by_time, *independent] if _name(getattr(r, slot)) == best), by_time)
        actors[slot] = getattr(supplier[slot], slot)
    taken = {_name(a) for a in actors.values()}
    for slot in ("assoc_actor_1", "assoc_actor_2"):
        assoc = {}
        for r in independent:
            for a in getattr(r, slot):
                if a and a.name not in taken:
                    assoc.setdefault(a.name, a)
        actors[slot] = list(assoc.values())
    fatalities = by_time.fatalities
    counted = [r for r in independent if r.fatalities is not None]
    if counted:
        lowest = min(counted, key=lambda r: (r.fatalities, _precision_rank(r)))
        fatalities = lowest.fatalities
        supplier["fatalities"] = supplier["source"] = lowest
    best = max((r.confidence or 0.0) for r in members)
    sources = [_source(r, family) for r in sorted(members, key=lambda r: (r.published or date.min, r.article_id))]
    return MergedEvent(
        **{f: getattr(by_time, f) for f in ("article_id", "event_date", "time_precision", "published")},
        **kinds, **actors, event_id=mid, place=by_place.place, fatalities=fatalities,
        status=Status.REPORTED if any(r.status == Status.REPORTED for r in members) else by_time.status,
        outlet=supplier["source"].outlet, attributed_to=supplier["source"].attributed_to,
        evidence=[replace(ev, article_id=r.article_id) for f, r in supplier.items() for ev in r.evidence
                  if ev.field == f],
        confidence=round(1.0 - (1.0 - best) * DOUBT_LEFT_PER_SOURCE ** (len(independent) - 1), 3),
        sources=sources, outlets=sorted({s.outlet for s in sources if s.outlet}), source_count=len(independent),
    )


def _source(e: Event, family: dict[str, str]) -> Source:
    original = family[e.article_id]
    return Source(e.article_id, e.event_id, e.outlet, e.published, e.fatalities, e.attributed_to, e.event_date,
                  same_text_as=original if original != e.article_id else None)
