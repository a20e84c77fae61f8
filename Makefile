# parskats: `make run` sets up and runs the whole pipeline on the bundled reports; `make test` sets up and runs every test.
VENV   ?= .venv
PYTHON ?= python3
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup run ingest publish test lint bench score clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

run: setup
	$(BIN)/parskats run

publish: setup
	$(BIN)/parskats publish

ingest: setup
	$(BIN)/parskats ingest reports --out out/tables

test: setup
	$(BIN)/pytest -q

lint: setup
	$(BIN)/ruff check .
	$(BIN)/sqlfluff lint models analyses --processes 2

bench: setup
	$(BIN)/python benchmarks/ingest.py

score: setup
	$(BIN)/python ../shared/tools/score.py -v

clean:
	rm -rf $(VENV) target logs warehouse publish dbt_packages
