# Fresh-machine entry points: `make demo`, `make test`.
# Finds a working Python >= 3.12 (override with PYTHON=/path/to/python3.12).
SHELL := /bin/bash
VENV  := .venv
BIN   := $(VENV)/bin
OUT   ?= out/example

PY_CANDIDATES := $(PYTHON) python3.12 python3.13 python3 \
  $(shell command -v pyenv >/dev/null 2>&1 && ls -d $$(pyenv root)/versions/3.1[2-9]*/bin/python3 2>/dev/null)

define find_python
for c in $(PY_CANDIDATES); do \
  if "$$c" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1; then echo "$$c"; exit 0; fi; \
done; exit 1
endef

.PHONY: demo test lint venv clean browser postgres

$(BIN)/.installed: pyproject.toml requirements-nodeps.txt
	@py=$$($(find_python)) || { echo "error: no working Python >= 3.12 found (tried: $(PY_CANDIDATES)). Install one or run 'make PYTHON=/path/to/python3.12 ...'." >&2; exit 1; }; \
	echo "using $$py ($$("$$py" --version))"; \
	rm -rf $(VENV) && "$$py" -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	$(BIN)/python -m pip install -q --no-deps -r requirements-nodeps.txt
	@touch $@

venv: $(BIN)/.installed

demo: venv
	$(BIN)/newsdossier build examples/harbour-strike -o $(OUT)

# Browser tests use Debian's Chromium (never a downloaded browser build). Installing it needs root and
# Debian's registry; when that is not possible the browser tests skip with the reason.
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	  echo "note: chromium not installed; browser tests will be skipped"; }

# The store's PostgreSQL tests start a throw-away server from Debian's postgresql binaries (initdb, postgres) in a
# temporary folder (tests/throwaway_postgres.py). Installing them needs root and Debian's registry; without them those tests
# skip with the reason.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || { \
	  [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || \
	  echo "note: PostgreSQL server binaries not installed; PostgreSQL store tests will be skipped"; }

test: venv browser postgres
	$(BIN)/python -m pytest -q

lint: venv
	$(BIN)/python -m pip install -q ruff==0.17.6
	$(BIN)/ruff check src tests

clean:
	rm -rf $(VENV) out
