# The README's two commands: `make generate` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
MODEL ?=
# FAIL_ON=ERROR (or DANGER, ...): refuse to regenerate on a model update that severe.
FAIL_ON ?=

.PHONY: docs docs-browser docs-fidelity generate test lint typecheck unit check goldens corpus oracle examples bench bench-stages bench-regen bench-scale bench-cli depths mutations install-check consumer-check bench-stream clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The cross-check summary first (drift from the published pages never blocks a release
# regeneration), then generation, whose summary (model changes, files) ends the output.
generate: $(STAMP)
	$(PY) -m generator crosscheck --summary $(if $(MODEL),--model $(MODEL)) \
		|| echo "cross-check found structural drift: see python -m generator crosscheck"
	$(PY) -m generator generate $(if $(MODEL),--model $(MODEL)) $(if $(FAIL_ON),--fail-on $(FAIL_ON))

test: lint typecheck unit check

# The runtime is copied verbatim into generated trees, so it is in black's style (the
# generator's BLACK_MODE) like every other generated module; the rest is ruff's style.
lint: $(STAMP)
	$(PY) -m ruff check generator runtime tests generated benchmarks docs
	$(PY) -m ruff format --check generator tests benchmarks docs
	$(PY) -m black --check --quiet --line-length 88 --target-version py311 runtime

# The kitchensink goldens are type-checked as a whole tree (goldens + runtime copy).
typecheck: $(STAMP)
	$(PY) -m mypy --strict generator runtime generated
	rm -rf build/typecheck && $(PY) -m tests.trees build/typecheck
	cd build/typecheck && ../../$(PY) -m mypy --strict -p kitchensink

# Spread over the machine's cores, a test file per worker (the awscli oracle a module
# starts is shared by its tests).
unit: $(STAMP)
	$(PY) -m pytest -n auto --dist loadfile

check: $(STAMP)
	$(PY) -m generator generate --check

# Rewrite every golden file from the current generator (review the diff before committing).
goldens: $(STAMP)
	UPDATE_GOLDENS=1 $(PY) -m pytest tests/test_goldens.py tests/test_diff.py

# Every operation of every botocore service: generate and check (minutes; see README).
corpus: $(STAMP)
	$(PY) -m tests.corpus

# awscli as the oracle over the whole corpus: every operation's argument table, every
# required idempotency token's request side by side with aws, and every service awscli's
# renames and aliases touch (about 3 minutes).
oracle: $(STAMP)
	$(PY) -m tests.oracle
	TOKENS_ALL=1 OVERRIDES_ALL=1 $(PY) -m pytest -q tests/e2e/test_idempotency_tokens.py \
		tests/e2e/test_global_option_collisions.py

# awscli's own example command lines (awscli/examples), aws and the generated CLI side by
# side against one loopback server; report in build/examples/report.json (see README).
# EXAMPLES_FAIL_BELOW: exit 1 when fewer of the runnable lines (percent) behave the same.
EXAMPLES_FAIL_BELOW ?=
examples: $(STAMP)
	$(PY) -m tests.examples $(if $(EXAMPLES_FAIL_BELOW),--fail-below $(EXAMPLES_FAIL_BELOW))

# Every command page of every service against awscli's own page (html target, as
# htmlgen renders it), classified by cause, in each layout of FIDELITY_LAYOUTS; reports
# in build/docs-fidelity/report.json (legacy) and current.json.
FIDELITY_LAYOUTS ?= legacy current
docs-fidelity: $(STAMP)
	set -e; for layout in $(FIDELITY_LAYOUTS); do $(PY) -m tests.docs_fidelity --layout $$layout; done

# pip install of this checkout (a wheel, not editable) into a fresh venv, then generate
# from an empty folder with no generator.yaml (about 30 s; needs PyPI or pip's cache).
install-check: $(STAMP)
	$(PY) -m tests.install_check

# The generated tree as a distribution: pip install of a generated client tree into a
# fresh venv, mypy --strict on a consumer script using it, then the script against a
# loopback server (about a minute; needs PyPI or pip's cache).
consumer-check: $(STAMP)
	$(PY) -m tests.consumer_check

# The generator against mypy_boto3_builder 8.12 (ssm), and ssm cold, warm and one model
# changed, every service warm and one model changed among them, alternated round by round
# (benchmarks/bench.py). Knobs: REPEAT=1 for a quick run, ALL=0 leaves out the
# all-services scenarios (whose first use makes build/all, a cold run of many minutes),
# BUILDER=0 leaves out mypy_boto3_builder (its venv: build/mypy-boto3-builder, made on
# first use), BUILDER_ALL=1 adds every service cold against it (tens of minutes each),
# JOBS=N, CHANGED=sts (the model changed among every service).
REPEAT ?= 3
ALL ?= 1
BUILDER ?= 1
BUILDER_ALL ?= 0
JOBS ?=
CHANGED ?= sts
bench: $(STAMP)
	PYTHONPATH=. $(PY) benchmarks/bench.py --repeat $(REPEAT) --changed $(CHANGED) \
		$(if $(JOBS),--jobs $(JOBS)) $(if $(filter 0,$(ALL)),--no-all) \
		$(if $(filter 0,$(BUILDER)),--no-builder) $(if $(filter 1,$(BUILDER_ALL)),--builder-all)

# The stages for one whole service, against awscli's own page renderer.
bench-stages: $(STAMP)
	PYTHONPATH=. $(PY) benchmarks/bench_generate.py

# One call of the generated CLI on synthetic services of 2,000 and 20,000 operations:
# its own table read (one command, and every command as before), and a whole call.
bench-cli: $(STAMP)
	PYTHONPATH=. $(PY) benchmarks/bench_cli_call.py

# A 200 MiB streaming download through the typed client (and boto3) in a 64 MiB RSS
# budget: peak resident memory and throughput per process (about a minute).
bench-stream: $(STAMP)
	PYTHONPATH=. $(PY) benchmarks/bench_stream.py

# Cold, warm (nothing changed) and one-model-changed generate runs, alternated, medians
# (SETS="ssm ec2,s3,iam all": "all" is every service, whose cold run takes many minutes).
SETS ?= ssm
bench-regen: $(STAMP)
	PYTHONPATH=. $(PY) benchmarks/bench_regen.py --repeat $(REPEAT) $(foreach s,$(SETS),--set $(s))

# Time and memory per operation of synthetic models as they grow (OPS="200 2000 20000";
# STAGES=select,ir skips rendering and formatting, the slow part).
OPS ?= 200 2000
STAGES ?= select,ir,targets
bench-scale: $(STAMP)
	PYTHONPATH=. $(PY) benchmarks/bench_scale.py --ops $(OPS) --stages $(STAGES)

# Random mutations of real botocore models against the loader and the whole pipeline
# (tests/mutations.py; make test runs a few): EXAMPLES=300 takes about 4 minutes.
EXAMPLES ?= 300
SEED ?= 0
mutations: $(STAMP)
	$(PY) -m tests.mutations --examples $(EXAMPLES) --first-seed $(SEED)

# How deep botocore's shapes and documentation nest, against the generator's limits.
depths: $(STAMP)
	PYTHONPATH=. $(PY) benchmarks/model_depths.py

# The docs site (README "The docs site"): the configured services (DOCS_CONFIG), or
# every operation of DOCS_SERVICE, generated into build/docs/src and built by Sphinx with
# warnings as errors into build/docs/html.
DOCS_CONFIG ?= generator.yaml
DOCS_SERVICE ?=
# An examples folder (<service>/<command>.rst) instead of the config's docs.examples;
# DOCS_EXAMPLES=awscli takes the one the awscli of the dev environment ships.
DOCS_EXAMPLES ?=
DOCS_LAYOUT ?=
AWSCLI_EXAMPLES = $(shell $(PY) -c 'import awscli, os; print(os.path.join(os.path.dirname(awscli.__file__), "examples"))')
DOCS_BUILD := build/docs
DOCS_STAMP := $(VENV)/.docs-installed

$(DOCS_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,docs]'
	touch $(DOCS_STAMP)

docs: $(DOCS_STAMP)
	$(PY) -m generator --config $(DOCS_CONFIG) generate \
		$(if $(DOCS_SERVICE),--service $(DOCS_SERVICE)) --out $(DOCS_BUILD)/src \
		$(if $(DOCS_LAYOUT),--docs-layout $(DOCS_LAYOUT)) \
		$(if $(DOCS_EXAMPLES),--examples $(if $(filter awscli,$(DOCS_EXAMPLES)),$(AWSCLI_EXAMPLES),$(DOCS_EXAMPLES)))
	rm -rf $(DOCS_BUILD)/html $(DOCS_BUILD)/doctrees
	$(PY) -m sphinx -q -W --keep-going -b html -c docs -d $(DOCS_BUILD)/doctrees \
		$(DOCS_BUILD)/src $(DOCS_BUILD)/html
	@echo "docs: $$(find $(DOCS_BUILD)/html -name '*.html' | wc -l) HTML pages in $(DOCS_BUILD)/html, no warnings"

# The built site in headless Chromium (apt-get installs it if missing): every internal
# link, the search page, a screenshot in build/docs/ (tests/docs_browser.py).
docs-browser: $(STAMP)
	$(PY) -m tests.docs_browser --site $(DOCS_BUILD)/html

clean:
	rm -rf $(VENV) build .mypy_cache .pytest_cache .ruff_cache
