"""Folding keeps one character per character, so a match on folded text is an offset into the article:
evidence spans an analyst clicks point at the words that gave the field."""
from __future__ import annotations

from sitrep.text import fold, plain_words


def test_fold_lowers_strips_accents_and_keeps_every_offset():
    text = "L’armée a repris Deir ez-Zor, à 35 km d\u2018Al-Mayadine ; İstanbul, ǅ, Œuvre, ﬁn"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("l'armee a repris deir ez-zor, a 35 km d'al-mayadine")
    start = folded.index("mayadine")
    assert text[start:start + len("mayadine")] == "Mayadine"
    assert folded[text.index("İ")] == "i"  # its lowercase is two characters: the base letter is kept


def test_plain_words_drop_punctuation_and_case():
    assert plain_words("Off-duty, soldiers’ ÉLITE") == ["off", "duty", "soldiers", "elite"]


def test_leading_literal_is_the_text_every_match_opens_with():
    import re

    from sitrep.text import leading_literal

    assert leading_literal(re.compile(r"\bsince (?:the start|\d{4})")) == "since "
    assert leading_literal(re.compile(r"(?<![\w-])never\b")) == "never"
    assert leading_literal(re.compile(r"\bcats?\b")) == "cat"  # the optional letter is not required
    assert leading_literal(re.compile(r"\bfoo|bar")) == ""  # either branch may match
    assert leading_literal(re.compile(r"(?i)\bfoo")) == ""  # any case
    assert leading_literal(re.compile(r"[ab]c")) == ""
