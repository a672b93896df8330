# Two commands on a fresh machine with Python 3.11+ and make: `make site`, `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test serve check clean bench

# Re-install when the pins change; otherwise reuse the environment.
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

site: $(STAMP)
	$(BIN)/mkdocs build --strict --site-dir site

serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

test: $(STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf site .pytest_cache

# The library's stages alone, then the whole site at the issue's sizes (N=1,000 briefs,
# M=2,000 terms, medians of 3 runs); see scripts/bench_site.py for --briefs, --terms, --json.
bench: $(STAMP)
	$(BIN)/python scripts/bench.py
	$(BIN)/python scripts/bench_site.py --briefs 1000 --terms 2000 --repeat 3
