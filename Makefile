# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin
export GRADIO_ANALYTICS_ENABLED = False

.PHONY: install run test lint demo bench eval clean screenshots train-tagger train-triage-reader train-topic-gate train-accents exemplar-vectors

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/seller-copilot demo --if-empty
	$(BIN)/seller-copilot serve

test: install
	$(PY) -m pytest -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy

# Retrain the tagger's learned half on the real-review corpus (train split only). Texts that are not
# committed need `python -m evals.tagging_corpus rebuild --mirrors DIR` first; see docs/DATA.md.
train-tagger: install
	$(PY) -m evals.train_tagger

# Retrain the review triage's learned reading (tools/reviews/weights/reader.npz) on the labelled triage
# set's development split and the real-review corpus's committed train texts; prints the grouped cross-validation.
train-triage-reader: install
	$(PY) -m evals.train_triage_reader

# Retrain the chat's off-topic gate (agent/weights/topic_gate.npz) on the language packs' exemplars and the read
# development rounds (never the test split or the unread tenth round); prints the grouped cross-validation.
train-topic-gate: install
	$(PY) -m evals.train_topic_gate

# Retrain the Vietnamese accent model (tools/languages/vi/accents.npz) from snapshots of its sources
# (docs/DATA.md); MIRRORS holds them as <owner>+<name>/repo.
MIRRORS ?= ../.mirror
train-accents: install
	$(PY) -m evals.train_accents --mirrors $(MIRRORS)

# After editing any tools/languages/<code>/exemplars.jsonl: re-embed the exemplars the chat reads questions by.
exemplar-vectors: install
	$(PY) -m agent.understanding

demo: install
	$(BIN)/seller-copilot demo

bench: install
	for b in demo import_bench import_olist import_fuzz tagging voc triage video retrieval agent cli; do echo "== bench/$$b.py"; $(PY) bench/$$b.py || exit 1; done

eval: install
	$(BIN)/seller-copilot eval --mode offline

clean:
	rm -rf $(VENV) .seller-copilot .pytest_cache

screenshots: install
	SCREENSHOT_DIR=docs/screenshots $(PY) -m pytest -q tests/test_browser.py
