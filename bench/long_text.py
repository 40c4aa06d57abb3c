"""Coding cost of long and malformed texts against normal text of the same size.

    .venv/bin/python bench/long_text.py                         # 200 KB cases, then the 5 MB pair
    .venv/bin/python bench/long_text.py --size 50000 --big 0    # quick: 50 KB cases only

Every text is generated here from invented sentences (seeded, the same at every run; no corpus is
read): "normal" is news-like prose in paragraphs, about half of them telling a violent event.
The worst cases are built from it: "no punctuation" drops every sentence and clause mark and every
line break (one line of words, as from a source that lost its marks); "one paragraph" keeps the
punctuation but drops the line breaks; "repeated clause" says one clause of a conflict report over
and over with no mark at all (the parser runs it into a single "sentence", which every trigger
used to read whole: 25 KB took 40 CPU seconds before sentences were capped, 1.5 s after). The big
pair, normal and no punctuation, is 5 MB, the size ``--max-bytes`` lets in (spaCy's own limit is
1,000,000 characters).

Each case runs in a fresh process, as many at once as there are cores: the pipeline is loaded and
warmed, the peak resident memory reset (Linux ``/proc/self/clear_refs``), then the article coded
with no time budget. Shown: wall and CPU seconds, documents per second (wall), kilobytes per CPU
second, resident memory before coding ("MB at") and its peak while coding. A worst case passes
when its documents per CPU second, its peak memory and its memory growth while coding are each
within 2x of normal text of the same size (CPU seconds, not wall: other jobs on a shared machine
stretch the wall clock).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LIMIT = 2.0  # a worst case may cost at most this many times normal text of the same size
SIZE = 200_000  # characters of the small cases: 40 times the 5 KB of a long news article
BIG = 5_000_000  # characters of the big cases: the --max-bytes default

ACTORS = ["The army", "Rebel fighters", "The police", "Armed men", "Militia members", "Government troops",
          "Unidentified gunmen", "Soldiers", "Insurgents", "Security forces"]
VERBS = ["attacked", "shelled", "ambushed", "stormed", "raided", "bombed"]
TARGETS = ["a police post", "an army base", "the market", "a convoy of trucks", "a checkpoint", "a village",
           "a bus station", "a school", "a camp for displaced families", "the prison"]
PLACES = ["Goma", "Bunia", "Beni", "Gao", "Mopti", "Kidal", "Timbuktu", "Maiduguri", "Kano", "Mogadishu",
          "Kismayo", "Baidoa", "Homs", "Aleppo", "Raqqa", "Nyala", "Kassala", "Juba", "Bangui", "Niamey"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SOURCES = ["a local official", "the police", "residents", "a military source", "a hospital worker"]
CLAUSE = "rebels of the M23 attacked the army in Goma and Sake killing 12 civilians on Monday according to the police"
PEOPLE = ["farmers", "traders", "teachers", "students", "officials", "families", "nurses", "drivers"]
EVENTS = [
    "{actor} {verb} {target} in {place} on {day}, killing {n} people, according to {source}.",
    "{actor} {verb} {target} near {place} on {day} and {n} {people} were wounded, {source} said.",
    "Clashes broke out between {actor_} and local fighters north of {place} on {day}.",
    "{n} {people} were killed when {actor_} {verb} {target} outside {place}, {source} said.",
]
BACKGROUND = [
    "The governor of the region called for calm and promised an inquiry in {place}.",
    "Aid agencies plan to send a convoy of food and medicine to {place} next week.",
    "The market in {place} reopened on {day} and {people} returned to their shops.",
    "Talks between the government and local leaders are expected to resume in {place} this month.",
    "{People} in {place} said prices of fuel and bread had doubled in a year.",
    "The rainy season has cut several roads around {place}, a local official said.",
    "Schools in {place} will stay open during the holidays to give meals to children.",
    "A new bridge over the river at {place} was opened by the minister of transport on {day}.",
]


def _sentence(rng: random.Random, templates: list[str]) -> str:
    actor, people = rng.choice(ACTORS), rng.choice(PEOPLE)
    return rng.choice(templates).format(
        actor=actor, actor_=actor[0].lower() + actor[1:], verb=rng.choice(VERBS), target=rng.choice(TARGETS),
        place=rng.choice(PLACES), day=rng.choice(DAYS), n=rng.randint(2, 40), source=rng.choice(SOURCES),
        people=people, People=people.capitalize())


def normal(size: int, seed: int = 1) -> str:
    """News-like prose of ``size`` characters: paragraphs of 2-5 sentences, about half of them
    telling an event, the others background."""
    rng = random.Random(seed)
    paragraphs, total = [], 0
    while total < size:
        events = rng.random() < 0.5
        sentences = [_sentence(rng, BACKGROUND) for _ in range(rng.randint(2, 5))]
        if events:
            sentences[rng.randrange(len(sentences))] = _sentence(rng, EVENTS)
        paragraphs.append(" ".join(sentences))
        total += len(paragraphs[-1]) + 2
    return "\n\n".join(paragraphs)[:size]


def no_punctuation(size: int) -> str:
    """One line of words: no sentence or clause mark, no line break."""
    text = re.sub(r"\s+", " ", re.sub(r"[.,;:!?]", "", normal(size + size // 10)))
    return text[:size]


def one_paragraph(size: int) -> str:
    """Punctuated sentences with no line break anywhere."""
    return re.sub(r"\s+", " ", normal(size + size // 100))[:size]


def repeated_clause(size: int) -> str:
    """One clause of a conflict report said over and over with no mark between: the parser ran it
    into one sentence, the case that cost the square of its length (26 KB: 49 s before the cap)."""
    return " ".join([CLAUSE] * (size // (len(CLAUSE) + 1) + 1))[:size]


TEXTS = {"normal": normal, "no punctuation": no_punctuation, "one paragraph": one_paragraph,
         "repeated clause": repeated_clause}


def _peak_reset() -> bool:
    """Reset the kernel's record of this process's peak resident memory (Linux 4.0+)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(kind: str, size: int) -> dict:
    """Code one generated article of ``kind`` and ``size`` in this process; its figures."""
    sys.path.insert(0, str(REPO))
    from sitrep.pipeline import Pipeline
    from sitrep.types import Article

    text = TEXTS[kind](size)
    pipeline = Pipeline().load(["en"])
    pipeline.code(Article("warm", normal(3_000, seed=2), lang="en"))
    exact = _peak_reset()
    base = _peak_mb()
    start, cpu = time.perf_counter(), time.process_time()
    events = pipeline.code(Article(kind, text, lang="en"), max_seconds=0)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"kind": kind, "chars": len(text), "seconds": seconds, "cpu": cpu, "events": len(events),
            "base_mb": base, "peak_mb": _peak_mb(), "peak_exact": exact}


