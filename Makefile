# Steady Ground: `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
# Where `make run` / `make dev` listen (HOST=0.0.0.0 to reach the site from other devices), and the address the site
# gives itself in canonical links, the sitemap, structured data and emails (it follows the port served on).
HOST ?= 127.0.0.1
PORT ?= 8000
export HOST PORT
URL_HOST := $(if $(filter 0.0.0.0 ::,$(HOST)),127.0.0.1,$(HOST))
export WAGTAILADMIN_BASE_URL ?= http://$(URL_HOST):$(PORT)
DEMO_PASSWORD ?= steady-demo-2026
export DEMO_PASSWORD

.DEFAULT_GOAL := help

.PHONY: help
help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-12s %s\n", $$1, $$2}'

# Dependencies: pyproject.toml is the one source; requirements/*.txt are its locks (with hashes), made by `make lock`.
# uv (itself locked in requirements/uv.txt) installs them into .venv; installs only add, they never remove.
UV := $(BIN)/uv
export UV_PYTHON_DOWNLOADS := never
UV_INSTALL := $(UV) pip install --quiet --python $(BIN)/python --require-hashes --no-deps --compile-bytecode

$(VENV)/.uv-installed: requirements/uv.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/uv.txt
	touch $@

$(VENV)/.runtime-installed: $(VENV)/.uv-installed requirements/runtime.txt
	$(UV_INSTALL) -r requirements/runtime.txt
	touch $@

$(VENV)/.dev-installed: $(VENV)/.runtime-installed requirements/dev.txt
	$(UV_INSTALL) -r requirements/dev.txt
	touch $@

.PHONY: install install-dev
install: $(VENV)/.runtime-installed ## Create .venv and install the locked runtime dependencies
install-dev: $(VENV)/.dev-installed ## Also install the locked test and development tools

.PHONY: lock lock-check
lock: $(VENV)/.uv-installed ## Regenerate requirements/*.txt from pyproject.toml (UPGRADE=1 to refresh all)
	requirements/lock.sh

lock-check: $(VENV)/.uv-installed ## Fail when pyproject.toml changed without `make lock`
	requirements/lock.sh --check

.PHONY: setup
setup: install
	mkdir -p var
	$(MANAGE) migrate --no-input
	$(MANAGE) seed_demo --force

.PHONY: seed
seed: install ## Load (or top up) the demo content
	$(MANAGE) seed_demo --force

# Both serve with the scheduler beside the web server (Procfile.dev). run: DEBUG off, as a family meets the site
# (settings/local.py); dev: DEBUG on, with Django's error pages (settings/dev.py).
.PHONY: run dev
run: export DJANGO_SETTINGS_MODULE := settings.local
dev: export DJANGO_SETTINGS_MODULE := settings.dev
run dev: setup
	@echo "Serving $(WAGTAILADMIN_BASE_URL)/ (admin at /admin/) with $(DJANGO_SETTINGS_MODULE) and the scheduler. Ctrl-C stops both."
	PYTHONUNBUFFERED=1 $(BIN)/honcho -f Procfile.dev start
run: ## Set up and serve the demo site as visitors meet it (DEBUG off) on http://$HOST:$PORT (127.0.0.1:8000)
dev: ## The same with DEBUG on (Django's debug pages, development settings)

.PHONY: chromium
# The browser tests drive Chromium's headless shell (Debian's chromium-headless-shell, the build Playwright itself
# uses headless): the full browser in headless mode took about twice the CPU for the same tests.
chromium:
	@test -x /usr/bin/chromium-headless-shell || { echo "Installing Debian's Chromium headless shell for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell fonts-dejavu-core; }

# Two pytest-xdist workers (this machine has two cores; PYTEST_WORKERS=0 runs in one process). --dist loadgroup hands
# each worker tests in collection order (tests/conftest.py): first those that need no database, run while the
# migrated template is made on a fresh clone, then pytest-django's order, so that tests that flush the database
# (transactional, browser) come last and a worker never runs an ordinary test on a flushed database. Tests sharing
# module data stay on one worker, and tests marked `long` start first in their run, so both workers finish together.
# pytest caches its rewritten test modules as bytecode only when PYTHONDONTWRITEBYTECODE is unset.
PYTEST_WORKERS ?= 2
PYTEST_XDIST := $(if $(filter 0,$(PYTEST_WORKERS)),,-n $(PYTEST_WORKERS) --dist loadgroup)
PYTEST := env -u PYTHONDONTWRITEBYTECODE $(BIN)/pytest

.PHONY: test
test: install-dev chromium ## Run the whole suite (SQLite, or the database in $DATABASE_URL); PYTEST_ARGS for more
	mkdir -p var
	$(PYTEST) $(PYTEST_XDIST) $(PYTEST_ARGS)

.PHONY: screenshots
screenshots: install-dev chromium ## Refresh the guides' screenshots in docs/screenshots/ (the browser tests)
	SCREENSHOTS_DIR=docs/screenshots $(PYTEST) $(PYTEST_XDIST) tests/browser $(PYTEST_ARGS)

.PHONY: lint
lint: install-dev ## Check style and formatting
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

.PHONY: format
format: install-dev ## Fix style and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

.PHONY: wrk
wrk:
	@command -v wrk >/dev/null || { echo "Installing Debian's wrk for the benchmarks"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }

# BENCH_ARGS, e.g. "--posts 1000 --sizes 100,1000 --seconds 3". Databases are kept under var/bench/ for the next run.
.PHONY: bench
bench: install wrk ## Serve 10,000 posts with gunicorn and production settings, measure every page against a ceiling; writes docs/benchmarks.md
	$(BIN)/python bench/run.py $(BENCH_ARGS)
	$(BIN)/python bench/wordpress_import.py --report-only

.PHONY: bench-search
bench-search: install-dev ## Benchmark search with 10,000 posts on SQLite and on PostgreSQL (prints median and p95)
	mkdir -p var
	$(BIN)/python bench/search_benchmark.py
	psql -h 127.0.0.1 -U postgres -q -c "CREATE DATABASE steadyground_bench" 2>/dev/null || true
	DATABASE_URL=postgres://postgres@127.0.0.1:5432/steadyground_bench $(BIN)/python bench/search_benchmark.py
