#!/usr/bin/env bash
# Run every fuzz target of the module for FUZZTIME each (default 60s), one
# after another (go test -fuzz takes one target per package per run), and
# print a summary line per target: executions and outcome. A crash leaves
# its input under the package's testdata/fuzz/ and fails the run at the end.
# Each new input that widens coverage is minimised for at most FUZZMINTIME
# (default 1s; go test's own default, 60s, can spend a whole short run
# shrinking one input).
set -uo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
FUZZTIME=${FUZZTIME:-60s}
FUZZMINTIME=${FUZZMINTIME:-1s}

failed=0
summary=()
for pkg in $($GO list ./...); do
	targets=$($GO test -list '^Fuzz' "$pkg" 2>/dev/null | grep '^Fuzz' || true)
	for target in $targets; do
		echo "== $pkg $target ($FUZZTIME)"
		log=$(mktemp)
		$GO test -run '^$' -fuzz "^${target}\$" -fuzztime "$FUZZTIME" -fuzzminimizetime "$FUZZMINTIME" "$pkg" 2>&1 | tee "$log"
		status=${PIPESTATUS[0]}
		execs=$(grep -o 'execs: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
		outcome=ok
		if [ "$status" -ne 0 ]; then
			outcome=FAILED
			failed=1
		fi
		summary+=("$(printf '%-60s %-28s %10s  %s' "$pkg" "$target" "${execs:-0}" "$outcome")")
		rm -f "$log"
	done
done

echo
printf '%-60s %-28s %10s  %s\n' package target execs outcome
printf '%s\n' "${summary[@]}"
exit $failed
