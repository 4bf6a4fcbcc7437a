#!/usr/bin/env bash
# Proves, from the contract alone, that generators and tools nobody here wrote
# can use it:
#   1. ogen generates a Go client from it without a warning, a skipped
#      operation or an untyped ("using any") value, and the client builds;
#   2. openapi-typescript types it, and a consumer that calls all twelve
#      operations through openapi-fetch type-checks under tsc --strict;
#   3. that consumer runs against Prism's mock of the contract: every list's
#      pager ends, creates answer PENDING, cancel answers CANCELLED, and a v2
#      create without a document or a configuration is refused with 422.
# The tools are pinned: ogen in scripts/downstream/ogen/go.mod, the npm
# packages in scripts/downstream/ts/package-lock.json. Everything runs on
# loopback. Each part prints its tools' output and one summary line; the
# script exits non-zero when any part fails.
#
# usage: scripts/check-downstream.sh [CONTRACT]   (default: openapi/openapi.yaml)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
GO=${GO:-go}
contract=$(realpath "${1:-$root/openapi/openapi.yaml}")
test -f "$contract" || { echo "no contract at $contract" >&2; exit 2; }
ogen_dir=$root/scripts/downstream/ogen
ts_dir=$root/scripts/downstream/ts
work=$(mktemp -d)
install_pid=
trap 'if [ -n "$install_pid" ]; then kill "$install_pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

# The generated client has one method per operation; ogen says "Skipping" when
# it leaves an operation out and "using any" when it cannot type a value.
ogen_complaints='^(WARN|ERROR|DPANIC|PANIC|FATAL)|using any|Skipping|is unsupported'

part_ogen() {
	cd "$ogen_dir"
	$GO version
	echo "\$ go tool ogen --config ogen.yml --target api --package api --clean $contract"
	local rc=0
	$GO tool ogen --config ogen.yml --target api --package api --clean "$contract" >"$work/ogen.log" 2>&1 || rc=$?
	sed 's/^/ogen| /' "$work/ogen.log"
	if [ "$rc" -ne 0 ]; then
		echo "ogen exited with status $rc"
		return 1
	fi
	if grep -Eq "$ogen_complaints" "$work/ogen.log"; then
		echo "ogen complained about the contract:"
		grep -E "$ogen_complaints" "$work/ogen.log"
		return 1
	fi
	echo "\$ go build ./...   (the generated client, and a check that it has all twelve operations)"
	$GO build ./...
}

# install_npm installs the pinned npm packages. It runs in the background
# from the start, so that its downloads overlap ogen's build.
install_npm() {
	cd "$ts_dir"
	echo "node $(node --version), npm $(npm --version)"
	# A fresh clone installs; a rerun on the same package-lock.json and Node
	# keeps what the last install left.
	local stamp=node_modules/.installed-from want
	want="$(node --version) $(cat package.json package-lock.json | sha256sum)"
	if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
		echo "node_modules is as npm ci left it for this package-lock.json; not installing again"
		return 0
	fi
	# --ignore-scripts: no package needs an install script here, and it keeps
	# @scarf/scarf (a dependency of Prism) from reporting the install.
	echo "\$ npm ci --ignore-scripts --prefer-offline"
	npm ci --ignore-scripts --prefer-offline --no-audit --no-fund
	echo "$want" >"$stamp"
}

part_ts() {
	cd "$ts_dir"
	sed 's/^/npm| /' "$work/npm.log"
	if [ "$(cat "$work/npm.rc")" != 0 ]; then
		echo "npm ci failed"
		return 1
	fi
	# The types go to a .ts file, not a .d.ts, so that tsc checks them even
	# though it skips the libraries' declaration files (skipLibCheck).
	echo "\$ node gen.mjs $contract gen/schema.ts"
	node gen.mjs "$contract" gen/schema.ts
	echo "\$ tsc -p tsconfig.json --strict --noEmit   (consumer.ts against the generated types)"
	node_modules/.bin/tsc -p tsconfig.json --strict --noEmit
}

part_prism() {
	cd "$ts_dir"
	if [ ! -f gen/schema.ts ] || [ ! -x node_modules/.bin/prism ]; then
		echo "cannot run: the TypeScript part did not install the tools or generate the types"
		return 1
	fi
	# The mock's answers are checked at run time whether or not the types
	# passed tsc, so the consumer is compiled here without the type check.
	rm -rf build
	echo "\$ tsc -p tsconfig.json --noCheck"
	node_modules/.bin/tsc -p tsconfig.json --noCheck
	local port
	port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')
	# --errors: an answer that does not match its own schema (a bad example)
	# becomes an error answer instead of a logged warning. Requests are
	# validated either way; an invalid one gets the contract's 422.
	echo "\$ prism mock --errors -h 127.0.0.1 -p $port $contract"
	: >"$work/prism.log"
	node_modules/.bin/prism mock --errors -h 127.0.0.1 -p "$port" "$contract" >"$work/prism.log" 2>&1 &
	local prism_pid=$!
	# Prism goes when this part ends, however it ends.
	trap "kill $prism_pid 2>/dev/null || true; wait $prism_pid 2>/dev/null || true" EXIT
	local tries=0
	until grep -q "Prism is listening on http://127.0.0.1:$port" "$work/prism.log"; do
		if ! kill -0 "$prism_pid" 2>/dev/null; then
			sed 's/^/prism| /' "$work/prism.log"
			echo "Prism stopped before it listened"
			return 1
		fi
		if [ "$tries" -ge 120 ]; then
			sed 's/^/prism| /' "$work/prism.log"
			echo "Prism did not listen within 60 s"
			return 1
		fi
		tries=$((tries + 1))
		sleep 0.5
	done
	echo "\$ node build/consumer.js http://127.0.0.1:$port"
	local rc=0
	timeout 120 node build/consumer.js "http://127.0.0.1:$port" || rc=$?
	kill "$prism_pid" 2>/dev/null || true
	wait "$prism_pid" 2>/dev/null || true
	echo "Prism's log:"
	sed 's/^/prism| /' "$work/prism.log"
	return "$rc"
}

summary=()
passed=0
failed=0
# run NAME FUNCTION: runs one part in a subshell with errexit on, so that its
# first failing command ends it, and records the outcome.
run() {
	local name=$1 part=$2 start=$SECONDS rc=0
	echo
	echo "=== $name"
	set +e
	(
		set -e
		"$part"
	)
	rc=$?
	set -e
	local took=$((SECONDS - start))
	if [ "$rc" -eq 0 ]; then
		passed=$((passed + 1))
		summary+=("PASS  $name (${took}s)")
	else
		failed=$((failed + 1))
		summary+=("FAIL  $name (${took}s)")
	fi
	echo "${summary[-1]}"
}

echo "contract: $contract"
(
	set +e
	(
		set -e
		install_npm
	) >"$work/npm.log" 2>&1
	echo "$?" >"$work/npm.rc"
) &
install_pid=$!
run "ogen: Go client generated without warnings or 'using any', and built" part_ogen
wait "$install_pid" || true
install_pid=
run "openapi-typescript + openapi-fetch: consumer of all 12 operations type-checks under tsc --strict" part_ts
run "Prism: every pager ends, {} to the v2 create gets 422, creates PENDING, cancel CANCELLED" part_prism

echo
echo "=== summary"
printf '%s\n' "${summary[@]}"
echo "check-downstream: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
