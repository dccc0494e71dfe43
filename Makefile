# make run   — set everything up and open the bundled review
# make test  — set everything up and run the whole suite headless
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test soak check bench system-deps translations clean

run: $(VENV)/.app-installed
	$(BIN)/viewer $(ARGS)

test: $(VENV)/.test-installed
	scripts/check

# The long runs: 20,000 random keys, a whole long session, thousands of hostile
# content files (some ten minutes).
soak: $(VENV)/.test-installed
	scripts/check -n 0 -m soak -s

# Benchmarks against floors measured in the same run: a table of figures, saved as
# bench/results/latest.json. `make bench ARGS=--check` fails when a target is missed.
bench: $(VENV)/.test-installed
	mkdir -p bench/results
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest bench -p no:cacheprovider \
		--benchmark-only --benchmark-columns=min,median,max,rounds \
		--benchmark-json=bench/results/benchmark.json $(ARGS)

# Same as test; the name used while working.
check: test

system-deps:
	@PYTHON=$(PYTHON) scripts/system-deps

$(VENV)/bin/python: | system-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.app-installed: pyproject.toml $(VENV)/bin/python | system-deps
	$(BIN)/python -m pip install --quiet --editable .
	touch $@

$(VENV)/.test-installed: pyproject.toml $(VENV)/bin/python | system-deps
	$(BIN)/python -m pip install --quiet --editable '.[test]'
	touch $@ $(VENV)/.app-installed

translations: $(VENV)/.app-installed
	scripts/update-translations

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
