"""sitrep: turn conflict news into coded event data, each field backed by the text it came from.

From Python (see README, "Python"): ``sitrep.code(text)``, ``sitrep.code_many(documents)``,
``sitrep.open_store(path).to_pandas()``. They are imported on first use, so that ``import sitrep``
loads no model and no table library.
"""

__version__ = "0.1.0"

_LAZY = {"code": "sitrep.api", "code_many": "sitrep.api", "open_store": "sitrep.api", "EventStore": "sitrep.api",
         "Article": "sitrep.types", "Event": "sitrep.types", "MergedEvent": "sitrep.types",
         "SitrepError": "sitrep.errors"}
__all__ = ["__version__", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
