# The two commands of the README: `make run` and `make test`. Both set themselves up.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test install lint messages check-messages

$(BIN)/hub: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(BIN)/hub

install: $(BIN)/hub

run: install
	$(BIN)/hub serve --demo

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check hub tests bench
	$(BIN)/ruff format --check hub tests bench
	$(BIN)/mypy hub
	$(MAKE) check-messages

# Translations (README, "Translations"): messages are English msgids in the code; error classes,
# `translate` and the gettext markers are the keywords. Line numbers are left out of the catalogs
# so that moving code does not make them stale.
LOCALES := locales
EXTRACT = $(BIN)/pybabel -q extract -F $(LOCALES)/babel.cfg -c TRANSLATORS: --add-location=file \
	--sort-output --project=passerelle-hub --version=0.1.0 \
	-k translate -k DomainError -k InvalidInput -k NotFound -k Conflict \
	-k Unauthenticated -k Forbidden -k Unavailable
UPDATE = $(BIN)/pybabel -q update -d $(LOCALES) -D hub --ignore-obsolete --ignore-pot-creation-date \
	--no-fuzzy-matching

messages: install
	$(EXTRACT) -o $(LOCALES)/hub.pot .
	$(UPDATE) -i $(LOCALES)/hub.pot
	$(BIN)/pybabel compile -d $(LOCALES) -D hub --statistics

check-messages: install
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(EXTRACT) -o "$$tmp/hub.pot" . && \
	$(UPDATE) --check -i "$$tmp/hub.pot" && \
	$(BIN)/python -m hub.i18n.catalogs
