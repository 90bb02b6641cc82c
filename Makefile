# The README's two commands are `make run` and `make test`; eval and bench print figures.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: run test install model index eval bench clean

run: index
	$(BIN)/policyqa serve

test: install model
	bash scripts/system-deps.sh
	$(BIN)/python -m pytest

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch first, pinned: this pin takes the CPU build already on the machine (no CUDA downloads)
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

model: install
	$(BIN)/policyqa model

index: model
	$(BIN)/policyqa build

eval: index
	$(BIN)/python -m eval.run

bench: index
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python -m eval.bench

clean:
	rm -rf .state .cache
