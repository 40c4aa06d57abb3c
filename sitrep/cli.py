"""The ``sitrep`` command: it parses arguments and wires stages together, nothing more."""
from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from sitrep import __version__
from sitrep.errors import SitrepError

FORMATS = ("jsonl", "csv", "geojson")


def _progress(items, enabled: bool):
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, desc="coding", unit="article", file=sys.stderr)


def cmd_code(args: argparse.Namespace) -> int:
    from sitrep.export import format_table, to_record, write_events
    from sitrep.ingest import read_inputs
    from sitrep.ingest.sources import parse_date
    from sitrep.pipeline import Pipeline

    try:
        if args.published:
            parse_date(args.published, "--published")
    except SitrepError as err:
        print(err.line(), file=sys.stderr)
        return 2
    pipeline = Pipeline()
    records: list[dict] = []
    coded = failed = 0
    show_progress = sys.stderr.isatty() and not args.quiet
    for item in _progress(read_inputs(args.inputs, args.published, args.lang, args.max_bytes), show_progress):
        if isinstance(item, SitrepError):
            print(item.line(), file=sys.stderr)
            failed += 1
            continue
        try:
            events = pipeline.code(item)
        except SitrepError as err:
            print(err.at(item.origin).line(), file=sys.stderr)
            failed += 1
            continue
        except Exception as exc:  # one article's failure must not stop the batch
            print(SitrepError("E014", item.origin, reason=f"{type(exc).__name__}: {exc}").line(), file=sys.stderr)
            failed += 1
            continue
        coded += 1
        records.extend(to_record(e) for e in events)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            write_events(records, out, args.format)
        if not args.quiet:
            print(format_table(records))
            print(f"\n{len(records)} events from {coded} articles written to {args.output}"
                  + (f"; {failed} inputs failed" if failed else ""))
    else:
        buf = io.StringIO()
        write_events(records, buf, args.format)
        sys.stdout.write(buf.getvalue())
    return 0 if coded else 1


def cmd_eval(args: argparse.Namespace) -> int:
    from sitrep import evaluate

    try:
        shared = evaluate.shared_dir(args.shared)
    except SitrepError as err:
        print(err.line(), file=sys.stderr)
        return 2
    names = list(evaluate.SETS) if args.set == "all" else [args.set]
    results = evaluate.run(names, shared, Path(args.keep) if args.keep else None)
    if args.verbose:
        for r in results:
            print(f"## {r.name}\n$ {r.command}\n{r.detail}\n")
    print(evaluate.format_results(results))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sitrep", description="Code conflict news into event data, each field "
                                     "backed by the text it came from.")
    parser.add_argument("--version", action="version", version=f"sitrep {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    code = sub.add_parser("code", help="code articles into events",
                          description="Code news articles into events. INPUT is a .txt file (with an optional "
                          "NAME.meta.json sidecar), a .jsonl file of articles, an .html page, a directory of "
                          "these, or - for stdin.")
    code.add_argument("inputs", nargs="+", metavar="INPUT")
    code.add_argument("-o", "--output", metavar="OUT", help="write events here and print a table; "
                      "default: events to stdout")
    code.add_argument("--format", choices=FORMATS, default="jsonl",
                      help="jsonl: interchange records (default); csv: ACLED columns; geojson")
    code.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for inputs that lack one")
    code.add_argument("--lang", choices=("fr", "en"), help="language for inputs that lack one (default: detected)")
    code.add_argument("--max-bytes", type=int, default=5_000_000, help="refuse inputs larger than this")
    code.add_argument("-q", "--quiet", action="store_true", help="no table, no progress bar")
    code.set_defaults(func=cmd_code)

    ev = sub.add_parser("eval", help="score sitrep on the shared evaluation sets",
                        description="Run sitrep on the shared sets and the shared scorers on its output; "
                        "print their figures in one table.")
    ev.add_argument("set", nargs="?", default="all", choices=("seed", "fr_dev", "case2021", "geo", "all"))
    ev.add_argument("--shared", help="the shared folder (default: ../shared beside the repository)")
    ev.add_argument("--keep", metavar="DIR", help="keep predictions in DIR")
    ev.add_argument("-v", "--verbose", action="store_true", help="print each scorer's full output and command")
    ev.set_defaults(func=cmd_eval)

    sub.add_parser("geoparse", help="find and resolve place names in documents (sitrep geoparse --help)",
                   add_help=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["geoparse"]:  # its own parser, so that "sitrep geoparse --help" is its help
        from sitrep.geo.cli import main as geoparse_main

        return geoparse_main(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
