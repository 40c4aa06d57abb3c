"""Per-language data of the geo stage (``data/<lang>/``): the code reads patterns, never words.

Each language folder holds ``nonplaces.txt`` (names the NER model takes for places but that are
actors or people, and names such as "Croix-Rouge" that hold a place name but name no place),
``context.json`` (words that announce a place name), ``relative.json`` (number words, units,
directions and phrases of relative locations) and optionally ``demonyms.tsv``.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from sitrep.geo.build import read_tsv
from sitrep.geo.normalise import name_key

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class LangData:
    lang: str
    nonplaces: frozenset[str]
    before: tuple[str, ...]
    admin_words: frozenset[str]
    demonyms: dict[str, str]
    relative: dict


def languages() -> list[str]:
    return sorted(p.name for p in DATA.iterdir() if (p / "context.json").is_file())


@functools.lru_cache(maxsize=None)
def load_langdata(lang: str) -> LangData:
    folder = DATA / lang
    nonplaces = frozenset(name_key(line) for line in (folder / "nonplaces.txt").read_text(encoding="utf-8").splitlines()
                          if line.strip() and not line.startswith("#"))
    context = json.loads((folder / "context.json").read_text(encoding="utf-8"))
    demonyms = {}
    if context.get("demonyms") and (folder / "demonyms.tsv").is_file():
        demonyms = {row[0]: row[1] for row in read_tsv(folder / "demonyms.tsv")}
    relative = json.loads((folder / "relative.json").read_text(encoding="utf-8"))
    return LangData(lang, nonplaces, tuple(context["before"]), frozenset(context["admin_words"]), demonyms, relative)
