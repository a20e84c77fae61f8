# parskats: `make run` sets up and runs the whole pipeline on the bundled reports; `make test` sets up and runs every test.
VENV   ?= .venv
PYTHON ?= python3
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup run ingest publish test lint bench bench-corpus bench-scale bench-scale-quick score score-cases clean

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

# scale benchmark (benchmarks/README.md): parskats run at 10, 100, 1,000 and 6,000 generated reports,
# reruns at 1,000, results checked against the generator's truth; SCALE_ARGS="--sizes 10,100" to shorten
bench-scale: setup
	$(BIN)/python benchmarks/scale.py $(SCALE_ARGS)

bench-scale-quick: setup
	$(BIN)/python benchmarks/scale.py --text-sizes 100 --sizes 100,200 --rerun-at 100 --pdf-pages 40 $(SCALE_ARGS)

# a synthetic corpus with its truth: make bench-corpus N=500 OUT=/tmp/corpus [CORPUS_ARGS="--formats txt"]
N   ?= 100
OUT ?= /tmp/parskats-corpus
bench-corpus: setup
	$(BIN)/python benchmarks/corpus.py --reports $(N) --out $(OUT) $(CORPUS_ARGS)

score: setup
	$(BIN)/python ../shared/tools/score.py -v

# every case in tests/cases against its gold, one table (needs ../shared/tools/score.py)
score-cases: setup
	$(BIN)/python benchmarks/score_cases.py

clean:
	rm -rf $(VENV) target logs warehouse publish dbt_packages
