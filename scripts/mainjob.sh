#!/bin/sh
# mainjob.sh BINARY: the README's first command (the sample documents
# classified through the built-in emulator) run by BINARY, a built
# llamaclassify, with a fresh emulator directory made and removed around
# it, so that every run starts from nothing, and none of the settings
# that would send it elsewhere or slow it (a key, a base URL, the
# emulator's delay or local model, a retry count). Run from the
# repository's root; what the command says on stderr is shown only when
# it fails. BENCHMARKS.md section 9 times it with farm-bench, one
# release's binary against another's:
#
#	farm-bench -n 21 --warmup 1 --timeout 200 --vs 'scripts/mainjob.sh OLD' -- scripts/mainjob.sh NEW
set -u
bin=${1:?usage: mainjob.sh BINARY}
d=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$d" "$log"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
env -u LLAMA_CLOUD_API_KEY -u LLAMA_CLOUD_BASE_URL \
	-u LLAMACLASSIFY_EMULATOR_DELAY -u LLAMACLASSIFY_EMULATOR_LLM_URL \
	-u LLAMACLASSIFY_EMULATOR_LLM_MODEL -u LLAMACLASSIFY_EMULATOR_LLM_API_KEY \
	-u LLAMACLASSIFY_EMULATOR_LLM_TIMEOUT -u LLAMACLASSIFY_MAX_RETRIES \
	LLAMACLASSIFY_EMULATOR_DIR="$d" \
	"$bin" classify-files testdata/docs/* --rules testdata/rules.yaml >/dev/null 2>"$log"
rc=$?
[ "$rc" -eq 0 ] || cat "$log" >&2
exit "$rc"
