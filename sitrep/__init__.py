"""sitrep: turn conflict news into coded event data, each field backed by the text it came from."""

__version__ = "0.1.0"
