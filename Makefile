# kamdesk: the two commands a fresh machine needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.kamdesk-installed
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint typecheck pytest bench bench-quick dist clean demo qtcheck bytecode

# An editable install compiles nothing, and with PYTHONDONTWRITEBYTECODE set nothing is ever
# cached: every start would compile kamdesk again (a third of a second, #17). So the install
# step compiles it, and so do `run` and `bench` (only what changed since).
$(STAMP): pyproject.toml
	@$(PYTHON) scripts/bootstrap_check.py
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m compileall -q kamdesk
	@touch $(STAMP)

bytecode: $(STAMP)
	@$(PY) -m compileall -q kamdesk

qtcheck: $(STAMP)
	@$(PY) scripts/qtcheck.py

run: $(STAMP) qtcheck bytecode
	$(VENV)/bin/kamdesk --demo

test: $(STAMP) qtcheck lint typecheck pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

# one worker per core (-n auto): each copies its own template databases. Then the services'
# tests again on PostgreSQL (--pg: a temporary cluster per worker, the team server's dialect)
pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q -n auto
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q -n auto --pg tests/unit/services

bench: $(STAMP) qtcheck bytecode
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

# the 1 000-client database, 3 runs a timing: for use while developing
bench-quick: $(STAMP) qtcheck bytecode
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks --quick

dist: $(STAMP) qtcheck
	$(PY) -m pip install --quiet -e '.[dist]'
	$(VENV)/bin/pyinstaller --noconfirm --clean kamdesk.spec
	QT_QPA_PLATFORM=offscreen dist/kamdesk/kamdesk --data-dir "$$(mktemp -d)" --smoke

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
