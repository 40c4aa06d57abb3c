"""One geoparser per test session: the gazetteer and the spaCy pipelines load once."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def geoparser():
    from sitrep.geo import Geoparser

    return Geoparser.load()
