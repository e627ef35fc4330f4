#!/bin/bash
# make verify: the long checks of issue 8 (make test runs the short part of each). Each check prints
# its figures; the run ends with "N passed, N failed" (one line per check and per negative control).
#   fuzz    every libFuzzer target for FUZZ_RUNS executions (10 million), side by side
#   crash   kill -9 of MariaDB, CRASH_ROUNDS (100) rounds + the innodb_flush_log_at_trx_commit=0
#           control; kill -9 of the FastCGI programs, 100 rounds + the resend-without-nonce control
#           (up to 300 rounds, to the first double);
#           the backup round trip
#   xss     64 payloads in every text field, every page in Chromium; its control; wapiti
#   inject  sqlmap on every route x parameter x role: the deep tier (level 5 / risk 3) in
#           INJECT_DEEP_SLICES (6) slices and the wide tier in INJECT_WIDE_SLICES (3), each slice a check
#           of its own (about 20 minutes each here); its control
#   load    wrk c=64 for 60 s on the heaviest page and a mixed script, the 30-minute soak; its control
#   controls  the negative controls of the HTTP suites: 14 breaks (access matrix, CSRF, sessions,
#           sign-in, headers, form nonces), each built into a scratch stack, must fail named test cases
# CHECKS="fuzz crash" runs some. crash, xss and inject share one private stack in a temporary folder;
# load starts its own. This takes hours on two cores (five to seven here, one check after another).
# Every check that passes is remembered in var/verify/<code>-<settings>/ (a committed tree only), so a
# run stopped part-way goes on where it stopped when `make verify` is run again in the same clone; the
# checks kept from the earlier run are printed with their output, time and commit. <code> is, for each
# check, the committed tree without docs/ and the *.md files (which no check reads) and without the
# test folders only other checks read (tests/load for the sqlmap slices, ...): a commit that only
# changes those keeps the check's pass. Passes copied into docs/verify/ (the same folders) and
# committed are kept the same way, so a run cut short by the end of a session (whose machine is not
# the next one's) goes on from a clean clone: cp -r var/verify/. docs/verify/. VERIFY_FRESH=1 runs all.
set -uo pipefail

ROOT=$(realpath "$(dirname "${BASH_SOURCE[0]}")/..")
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
FUZZ_BUILD=${FUZZ_BUILD:-build-fuzz}
FUZZ_RUNS=${FUZZ_RUNS:-10000000}
CRASH_ROUNDS=${CRASH_ROUNDS:-100}
CONTROL_ROUNDS=${CONTROL_ROUNDS:-20}
FCGI_CONTROL_ROUNDS=${FCGI_CONTROL_ROUNDS:-300}
INJECT_DEEP_SLICES=${INJECT_DEEP_SLICES:-6}
INJECT_WIDE_SLICES=${INJECT_WIDE_SLICES:-3}
CHECKS=${CHECKS:-"fuzz controls crash xss inject load"}
TMP=$(mktemp -d /tmp/dvk-verify.XXXXXX)
chmod 755 "$TMP"
mkdir -p "$ROOT/var/test-artifacts"
source "$ROOT/scripts/lib.sh"

