# Sentence Annotator. `make run` serves the app, `make test` checks everything.
GO      ?= go
ADDR    ?= :8000
# URL path of the static site (make dist PREFIX=/annotator); empty for a host's root.
PREFIX  ?=
WASMENV  = GOOS=js GOARCH=wasm
# Packages that also build for the browser (everything but the e2e tests,
# which import chromedp, and the native-only server).
WASMPKGS = ./app ./app/session ./app/library ./app/i18n ./app/lang ./app/markup ./app/model ./app/store ./app/segment ./app/agreement ./app/anchor ./app/jsonstrict ./app/formats ./app/textin ./app/classroom ./app/ui ./seeds ./app/e2e/splitbench
# Pure packages whose tests also run as WebAssembly under Node.
PUREPKGS = ./app/session ./app/library ./app/i18n ./app/lang ./app/markup ./app/model ./app/store ./app/segment ./app/agreement ./app/anchor ./app/formats

.PHONY: all build run dist deploy-check test vet unit wasmtest e2e bench chromium clean

all: build

## build: compile the browser app to web/app.wasm, without the wasm name
## section (-s -w: 33 kB less with brotli; panics still name functions).
## PROFILE=1 keeps the names, so that V8 CPU profiles show Go functions.
## The compiler flags are in app/wasm.gcflags (the browser tests read it too).
LDFLAGS = $(if $(PROFILE),,-ldflags='-s -w')
WASMGCFLAGS = $(shell grep -v '^\#' app/wasm.gcflags)
build:
	$(WASMENV) $(GO) build -trimpath $(WASMGCFLAGS) $(LDFLAGS) -o web/app.wasm ./app

## run: build and serve on http://localhost:8000 with the seed article open
run: build
	$(GO) run ./app -addr $(ADDR)

## dist: write the static site to dist/, app.wasm also as .br and .gz; it checks
## that every URL the service worker precaches is there. For a sub-path such as
## https://user.github.io/annotator/: make dist PREFIX=/annotator
dist: build
	rm -rf dist
	$(GO) run ./app dist $(if $(PREFIX),-prefix $(PREFIX)) dist

## deploy-check: server tests, then the offline, update, install, CSP and
## static-site browser tests, then dist/ (which checks its own precache list)
deploy-check: build chromium
	$(GO) test -count=1 ./app/server
	ANNOTATOR_WEB=$(CURDIR)/web $(GO) test -count=1 -timeout 5m \
	  -run 'Offline|UpdateNeedsConsent|CSP|Installable|StaticSite|AnotherOrigin' ./app/e2e
	$(MAKE) dist PREFIX=$(PREFIX)

## test: vet, unit tests (native and wasm) and real-browser tests
test: vet unit wasmtest e2e

vet:
	$(GO) vet ./...
	$(WASMENV) $(GO) vet $(WASMPKGS)

unit:
	$(GO) test -count=1 $(shell $(GO) list ./... | grep -v /app/e2e)

wasmtest:
	PATH="$$PATH:$$($(GO) env GOROOT)/lib/wasm" $(WASMENV) $(GO) test -count=1 $(PUREPKGS)

e2e: build chromium axe
	ANNOTATOR_WEB=$(CURDIR)/web $(GO) test -count=1 -timeout 20m ./app/e2e

## axe: install axe-core from npm into .cache/axe (the accessibility browser
## tests inject it into the page; AXE_JS overrides the path); only when missing
AXE_VERSION = 4.14.1
AXE_JS      = .cache/axe/node_modules/axe-core/axe.min.js
.PHONY: axe
axe: $(AXE_JS)
$(AXE_JS):
	@command -v npm >/dev/null 2>&1 || { echo "npm is missing: install Debian's 'npm' (or 'nodejs') package" >&2; exit 1; }
	npm install --no-save --no-audit --no-fund --prefix .cache/axe axe-core@$(AXE_VERSION)

## recogito: install @recogito/text-annotator, pinned, from npm into
## .cache/recogito: the benchmark's peer page (app/e2e/peer) uses it, the
## app never loads it; only make bench needs it; only when missing or
## another version (the bench reads RECOGITO_DIR instead, when set)
RECOGITO_VERSION = 4.1.1
RECOGITO_PKG     = .cache/recogito/node_modules/@recogito/text-annotator/package.json
.PHONY: recogito
recogito:
	@grep -q '"version": "$(RECOGITO_VERSION)"' $(RECOGITO_PKG) 2>/dev/null || { \
	  command -v npm >/dev/null 2>&1 || { echo "npm is missing: install Debian's 'npm' (or 'nodejs') package" >&2; exit 1; }; \
	  echo npm install --no-save --no-audit --no-fund --prefix .cache/recogito @recogito/text-annotator@$(RECOGITO_VERSION); \
	  npm install --no-save --no-audit --no-fund --prefix .cache/recogito @recogito/text-annotator@$(RECOGITO_VERSION); }

## bench: print the benchmark figures: native, then in headless Chromium,
## ending with BenchmarkBrowserSuite's table of every performance target
## (sizes, loads, opens, keystroke-to-paint against a plain-JS floor page
## and against @recogito/text-annotator, storage writes, memory).
## make bench PROFILE=1 adds V8 CPU profiles.
UD_DEV ?= $(CURDIR)/../shared/data/ud-dev
bench: build chromium recogito
	$(GO) test -run '^$$' -bench . -benchmem -cpu 1 ./app/segment ./app/store
	@# Sentence F1 per language on the Universal Dependencies development sets,
	@# read at benchmark time only (their licences vary), when the folder exists.
	@if [ -d "$(UD_DEV)" ]; then \
	  UD_DEV=$(UD_DEV) $(GO) test -count=1 -run '^TestUDScores$$' -v ./app/segment | grep -v '^=== RUN'; \
	  UD_DEV=$(UD_DEV) $(GO) test -count=1 -run '^TestDetectUD$$' -v ./app/lang | grep -v '^=== RUN'; \
	else echo "no $(UD_DEV): UD sentence scores skipped"; fi
	ANNOTATOR_WEB=$(CURDIR)/web $(GO) test -run '^$$' -bench . -skip '^BenchmarkBrowserSuite$$' -benchtime 1x ./app/e2e
	ANNOTATOR_WEB=$(CURDIR)/web $(if $(PROFILE),BENCH_PROFILE=1) $(GO) test -run '^$$' \
	  -bench '^BenchmarkBrowserSuite$$' -benchtime 1x -timeout 15m ./app/e2e

## chromium: install Debian's chromium when it is missing (needs root and apt-get)
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's chromium package"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "chromium is missing: install Debian's 'chromium' package (apt-get install chromium)" >&2; exit 1; \
	  fi; }

clean:
	rm -rf dist web/app.wasm
