#!/bin/sh
# mainjob.sh BINARY: the README's first command (the sample documents
# classified through the built-in emulator) run by BINARY, a built
# llamaclassify, with a fresh emulator directory made and removed around
# it, so that every run starts from nothing. Run from the repository's
# root. BENCHMARKS.md section 9 times it with farm-bench, one release's
# binary against another's:
#
#	farm-bench -n 21 --warmup 1 --timeout 200 --vs 'scripts/mainjob.sh OLD' -- scripts/mainjob.sh NEW
set -u
bin=${1:?usage: mainjob.sh BINARY}
d=$(mktemp -d)
LLAMACLASSIFY_EMULATOR_DIR=$d LLAMA_CLOUD_API_KEY= LLAMA_CLOUD_BASE_URL= "$bin" classify-files testdata/docs/* --rules testdata/rules.yaml >/dev/null 2>&1
rc=$?
rm -rf "$d"
exit $rc
