# Krishandbok: `make serve` to read the handbook, `make test` to test everything.
# Every target creates .venv first when it is missing.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: help venv node check test serve build binder build-internal offline schemas lint clean bench

help:
	@echo "make serve    serve the handbook on http://127.0.0.1:8000"
	@echo "make test     run the whole test suite"
	@echo "make check    validate the handbook in data/"
	@echo "make build    strict build of the site and the binder PDFs into site/"
	@echo "make binder   only the binder PDFs (krishandbok.pdf, kriskort.pdf, kriskort-a4.pdf) into site/"
	@echo "make offline  the site for use without a network (file://) into site-offline/"
	@echo "make build-internal  the intranet build with contacts into site-internal/"
	@echo "make schemas  regenerate the JSON Schemas in schemas/"
	@echo "make bench    time hooks against plain MkDocs at 1x, 10x, 50x (benchmarks/README.md)"

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements.lock -e '.[site,pdf,dev]'
	touch $(STAMP)

venv: $(STAMP)

# axe-core and iframe-worker for the browser tests (tests/browser/), from package-lock.json.
# Without npm the browser tests skip and say why (under CI=true they fail).
NODE_STAMP := node_modules/.package-lock.json
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund; \
	else echo "npm not found: the browser tests will be skipped"; fi

node: $(NODE_STAMP)

check: venv
	$(PY) -m krishandbok validate data

test: venv node
	$(PY) -m pytest

serve: venv
	$(VENV)/bin/mkdocs serve --dev-addr 127.0.0.1:8000

build: venv
	$(VENV)/bin/mkdocs build --strict

binder: venv
	$(PY) -m krishandbok binder --out site data

# Material's offline plugin: plain .html links and an inlined search index.
offline: venv
	OFFLINE=true $(VENV)/bin/mkdocs build --strict --site-dir site-offline

# The intranet build with contacts: HANDBOOK_PRIVATE names the private contacts file
# (default: the fictional example). Written to site-internal/, never published.
HANDBOOK_PRIVATE ?= contacts.example.yaml
build-internal: venv
	$(PY) -m krishandbok validate data --contacts $(HANDBOOK_PRIVATE)
	HANDBOOK_PROFILE=internal HANDBOOK_PRIVATE=$(HANDBOOK_PRIVATE) \
		$(VENV)/bin/mkdocs build --strict --site-dir site-internal

schemas: venv
	$(PY) -m krishandbok schemas

bench: venv
	$(PY) benchmarks/bench.py --json benchmarks/figures.json

lint: venv
	$(VENV)/bin/ruff check hooks tests

clean:
	rm -rf site site-offline .pytest_cache
