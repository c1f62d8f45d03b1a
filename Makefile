# The two commands of the README's quick start: `make demo` and `make test`.
# Both create (or update) the virtual environment in .venv from pyproject.toml first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test test-fast lint typecheck unit env clean

env: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

demo: env
	$(BIN)/careermap match --file examples/counsellor-profile.txt --limit 5 \
		--education master --credential "LPC (US)" --years 8 --current-role "mental health counsellor"

lint: env
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: env
	$(BIN)/mypy

unit: env
	$(BIN)/python -m pytest

test: lint typecheck unit

# The edit loop: lint, types, and every test not marked slow (real data, wheels, clusters, notebooks).
test-fast: lint typecheck
	$(BIN)/python -m pytest -m "not slow" -q

clean:
	rm -rf $(VENV) dist build .mypy_cache .ruff_cache .pytest_cache .hypothesis
