# Two commands set everything up: `make chat` and `make test`.
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.installed
BIN    ?= $(HOME)/.local/bin

.PHONY: install chat test test-unit lint bench

$(PY):
	python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip

# llama-cpp-python's ggml is compiled for a portable baseline, not for this CPU: a native build uses AMX
# where the CPU reports it, and dies (general protection fault in ldtilecfg) where the kernel does not
# grant AMX to the process, as in some VMs and sandboxes. pip caches the wheel it builds.
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF

# torch first: the pinned CPU build comes from local disk; unpinned it would pull CUDA wheels.
$(STAMP): pyproject.toml | $(PY)
	@echo "installing AEGIS into $(VENV) (llama-cpp-python compiles for ~6 min the first time)"
	$(PIP) install -q torch==2.13.0
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(PIP) install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

chat: install
	@mkdir -p $(BIN) && ln -sf $(CURDIR)/$(VENV)/bin/aegis $(BIN)/aegis
	@case ":$$PATH:" in *":$(BIN):"*) ;; *) echo "note: add $(BIN) to PATH to run \`aegis\` from any directory";; esac
	$(VENV)/bin/aegis chat

test: install
	$(VENV)/bin/python -m pytest -q

test-unit: install
	$(VENV)/bin/python -m pytest -q tests/unit

lint: install
	$(VENV)/bin/ruff check agent graphs tools memory training tests