def measure(size: int, kinds: list[str]) -> list[dict]:
    """Each kind of text of ``size`` coded in its own process, as many at once as there are cores:
    CPU seconds and peak memory are each process's own, whatever runs beside it."""
    results: dict[str, dict] = {}
    pending = list(kinds)
    running: list[tuple[str, subprocess.Popen]] = []
    while pending or running:
        while pending and len(running) < (os.cpu_count() or 1):
            kind = pending.pop(0)
            running.append((kind, subprocess.Popen([sys.executable, __file__, "--one", kind, str(size)], cwd=REPO,
                                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
        kind, proc = running.pop(0)
        out, err = proc.communicate()
        if proc.returncode != 0:
            raise SystemExit(f"{kind} {size}: failed\n{err[-2000:]}")
        results[kind] = json.loads(out.strip().splitlines()[-1])
    return [results[k] for k in kinds]


def _row(r: dict, base: dict) -> tuple[str, bool]:
    dps = 1 / r["seconds"]
    speed = dps / (1 / base["seconds"])
    cpu_speed = base["cpu"] / r["cpu"]
    memory = r["peak_mb"] / base["peak_mb"]
    growth = (r["peak_mb"] - r["base_mb"]) / max(1.0, base["peak_mb"] - base["base_mb"])
    ok = cpu_speed >= 1 / LIMIT and memory <= LIMIT and growth <= LIMIT
    return (f"{r['kind']:<16} {r['chars'] / 1000:6.0f} {r['seconds']:8.1f} {r['cpu']:7.1f} {dps:8.4f} "
            f"{r['chars'] / 1000 / r['cpu']:7.1f} {r['base_mb']:6.0f} {r['peak_mb']:6.0f} {r['events']:6d} "
            f"{speed:6.2f}x {cpu_speed:6.2f}x {memory:6.2f}x {growth:6.2f}x  {'ok' if ok else 'OVER'}"), ok


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=SIZE, help=f"characters of the small cases (default {SIZE})")
    ap.add_argument("--big", type=int, default=BIG, help=f"characters of the big cases (default {BIG}; 0: none)")
    ap.add_argument("--one", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one[0], int(args.one[1]))))
        return 0
    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}; load average {os.getloadavg()[0]:.2f}")
    print(f"{'text':<16} {'KB':>6} {'seconds':>8} {'CPU s':>7} {'docs/s':>8} {'KB/CPUs':>7} {'MB at':>6} {'peak':>6} "
          f"{'events':>6} | vs normal text of the same size: {'docs/s':>7} {'CPU':>7} {'peak':>7} {'growth':>7}")
    subprocess.run([sys.executable, "-m", "sitrep", "prepare", "-q"], cwd=REPO, check=True)  # gazetteer index
    passed = True
    plan = [(args.size, list(TEXTS))] + ([(args.big, ["normal", "no punctuation"])] if args.big else [])
    for size, kinds in plan:
        results = measure(size, kinds)
        for r in results:
            line, ok = _row(r, results[0])
            passed &= ok
            print(line, flush=True)
    print(f"load average {os.getloadavg()[0]:.2f} at the end; every worst case within {LIMIT:g}x: "
          f"{'yes' if passed else 'NO'}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
