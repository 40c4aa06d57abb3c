"""The review web app: analysts read coded events with their evidence and correct them."""
from __future__ import annotations

import ipaddress
import json
import os
import sys
from pathlib import Path

from sitrep.errors import SitrepError

WILDCARDS = ("0.0.0.0", "::")
CONFIG = "SITREP_SERVE_CONFIG"  # how `serve` hands its settings to worker processes (JSON)


def loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000, read_token_required: bool = False,
          allow_hosts: list[str] | None = None, quiet: bool = False, workers: int = 1) -> None:
    """Serve the app over the store at ``db`` until interrupted, in ``workers`` processes (each
    runs Python on its own core; FastAPI and uvicorn are imported here: the CLI need not load them).

    Bound beyond loopback, every read would be open to the network: that needs
    ``read_token_required``, and is said loudly, since plain HTTP carries tokens in clear. Requests
    must name loopback, the address bound, or one of ``allow_hosts`` in their Host header."""
    if not loopback(host) and not read_token_required:
        raise SitrepError("E045", host)
    import uvicorn

    from sitrep.serve.app import create_app, ready

    hosts = list(allow_hosts or [])
    if not loopback(host) and host not in WILDCARDS:
        hosts.append(f"[{host}]" if ":" in host else host)
    settings = {"db": str(db), "read_token_required": read_token_required, "allowed_hosts": hosts}
    app = create_app(**settings) if workers == 1 else ready(db)  # a missing store fails here, in one line
    if not loopback(host):
        print(f"sitrep: warning: serving {db} on {host}:{port} over plain HTTP: tokens and events cross the network "
              "in clear unless a TLS proxy stands in front (docs/operations.md); Host headers answered besides "
              f"loopback: {', '.join(hosts) or 'none (add --allow-host NAME)'}", file=sys.stderr, flush=True)
    log_level = "warning" if quiet else "info"
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level=log_level)
        return
    os.environ[CONFIG] = json.dumps(settings)
    uvicorn.run("sitrep.serve.app:from_environment", factory=True, workers=workers, host=host, port=port,
                log_level=log_level)
