# Two commands do all the set-up on a fresh machine (Python 3.11 and a package registry):
#   make serve   -- install, then run the moderation service on an embedded SQLite file
#   make test    -- install (with test tools and a headless Chromium), then run the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install install-test serve test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# torch first and pinned: otherwise a dependency pulls a multi-GB CUDA build.
install: $(BIN)/python
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e .

install-test: $(BIN)/python
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[test]'
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { [ "$$(id -u)" = 0 ] && (apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null) || \
	    echo "no chromium/chromedriver and not root: the browser test will be skipped"; }

serve: install
	HF_HUB_OFFLINE=1 $(BIN)/moderator serve --host $(HOST) --port $(PORT)

test: install-test
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q

bench: install
	HF_HUB_OFFLINE=1 $(BIN)/python bench/score.py

clean:
	rm -rf $(VENV) build *.egg-info
