#!/bin/bash
# The fuzzing check's negative control (make verify): a scratch copy of core/request.cpp whose
# cookie parser copies each value into a 64-byte stack buffer (a classic overflow), built into the
# request target exactly as make fuzz builds it, must be caught by libFuzzer with AddressSanitizer
# from the kept corpus within CONTROL_SECONDS (120). Exit 0 when it was caught.
set -uo pipefail
ROOT=$(realpath "$(dirname "${BASH_SOURCE[0]}")/../..")
WORK=$(mktemp -d /tmp/dvk-fuzz-control.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/core" "$WORK/corpus"
cp "$ROOT/core/request.cpp" "$WORK/core/request.cpp"
sed -i 's|^\( *\)for (const auto& c : env.getCookieList()) out.emplace(c.getName(), c.getValue());|\1for (const auto\& c : env.getCookieList()) {\n\1    char copy[64];\n\1    std::memcpy(copy, c.getValue().data(), c.getValue().size());\n\1    out.emplace(c.getName(), std::string(copy, c.getValue().size()));\n\1}|' \
    "$WORK/core/request.cpp"
sed -i '0,/^#include </s|^#include <|#include <cstring>\n#include <|' "$WORK/core/request.cpp"
grep -q "char copy\[64\]" "$WORK/core/request.cpp" || { echo "fuzz control: the patch did not apply"; exit 1; }
# The target includes core/request.h from ROOT; only request.cpp comes from the scratch copy.
clang++ -std=c++17 -I"$ROOT" -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -o "$WORK/fuzz_request" "$ROOT/tests/fuzz/fuzz_request.cpp" "$WORK/core/request.cpp" -lcgicc 2>"$WORK/build.log" ||
    { cat "$WORK/build.log"; exit 1; }
"$WORK/fuzz_request" -max_total_time="${CONTROL_SECONDS:-120}" -timeout=10 -artifact_prefix="$WORK/" \
    "$WORK/corpus" "$ROOT/tests/fuzz/corpus/request" >"$WORK/run.log" 2>&1
rc=$?
if [ "$rc" -ne 0 ] && grep -q "stack-buffer-overflow" "$WORK/run.log"; then
    runs=$(grep -o '^#[0-9]*' "$WORK/run.log" | tail -1 | tr -d '#')
    echo "fuzz control: the planted overflow was caught (AddressSanitizer: stack-buffer-overflow), ${runs:+after $runs executions}${runs:-while replaying the kept corpus}"
    exit 0
fi
echo "fuzz control: the planted overflow was NOT caught in ${CONTROL_SECONDS:-120} s (exit $rc)"
tail -n 5 "$WORK/run.log"
exit 1
