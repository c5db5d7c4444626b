# offerloop: `make run` to use it, `make test` to check it. `make install` is the shared first step.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install run hosted test bench bench-judge bench-sandbox bench-terminal bench-feedback bench-pages content-check system-deps web-assets clean

$(BIN)/python:
	$(PY) -m venv $(VENV)

# Reinstall only when the dependency list changes (the package itself is installed editable).
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) system-deps web-assets

system-deps:
	@sh scripts/install-system-deps.sh

web-assets: $(STAMP)
	@sh scripts/install-web-assets.sh

run: install
	$(BIN)/offerloop migrate
	$(BIN)/offerloop serve

# The hosted stack on this machine (PostgreSQL, Redis, gunicorn, grading workers): docs/hosting.md.
hosted: install
	@PYTHON=$(BIN)/python sh scripts/hosted.sh

test: install
	$(BIN)/python -m pytest

content-check: install
	$(BIN)/offerloop content check

bench: bench-judge bench-feedback bench-terminal bench-pages

bench-judge: install
	$(BIN)/python -m bench.judge

bench-sandbox: install
	$(BIN)/python -m bench.sandbox

bench-terminal: install
	$(BIN)/python -m bench.terminal

bench-feedback: install
	$(BIN)/python -m bench.feedback

bench-pages: install
	$(BIN)/python -m bench.pages

# Hosted mode under 200 simulated candidates (locust, loopback only, about 3 minutes; it takes the machine).
.PHONY: bench-load
bench-load: install
	$(BIN)/python -m bench.load

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
