"""Group per-article events that report the same real event into merged events.

Grouping is agglomerative with complete linkage: the likeliest pairs join first, and two groups
join only when every pair across them passes ``compatible``. Complete linkage keeps a chain of
near neighbours (Monday's clash, a week-precise report, Tuesday's clash) from becoming one event,
and since dates are intervals, pairwise overlap means the whole group shares a day.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import date

from sitrep.errors import SitrepError
from sitrep.merge.fingerprint import bands, same_text
from sitrep.merge.match import DATED, Facts, compatible, facts, pair_score

DOUBT_LEFT_PER_SOURCE = 0.8  # each further independent text takes a fifth off the doubt left


@dataclass
class MergedEvent:
    """One real event: the per-article events that report it and the record coded from them all."""

    merged_id: str
    members: list[str]
    record: dict


def merged_id(members: list[str]) -> str:
    """Stable id from the sorted member event ids: the same group always gets the same id."""
    digest = hashlib.sha1("\n".join(sorted(members)).encode("utf-8")).hexdigest()[:16]
    return f"M-{digest}"


def text_families(records: list[dict]) -> dict[str, str]:
    """article_id -> the article whose text it copies (itself when original): the earliest
    published of each set of near-duplicate texts, by fingerprint. Only articles filed under a
    common band of their fingerprints are compared, so a large store is not compared pairwise."""
    articles: dict[str, tuple[str, str]] = {}
    for r in records:
        articles.setdefault(r["article_id"], (r.get("published") or "9999", r.get("article_fingerprint") or ""))
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


def _evidence(r: dict) -> set[tuple[str, str]]:
    return {(ev.get("field"), ev.get("text")) for ev in r.get("evidence") or []}


def _kind(r: dict) -> tuple:
    return (r.get("status") in DATED, r.get("event_type") or r.get("plover_type"))


def twins(records: list[dict], family: dict[str, str]) -> dict[str, str]:
    """event_id of an event coded from a copy -> the event coded from the original text at the same
    words. A copy published a day later can be coded with other dates ("Tuesday" seen from
    Wednesday), so copies are paired by the evidence they quote, not by their coded fields."""
    by_article: dict[str, list[dict]] = {}
    for r in records:
        by_article.setdefault(r["article_id"], []).append(r)
    found: dict[str, str] = {}
    for article, events in by_article.items():
        original = family.get(article, article)
        if original == article or original not in by_article:
            continue
        cands = []
        for r in events:
            for o in by_article[original]:
                if _kind(r) != _kind(o):
                    continue
                a, b = _evidence(r), _evidence(o)
                overlap = len(a & b) / len(a | b) if a | b else 0.0
                if overlap >= TWIN_MIN_OVERLAP:
                    cands.append((-overlap, r["event_id"], o["event_id"]))
        used = set()
        for _, e, o in sorted(cands):
            if e not in found and o not in used:
                found[e] = o
                used.add(o)
    return found


def _check(records: list[dict], locked: list[list[str]]) -> None:
    seen: set[str] = set()
    for i, r in enumerate(records):
        for field in ("event_id", "article_id"):
            if not r.get(field):
                raise SitrepError("E020", r.get("event_id") or f"record {i + 1}", reason=f"no {field}")
        for field in ("event_date", "published"):
            try:
                if r.get(field):
                    date.fromisoformat(r[field])
            except (TypeError, ValueError):
                raise SitrepError("E020", r["event_id"], reason=f"{field} {r[field]!r} is not YYYY-MM-DD") from None
        if r["event_id"] in seen:
            raise SitrepError("E021", r["event_id"])
        seen.add(r["event_id"])
    placed: set[str] = set()
    for group in locked:
        for e in group:
            if e in placed:
                raise SitrepError("E022", e)
            placed.add(e)


class _Groups:
    """The groups being built, with what a join has to respect."""

    def __init__(self, facts_by: dict[str, Facts], records: dict[str, dict], family: dict[str, str],
                 twin_of: dict[str, str]):
        self.facts = facts_by
        self.records = records
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
            article = self.records[e]["article_id"]
            if self.family[article] != article and e not in self.twin_of:
                continue  # a copy's event with no counterpart found: compatibility decides
            text = self.family[article]
            if told.setdefault(text, self.twin_of.get(e, e)) != self.twin_of.get(e, e):
                return False  # two different events of one text (or of its copies)
        if {self.records[e]["article_id"] for e in mine} & {self.records[e]["article_id"] for e in theirs}:
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


def merge_events(records: list[dict], locked: list[list[str]] | None = None) -> list[MergedEvent]:
    """Merge events reporting the same real event; groups in ``locked`` stay together and apart
    from one another, though further reports may still join them (ids in ``locked`` that are not
    among ``records`` are left out)."""
    locked = [list(g) for g in locked or []]
    _check(records, locked)
    by_id = {r["event_id"]: r for r in records}
    order = {r["event_id"]: i for i, r in enumerate(records)}
    fs = {e: facts(r) for e, r in by_id.items()}
    family = text_families(records)
    twin_of = twins(records, family)
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
    for r in records:
        if r["event_id"] not in groups.group_of:
            groups.add([r["event_id"]], locked=False)
    for _, a, b in _candidate_pairs(list(fs.values())):
        g, h = groups.group_of[a], groups.group_of[b]
        if g != h and groups.can_join(g, h):
            groups.join(g, h)
    out = []
    for members in sorted(groups.members.values(), key=lambda m: min(order[e] for e in m)):
        members = sorted(members, key=lambda e: order[e])
        mid = merged_id(members)
        out.append(MergedEvent(mid, sorted(members), merged_record(mid, [by_id[e] for e in members], family)))
    return out


def _precision_rank(r: dict) -> tuple:
    return (r.get("time_precision") or 9, -(r.get("confidence") or 0.0), r["event_id"])


def _place_rank(r: dict) -> tuple:
    loc = r.get("location")
    if not loc:
        return (9, float("inf"), 0.0, r["event_id"])
    return (loc.get("geo_precision") or 9, loc.get("uncertainty_km") or 0.0, -(r.get("confidence") or 0.0),
            r["event_id"])


def _most_common(values: list, default):
    counted = Counter(v for v in values if v is not None)
    if not counted:
        return default
    top = max(counted.values())
    return default if counted.get(default) == top else next(v for v, n in counted.items() if n == top)


def merged_record(mid: str, members: list[dict], family: dict[str, str]) -> dict:
    """The merged event: date from the most time-precise report, place from the most
    geo-precise one, type and actors by agreement of the independent texts, every source's
    claims side by side, and the lowest fatality figure any source gives (ACLED's rule).
    Each field keeps the evidence of the report it was taken from, tagged with that article."""
    originals: dict[str, dict] = {}
    for r in sorted(members, key=lambda r: family[r["article_id"]] != r["article_id"]):
        originals.setdefault(family[r["article_id"]], r)
    independent = list(originals.values())
    by_time = min(independent, key=_precision_rank)
    by_place = min(independent, key=_place_rank)
    rec = dict(by_time)
    rec["merged_id"] = mid
    rec["event_id"] = mid
    rec["location"] = by_place.get("location")
    rec["status"] = "reported" if any(r.get("status") == "reported" for r in members) else by_time.get("status")
    supplier = {"event_date": by_time, "location": by_place, "source": by_time}
    for f in ("event_type", "sub_event_type", "plover_type", "plover_mode"):
        rec[f] = _most_common([r.get(f) for r in independent], by_time.get(f))
    supplier["sub_event_type"] = next((r for r in [by_time, *independent]
                                       if r.get("sub_event_type") == rec["sub_event_type"]), by_time)
    for slot in ("actor1", "actor2"):
        names = [(r.get(slot) or {}).get("name") for r in independent]
        best = _most_common(names, (by_time.get(slot) or {}).get("name"))
        supplier[slot] = next((r for r in [by_time, *independent] if (r.get(slot) or {}).get("name") == best), by_time)
        rec[slot] = supplier[slot].get(slot)
    taken = {(rec.get(s) or {}).get("name") for s in ("actor1", "actor2")}
    for slot in ("assoc_actor_1", "assoc_actor_2"):
        assoc = {}
        for r in independent:
            for a in r.get(slot) or []:
                if a and a.get("name") not in taken:
                    assoc.setdefault(a["name"], a)
        rec[slot] = list(assoc.values())
    counted = [r for r in independent if r.get("fatalities") is not None]
    if counted:
        lowest = min(counted, key=lambda r: (r["fatalities"], _precision_rank(r)))
        rec["fatalities"] = lowest["fatalities"]
        supplier["fatalities"] = supplier["source"] = lowest
    rec["source"] = supplier["source"].get("source")
    rec["evidence"] = [dict(ev, article_id=r["article_id"]) for f, r in supplier.items()
                       for ev in r.get("evidence") or [] if ev.get("field") == f]
    best = max((r.get("confidence") or 0.0) for r in members)
    rec["confidence"] = round(1.0 - (1.0 - best) * DOUBT_LEFT_PER_SOURCE ** (len(independent) - 1), 3)
    rec.pop("article_fingerprint", None)
    rec["sources"] = [_source(r, family) for r in sorted(members, key=lambda r: (r.get("published") or "", r["article_id"]))]
    rec["outlets"] = sorted({s["outlet"] for s in rec["sources"] if s["outlet"]})
    rec["source_count"] = len(independent)
    return rec


def _source(r: dict, family: dict[str, str]) -> dict:
    src = r.get("source") or {}
    entry = {"article_id": r["article_id"], "event_id": r["event_id"], "outlet": src.get("outlet"),
             "published": r.get("published"), "fatalities": r.get("fatalities"),
             "attributed_to": src.get("attributed_to"), "event_date": r.get("event_date")}
    original = family[r["article_id"]]
    if original != r["article_id"]:
        entry["same_text_as"] = original
    return entry
