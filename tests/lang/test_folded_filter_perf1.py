"""A filter list is folded once per pack, not at every trigger it is tested on."""
from __future__ import annotations

from sitrep.lang import pack
from sitrep.text import fold


def test_folded_filter_is_the_folded_list_kept_by_the_pack():
    lang = pack("fr")
    words = lang.folded_filter("walkout_verbs")
    assert words == frozenset(fold(w) for w in lang.filters["walkout_verbs"])
    assert lang.folded_filter("walkout_verbs") is words
    assert lang.folded_filter("no such list") == frozenset()
    assert pack("en").folded_filter("walkout_verbs") is not words