passed=0
failed=0
result() { if [ "$1" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi; }

# Where passes are remembered: per check, the committed tree (without docs/, the *.md files and the
# test folders that only other checks read) and every setting that changes what a check does. A
# tree with uncommitted changes remembers nothing.
SETTINGS="fuzz=$FUZZ_RUNS crash=$CRASH_ROUNDS control=$CONTROL_ROUNDS fcgi_control=$FCGI_CONTROL_ROUNDS\
 soak=${SOAK_MINUTES:-30} deep_slices=$INJECT_DEEP_SLICES wide_slices=$INJECT_WIDE_SLICES\
 level=${INJECT_LEVEL:-} risk=${INJECT_RISK:-} only=${INJECT_ONLY:-} wapiti=${WAPITI_SCAN_TIME:-}/${WAPITI_ATTACK_TIME:-}"
OWN_FOLDERS="tests/fuzz tests/controls tests/crash tests/xss tests/inject tests/load"
# own_folder NAME: the folder of tests/ that check NAME alone reads (no other check or suite does).
own_folder() {
    case $1 in
    fuzz-*) echo tests/fuzz ;;
    controls) echo tests/controls ;;
    crash-* | backup) echo tests/crash ;;
    xss | xss-control | wapiti) echo tests/xss ;;
    inject-*) echo tests/inject ;;
    load | load-control) echo tests/load ;;
    *) echo "verify: no folder for check $1" >&2; return 1 ;;
    esac
}
declare -A KEYS=()
if COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null) &&
    [ -z "$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
    SETTINGS_HASH=$(sha256sum <<<"$SETTINGS" | cut -c1-8)
    for own in $OWN_FOLDERS; do
        others=()
        for f in $OWN_FOLDERS; do [ "$f" = "$own" ] || others+=(-e $'\t'"$f/"); done
        KEYS[$own]=$(git -C "$ROOT" ls-tree -r HEAD | grep -v -e $'\tdocs/' -e '\.md$' "${others[@]}" |
            sha256sum | cut -c1-12)-$SETTINGS_HASH
    done
    echo "== passes are remembered per check in $ROOT/var/verify/ (commit $COMMIT):"
    for own in $OWN_FOLDERS; do echo "   checks of $own: ${KEYS[$own]}"; done
else
    echo "== uncommitted changes: no pass is remembered"
fi
# state_key NAME: the folder name NAME's pass is remembered under, or nothing.
state_key() {
    local own
    own=$(own_folder "$1") || return 1
    [ -n "${KEYS[$own]:-}" ] && echo "${KEYS[$own]}"
}

# pass_record NAME: the record of NAME's earlier pass with this code and settings, here or committed.
pass_record() {
    local key f
    [ "${VERIFY_FRESH:-0}" != 1 ] && key=$(state_key "$1") || return 1
    for f in "$ROOT/var/verify/$key/$1.passed" "$ROOT/docs/verify/$key/$1.passed"; do
        [ -f "$f" ] && { echo "$f"; return 0; }
    done
    return 1
}
# has_passed NAME: NAME passed in an earlier run with this commit and settings (and may be kept).
has_passed() { pass_record "$1" >/dev/null; }
# kept NAME: true, counted and printed, when NAME has passed before.
kept() {
    local record
    record=$(pass_record "$1") || return 1
    echo "   $1: passed in an earlier run ($(head -n 1 "$record")):"
    tail -n +2 "$record" | sed 's/^/   | /'
    passed=$((passed + 1))
}
# remember NAME SECONDS FILE: NAME passed; FILE holds its output.
remember() {
    local key dir
    key=$(state_key "$1") || return 0
    dir=$ROOT/var/verify/$key
    mkdir -p "$dir"
    echo "$SETTINGS" >"$dir/settings"
    { echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $2 s, commit $COMMIT"; cat "$3"; } >"$dir/$1.passed"
}
# check NAME COMMAND...: unless kept, runs COMMAND (its output shown and kept), counts and remembers it.
check() {
    local name=$1 start rc
    shift
    kept "$name" && return 0
    start=$(date +%s)
    "$@" 2>&1 | tee "$TMP/$name.out"
    rc=${PIPESTATUS[0]}
    result "$rc"
    [ "$rc" -eq 0 ] && remember "$name" $(($(date +%s) - start)) "$TMP/$name.out"
    return "$rc"
}
# pending NAME...: true when one of them has not passed yet.
pending() {
    local n
    for n in "$@"; do has_passed "$n" || return 0; done
    return 1
}

cleanup() {
    [ -n "${DVK_VAR:-}" ] && "$ROOT/scripts/stack.sh" stop >/dev/null 2>&1
    if [ "${KEEP_TMP:-0}" = 1 ]; then echo "kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT

if [[ " $CHECKS " == *" fuzz "* ]]; then
    # The targets run side by side (each is one process on one core), and are reported in order.
    echo "== fuzz: $FUZZ_RUNS runs per target"
    start=$(date +%s)
    targets=()
    for bin in "$ROOT/$FUZZ_BUILD"/fuzz_*; do
        [ -x "$bin" ] || continue
        t=${bin##*/fuzz_}
        targets+=("$t")
        pending "fuzz-$t" || continue
        mkdir -p "$TMP/fuzz/$t"
        mapfile -t options < <(fuzz_options "$ROOT" "$t")
        ("$bin" -runs="$FUZZ_RUNS" "${options[@]}" "$TMP/fuzz/$t" "$ROOT/tests/fuzz/corpus/$t" >"$TMP/fuzz-$t.log" 2>&1
         echo $? >"$TMP/fuzz-$t.rc"
         echo "$(date +%s)" >"$TMP/fuzz-$t.end") &
    done
    wait
    for t in "${targets[@]}"; do
        kept "fuzz-$t" && continue
        rc=$(cat "$TMP/fuzz-$t.rc")
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$TMP/fuzz-$t.log" | grep -o '[0-9]*$')
        echo "   fuzz $t: exit $rc, ${runs:-0} executions in $(($(cat "$TMP/fuzz-$t.end") - start)) s, $(ls "$TMP/fuzz/$t" | wc -l) new corpus inputs" |
            tee "$TMP/fuzz-$t.out"
        [ "$rc" -ne 0 ] && fuzz_findings "$TMP/fuzz-$t.log"
        # Fewer executions than asked is a failure too (a target that stopped early proves less).
        [ "$rc" -eq 0 ] && [ "${runs:-0}" -lt "$FUZZ_RUNS" ] && { echo "   fuzz $t: fewer than $FUZZ_RUNS executions"; rc=1; }
        result "$rc"
        [ "$rc" -eq 0 ] && remember "fuzz-$t" $(($(cat "$TMP/fuzz-$t.end") - start)) "$TMP/fuzz-$t.out"
    done
    [ ${#targets[@]} -eq 0 ] && { echo "   no fuzz targets in $ROOT/$FUZZ_BUILD"; result 1; }
    echo "== fuzz control: a request parser with a planted overflow must be caught"
    check fuzz-control "$ROOT/tests/fuzz/control.sh"
fi

if [[ " $CHECKS " == *" controls "* ]]; then
    # Each break on a stack of its own, after the same suites pass on the unbroken scratch build.
    echo "== controls: the HTTP suites must catch each deliberate break"
    check controls env BUILD="$BUILD" BIN="$BIN" DVK_ROOT="$ROOT" "$ROOT/tests/controls/run.sh"
fi

# The crash, xss and inject checks share one private stack with the demo data. stack_up=1: it runs,
# or every check that needs it passed in an earlier run (they are printed from there).
stack_up=0
shared=()
[[ " $CHECKS " == *" crash "* ]] && shared+=(crash-db crash-db-control crash-fcgi crash-fcgi-control backup)
[[ " $CHECKS " == *" xss "* ]] && shared+=(xss xss-control wapiti)
inject_slices=()
for i in $(seq 1 "$INJECT_DEEP_SLICES"); do inject_slices+=("deep $i/$INJECT_DEEP_SLICES"); done
for i in $(seq 1 "$INJECT_WIDE_SLICES"); do inject_slices+=("wide $i/$INJECT_WIDE_SLICES"); done
# slice_name "deep 2/6": the name its pass is remembered by.
slice_name() { local tier=${1% *} part=${1#* }; echo "inject-$tier-${part%/*}-of-${part#*/}"; }
if [[ " $CHECKS " == *" inject "* ]]; then
    for s in "${inject_slices[@]}"; do shared+=("$(slice_name "$s")"); done
    shared+=(inject-control)
fi
if [ ${#shared[@]} -gt 0 ] && pending "${shared[@]}"; then
    export DVK_ROOT=$ROOT DVK_VAR=$TMP/var DVK_BIN=$ROOT/$BIN DVK_ARTIFACTS=$ROOT/var/test-artifacts
    export DVK_HTTP_PORT=$(free_port) DVK_DB_PORT=$(free_port) DVK_DEMO=1 DVK_THREADS=4
    export DVK_STACK_SCRIPT=$ROOT/scripts/stack.sh DVK_TEST_URL=http://127.0.0.1:$DVK_HTTP_PORT
    export DVK_LOGIN_MAX_DELAY_MS=50 DVK_LOGIN_LOCK_ADDRESS_AFTER=1000
    echo "== starting a private stack (http $DVK_HTTP_PORT, database $DVK_DB_PORT) in $TMP"
    if "$ROOT/scripts/stack.sh" start >"$TMP/stack-start.log" 2>&1; then
        stack_up=1
    else
        cat "$TMP/stack-start.log"
        result 1
    fi
elif [ ${#shared[@]} -gt 0 ]; then
    stack_up=1
fi

if [[ " $CHECKS " == *" crash "* ]] && [ "$stack_up" = 1 ]; then
    echo "== crash: kill -9 of mariadbd, $CRASH_ROUNDS rounds"
    check crash-db "$ROOT/tests/crash/db_kill.sh" "$CRASH_ROUNDS"
    echo "== crash control: innodb_flush_log_at_trx_commit=0, $CONTROL_ROUNDS rounds"
    check crash-db-control "$ROOT/tests/crash/db_kill.sh" "$CONTROL_ROUNDS" control
    echo "== crash: kill -9 of the FastCGI programs, $CRASH_ROUNDS rounds"
    check crash-fcgi "$ROOT/tests/crash/fcgi_kill.sh" "$CRASH_ROUNDS"
    # Doubles without the nonce are rare (about 3 in 100 rounds): up to 300 rounds, to the first double.
    echo "== crash control: resends with a new nonce, up to $FCGI_CONTROL_ROUNDS rounds"
    check crash-fcgi-control "$ROOT/tests/crash/fcgi_kill.sh" "$FCGI_CONTROL_ROUNDS" control
    echo "== backup round trip"
    check backup "$ROOT/tests/crash/backup_roundtrip.sh"
fi

if [[ " $CHECKS " == *" xss "* ]] && [ "$stack_up" = 1 ]; then
    # After the crash checks (the campaign writes data); wapiti last (it fills every form with junk).
    # The control runs a broken copy of the templates on a stack of its own.
    echo "== xss: every payload in every text field, every page in Chromium"
    check xss "$ROOT/tests/xss/run.sh" full
    echo "== xss control: a build with an unescaped title and search box must be caught (wapiti too)"
    check xss-control env XSS_CONTROL_WAPITI=1 WAPITI_MODULES=xss,permanentxss WAPITI_SCAN_TIME=60 \
        WAPITI_ATTACK_TIME=30 "$ROOT/tests/xss/run.sh" control
    echo "== wapiti, signed in as admin, 14 modules"
    check wapiti env WAPITI_SCAN_TIME="${WAPITI_SCAN_TIME:-300}" WAPITI_ATTACK_TIME="${WAPITI_ATTACK_TIME:-60}" \
        "$ROOT/tests/xss/wapiti.sh"
fi

if [[ " $CHECKS " == *" inject "* ]] && [ "$stack_up" = 1 ]; then
    # Deep tier: every distinct route parameter at level 5 / risk 3; wide tier: every route x
    # parameter x role at level 1 / risk 1; slice by slice. Then the broken build's control.
    for s in "${inject_slices[@]}"; do
        echo "== inject: sqlmap on every parameter of every route, each role: the ${s% *} tier, slice ${s#* }"
        check "$(slice_name "$s")" env INJECT_TIER="${s% *}" INJECT_SHARD="${s#* }" INJECT_JOBS="${INJECT_JOBS:-6}" \
            INJECT_THREADS="${INJECT_THREADS:-1}" "$ROOT/tests/inject/run.sh" full
    done
    # The whole campaign's figures, over the slices run now and those kept from an earlier run.
    for s in "${inject_slices[@]}"; do
        n=$(slice_name "$s")
        if [ -f "$TMP/$n.out" ]; then cat "$TMP/$n.out"; elif has_passed "$n"; then cat "$(pass_record "$n")"; fi
    done | awk '/mode full: / { n++; for (i = 1; i <= NF; i++) { if ($i == "sent") req += $(i + 1);
                                                            if ($i == "full:") tg += $(i + 1) } }
                END { printf "   inject: %d slices reported: %d targets, %d requests\n", n, tg, req }'
    echo "== inject control: a model list that concatenates its level filter must be found injectable"
    check inject-control env INJECT_CONTROL_BUILD="$ROOT/$BUILD" "$ROOT/tests/inject/run.sh" control
fi

if [[ " $CHECKS " == *" load "* ]]; then
    # On a stack of its own with generated data: wrk c=64 60 s on the heaviest page and a mixed
    # read/write script, the 30-minute soak (SOAK_MINUTES), then the same against a broken build.
    echo "== load: c=64 for 60 s each, soak ${SOAK_MINUTES:-30} minutes"
    check load "$ROOT/tests/load/load.sh" full
    echo "== load control: a build that leaks and fails must fail the checks"
    check load-control "$ROOT/tests/load/load.sh" control
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
