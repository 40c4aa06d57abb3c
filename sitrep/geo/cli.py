"""``sitrep geoparse IN.jsonl -o OUT.jsonl [--lang CODE]``: toponyms of documents, in the
prediction format of ``score_geo.py``."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sitrep.errors import SitrepError
from sitrep.lang import available


def _read(path: str) -> list[dict]:
    try:
        raw = Path(path).read_text(encoding="utf-8") if path != "-" else sys.stdin.read()
    except FileNotFoundError as exc:
        raise SitrepError("E001", path) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise SitrepError("E013", path, reason=str(exc)) from exc
    docs = []
    for n, line in enumerate(raw.split("\n"), 1):  # not splitlines(): JSON strings may hold U+2028
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SitrepError("E006", path, line=n, reason=exc.msg) from exc
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str) or not doc["text"]:
            raise SitrepError("E007", path, line=n)
        docs.append(doc)
    return docs


def _record(doc_id, toponyms) -> dict:
    out = []
    for t in toponyms:
        if t.relative:
            continue
        p = t.place
        out.append({"start": t.start, "end": t.end, "text": t.text,
                    "lat": p.lat if p else None, "lon": p.lon if p else None,
                    "name": p.name if p else None, "country": p.country if p else None,
                    "score": p.score if p else 0.0, "feature": p.feature if p else None,
                    "geo_precision": p.geo_precision if p else None, "reason": p.reason if p else None})
    return {"doc_id": doc_id, "toponyms": out}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="sitrep geoparse", description=__doc__)
    ap.add_argument("input", help="JSONL of {doc_id, text} ('-' for stdin)")
    ap.add_argument("-o", "--output", default="-", help="JSONL of {doc_id, toponyms} (default stdout)")
    ap.add_argument("--lang", default="en", choices=available())
    ap.add_argument("--no-demonyms", action="store_true",
                    help="do not report nationality adjectives (\"Syrian\") as their country")
    args = ap.parse_args(argv)
    from sitrep.geo import Geoparser

    try:
        docs = _read(args.input)
        gp = Geoparser.load()
        results = gp.parse_many((d["text"] for d in docs), args.lang, demonyms=not args.no_demonyms)
        if sys.stderr.isatty():
            from tqdm import tqdm

            results = tqdm(results, total=len(docs), unit="doc", file=sys.stderr)
        out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
        try:
            for n, (d, tops) in enumerate(zip(docs, results)):
                out.write(json.dumps(_record(d.get("doc_id", str(n)), tops), ensure_ascii=False) + "\n")
        finally:
            if out is not sys.stdout:
                out.close()
    except SitrepError as err:
        print(err.line(), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
