# The two commands of the README's quick start, and the helpers behind them.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test bench eval-real clean-db

$(BIN)/accord: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "make: $(PYTHON) not found; run 'make PYTHON=/path/to/python3.11 ...'"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

# The example article carries no date of its own: it was published on 2025-06-23.
demo: $(BIN)/accord  ## store the bundled examples in accord.db and print the example's brief
	$(BIN)/accord ingest examples/ --published 2025-06-23
	$(BIN)/accord analyze examples/canada-eu-defence-pact.txt --published 2025-06-23
	$(BIN)/accord dyad CAN EU --by quarter
	$(BIN)/accord network
	$(BIN)/accord shifts

test: $(BIN)/accord  ## lint and type-check, then run the whole test suite
	$(BIN)/ruff check accord tests bench
	$(BIN)/mypy accord
	$(BIN)/python -m pytest -q

# Real text: the team gold, the CAMEO sentences of ../shared/data and the Wikinews article gold,
# dev and test parts, in one table (a missing file is skipped with a message). See README, accuracy.
DATA ?= ../shared/data
eval-real: $(BIN)/accord  ## accord on text the team did not write, beside the team gold
	$(BIN)/python -m accord.evaluation.real --data $(DATA)

bench: $(BIN)/accord  ## throughput and memory against raw spaCy, see docs/performance.md
	$(BIN)/python bench/throughput.py
