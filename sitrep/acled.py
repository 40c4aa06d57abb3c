"""ACLED's codes in one place: actor types, precisions, statuses and the names of generic actors.

Every stage that tests or writes one of these goes through this module, so a code means the same
thing in extraction, merging, the store and the exports. The values are the codebook's own
(ACLED Codebook, 2023 edition, sections "Actor types", "Time precision", "Geo-precision").
"""
from __future__ import annotations

from enum import IntEnum, StrEnum


class Inter(IntEnum):
    """ACLED's actor type (the ``inter1``/``inter2`` columns)."""

    STATE_FORCES = 1
    REBEL_GROUP = 2
    POLITICAL_MILITIA = 3
    IDENTITY_MILITIA = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL_FORCES = 8


# Organised armed groups that can be named as such (rebels, political and identity militias,
# external forces): the ones a label like "les terroristes" may stand for.
NAMED_GROUPS = frozenset({Inter.REBEL_GROUP, Inter.POLITICAL_MILITIA, Inter.IDENTITY_MILITIA, Inter.EXTERNAL_FORCES})
# Actors that fight: a side of a battle can only be one of these.
ARMED = frozenset({Inter.STATE_FORCES, Inter.REBEL_GROUP, Inter.POLITICAL_MILITIA, Inter.IDENTITY_MILITIA,
                   Inter.EXTERNAL_FORCES})
# Unarmed crowds and people: never a side of a battle.
UNARMED = frozenset({Inter.PROTESTERS, Inter.CIVILIANS})
NON_STATE_ARMED = frozenset({Inter.REBEL_GROUP, Inter.POLITICAL_MILITIA, Inter.IDENTITY_MILITIA})
CROWDS = frozenset({Inter.RIOTERS, Inter.PROTESTERS, Inter.CIVILIANS})  # unorganised: their violence is a riot


class TimePrecision(IntEnum):
    """How exactly ``event_date`` is known: the day, a week around it, or only its month."""

    DAY = 1
    WEEK = 2
    MONTH = 3


class GeoPrecision(IntEnum):
    """How exactly the place is known: the town itself, near a town or part of a region, the region."""

    TOWN = 1
    NEAR = 2
    REGION = 3


class Status(StrEnum):
    """Whether a mention is news of a dated event, and if not, what it is."""

    REPORTED = "reported"
    ONGOING = "ongoing"
    HISTORICAL = "historical"
    PLANNED = "planned"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"


# The statuses that stand for news of a dated event; the others are never dated as news.
DATED = (Status.REPORTED, Status.ONGOING)
UNDATED = (Status.HISTORICAL, Status.PLANNED, Status.HYPOTHETICAL, Status.NEGATED)


# ACLED's names of generic actors: the country (or the state's name and the government's period)
# is filled in; the same templates are used by the actor dictionary's data files.
CIVILIANS_OF = "Civilians ({country})"
PROTESTERS_OF = "Protesters ({country})"
RIOTERS_OF = "Rioters ({country})"
UNIDENTIFIED_ARMED_GROUP_OF = "Unidentified Armed Group ({country})"
UNIDENTIFIED_COMMUNAL_MILITIA_OF = "Unidentified Communal Militia ({country})"
UNIDENTIFIED_GANG_OF = "Unidentified Gang ({country})"
SOLE_PERPETRATOR_OF = "Sole Perpetrator ({country})"  # one unknown person acting alone: the author of a bomb threat
PRIVATE_SECURITY_FORCES_OF = "Private Security Forces ({country})"  # armed employees of security firms: external/other
MILITARY_FORCES_OF = "Military Forces of {country_name} ({period})"
POLICE_FORCES_OF = "Police Forces of {country_name} ({period})"
GOVERNMENT_OF = "Government of {country_name} ({period})"
UNIDENTIFIED_MILITARY = "Unidentified Military Forces"  # who laid the mines and shells a war left behind

UNIDENTIFIED_ARMED_GROUP = "Unidentified Armed Group"
# ACLED's country for people of several or unknown nationalities ("Civilians (International)").
INTERNATIONAL = "International"


def is_unidentified_group(name: str | None) -> bool:
    """ACLED's placeholder for armed men nobody names, with or without its country."""
    return bool(name) and (name == UNIDENTIFIED_ARMED_GROUP or name.startswith(UNIDENTIFIED_ARMED_GROUP + " ("))


def is_unidentified_gang(name: str | None) -> bool:
    """ACLED's placeholder for a gang nobody names ("Unidentified Gang (Honduras)")."""
    return bool(name) and name.startswith(UNIDENTIFIED_GANG_OF.split("{", 1)[0])


# ACLED's disorder type of each event type, and the sub-event types that differ from their type's.
DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Protests": "Demonstrations",
            "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}
DISORDER_OF_SUB_EVENT = {"Excessive force against protesters": "Political violence; Demonstrations",
                         "Mob violence": "Political violence"}


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str | None:
    return DISORDER_OF_SUB_EVENT.get(sub_event_type or "") or DISORDER.get(event_type or "")


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction code: the two actor types, the lower first (17: state forces
    and civilians); an actor alone is its type and 0 (60: protesters alone)."""
    if not inter1:
        return None
    low, high = sorted((int(inter1), int(inter2 or 0)))
    return int(f"{low}{high}") if low else int(inter1) * 10
