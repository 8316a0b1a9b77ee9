# The two commands of the README: `make run` and `make test`. Both set themselves up from the locks
# in requirements/ (every package pinned with its hashes; `make lock` refreshes them).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check
# One lock for every platform and Python the project supports, each file's hashes included.
LOCK := $(BIN)/uv pip compile --universal --python-version 3.11 --generate-hashes --upgrade \
	--quiet --no-header pyproject.toml requirements/build.in

.PHONY: run test install install-dev lock lint bolt messages check-messages audits

# What running the hub needs, then the hub itself (editable, built with the locked setuptools).
$(VENV)/.installed-run: requirements/run.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing what the hub runs on (requirements/run.lock)…"
	$(PIP) install --require-hashes --no-deps -r requirements/run.lock
	$(PIP) install --quiet --no-deps --no-build-isolation -e .
	@touch $@

# The test and lint tools on top.
$(VENV)/.installed-dev: requirements/dev.lock $(VENV)/.installed-run
	@echo "Installing the test and lint tools (requirements/dev.lock)…"
	$(PIP) install --require-hashes --no-deps -r requirements/dev.lock
	@touch $@

install: $(VENV)/.installed-run
install-dev: $(VENV)/.installed-dev

run: install
	$(BIN)/hub serve --demo

test: install-dev
	$(BIN)/python -m pytest

# A Bolt server for development (ArcadeDB, Neo4j 5.26 compatible; not for production):
#   HUB_GRAPH_URI=bolt://127.0.0.1:7687 HUB_GRAPH_USER=root HUB_GRAPH_PASSWORD=passerelle-dev \
#   HUB_GRAPH_DATABASE=hub .venv/bin/hub serve --demo
bolt: install-dev
	$(BIN)/python -m tests.bolt_server --dir .hub-data/bolt --port 7687

# Tools and clients others wrote (Node.js, pinned by audits/package-lock.json): the schema
# linter, relay-compiler, graphql-http's audit (fails on any MUST or SHOULD), graphql-request and
# Apollo Client, against a hub served with the demo on a throwaway embedded database.
audits: install
	bash audits/run

# The newest versions pyproject.toml allows, for every package: review the diff, run `make test`.
lock: install-dev
	$(LOCK) -o requirements/run.lock
	$(LOCK) --extra dev -c requirements/run.lock -o requirements/dev.lock

lint: install-dev
	$(BIN)/ruff check hub tests bench
	$(BIN)/ruff format --check hub tests bench
	$(BIN)/mypy hub
	$(MAKE) check-messages

# Translations (docs/translations.md): messages are English msgids in the code; error classes,
# `translate` and the gettext markers are the keywords. Line numbers are left out of the catalogs
# so that moving code does not make them stale.
LOCALES := locales
EXTRACT = $(BIN)/pybabel -q extract -F $(LOCALES)/babel.cfg -c TRANSLATORS: --add-location=file \
	--sort-output --project=passerelle-hub --version=0.1.0 \
	-k translate -k DomainError -k InvalidInput -k NotFound -k Conflict \
	-k Unauthenticated -k Forbidden -k Unavailable
UPDATE = $(BIN)/pybabel -q update -d $(LOCALES) -D hub --ignore-obsolete --ignore-pot-creation-date \
	--no-fuzzy-matching

messages: install-dev
	$(EXTRACT) -o $(LOCALES)/hub.pot .
	$(UPDATE) -i $(LOCALES)/hub.pot
	$(BIN)/pybabel compile -d $(LOCALES) -D hub --statistics

check-messages: install-dev
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(EXTRACT) -o "$$tmp/hub.pot" . && \
	$(UPDATE) --check -i "$$tmp/hub.pot" && \
	$(BIN)/python -m hub.i18n.catalogs
