"""Stretches of a page that are not the article: teasers for other stories ("A lire aussi : ..."),
and the caption of the photo a page opens with.

Scraped news carries the headlines of related stories inside the body; their events are other
articles' news, often old. A cue (per-language data, ``filters.json`` ``aside_cues``) followed by a
colon, or opening a line, starts an aside; it runs to the end of the sentence its first headline
word is in, and never past the end of the line (or of the next line, when the cue stands alone).
A page may open with its photo's caption, which tells of another day and place ("Le stade de X le
29/09/2011. Ph. Y"): the opening stretch, up to the caption's end or the first paragraph break, is
one when it holds a photo credit (``filters.json`` ``photo_credits``).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from sitrep.lang import LanguagePack, pack
from sitrep.nlp.models import doc_text
from sitrep.text import fold


def compile_cues(cues) -> re.Pattern | None:
    """The pattern of a language's aside cues: one followed by a colon, or opening a line."""
    if not cues:
        return None
    alternatives = "|".join(re.escape(fold(c)) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?:(?<![\w'])(?:{alternatives})\s*:|^[ \t]*(?:{alternatives})\b)", re.MULTILINE)


CAPTION_CHARS = 600  # a photo caption is a line or two at the top of the page
CAPTION_ENDS = ('")', "\n\n")  # the end of a scraped caption attribute, or of the opening paragraph


def photo_caption(text: str, lang: str | LanguagePack) -> tuple[int, int] | None:
    """The span of the photo caption the page opens with, if it has one."""
    credits = pack(lang).filters.get("photo_credits", ())
    head = text[:CAPTION_CHARS]
    ends = [i for i in (head.find(e) for e in CAPTION_ENDS) if i > 0]
    if not credits or not ends:
        return None
    end = min(ends)
    if not re.search(r"(?:^|[^\w])(?:" + "|".join(re.escape(fold(c)) for c in credits) + ")", fold(head[:end])):
        return None
    return 0, end + (2 if head.startswith('")', end) else 0)


def find_asides(doc: Doc, lang: str | LanguagePack) -> list[tuple[int, int]]:
    """(start, end) character spans of the doc that tell other stories, or caption its photo."""
    caption = photo_caption(doc_text(doc), lang)
    spans = [caption] if caption else []
    pattern = pack(lang).aside_cue
    if pattern is None:
        return spans
    text = fold(doc_text(doc))
    for m in pattern.finditer(text):
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        first = re.search(r"\S", text[m.end():line_end])
        if first is None:  # the cue alone on its line: the headlines are the next line
            nxt = re.search(r"\S[^\n]*", text[line_end:])
            spans.append((start, line_end + nxt.end() if nxt else line_end))
            continue
        word = doc.char_span(m.end() + first.start(), m.end() + first.start() + 1, alignment_mode="expand")
        end = word.sent.end_char if word is not None and len(word) else line_end
        spans.append((start, min(end, line_end)))
    return spans
