"""A page given by its address is fetched from a real HTTP server and coded like an .html file; an address
that fails (refused, 404, wrong content type, too large) is one error line and the batch goes on."""
from __future__ import annotations

import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sitrep.errors import SitrepError
from sitrep.ingest import read_inputs
from sitrep.ingest.fetch import is_url, page_id
from tests.conftest import run_sitrep

PAGE = """<!doctype html><html lang="fr"><head><meta charset="iso-8859-1">
<title>Attaque contre un poste de police à Gao</title>
<meta property="article:published_time" content="2024-05-08T09:00:00Z"></head>
<body><nav>Accueil | Monde | Afrique</nav><article><h1>Attaque contre un poste de police à Gao</h1>
<p>Des hommes armés ont attaqué mardi un poste de police à Gao, dans le nord du Mali, selon une source
sécuritaire. Deux policiers ont été tués lors de l'assaut, qui a duré près d'une heure.</p>
<p>L'attaque n'a pas été revendiquée. Les forces de sécurité ont lancé des recherches dans les environs
de la ville, où la situation restait tendue mercredi matin.</p></article>
<footer>Tous droits réservés</footer></body></html>"""

ROUTES = {
    "/afrique/attaque-a-gao.html": (200, "text/html", PAGE.encode("iso-8859-1")),
    "/depeche.txt": (200, "text/plain; charset=utf-8",
                     "Des hommes armés ont attaqué mardi un poste de police à Gao.\n".encode("utf-8")),
    "/image.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
    "/huge.html": (200, "text/html", b"<p>" + b"x" * 5000 + b"</p>"),
    "/empty.html": (200, "text/html", b"   "),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/afrique/attaque-a-gao.html")
            self.end_headers()
            return
        status, ctype, body = ROUTES.get(self.path, (404, "text/html", b"<h1>Not Found</h1>"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _refused_address() -> str:
    """An address on this machine where nothing listens: the port of a server just closed."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    port = server.server_address[1]
    server.server_close()
    return f"http://127.0.0.1:{port}/article"


def test_a_page_is_read_by_its_address_with_its_own_metadata(site):
    [art] = list(read_inputs([f"{site}/afrique/attaque-a-gao.html"]))
    assert not isinstance(art, SitrepError), art
    assert "Deux policiers ont été tués" in art.text  # the page's charset, not UTF-8
    assert "Accueil" not in art.text and "droits réservés" not in art.text
    assert art.published == date(2024, 5, 8)
    assert art.url == f"{site}/afrique/attaque-a-gao.html"
    assert art.article_id == "127.0.0.1-attaque-a-gao"


def test_a_redirect_gives_the_final_address(site):
    [art] = list(read_inputs([f"{site}/moved"]))
    assert art.url.endswith("/afrique/attaque-a-gao.html")


def test_plain_text_is_read_as_a_txt_file(site):
    [art] = list(read_inputs([f"{site}/depeche.txt"], published="2024-05-08"))
    assert art.text.startswith("Des hommes armés") and art.published == date(2024, 5, 8)


@pytest.mark.parametrize("path,code,words", [
    ("/missing.html", "E046", "HTTP 404"),
    ("/image.png", "E047", "image/png"),
    ("/huge.html", "E005", "too large"),
    ("/empty.html", "E002", "empty"),
])
def test_a_bad_page_is_one_error_naming_its_address(site, path, code, words):
    [err] = list(read_inputs([site + path], max_bytes=1000))
    assert isinstance(err, SitrepError) and err.code == code, err
    assert err.origin == site + path and words in err.line()


def test_an_address_where_nothing_answers_is_one_error_and_the_batch_goes_on(site):
    dead = _refused_address()
    out = list(read_inputs([dead, f"{site}/depeche.txt"]))
    assert isinstance(out[0], SitrepError) and out[0].code == "E046" and out[0].origin == dead
    assert not isinstance(out[1], SitrepError)


def test_only_http_addresses_are_fetched():
    assert is_url("https://www.example.org/a") and is_url("HTTP://example.org")
    assert not is_url("news/article.txt") and not is_url("C:/news/a.txt") and not is_url("ftp://x/y")
    assert page_id("https://www.radio.example/2024/05/08/") == "www.radio.example-08"


def test_sitrep_code_codes_a_page_by_its_address(site, tmp_path):
    out = tmp_path / "events.jsonl"
    proc = run_sitrep("code", f"{site}/afrique/attaque-a-gao.html", _refused_address(), "-o", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr.decode()
    err = proc.stderr.decode()
    assert "[E046]" in err and err.count("sitrep: error") == 1
    events = out.read_text(encoding="utf-8")
    assert '"article_id": "127.0.0.1-attaque-a-gao"' in events and "Gao" in events
