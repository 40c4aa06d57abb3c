"""Load on the review server: many analysts reading one large store at once.

    .venv/bin/python bench/serve_load.py                        # 10,000 merged events, 50 clients
    .venv/bin/python bench/serve_load.py --merged 1000 --clients 20 --requests 2000
    .venv/bin/python bench/serve_load.py --db /tmp/load.db      # keep (and reuse) the generated store
    .venv/bin/python bench/serve_load.py --workers 2            # sitrep serve --workers 2

A store of ``--merged`` real events is generated, each told by two articles of two outlets (so
twice as many per-article events, every one a member of a merged event, merged by sitrep's own
``remerge``); a tenth of them carry an analyst's decision or correction. Then a real
``sitrep serve`` process is started on a loopback port and ``--clients`` clients, each on its own
keep-alive connection, send requests back to back (no pause between them: the hardest case for
latency) until ``--requests`` have been answered or ``--seconds`` have passed. The requests: one
event's view (``/api/events/{id}``, half of them), a page of the event list
(``/api/events?limit=100`` from a random place in the list, unfiltered or filtered by country or
type), the change log and the facets. Printed: for each kind of request its count, latency
percentiles and 5xx answers; the server's CPU seconds.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

# Where generated events lie: (country, admin1, lat, lon) of an area they spread over.
AREAS = [("ML", "Mopti", 14.5, -4.2), ("BF", "Sahel", 14.0, -0.5), ("NE", "Tillaberi", 14.2, 1.5),
         ("NG", "Borno", 11.8, 13.2), ("CD", "North Kivu", -0.8, 29.2), ("SD", "Khartoum", 15.6, 32.5),
         ("SY", "Deir ez-Zor", 35.3, 40.1), ("UA", "Donetsk", 48.0, 37.8)]
TYPES = [("Battles", "Armed clash", "FIGHT"), ("Explosions/Remote violence", "Air/drone strike", "AERIAL"),
         ("Violence against civilians", "Attack", "ASSAULT"), ("Protests", "Peaceful protest", "PROTEST")]
SIDES = [("Military Forces of {c}", 1), ("Islamic State (West Africa)", 2), ("JNIM", 2),
         ("Unidentified Armed Group ({c})", 3)]
TARGETS = [("Civilians ({c})", 7), ("Protesters ({c})", 6)]
OUTLETS = ["Wire A", "Wire B", "Radio C", "Daily D", "Agence E", "Post F"]
# Made-up words: generated articles share no run of words, so none reads as a copy of another.
WORDS = [a + b + c for a in ("ba", "ko", "mi", "tu", "se", "ra", "lo", "ne")
         for b in ("di", "ka", "mo", "su", "te", "ri") for c in ("n", "r", "l", "s", "ta", "ko", "mi", "")]
PAGE = 100
KINDS = {"event": 50, "list": 35, "changes": 10, "facets": 5}  # weights of each kind of request


def generate(db: Path, merged: int, seed: int = 1) -> None:
    """A store of ``merged`` real events, each reported by two articles, merged by sitrep."""
    from sitrep.acled import GeoPrecision, Inter, TimePrecision
    from sitrep.serve.review import Review
    from sitrep.store import Store
    from sitrep.types import Actor, Article, Event, Evidence, Place

    rng = random.Random(seed)
    first_reports = []
    with Store.open(db) as store:
        for n in range(merged):
            country, admin1, lat, lon = AREAS[n % len(AREAS)]
            event_type, sub_type, plover = TYPES[(n // len(AREAS)) % len(TYPES)]
            day = date(2023, 1, 1) + timedelta(days=n // 40)  # 40 events a day, each at its own point
            point = (lat + (n % 40) * 0.25 - 5, lon + rng.uniform(-0.05, 0.05))
            (side, inter), (target, target_inter) = SIDES[n % len(SIDES)], TARGETS[n % len(TARGETS)]
            deaths = rng.randint(0, 30)
            for report in range(2):
                outlet = OUTLETS[(n + report) % len(OUTLETS)]
                article_id = f"{outlet.lower().replace(' ', '-')}/{day:%Y/%m/%d}/story-{n}"
                text = f"{outlet}, {day.isoformat()}. " + " ".join(rng.choice(WORDS) for _ in range(60)) + "."
                place = Place(f"Place {n}", round(point[0] + report * 0.001, 5), round(point[1], 5), country=country,
                              admin1=admin1, geo_precision=GeoPrecision.TOWN)
                event = Event(article_id=article_id, event_id=f"{article_id}-E1", event_type=event_type,
                              sub_event_type=sub_type, plover_type=plover,
                              actor1=Actor(side.format(c=country), Inter(inter), text="soldiers"),
                              actor2=Actor(target.format(c=country), Inter(target_inter), text="villagers"),
                              event_date=day, time_precision=TimePrecision.DAY, place=place,
                              fatalities=deaths + report, outlet=outlet, confidence=round(rng.uniform(0.3, 0.95), 2),
                              evidence=[Evidence("event_type", 0, 8, text[:8]),
                                        Evidence("location", 10, 20, text[10:20])])
                store.add(Article(article_id, text, lang="en", published=day + timedelta(days=1), outlet=outlet,
                                  title=f"Story {n}"), [event])
                if report == 0:
                    first_reports.append(event.event_id)
        store.remerge()
        review = Review(store)
        for n, event_id in enumerate(first_reports[::10]):  # a tenth carry an analyst's decision or correction
            if n % 2:
                review.set_review(event_id, "rejected" if n % 6 == 1 else "accepted", "bench")
            else:
                review.edit(event_id, {"fatalities": n % 7}, "bench")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process and its worker processes, from /proc (Linux)."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK") + sum(_cpu_seconds(int(c)) for c in children)


def start_server(db: Path, workers: int) -> tuple[subprocess.Popen, str]:
    import httpx

    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "sitrep", "serve", "--db", str(db), "--port", str(port), "--quiet",
                             "--workers", str(workers)], cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("sitrep serve exited at start")
        try:
            httpx.get(url + "/openapi.json", timeout=1)
            return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("sitrep serve did not answer within 60 s")


def requests_of(db: Path, seed: int):
    """An endless, seeded stream of (kind, path): random events, random pages, random filters."""
    with sqlite3.connect(db) as conn:
        ids = [r[0] for r in conn.execute("SELECT event_id FROM events")]
        last = conn.execute("SELECT max(rowid) FROM events").fetchone()[0]
    rng = random.Random(seed)
    kinds, weights = list(KINDS), list(KINDS.values())
    while True:
        kind = rng.choices(kinds, weights)[0]
        if kind == "event":
            yield kind, "/api/events/" + quote(rng.choice(ids), safe="")
        elif kind == "list":
            where = rng.choice(["", f"&country={rng.choice(AREAS)[0]}", f"&event_type={quote(rng.choice(TYPES)[0])}"])
            yield kind, f"/api/events?limit={PAGE}&after={rng.randrange(last)}{where}"
        elif kind == "changes":
            yield kind, "/api/changes?limit=50"
        else:
            yield kind, "/api/facets"


class Connection:
    """One client's keep-alive HTTP/1.1 connection: a GET and its whole answer. Lean on purpose: on
    a machine of two cores, a full HTTP client's own work would be measured as the server's."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader = self.writer = None

    async def get(self, path: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        head = (await self.reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        headers = dict(line.lower().split(": ", 1) for line in head[1:] if line)
        await self.reader.readexactly(int(headers["content-length"]))
        if headers.get("connection") == "close":
            self.close()
        return int(head[0].split()[1])

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def drive(url: str, db: Path, clients: int, total: int, seconds: float) -> tuple[dict, float]:
    """``clients`` clients, each on its own connection, sending requests back to back."""
    host, port = url.rsplit("/", 1)[1].split(":")
    stream = requests_of(db, seed=7)
    seen: dict[str, list[tuple[float, int]]] = {k: [] for k in KINDS}
    deadline = time.monotonic() + seconds
    sent = 0

    async def client():
        nonlocal sent
        connection = Connection(host, int(port))
        while sent < total and time.monotonic() < deadline:
            sent += 1
            kind, path = next(stream)
            start = time.perf_counter()
            try:
                status = await asyncio.wait_for(connection.get(path), 60)
            except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError, KeyError):
                status = 599  # no answer, or a broken one, counts as a server failure
                connection.close()
            seen[kind].append((time.perf_counter() - start, status))
        connection.close()

    start = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    return seen, time.perf_counter() - start


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--merged", type=int, default=10_000, help="real events in the generated store (default 10,000)")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=10_000, help="stop after this many requests (default 10,000)")
    ap.add_argument("--seconds", type=float, default=180, help="or after this long (default 180)")
    ap.add_argument("--workers", type=int, default=1, help="server processes (sitrep serve --workers)")
    ap.add_argument("--db", type=Path, help="the store to generate (kept; reused if it exists)")
    args = ap.parse_args()

    folder = None if args.db else Path(tempfile.mkdtemp(prefix="sitrep-load-"))
    db = args.db or folder / "load.db"
    try:
        if not db.exists():
            t = time.perf_counter()
            generate(db, args.merged)
            print(f"generated {db}: {args.merged} merged events in {time.perf_counter() - t:.0f} s")
        with sqlite3.connect(db) as conn:
            events, merged = (conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                              for table in ("events", "merged_events"))
        proc, url = start_server(db, args.workers)
        try:
            asyncio.run(drive(url, db, args.clients, 200, 60))  # warm: every worker thread opens its connection
            cpu = _cpu_seconds(proc.pid)
            seen, wall = asyncio.run(drive(url, db, args.clients, args.requests, args.seconds))
            cpu = _cpu_seconds(proc.pid) - cpu
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    finally:
        if folder:
            shutil.rmtree(folder)
    done = sum(len(v) for v in seen.values())
    print(f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f}; store: {events} events, {merged} merged events")
    print(f"{args.clients} clients, {args.workers} server process(es), {done} requests in {wall:.1f} s: "
          f"{done / wall:.0f} requests/s; server CPU {cpu:.1f} s")
    print(f"{'request':10} {'count':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} {'5xx':>5}")
    for kind, results in seen.items():
        if not results:
            continue
        times = [t * 1000 for t, _ in results]
        failed = sum(status >= 500 for _, status in results)
        print(f"{kind:10} {len(results):6d} {_percentile(times, 0.5):8.1f} {_percentile(times, 0.95):8.1f} "
              f"{_percentile(times, 0.99):8.1f} {max(times):8.1f} {failed:5d}")
    others = sum(1 for v in seen.values() for _, status in v if 400 <= status < 500)
    if others:
        print(f"{others} answers were 4xx: the bench's requests are wrong")


if __name__ == "__main__":
    main()
