"""Invented notes built from templates, coded whole, and where their place lands: the counting and the
table the namesake and cross-border probes share (bench/geo_namesakes.py, bench/geo_cross_border.py)."""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

from sitrep.types import Article


@dataclass
class CountryTally:
    """Per template: notes whose event is placed in the town's country, in another one, or nowhere."""
    right: Counter = field(default_factory=Counter)
    wrong: Counter = field(default_factory=Counter)
    unplaced: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str, str, str]] = field(default_factory=list)  # template, country, got, text
    seconds: float = 0.0


def tally_countries(pipe, cases: list[tuple[str, dict]], templates: dict[str, str]) -> CountryTally:
    """Code each (country, fields) case through every template and count where the first placed event lies."""
    out = CountryTally()
    t = time.perf_counter()
    for cc, fields in cases:
        for tname, template in templates.items():
            text = template.format(**fields)
            events = pipe.code(Article(article_id="probe", text=text, lang="en"))
            place = next((e.place for e in events if e.place is not None), None)
            if place is None:
                out.unplaced[tname] += 1
                out.failures.append((tname, cc, "-", text))
            elif place.country == cc:
                out.right[tname] += 1
            else:
                out.wrong[tname] += 1
                out.failures.append((tname, cc, place.country, text))
    out.seconds = time.perf_counter() - t
    return out


def print_country_table(tally: CountryTally, templates, n: int) -> None:
    """One row per template: the shares of ``n`` cases right, wrong and unplaced."""
    print("| template | right country | wrong country | unplaced |")
    print("|---|---|---|---|")
    for tname in templates:
        print(f"| {tname} | {tally.right[tname] / n:.3f} | {tally.wrong[tname] / n:.3f} | "
              f"{tally.unplaced[tname] / n:.3f} |")


def print_failures(tally: CountryTally) -> None:
    for tname, cc, got, text in tally.failures:
        print(f"{tname}\t{cc}->{got}\t{text}")
