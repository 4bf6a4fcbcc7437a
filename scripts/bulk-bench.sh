#!/usr/bin/env bash
# Measure a bulk run of classify-files and a kill-and-resume run.
#
#  1. BULK_DOCS (default 10000) small text documents, classified RUNS times
#     (default 3) by the llamaclassify binary against a separate
#     `llamaclassify serve` process (started afresh for each run, jobs
#     processed at once), so that the figures are the CLI's own:
#     wall time (/usr/bin/time), documents per second (the command's
#     --summary json), peak heap (the largest heap at the start of a
#     garbage collection, from GODEBUG=gctrace=1), peak RSS, and the CPU
#     time of the CLI and of serve (to see whose work the run is).
#  2. The kill-and-resume test with RESUME_DOCS (default 2000) documents:
#     the command killed with SIGKILL at half its rows, run again, then
#     duplicates counted and the service's files and jobs counted.
#
# usage: scripts/bulk-bench.sh   (BULK_DOCS=, RUNS=, RESUME_DOCS=; FLAGS= adds
# classify-files flags, e.g. FLAGS=--delete-uploads; RESUME=1 writes the rows
# with --resume to a results file that starts empty each run)
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
BULK_DOCS=${BULK_DOCS:-10000}
RUNS=${RUNS:-3}
RESUME_DOCS=${RESUME_DOCS:-2000}
FLAGS=${FLAGS:-}
RESUME=${RESUME:-}
work=$(mktemp -d)
serve_pid=
trap 'if [ -n "$serve_pid" ]; then kill "$serve_pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), $($GO version | cut -d' ' -f3)"
$GO build -o "$work/llamaclassify" ./cmd/llamaclassify
bin=$work/llamaclassify

# The corpus: three kinds of document, a hundred to a directory.
corpus=$work/corpus
for ((d = 0; d <= (BULK_DOCS - 1) / 100; d++)); do mkdir -p "$corpus/part-$d"; done
awk -v n="$BULK_DOCS" -v dir="$corpus" 'BEGIN {
	for (i = 0; i < n; i++) {
		f = sprintf("%s/part-%d/doc-%d.txt", dir, int(i / 100), i)
		if (i % 3 == 0) printf "INVOICE\nInvoice number: INV-%d\nLine items: %d x paper\nTotal amount due: %d.00\n", i, i % 7 + 1, i > f
		else if (i % 3 == 1) printf "RECEIPT\nMerchant: Shop %d\nPurchase: coffee\nTransaction id: %d\nThank you for your purchase!\n", i, i > f
		else printf "Minutes of meeting %d. Attendees discussed the garden and the weather.\n", i > f
		close(f)
	}
}'
rules=(--rule 'invoice=contains invoice number, line items, and total amount'
	--rule 'receipt=purchase receipt with transaction info and merchant details')

start_serve() {
	# The log exists before serve starts, so that the loop below can read
	# it however soon it runs.
	: >"$work/serve.log"
	"$bin" serve --addr 127.0.0.1:0 --processing-delay 0s 2>"$work/serve.log" &
	serve_pid=$!
	for _ in $(seq 200); do
		addr=$(sed -n 's/.*emulator on \(http:[^ ]*\).*/\1/p' "$work/serve.log")
		[ -n "$addr" ] && return
		sleep 0.05
	done
	echo "serve did not start" >&2
	exit 1
}

echo
echo "== bulk: $BULK_DOCS documents, $RUNS runs"
if [ -n "$RESUME" ]; then
	echo "command: llamaclassify classify-files -r CORPUS --rule invoice=... --rule receipt=... --resume results.jsonl --summary json $FLAGS"
else
	echo "command: llamaclassify classify-files -r CORPUS --rule invoice=... --rule receipt=... --format jsonl --summary json $FLAGS > results.jsonl"
fi
printf '%-4s %9s %9s %12s %10s %9s %11s %s\n' run wall_s docs/s peak_heap_MiB rss_MiB cli_cpu_s serve_cpu_s rows
for run in $(seq "$RUNS"); do
	start_serve
	rm -f "$work/results.jsonl" "$work/stdout"
	out=(--format jsonl)
	[ -n "$RESUME" ] && out=(--resume "$work/results.jsonl")
	# shellcheck disable=SC2086
	LLAMA_CLOUD_BASE_URL=$addr GODEBUG=gctrace=1 /usr/bin/time -f 'TIME %e %M %U %S' \
		"$bin" classify-files -r "$corpus" "${rules[@]}" "${out[@]}" --summary json $FLAGS \
		>"$work/stdout" 2>"$work/cli.err" || { tail -5 "$work/cli.err" >&2; exit 1; }
	[ -n "$RESUME" ] || mv "$work/stdout" "$work/results.jsonl"
	# serve's user and system time so far (fields 14 and 15 of its stat,
	# in clock ticks), read before it is stopped.
	serve_cpu=$(awk -v hz="$(getconf CLK_TCK)" '{sub(/^.*\) /, ""); printf "%.1f", ($12 + $13) / hz}' "/proc/$serve_pid/stat")
	kill "$serve_pid"
	wait "$serve_pid" 2>/dev/null || true
	serve_pid=
	wall=$(awk '/^TIME/ {print $2}' "$work/cli.err")
	rss=$(awk '/^TIME/ {printf "%.1f", $3/1024}' "$work/cli.err")
	cli_cpu=$(awk '/^TIME/ {printf "%.1f", $4 + $5}' "$work/cli.err")
	# gctrace: "gc N @T s P%: ... A->B->C MB, G MB goal, ...": A is the heap
	# when the collection started.
	heap=$(grep '^gc ' "$work/cli.err" | sed -n 's/.* \([0-9]*\)->[0-9]*->[0-9]* MB.*/\1/p' | sort -n | tail -1)
	rate=$(grep '^{' "$work/cli.err" | sed -n 's/.*"documents_per_second":\([0-9.]*\).*/\1/p')
	rows=$(wc -l <"$work/results.jsonl")
	printf '%-4s %9s %9.1f %12s %10s %9s %11s %s\n' "$run" "$wall" "$rate" "${heap:-?}" "$rss" "$cli_cpu" "$serve_cpu" "$rows"
done

[ "$RESUME_DOCS" -gt 0 ] || exit 0
echo
echo "== kill and resume: $RESUME_DOCS documents"
echo "command: LLAMACLASSIFY_RESUME_DOCS=$RESUME_DOCS go test -count=1 -run TestClassifyFilesKilledAndResumed -v ./cmd/llamaclassify/"
LLAMACLASSIFY_RESUME_DOCS=$RESUME_DOCS $GO test -count=1 -timeout 20m -run 'TestClassifyFilesKilledAndResumed' -v ./cmd/llamaclassify/ |
	grep -E 'documents: killed|^(--- |ok|FAIL)'
