# Convene — two commands on a fresh Debian machine: `make demo` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
OUT ?= out
APT_PACKAGES := libxlsxwriter-dev pkg-config libsqlite3-dev
PY_PACKAGES := openpyxl XlsxWriter

.PHONY: demo test deps pydeps build release bench docs coverage clean

# Installs only what is missing (apt needs root: CI and this machine run as root; otherwise sudo is used).
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

# Python is used only at test time, to check our workbooks with an independent reader.
pydeps:
	@python3 -c "import openpyxl, xlsxwriter" 2>/dev/null || python3 -m pip install -q $(PY_PACKAGES)

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product convene

demo: release
	@bash Scripts/demo.sh "$$($(SWIFT) build -c release --show-bin-path)/convene" "$(OUT)"

# The independent check reads the workbooks a user gets: the demo's, written by the debug build just built into
# a scratch folder (SampleData is only read). It fails when there is nothing to check or no openpyxl to check with.
CHECKED := .build/checked-workbooks

test: deps pydeps
	$(SWIFT) build --build-tests --explicit-target-dependency-import-check error
	$(SWIFT) test --skip-build --parallel --num-workers 2 --xunit-output .build/xunit.xml
	@bin="$$($(SWIFT) build --show-bin-path)/convene"; rm -rf $(CHECKED); \
	bash Scripts/demo.sh "$$bin" $(CHECKED) > $(CHECKED).log 2>&1 \
	  || { cat $(CHECKED).log; echo "make test: the demo failed, so its workbooks cannot be checked" >&2; exit 1; }
	@bash Scripts/check-workbooks.sh $(CHECKED)
	@REQUIRE=table,validation,conditional,chart,freeze bash Scripts/check-workbooks.sh $(CHECKED)/tracker.xlsx
	@python3 Scripts/test-summary.py .build/xunit.xml
	@set -o pipefail; python3 Scripts/doc-coverage.py --examples --check | tail -1
	@$(MAKE) --no-print-directory docs

# DocC for every library product, one archive per target under .build/docs/. Any warning DocC raises — a symbol
# link that does not resolve, a Topics entry naming nothing, an undocumented parameter of a documented function —
# fails the build (Scripts/check-docs.py; Scripts/docs-known-warnings.txt lists the few left to fix elsewhere).
# The targets are read from Package.swift's `.library(name: …)` lines (each product is its one target), so a new
# library is documented and checked without a second list to keep.
DOC_TARGETS := $(shell grep -o '^ *[.]library.name: "[A-Za-z]*"' Package.swift | cut -d '"' -f 2)
DOCS := .build/docs

docs: deps
	@mkdir -p $(DOCS); rm -f $(DOCS)/*.diagnostics.json
	@for t in $(DOC_TARGETS); do \
	  echo "docs: $$t"; \
	  $(SWIFT) package --allow-writing-to-directory $(DOCS) generate-documentation --target $$t \
	    --output-path $(DOCS)/$$t.doccarchive --diagnostics-file $(DOCS)/$$t.diagnostics.json > $(DOCS)/$$t.log 2>&1 \
	    || { grep -v "^\[" $(DOCS)/$$t.log; echo "make docs: $$t's documentation did not build" >&2; exit 1; }; \
	done
	@python3 Scripts/check-docs.py $(addprefix $(DOCS)/,$(addsuffix .diagnostics.json,$(DOC_TARGETS)))
	@echo "docs: $(DOCS)/<Target>.doccarchive for $(words $(DOC_TARGETS)) targets"

# How many public declarations carry a `///` comment, per target (--missing lists the rest).
coverage:
	@python3 Scripts/doc-coverage.py

bench: deps pydeps
	$(SWIFT) build -c release
	@bash Scripts/bench.sh

clean:
	rm -rf .build $(OUT)
