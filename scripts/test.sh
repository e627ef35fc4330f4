#!/bin/bash
# make test: a private stack on free ports in a temporary folder, then every suite; torn down after.
# Ends with one line "N passed, N failed" (test cases, summed over the suites).
set -uo pipefail

ROOT=$(realpath "$(dirname "${BASH_SOURCE[0]}")/..")
BUILD=${BUILD:-build}
SANBUILD=${SANBUILD:-build-san}
BIN=${BIN:-bin}
# xss (and inject) write data into the stack: they run after the suites that count the demo data.
SUITES=${SUITES:-"unit unit-san store http signin browser explain crash xss inject load fuzz"}
FUZZ_BUILD=${FUZZ_BUILD:-build-fuzz}
TMP=$(mktemp -d /tmp/dvk-test.XXXXXX)
# nginx workers run as nobody and must reach the program sockets inside.
chmod 755 "$TMP"
mkdir -p "$ROOT/var/test-artifacts"

source "$ROOT/scripts/lib.sh"

export DVK_ROOT=$ROOT DVK_VAR=$TMP/var DVK_BIN=$ROOT/$BIN
export DVK_HTTP_PORT=$(free_port) DVK_DB_PORT=$(free_port) DVK_DEMO=1 DVK_THREADS=4
export DVK_STACK_SCRIPT=$ROOT/scripts/stack.sh
export DVK_TEST_URL=http://127.0.0.1:$DVK_HTTP_PORT
export DVK_ARTIFACTS=$ROOT/var/test-artifacts
# Sign-in throttling answers slowly on purpose; the tests check the rule, not the wait.
# The explain suite replays every statement the server ran (kept across the database restarts
# of the HTTP suite because it is in the server's configuration).
export DVK_DB_GENERAL_LOG=$TMP/var/log/general.log DVK_GENERAL_LOG=$TMP/var/log/general.log
export DVK_LOGIN_MAX_DELAY_MS=50 DVK_LOGIN_LOCK_ACCOUNT_AFTER=5 DVK_LOGIN_LOCK_ADDRESS_AFTER=1000
# nginx's own 504 is checked with a stopped program: wait 10 s for it, not 30.
export DVK_FASTCGI_READ_TIMEOUT=10

