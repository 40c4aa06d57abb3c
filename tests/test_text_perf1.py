"""A list of literal words as one trie-shaped alternation matches what their flat alternation, longest
first, matches: the actor scan depends on it, and the trie is what makes it cheap."""
from __future__ import annotations

import random
import re

from sitrep.text import literal_alternation


def test_words_sharing_a_start_share_one_branch():
    assert literal_alternation(["army", "army forces"]) == r"army(?:\ forces)?"
    assert literal_alternation(["arm", "army", "b.c"]) == r"(?:arm(?:y)?|b\.c)"
    assert literal_alternation([]) == "(?!x)x"


def test_matches_are_those_of_the_flat_alternation_longest_first():
    rng = random.Random(7)
    words = sorted({"".join(rng.choice("ab -") for _ in range(rng.randint(1, 5))).strip() or "a"
                    for _ in range(60)}, key=len, reverse=True)
    flat = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, words))})(?![\w-])")
    trie = re.compile(rf"(?<![\w-])(?:{literal_alternation(words)})(?![\w-])")
    for _ in range(300):
        text = "".join(rng.choice("ab -.") for _ in range(40))
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)], text
