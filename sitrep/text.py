"""Text folding that keeps character offsets, so matches on folded text point into the original."""
from __future__ import annotations

import functools
import re
import unicodedata
try:  # the standard library's own pattern parser, for leading_literal; private, so a Python without it scans every pattern
    from re import _constants, _parser
except ImportError:  # pragma: no cover
    _constants = _parser = None

# A wire dateline opening a dispatch: the place it was filed from, a date, the agency, a dash
# ("DEIR EZ-ZOR, Sept 13 (Reuters) -", "BEIRUT (AFP) –", "Beyrouth, 4 novembre (AFP) –", "Port-au-Prince –").
# A town in capitals may carry any date; a town in mixed case (every word capitalised) carries a date
# with a figure, an agency in brackets, or nothing but the dash.
DATELINE = re.compile(
    r"\s*(?:[A-ZÀ-Ý][A-ZÀ-Ý' .-]{2,40}(?:\s*/\s*[A-ZÀ-Ý][\w' .-]{2,30})?(?:,[^\n–—-]{1,30}?)?"
    r"|[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,3}(?:,[^\n–—()-]{0,30}?\d[^\n–—()-]{0,30}?)?)"
    r"\s*(?:\([^)\n]{1,30}\))?\s*[–—-]+\s")

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00a0": " ", "\u202f": " "})


class _FoldTable(dict):
    """Code point -> its folded character, filled as characters are first met (``str.translate``
    asks for each): the per-character rule runs once per character, not once per occurrence."""

    def __missing__(self, code: int) -> str:
        ch = chr(code).translate(_APOSTROPHES)
        base = unicodedata.normalize("NFKD", ch)[:1] or ch
        low = base.lower()
        self[code] = folded = low if len(low) == 1 else base
        return folded


_FOLD = _FoldTable()


@functools.lru_cache(maxsize=1 << 18)
def fold(text: str) -> str:
    """Lowercase, accents and typographic apostrophes removed, one output character per input character.

    Cached: the same words are folded again by every stage, article after article."""
    return text.translate(_FOLD)


HEADLINE_MAX_CHARS = 200  # a first line this short, ending without a stop, is a headline
_SPACES = re.compile(r"\s*")


def headline_end(text: str) -> int:
    """Where the headline opening ``text`` ends (its line break), or -1 when the first line is no headline: a
    short first line ending with no stop, with the story after it."""
    line_end = text.find("\n")
    headline = text[:line_end].strip()
    if line_end < 0 or not headline or len(headline) > HEADLINE_MAX_CHARS or headline[-1] in ".!?":
        return -1
    return line_end


def in_headline(text: str, at: int) -> bool:
    """Whether offset ``at`` lies in the headline opening ``text``."""
    return 0 <= at < headline_end(text)


def dateline_span(text: str) -> tuple[int, int]:
    """Start and end of the wire dateline opening ``text`` or the paragraph after its headline, or
    (0, 0): where and when the dispatch was filed, not where its events took place."""
    m = DATELINE.match(text)
    if m:
        return 0, m.end()
    line_end = headline_end(text)
    if line_end < 0:
        return 0, 0
    start = _SPACES.match(text, line_end).end()
    m = DATELINE.match(text, start)
    return (start, m.end()) if m else (0, 0)


def literal_alternation(words) -> str:
    """The regex alternation of ``words`` shaped as their trie ("a(?:rmy(?:\\ forces)?|...)"), for a
    pattern that must match the longest word the rest of it accepts, as the flat alternation of the
    words sorted longest first does: there Python's engine tries every word at every position, here
    it follows one branch a character (a dozen times faster over a thousand actor names)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        arms = [re.escape(ch) + branch(child) for ch, child in node.items() if ch]
        if not arms:
            return ""
        body = arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(trie) if trie else "(?!x)x"


@functools.lru_cache(maxsize=4096)
def leading_literal(pattern: re.Pattern) -> str:
    """The text every match of ``pattern`` opens with, after any zero-width test ("\\bsince the" ->
    "since the"), or "" when it opens otherwise (a class, a group, an alternation, any case): a text
    without it holds no match, and a scan of many cue patterns over each sentence skips the patterns
    whose first words are absent (Python's engine tries a pattern that opens with a word boundary at
    every position of the text)."""
    if _parser is None:
        return ""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return ""
    if parsed.state.flags & re.IGNORECASE:
        return ""
    out = []
    for op, value in parsed:
        if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT) and not out:
            continue
        if op != _constants.LITERAL:
            break
        out.append(chr(value))
    return "".join(out)


@functools.lru_cache(maxsize=4096)
def required_literals(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Texts one of which every match of ``pattern`` holds ("(?:on )?(?P<wd>monday|tuesday)" -> the
    weekdays, "\\d+ days? ago" -> " ago"), or None when no such texts are known (any case, or no
    literal the pattern cannot do without): a text holding none of them holds no match, and
    ``str.__contains__`` finds that at a fraction of a scan's cost (Python's engine tries a pattern
    that opens with a group or a zero-width test at every position of the text)."""
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _required(parsed)
    return tuple(sorted(found)) if found else None


def _required(items) -> frozenset[str] | None:
    """The texts one of which a match of the parsed sequence ``items`` holds: the best of its required
    parts (a run of literal characters, a group, an alternation all of whose branches require some
    text, a repeat at least once), the one whose shortest text is longest."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, value in items:
        if op == _constants.LITERAL:
            run.append(chr(value))
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            run = []
        if op == _constants.SUBPATTERN and not value[1] & re.IGNORECASE:
            found = _required(value[3])
        elif op == _constants.BRANCH:
            branches = [_required(branch) for branch in value[1]]
            found = frozenset().union(*branches) if all(branches) else None
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and value[0] >= 1:
            found = _required(value[2])
        else:
            found = None
        if found:
            options.append(found)
    if run:
        options.append(frozenset({"".join(run)}))
    return max(options, key=lambda texts: (min(map(len, texts)), -len(texts)), default=None)


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False when ``text`` holds none of the texts every match of ``pattern`` holds (``required_literals``):
    then ``pattern`` finds nothing in it; True otherwise."""
    texts = required_literals(pattern)
    return texts is None or any(t in text for t in texts)


def plain_words(text: str) -> list[str]:
    """The folded words of ``text``, punctuation dropped ("Off-duty," -> ["off", "duty"]): for matching cue
    phrases word by word, whatever the spacing and punctuation around them."""
    return re.findall(r"\w+", fold(text))
