# Each target is one step a newcomer can read and run on its own.
GO          ?= go
STATICCHECK ?= $(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2
REDOCLY     ?= npx --yes @redocly/cli@2.77.0
FUZZTIME    ?= 60s
CONTRACT    ?= openapi/openapi.yaml
FAULT_SEEDS ?= 20

.PHONY: all generate check-generate lint lint-spec check-downstream test faults cover bench bench-smoke fuzz demo eval

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

# The contract through tools nobody here wrote: ogen (Go), openapi-typescript and openapi-fetch (TypeScript), the Prism mock.
check-downstream:
	GO=$(GO) scripts/check-downstream.sh $(CONTRACT)

# Every test, then the emulator's again on its SQLite store instead of memory,
# then the checks that the scorer's model is the fit on the corpus's dev
# split and its association table the fit on the earlier blind rounds,
# arithmetic the race detector skips (about 20 s each alone on two cores,
# minutes under it). The timeout leaves room for a
# slower machine than Go's default of 10 minutes would.
test:
	$(GO) test -race -timeout 30m ./...
	EMULATOR_TEST_STORE=sqlite $(GO) test -race ./internal/emulator/
	$(GO) test -count=1 -run '^(TestModelIsTheDevFit|TestAssociationsAreTheFit)$$' ./internal/scorer/

# classify-files (SDK and CLI) over 40 documents under injected faults, $(FAULT_SEEDS) seeds, one document at a time and eight at once, default settings; a row per run (make test runs 3 seeds).
faults:
	LLAMACLASSIFY_FAULT_SEEDS=$(FAULT_SEEDS) $(GO) test -count=1 -timeout 30m -v -run '^TestFaultSuite' ./internal/e2e/ ./cmd/llamaclassify/

cover:
	$(GO) test -cover ./...

# The main job: classify the sample documents on the embedded emulator.
demo:
	$(GO) run ./cmd/llamaclassify classify-files testdata/docs/* --rules testdata/rules.yaml --format table

# The classifier measured on the labelled corpus: accuracy, macro-F1, null precision/recall and confidence reliability per rule set and split.
eval:
	$(GO) run ./internal/scorer/cmd/eval -corpus testdata/corpus

# The benchmarks of internal/bench, run $(BENCHCOUNT) times (default 5), then their medians and ratios against the targets.
bench:
	GO=$(GO) BENCHCOUNT=$(BENCHCOUNT) scripts/bench.sh

# Each benchmark once, so CI notices when one stops running (figures come from make bench).
bench-smoke:
	$(GO) test -run '^$$' -bench . -benchtime 1x ./internal/bench/

# Every fuzz target of the module for $(FUZZTIME) each, one after another; crashers land in testdata/fuzz/.
fuzz:
	GO=$(GO) FUZZTIME=$(FUZZTIME) scripts/fuzz.sh