cleanup() {
    "$ROOT/scripts/stack.sh" stop >/dev/null 2>&1
    if [ "${KEEP_TMP:-0}" = 1 ]; then echo "kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT

echo "== starting the test stack (http $DVK_HTTP_PORT, database $DVK_DB_PORT) in $TMP"
if ! "$ROOT/scripts/stack.sh" start >"$TMP/stack-start.log" 2>&1; then
    cat "$TMP/stack-start.log"
    echo "0 passed, 1 failed"
    exit 1
fi
# The tests read the database settings the stack wrote.
export DVK_CONFIG=$DVK_VAR/dvk.env DVK_SQL_DIR=$ROOT/sql DVK_TEMPLATE_DIR=$ROOT/templates

passed=0
failed=0
run_suite() {
    local name=$1 binary=$2 report=$TMP/$1.xml
    echo "== suite $name"
    if [ ! -x "$binary" ]; then
        echo "missing test binary $binary"
        failed=$((failed + 1))
        return
    fi
    (cd "$ROOT" && "$binary" --color_output=no --log_level=error --report_format=XML \
        --report_level=detailed --report_sink="$report") >"$TMP/$name.log" 2>&1
    local rc=$?
    grep -E "(error|fatal error): in \"|exception" "$TMP/$name.log" | sed "s/^/  /" | tail -n 200
    local p f
    p=$(grep -o '<TestCase [^>]*result="passed"' "$report" 2>/dev/null | wc -l)
    f=$(grep -o '<TestCase [^>]*result="\(failed\|aborted\)"' "$report" 2>/dev/null | wc -l)
    # A binary that died (sanitizer abort, crash) may leave no report: count it as a failure.
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        f=1
        tail -n 40 "$TMP/$name.log" | sed 's/^/  /'
    fi
    echo "   $name: $p passed, $f failed"
    passed=$((passed + p))
    failed=$((failed + f))
}

# The libFuzzer targets, ~10 s each from the corpus kept in tests/fuzz/corpus (new inputs go to a
# scratch folder): one test case per target, passed when it exits 0 (no crash, leak or UB).
run_fuzz() {
    local t bin n=0 options
    echo "== suite fuzz"
    for bin in "$ROOT/$FUZZ_BUILD"/fuzz_*; do
        [ -x "$bin" ] || continue
        t=${bin##*/fuzz_}
        n=$((n + 1))
        mkdir -p "$TMP/fuzz/$t"
        mapfile -t options < <(fuzz_options "$ROOT" "$t")
        if "$bin" -max_total_time="${FUZZ_SECONDS:-10}" "${options[@]}" "$TMP/fuzz/$t" "$ROOT/tests/fuzz/corpus/$t" \
            >"$TMP/fuzz-$t.log" 2>&1; then
            echo "   fuzz $t: passed ($(grep -o 'stat::number_of_executed_units: *[0-9]*' "$TMP/fuzz-$t.log" | grep -o '[0-9]*$') runs)"
            passed=$((passed + 1))
        else
            echo "   fuzz $t: FAILED"
            fuzz_findings "$TMP/fuzz-$t.log"
            failed=$((failed + 1))
        fi
    done
    if [ "$n" -eq 0 ]; then echo "   no fuzz targets in $ROOT/$FUZZ_BUILD (make fuzz)"; failed=$((failed + 1)); fi
}

# A check script (the fast part of a make verify check): one test case, passed when it exits 0;
# its figures are printed indented.
run_check() {
    local name=$1
    shift
    if "$@" >"$TMP/$name.log" 2>&1; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "   $name: FAILED"
    fi
    sed 's/^/   /' "$TMP/$name.log"
}

for suite in $SUITES; do
    case $suite in
    fuzz) run_fuzz ;;
    crash)
        echo "== suite crash"
        # A short kill -9 campaign of the database (make verify runs 100 rounds).
        run_check crash "$ROOT/tests/crash/db_kill.sh" "${CRASH_ROUNDS:-5}"
        # kill -9 of the FastCGI programs under load (make verify: 100 rounds and the control).
        run_check fcgi-kill "$ROOT/tests/crash/fcgi_kill.sh" "${FCGI_KILL_ROUNDS:-5}"
        # The backup round trip (under load, then quiesced by table checksums).
        run_check backup "$ROOT/tests/crash/backup_roundtrip.sh" ;;
    signin)
        # Throttling across accounts from one address needs a low limit: a stack of its own.
        echo "== suite signin"
        run_check address-lock "$ROOT/tests/signin/address_lock.sh" ;;
    xss)
        # About 10 payloads in every text field, the pages showing them in headless Chromium with a
        # hook on script execution (make verify: all 64 payloads, every page, the control, wapiti).
        echo "== suite xss"
        run_check xss "$ROOT/tests/xss/run.sh" fast ;;
    inject)
        # sqlmap on a sample of 8 targets at level 1 (make verify: every route x parameter x role).
        echo "== suite inject"
        run_check inject "$ROOT/tests/inject/run.sh" fast ;;
    load)
        # wrk c=64 on the heaviest page and a mixed read/write script, 10 s each, on a stack of its
        # own with generated data (make verify: 60 s each and the 30-minute soak).
        echo "== suite load"
        run_check load "$ROOT/tests/load/load.sh" fast ;;
    unit-san) ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        run_suite unit-san "$ROOT/$SANBUILD/tests/unit_tests" ;;
    *) run_suite "$suite" "$ROOT/$BUILD/tests/${suite}_tests" ;;
    esac
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
