"""``required_literals``: texts one of which every match of a pattern holds, so that a text holding none of them
is not scanned. The skip must never lose a match: the time and cue patterns depend on it."""
from __future__ import annotations

import random
import re

import pytest

from sitrep.text import may_match, required_literals


def test_the_literals_a_match_cannot_do_without():
    assert required_literals(re.compile(r"(?<![\w-])(?:(?:on )?(?P<wd>monday|friday))(?![\w-])")) == ("friday", "monday")
    assert required_literals(re.compile(r"(?P<n>[\w-]+) days? ago")) == (" day",)  # " ago" as long: the first
    assert required_literals(re.compile(r"\bfoo|bar")) == ("bar", "foo")  # either branch: one of both
    assert required_literals(re.compile(r"(?:ab|)c")) == ("c",)  # a branch that may be empty requires nothing
    assert required_literals(re.compile(r"(?:nord|sud)+-est")) == ("-est",)


def test_nothing_is_required_in_any_case_nor_of_an_optional_part():
    assert required_literals(re.compile(r"(?i)foo")) is None
    assert required_literals(re.compile(r"[ab]\d+")) is None
    assert required_literals(re.compile(r"x?")) is None
    assert required_literals(re.compile(r"(?i:foo)bar?")) == ("ba",)  # only the part read in this case


def test_a_pattern_finds_nothing_in_a_text_it_may_not_match():
    rng = random.Random(11)
    pieces = ["ab", "b", "(?:ab|ba)", "(?:a|b)+", "a?", "[ab]", r"\b", "(ba)", "(?:bb)*", "(?=a)", "(?<!b)"]
    for _ in range(400):
        pattern = re.compile("".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))))
        for _ in range(20):
            text = "".join(rng.choice("ab ") for _ in range(rng.randint(0, 12)))
            if pattern.search(text):
                assert may_match(pattern, text), (pattern.pattern, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "on the night of Friday to Saturday, two days later, on 3/4/2021 and last week"),
    ("en", "Since March 2020 and early June, the day before yesterday and this morning, six days ago"),
    ("fr", "dans la nuit de mardi à mercredi, il y a trois semaines, le 12 mai 2023 et en 2019"),
    ("fr", "la semaine dernière, le lendemain, cet été-là, hier soir et vendredi prochain"),
])
def test_every_time_pattern_that_matches_is_run(lang, text):
    from sitrep.lang import pack
    from sitrep.text import fold

    folded = fold(text)
    for _, pattern in pack(lang).time_patterns:
        if pattern.search(folded):
            assert may_match(pattern, folded)
