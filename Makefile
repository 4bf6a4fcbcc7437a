# Each target is one step a newcomer can read and run on its own.
GO          ?= go
STATICCHECK ?= $(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2
REDOCLY     ?= npx --yes @redocly/cli@2.77.0
FUZZTIME    ?= 60s

.PHONY: all generate check-generate lint lint-spec test cover bench bench-smoke fuzz demo

all: check-generate lint lint-spec test

# Regenerate gen/ from openapi/openapi.yaml with the oapi-codegen pinned in go.mod.
generate:
	$(GO) generate ./...

# Fail when gen/ is not exactly what the contract generates.
check-generate: generate
	@git diff --exit-code -- gen/ || (echo "gen/ is stale: run 'make generate' and commit the result" >&2; exit 1)
	@test -z "$$(git status --porcelain -- gen/)" || (git status --porcelain -- gen/; echo "gen/ has untracked generated files" >&2; exit 1)

lint:
	@test -z "$$(gofmt -l .)" || (gofmt -l .; echo "gofmt: the files above need formatting" >&2; exit 1)
	$(GO) vet ./...
	$(STATICCHECK) ./...

# An independent OpenAPI linter; redocly.yaml says which rules apply.
lint-spec:
	$(REDOCLY) lint --config redocly.yaml openapi/openapi.yaml

# Every test, then the emulator's again on its SQLite store instead of memory.
test:
	$(GO) test -race ./...
	EMULATOR_TEST_STORE=sqlite $(GO) test -race ./internal/emulator/

cover:
	$(GO) test -cover ./...

# The main job: classify the sample documents on the embedded emulator.
demo:
	$(GO) run ./cmd/llamaclassify classify-files testdata/docs/* --rules testdata/rules.yaml --format table

# The benchmarks of internal/bench, run $(BENCHCOUNT) times (default 5), then their medians and ratios against the targets.
bench:
	GO=$(GO) BENCHCOUNT=$(BENCHCOUNT) scripts/bench.sh

# Each benchmark once, so CI notices when one stops running (figures come from make bench).
bench-smoke:
	$(GO) test -run '^$$' -bench . -benchtime 1x ./internal/bench/

# Every fuzz target of the module for $(FUZZTIME) each, one after another; crashers land in testdata/fuzz/.
fuzz:
	GO=$(GO) FUZZTIME=$(FUZZTIME) scripts/fuzz.sh
