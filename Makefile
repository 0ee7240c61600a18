# Krishandbok: `make serve` to read the handbook, `make test` to test everything.
# Every target creates .venv first when it is missing.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: help venv venv-checks venv-site venv-core node check test test-handbook upstream serve build binder build-internal offline schemas lint clean bench

help:
	@echo "make serve    serve the handbook on http://127.0.0.1:8000"
	@echo "make test     run the whole test suite"
	@echo "make test-handbook  only the generic checks of the handbook in data/"
	@echo "make upstream merge a new version from upstream, keeping data/ and docs/*.md"
	@echo "make check    validate the handbook in data/"
	@echo "make build    strict build of the site and the binder PDFs into site/"
	@echo "make binder   only the binder PDFs (krishandbok.pdf, kriskort.pdf, kriskort-a4.pdf) into site/"
	@echo "make offline  the site for use without a network (file://) into site-offline/"
	@echo "make build-internal  the intranet build with contacts into site-internal/"
	@echo "make schemas  regenerate the JSON Schemas in schemas/"
	@echo "make bench    time hooks against plain MkDocs at 1x, 10x, 50x (benchmarks/README.md)"

# Stamps, each a superset of the one before: `make check` needs only the engine,
# `make serve`/`build` add MkDocs and the PDF tools, `make test-handbook` adds pytest,
# `make test` adds Playwright for the browser tests.
STAMP_CORE := $(VENV)/.installed-core
STAMP_SITE := $(VENV)/.installed-site
STAMP_CHECKS := $(VENV)/.installed-checks
STAMP_TEST := $(VENV)/.installed-test
PIP_INSTALL = $(PY) -m pip install --quiet --disable-pip-version-check -c requirements.lock -e

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip

$(STAMP_CORE): pyproject.toml requirements.lock | $(PY)
	$(PIP_INSTALL) .
	touch $@

$(STAMP_SITE): $(STAMP_CORE)
	$(PIP_INSTALL) '.[site,pdf]'
	touch $@

$(STAMP_CHECKS): $(STAMP_SITE)
	$(PIP_INSTALL) '.[site,pdf,test]'
	touch $@

$(STAMP_TEST): $(STAMP_CHECKS)
	$(PIP_INSTALL) '.[site,pdf,test,browser]'
	touch $@

venv: $(STAMP_TEST)
venv-checks: $(STAMP_CHECKS)
venv-site: $(STAMP_SITE)
venv-core: $(STAMP_CORE)

# axe-core and iframe-worker for the browser tests (tests/browser/), from package-lock.json.
# Without npm the browser tests skip and say why (under CI=true they fail).
NODE_STAMP := node_modules/.package-lock.json
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund; \
	else echo "npm not found: the browser tests will be skipped"; fi

node: $(NODE_STAMP)

check: venv-core
	$(PY) -m krishandbok validate data

test: venv node
	$(PY) -m pytest

# The generic checks of the handbook in data/ (valid, strict build, binder, a page per
# entity): what a content-only pull request needs (the content lane of CI).
test-handbook: venv-checks
	$(PY) -m pytest -m handbook

# A new version of the tool from upstream, keeping data/ and docs/*.md (README: Ta i bruk).
UPSTREAM ?= upstream/main
upstream:
	git fetch $(firstword $(subst /, ,$(UPSTREAM)))
	scripts/merge-upstream $(UPSTREAM)

serve: venv-site
	$(VENV)/bin/mkdocs serve --dev-addr 127.0.0.1:8000

build: venv-site
	$(VENV)/bin/mkdocs build --strict

binder: venv-site
	$(PY) -m krishandbok binder --out site data

# Material's offline plugin: plain .html links and an inlined search index.
offline: venv-site
	OFFLINE=true $(VENV)/bin/mkdocs build --strict --site-dir site-offline

# The intranet build with contacts: HANDBOOK_PRIVATE names the private contacts file
# (default contacts.yaml, kept out of git). Written to site-internal/, never published.
# Never the fictional example by default: a binder with made-up numbers marked "internal"
# would look real.
HANDBOOK_PRIVATE ?= contacts.yaml
build-internal: venv-site
	@test -f "$(HANDBOOK_PRIVATE)" || { echo "$(HANDBOOK_PRIVATE) is missing: write it in the form of contacts.example.yaml," \
		"or name the file: make build-internal HANDBOOK_PRIVATE=path/to/contacts.yaml" \
		"(HANDBOOK_PRIVATE=contacts.example.yaml builds with the example's made-up people)." >&2; exit 1; }
	$(PY) -m krishandbok validate data --contacts $(HANDBOOK_PRIVATE)
	HANDBOOK_PROFILE=internal HANDBOOK_PRIVATE=$(HANDBOOK_PRIVATE) \
		$(VENV)/bin/mkdocs build --strict --site-dir site-internal

schemas: venv-core
	$(PY) -m krishandbok schemas

bench: venv-site
	$(PY) benchmarks/bench.py --json benchmarks/figures.json

lint: venv-checks
	$(VENV)/bin/ruff check hooks tests

clean:
	rm -rf site site-offline .pytest_cache
