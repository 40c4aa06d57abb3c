"""sitrep's geoparser against the stored outputs of other systems on LGL, GeoWebNews, GeoVirus.

    .venv/bin/python bench/geo_eval.py [--shared ../shared]

Runs ``python -m sitrep.geo.cli`` on each gold corpus, then ``score_geo.py`` on its output and on
every stored ``<corpus>.<System>.pred.jsonl``, and prints a Markdown table of end-to-end
accuracy within 161 km (recognition F1 in brackets).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ("lgl", "geowebnews", "geovirus")


def score(shared: Path, gold: Path, pred: Path) -> tuple[float, float]:
    out = subprocess.run([sys.executable, str(shared / "eval" / "score_geo.py"), "--gold", str(gold), "--pred", str(pred)],
                         capture_output=True, text=True, check=True).stdout
    f1 = float(out.split("F1=")[1].split()[0])
    return float(out.strip().splitlines()[-1].split()[-1]), f1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    geo = args.shared / "data" / "geo"
    table: dict[str, dict[str, tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for corpus in CORPORA:
            gold = geo / f"{corpus}.gold.jsonl"
            pred = Path(tmp) / f"{corpus}.pred.jsonl"
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "sitrep.geo.cli", str(gold), "-o", str(pred), "--lang", "en"],
                           check=True, cwd=ROOT)
            print(f"{corpus}: geoparsed in {time.perf_counter() - t:.0f} s", file=sys.stderr)
            table.setdefault("sitrep", {})[corpus] = score(args.shared, gold, pred)
            for stored in sorted(geo.glob(f"{corpus}.*.pred.jsonl")):
                system = stored.name.split(".")[1]
                table.setdefault(system, {})[corpus] = score(args.shared, gold, stored)
    print("| system | " + " | ".join(CORPORA) + " |")
    print("|---|" + "---|" * len(CORPORA))
    for system, row in sorted(table.items(), key=lambda kv: -sum(v[0] for v in kv[1].values())):
        cells = [f"{row[c][0]:.3f} ({row[c][1]:.3f})" if c in row else "-" for c in CORPORA]
        name = f"**{system}**" if system == "sitrep" else system
        print(f"| {name} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
