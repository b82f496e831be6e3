# Two entry points for a fresh machine (Python 3.11, no GPU, package registries only):
#   make run   - install everything into .venv and run the pipeline on the bundled corpus
#   make test  - install everything (and Chromium for the report tests) and run the tests
VENV ?= .venv
PY := $(VENV)/bin/python
OUT ?= outputs/bundled

.PHONY: setup run test browser bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# CPU build from this machine's disk; an unpinned torch would pull a CUDA build of several GB.
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

run: setup
	$(PY) -m pipeline run --corpus corpus --out $(OUT)

browser:
	@command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || \
	  { apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null; } || \
	  echo "Chromium could not be installed: browser tests of report.html will be skipped"

# --durations=25: every CI log ends with the 25 slowest tests and fixtures, where the suite's time goes
test: setup browser
	$(PY) -m pytest -q --durations=25

bench: setup
	$(PY) -m pip install --quiet -e ".[bench]"
	$(PY) benchmarks/themes_vs_bertopic.py

clean:
	rm -rf outputs/*/ outputs/.cache
