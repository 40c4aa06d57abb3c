"""The review web app: analysts read coded events with their evidence and correct them."""
from __future__ import annotations


def create_app(db, read_token_required: bool = False):
    """The FastAPI app over the event store at ``db`` (imported late: the CLI need not load FastAPI)."""
    from sitrep.serve.app import create_app as _create

    return _create(db, read_token_required=read_token_required)
