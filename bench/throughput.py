"""Throughput of sitrep's full coding against spaCy's bare pipeline, on one mixed corpus.

    .venv/bin/python bench/throughput.py                 # bare spaCy vs sitrep, one core
    .venv/bin/python bench/throughput.py --workers 1 2   # and `sitrep code --workers N` scaling
    .venv/bin/python bench/throughput.py --repeat 3 ...  # fastest of 3 rounds of each run

Each measurement runs in a fresh process (spawned from this one, on the same corpus), so its
peak memory is its own. Models load before the clock starts. The worker runs are timed twice:
from a cold start, as a user meets them, and with models and gazetteer loaded in the parent
first (forked workers share them), the rate a long batch settles at.
(a) spaCy: the installed packages as `spacy.load` gives them, `nlp(text)` per article and
`nlp.pipe` over all. (b) sitrep: `Pipeline().code(article)`, geoparsing and extraction included;
(b0) the same with every sentence parsed, the reference the selective parse must agree with.
Wall-clock seconds and the process's CPU seconds are both shown: on a shared virtual machine
other tenants stretch the first, much less the second.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
REPO = Path(__file__).resolve().parents[1]
WARM = 3  # articles per language coded before the clock starts


def _peak_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _corpus(opts: dict):
    from corpus import build

    return build(Path(opts["shared"]), opts["geo_per_set"], opts["case2021"])


def _warm_set(articles):
    seen: dict[str, int] = {}
    out = []
    for a in articles:
        if seen.get(a.lang, 0) < WARM:
            seen[a.lang] = seen.get(a.lang, 0) + 1
            out.append(a)
    return out


def run_bare(opts: dict, batched: bool) -> dict:
    import spacy

    from sitrep.lang import pack

    articles = _corpus(opts)
    nlps = {lang: spacy.load(pack(lang).model) for lang in {a.lang for a in articles}}
    for a in _warm_set(articles):
        nlps[a.lang](a.text)
    tokens = 0
    start, cpu = time.perf_counter(), time.process_time()
    if batched:
        for lang, nlp in nlps.items():
            tokens += sum(len(d) for d in nlp.pipe(a.text for a in articles if a.lang == lang))
    else:
        for a in articles:
            tokens += len(nlps[a.lang](a.text))
    return {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "docs": len(articles),
            "tokens": tokens,
            "peak_mb": _peak_mb()}


def run_sitrep(opts: dict, selective: bool) -> dict:
    from sitrep.export import to_record
    from sitrep.pipeline import Pipeline

    articles = _corpus(opts)
    pipeline = Pipeline(selective=selective)
    for a in _warm_set(articles):
        pipeline.code(a)
    pipeline.parse_stats.tokens = pipeline.parse_stats.parsed = 0
    records = []
    start, cpu = time.perf_counter(), time.process_time()
    for a in articles:
        records.extend(to_record(e) for e in pipeline.code(a))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    stats = pipeline.parse_stats
    return {"seconds": seconds, "cpu": cpu, "docs": len(articles), "peak_mb": _peak_mb(), "events": records,
            "parsed_share": stats.parsed / stats.tokens if stats.tokens else 1.0}


def run_workers(opts: dict, workers: int, loaded: bool) -> dict:
    """``code_articles`` on ``workers`` processes, timed from a cold start or, with ``loaded``, from
    models and gazetteer already loaded in the parent (which forked workers share)."""
    from sitrep.errors import SitrepError
    from sitrep.export import to_record
    from sitrep.scale import code_articles
    from sitrep.scale.pool import preload

    articles = _corpus(opts)
    records, failed = [], 0
    if loaded:
        preload()
    start = time.perf_counter()
    for _, events in code_articles(articles, workers):
        if isinstance(events, SitrepError):
            failed += 1
        else:
            records.extend(to_record(e) for e in events)
    seconds = time.perf_counter() - start
    peak = _peak_mb() if workers == 1 else _peak_mb(resource.RUSAGE_CHILDREN)
    return {"seconds": seconds, "docs": len(articles), "peak_mb": peak, "events": records, "failed": failed}


def _child(conn, fn, args):
    conn.send(fn(*args))
    conn.close()


def measure(fn, *args) -> dict:
    """``fn(*args)`` in a fresh interpreter; its result."""
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, fn, args))
    proc.start()
    child.close()  # the child's end stays open only in the child: its death ends the wait below
    try:
        result = parent.recv()
    except EOFError:
        proc.join()
        raise SystemExit(f"{fn.__name__} failed in its process (exit code {proc.exitcode}); its traceback is above")
    proc.join()
    return result


def machine() -> str:
    import spacy

    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
               platform.processor())
    mem = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal"))
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), {mem / 2**20:.0f} GiB, "
            f"Python {platform.python_version()}, spaCy {spacy.__version__}")


def _row(name: str, r: dict, tokens: int, base: dict) -> str:
    dps = r["docs"] / r["seconds"]
    ratio = dps / (base["docs"] / base["seconds"])
    cpu_ratio = base["cpu"] / r["cpu"]
    return (f"{name:<34} {r['seconds']:8.1f} {dps:8.1f} {tokens / r['seconds']:9.0f} {r['peak_mb']:8.0f} "
            f"{ratio:6.2f}x {r['cpu']:8.1f} {cpu_ratio:6.2f}x")


def _diff(a: list[dict], b: list[dict]) -> int:
    """Events in one list and not in the other."""
    key = lambda r: json.dumps(r, sort_keys=True)  # noqa: E731
    sa, sb = {key(r) for r in a}, {key(r) for r in b}
    return len(sa ^ sb)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--geo-per-set", type=int, default=40, help="articles from each geoparsing corpus")
    ap.add_argument("--case2021", type=int, default=509, help="CASE 2021 snippets")
    ap.add_argument("--workers", type=int, nargs="*", default=[], help="also time `code --workers N` for each N")
    ap.add_argument("--no-reference", action="store_true", help="skip the run that parses every sentence")
    ap.add_argument("--repeat", type=int, default=1,
                    help="rounds of the single-core runs; each run's fastest round is reported, as timeit does, "
                         "since other jobs on the machine only ever slow a run down")
    args = ap.parse_args()
    opts = {"shared": args.shared, "geo_per_set": args.geo_per_set, "case2021": args.case2021}

    from corpus import build, describe

    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.2f} at start")
    print(f"corpus: {describe(build(Path(args.shared), args.geo_per_set, args.case2021))}")
    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}\n")
    kinds = {"bare": (run_bare, False), "piped": (run_bare, True), "sitrep": (run_sitrep, True)}
    if not args.no_reference:
        kinds["full"] = (run_sitrep, False)
    rounds: dict[str, list[dict]] = {k: [] for k in kinds}
    for _ in range(args.repeat):
        for name, (fn, flag) in kinds.items():
            rounds[name].append(measure(fn, opts, flag))
    best = {name: min(rs, key=lambda r: r["seconds"]) for name, rs in rounds.items()}
    bare, piped, sitrep = best["bare"], best["piped"], best["sitrep"]
    tokens = bare["tokens"]
    base = bare["docs"] / bare["seconds"]
    print(f"{'run':<34} {'seconds':>8} {'docs/s':>8} {'tokens/s':>9} {'peak MB':>8} {'vs (a)':>7} "
          f"{'CPU s':>8} {'vs (a)':>7}")
    print(_row("(a) spaCy nlp(text)", bare, tokens, bare))
    print(_row("(a') spaCy nlp.pipe", piped, tokens, bare))
    print(_row("(b) sitrep Pipeline.code", sitrep, tokens, bare))
    if not args.no_reference:
        full = best["full"]
        print(_row("(b0) sitrep, every sentence parsed", full, tokens, bare))
    if args.repeat > 1:
        print(f"(fastest of {args.repeat} rounds, the runs of a round taken in turn; seconds of every round: "
              + "; ".join(f"{k} " + " ".join(f"{r['seconds']:.1f}" for r in rs) for k, rs in rounds.items()) + ")")
    print(f"\nsitrep (b) / spaCy (a): {sitrep['docs'] / sitrep['seconds'] / base:.2f}x documents per second; "
          f"(b) / (a'): {piped['seconds'] / sitrep['seconds']:.2f}x")
    print(f"share of tokens given the full parse: {sitrep['parsed_share']:.1%}; events: {len(sitrep['events'])}")
    if not args.no_reference:
        print(f"events differing between (b) and (b0): {_diff(sitrep['events'], full['events'])} "
              f"of {len(full['events'])}")
    if args.workers:
        tries: dict[tuple[int, bool], list[dict]] = {(n, loaded): [] for n in args.workers for loaded in (False, True)}
        for _ in range(args.repeat):
            for n, loaded in tries:
                tries[n, loaded].append(measure(run_workers, opts, n, loaded))
        runs = {key: min(rs, key=lambda r: r["seconds"]) for key, rs in tries.items()}
        first = min(args.workers)
        print(f"\n{'workers':<12} {'from a cold start':>28}   {'models loaded first':>28} {'peak MB':>8}")
        print(f"{'':<12} {'seconds':>9} {'docs/s':>8} {'speedup':>9}   {'seconds':>9} {'docs/s':>8} {'speedup':>9}")
        for n in args.workers:
            cells = []
            for loaded in (False, True):
                r, one = runs[n, loaded], runs[first, loaded]
                cells.append(f"{r['seconds']:9.1f} {r['docs'] / r['seconds']:8.1f} {one['seconds'] / r['seconds']:8.2f}x")
            r = runs[n, False]
            print(f"{'--workers ' + str(n):<12} {cells[0]}   {cells[1]} {r['peak_mb']:8.0f}"
                  + (f"  (events differing from {first} worker: {_diff(r['events'], runs[first, False]['events'])})"
                     if n != first else ""))
    print(f"\nload average {os.getloadavg()[0]:.2f} at end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
