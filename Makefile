# Two commands for a newcomer: `make run` serves the demo site, `make test` checks everything.
SHELL := /bin/bash
PYTHON_BOOT ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/postgres
MANAGE := $(PY) manage.py

.PHONY: run test lint format bench publish-scheduled install install-dev check-pg translations serve backup restore burst

$(VENV)/bin/python:
	$(PYTHON_BOOT) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip

# Stamps make a second `make run` skip installs unless the requirements changed.
$(VENV)/.installed-run: requirements.txt | $(VENV)/bin/python
	$(VENV)/bin/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(VENV)/bin/pip install --quiet -r requirements-dev.txt
	touch $@

# axe-core for the accessibility checks in browser tests, from the npm registry.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

install: $(VENV)/.installed-run
install-dev: $(VENV)/.installed-dev $(if $(wildcard package.json),node_modules/.installed)

# locale/*.mo are build output (not in git), compiled with polib: no GNU gettext needed.
translations: install
	$(MANAGE) compile_translations

# Absolute links (canonical, feeds, review e-mails) and the demo Site follow it.
run: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
run: install translations
	$(MANAGE) migrate --noinput -v0
	$(MANAGE) load_demo
	$(MANAGE) ensure_dev_admin
	@echo "Serving on http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# Python (ruff, including unused noqa), templates (djhtml) and CSS (stylelint).
lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates
	npx --no-install stylelint "static/css/**/*.css"

format: install-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/djhtml templates
	npx --no-install stylelint --fix "static/css/**/*.css"

# The suite runs on SQLite and on PostgreSQL when one answers; under CI a missing
# PostgreSQL is a failure, not a skip. The two passes run side by side, each with
# its own log (printed when both have ended): the PostgreSQL pass spends much of
# its time waiting on the server, browsers and subprocesses, which leaves room for
# the SQLite pass on the same cores. Tests that run once go where they balance the
# two: browser tests in the PostgreSQL pass, tests that never touch the test
# database (marked single_pass) in the SQLite pass. Without PostgreSQL, the SQLite
# pass runs everything.
test: lint
	$(MANAGE) compile_translations
	DJANGO_SETTINGS_MODULE=newsroom.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=newsroom.settings.test $(MANAGE) makemigrations --check --dry-run
	@if $(PY) -c "import psycopg,sys; psycopg.connect('$(TEST_DATABASE_URL)', connect_timeout=3).close()" 2>/dev/null; then \
		logs=$$(mktemp -d); \
		echo "== pytest on SQLite (without browser tests) and on PostgreSQL ($(TEST_DATABASE_URL), without single_pass tests), side by side; logs follow =="; \
		DATABASE_URL=sqlite:///:memory: TEST_POSTGRES_URL=$(TEST_DATABASE_URL) $(VENV)/bin/pytest -p no:cacheprovider -m "not browser" $(PYTEST_ARGS) > $$logs/sqlite.log 2>&1 & lite=$$!; \
		DATABASE_URL=$(TEST_DATABASE_URL) $(VENV)/bin/pytest -m "not single_pass" $(PYTEST_ARGS) > $$logs/postgresql.log 2>&1; pg=$$?; \
		wait $$lite; lite=$$?; \
		echo "== pytest on SQLite =="; cat $$logs/sqlite.log; \
		echo "== pytest on PostgreSQL =="; cat $$logs/postgresql.log; rm -rf $$logs; \
		if [ $$lite -ne 0 ] || [ $$pg -ne 0 ]; then echo "Failed: SQLite pass exit $$lite, PostgreSQL pass exit $$pg"; exit 1; fi; \
		echo "Databases tested: SQLite, PostgreSQL"; \
	elif [ "$(CI)" = "true" ]; then \
		echo "PostgreSQL at $(TEST_DATABASE_URL) is unreachable under CI: failing."; exit 1; \
	else \
		echo "== pytest on SQLite =="; \
		DATABASE_URL=sqlite:///:memory: $(VENV)/bin/pytest $(PYTEST_ARGS) || exit 1; \
		echo "Databases tested: SQLite only (PostgreSQL at $(TEST_DATABASE_URL) unreachable)"; \
	fi

# Reader pages (PostgreSQL, production settings, gunicorn, wrk, Varnish) for
# BENCH_SIZES installments (default 100,1000,10000), then search latency.
bench: install-dev
	$(PY) benchmarks/run.py

# Publishes pages whose go-live time has passed and unpublishes expired ones.
# Run it every minute from cron or a systemd timer (see README).
publish-scheduled: install
	$(MANAGE) publish_scheduled

# Production server on this machine: production settings, static files, migrations,
# then gunicorn (deploy/gunicorn.conf.py). Needs DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS
# and DATABASE_URL; see docs/deploy.md.
serve: export DJANGO_SETTINGS_MODULE = newsroom.settings.production
serve: install
	$(MANAGE) compile_translations
	$(MANAGE) collectstatic --noinput -v0
	$(MANAGE) migrate --noinput -v0
	exec $(VENV)/bin/gunicorn -c deploy/gunicorn.conf.py

# pg_dump of DATABASE_URL plus a tar of MEDIA_ROOT into BACKUP_DIR (default backups/).
backup:
	deploy/backup.sh

# Restores BACKUP (default BACKUP_DIR/latest) into DATABASE_URL and MEDIA_ROOT.
restore:
	deploy/restore.sh

# 2,000 requests across page types against a running server (BASE_URL), zero errors.
burst:
	$(PY) deploy/burst.py
