#!/usr/bin/env bash
# Run the benchmarks of internal/bench BENCHCOUNT times (default 5), each
# run one process so that the client and its baseline alternate in time on
# a noisy machine, then print the medians and the ratios of BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
BENCHCOUNT=${BENCHCOUNT:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

$GO test -c -o "$tmp/bench.test" ./internal/bench/
for i in $(seq "$BENCHCOUNT"); do
	echo "== run $i of $BENCHCOUNT: go test -run '^\$' -bench . -benchmem ./internal/bench/" >&2
	(cd internal/bench && "$tmp/bench.test" -test.run '^$' -test.bench . -test.benchmem) | tee -a "$tmp/out.txt" >&2
done
$GO run ./internal/bench/benchtable < "$tmp/out.txt"
