# Two commands on a fresh machine with Python 3.11+ and make: `make site`, `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site zensical test serve check schema clean bench bench-glossary fuzz chromium

# Re-install when the pins change; otherwise reuse the environment.
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

# Every seed, annotation and glossary file, with every problem as path:line: message.
check: $(STAMP)
	$(BIN)/python -m briefs check

site: check
	$(BIN)/mkdocs build --strict --site-dir site

# The same site built by Zensical (Material's successor) into site-zensical/: the pages are
# rendered into build/zensical/ first, with a config generated from mkdocs.yml (Zensical has no
# hooks). See scripts/zensical_build.py and the README's "Two builders".
zensical: check
	$(BIN)/python scripts/zensical_build.py --build build/zensical --site-dir site-zensical

# --dirty: a rebuild renders only the pages an edit changed (README, "Preview"). Restart, or
# run `mkdocs serve` without it, for a rebuild of every page.
serve: $(STAMP)
	$(BIN)/mkdocs serve --dirty --dev-addr 127.0.0.1:8000

# The suite on every core, at most four (pytest-xdist): each worker builds the sites its tests
# need and starts its own Chromium. `worksteal` hands a free worker the tests another has not
# started, so the few long browser tests do not end up queued behind each other.
test: check chromium
	$(BIN)/python -m pytest -n auto --maxprocesses 4 --dist worksteal

# Regenerate the committed JSON Schemas after changing a file declaration.
schema: $(STAMP)
	$(BIN)/python -m briefs schema --write

# The browser tests' Chromium, found by scripts/find_chromium.py (BRIEFS_CHROMIUM, else
# /usr/bin/chromium, else Playwright's own). When there is none: as root (CI, a fresh
# container, BRIEFS_CHROMIUM unset) install Debian's; otherwise print how to get one and let
# the browser tests skip, except under CI=true, where this fails. APT_INSTALL= never installs.
APT_INSTALL ?= $(if $(filter 0,$(shell id -u)),yes)
chromium: $(STAMP)
	@found=$$($(BIN)/python scripts/find_chromium.py); \
	if [ -z "$$found" ] && [ -z "$$BRIEFS_CHROMIUM" ] && [ -n "$(APT_INSTALL)" ] && command -v apt-get >/dev/null; then \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium || exit 1; \
	fi; \
	$(BIN)/python scripts/find_chromium.py --explain

clean:
	rm -rf site site-zensical build/zensical .pytest_cache test-artifacts

# The library's stages alone, then the whole site at the issue's sizes (N=1,000 briefs,
# M=2,000 terms, medians of 3 runs) on the English (Zipf) corpus; see scripts/bench_site.py
# for --briefs, --terms, --json and --corpus syllables (the worst case for vocabulary).
bench: $(STAMP)
	$(BIN)/python scripts/bench.py
	$(BIN)/python scripts/bench_timeline.py
	$(BIN)/python scripts/bench_site.py --briefs 1000 --terms 2000 --repeat 3

# The long property-test profile: at least 10,000 examples per property, in every test file
# that has property tests (those using Hypothesis's @given).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=long $(BIN)/python -m pytest -q $$(grep -l "@given" tests/test_*.py)

bench-glossary: $(STAMP)
	$(BIN)/python scripts/bench_glossary.py
