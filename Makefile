# Two commands on a fresh machine with Python 3.11+ and make: `make site`, `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test serve check clean bench chromium

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

test: $(STAMP) chromium
	$(BIN)/python -m pytest

# The browser tests need Debian's Chromium; as root (CI, a fresh container) install it.
chromium:
	@test -x /usr/bin/chromium || { [ "$$(id -u)" = 0 ] && apt-get update && apt-get install -y chromium; } \
	  || { echo "The browser tests need /usr/bin/chromium: sudo apt-get install -y chromium" >&2; exit 1; }

clean:
	rm -rf site .pytest_cache test-artifacts

bench: $(STAMP)
	$(BIN)/python scripts/bench.py
