# Steady Ground: `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
DEMO_PASSWORD ?= steady-demo-2026
export DEMO_PASSWORD

.DEFAULT_GOAL := help

.PHONY: help
help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/.installed: requirements/lock.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements/lock.txt
	touch $@

.PHONY: install
install: $(BIN)/.installed ## Create .venv and install the locked dependencies

.PHONY: setup
setup: install
	mkdir -p var
	$(MANAGE) migrate --no-input
	$(MANAGE) seed_demo

.PHONY: seed
seed: install ## Load (or top up) the demo content
	$(MANAGE) seed_demo

.PHONY: run
run: setup ## Set up and serve the site with demo content on http://127.0.0.1:8000
	@echo "Serving on http://$(HOST):$(PORT)/ (admin at /admin/), with the scheduler beside it. Ctrl-C stops both."
	HOST=$(HOST) PORT=$(PORT) PYTHONUNBUFFERED=1 $(BIN)/honcho -f Procfile.dev start

.PHONY: chromium
chromium:
	@test -x /usr/bin/chromium || { echo "Installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core; }

.PHONY: test
test: install chromium ## Run the whole suite (SQLite, or the database in $DATABASE_URL)
	mkdir -p var
	$(BIN)/pytest $(PYTEST_ARGS)

.PHONY: lint
lint: install ## Check style and formatting
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

.PHONY: format
format: install ## Fix style and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

.PHONY: bench
bench: install ## Benchmark search with 10,000 posts on SQLite and on PostgreSQL (prints median and p95)
	mkdir -p var
	$(BIN)/python bench/search_benchmark.py
	psql -h 127.0.0.1 -U postgres -q -c "CREATE DATABASE steadyground_bench" 2>/dev/null || true
	DATABASE_URL=postgres://postgres@127.0.0.1:5432/steadyground_bench $(BIN)/python bench/search_benchmark.py
