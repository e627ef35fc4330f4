#!/bin/bash
# Negative controls of the HTTP checks (make verify): the access matrix, CSRF, sessions and sign-in,
# headers and form nonces, and tests/signin/address_lock.sh. Each break below is patched into a scratch copy of the tree, built, started
# in a private stack of its own, and the HTTP test cases that guard against it must fail. First the
# same suites run on the unbroken scratch build and must pass, so that a failure is the break's and
# not the set-up's.
# Usage: run.sh [NAME...]   (default: every control; NAME as in the table below)
# Env: DVK_ROOT (the tree, default this one), BUILD and BIN (its up-to-date build and bin folders,
# default build and bin: the scratch starts from copies, so only the patched files are compiled),
# KEEP_TMP=1 keeps the scratch folder.
set -uo pipefail
HERE=$(dirname "$(realpath "${BASH_SOURCE[0]}")")
ROOT=$(realpath "${DVK_ROOT:-$HERE/../..}")
BUILD=${BUILD:-build}
BIN=${BIN:-bin}
TESTS=$ROOT/$BUILD/tests/http_tests
SUITES=access_matrix:csrf_matrix:sign_in:headers:resubmit
# shellcheck source=../../scripts/lib.sh
. "$ROOT/scripts/lib.sh"

SCRATCH=$(mktemp -d /tmp/dvk-controls.XXXXXX)
chmod 755 "$SCRATCH"
SRC=$SCRATCH/src
export DVK_ROOT=$SRC DVK_BIN=$SRC/bin DVK_STACK_SCRIPT=$SRC/scripts/stack.sh
export DVK_DEMO=1 DVK_THREADS=4 DVK_SQL_DIR=$SRC/sql DVK_TEMPLATE_DIR=$SRC/templates
# The same sign-in limits and 504 wait as make test's stack.
export DVK_LOGIN_MAX_DELAY_MS=50 DVK_LOGIN_LOCK_ACCOUNT_AFTER=5 DVK_LOGIN_LOCK_ADDRESS_AFTER=1000
export DVK_FASTCGI_READ_TIMEOUT=10
unset DVK_DB_GENERAL_LOG DVK_GENERAL_LOG
cleanup() {
    [ -n "${DVK_VAR:-}" ] && "$SRC/scripts/stack.sh" stop >/dev/null 2>&1
    if [ "${KEEP_TMP:-0}" = 1 ]; then echo "controls: kept $SCRATCH"; else rm -rf "$SCRATCH"; fi
}
trap cleanup EXIT

[ -x "$TESTS" ] || { echo "controls: $TESTS not built (make tests)"; exit 1; }
# The tree as it is, with its build folder (mtimes kept, so that only what a break touches is
# compiled again).
mkdir -p "$SRC"
(cd "$ROOT" && cp -a Makefile core domain store cgi-bin tools templates sql conf scripts static tests "$SRC/")
[ -d "$ROOT/$BUILD" ] && cp -a "$ROOT/$BUILD" "$SRC/build"
mkdir -p "$SRC/bin"
cp -a "$ROOT/$BIN/." "$SRC/bin/"

# replace FILE OLD NEW: OLD must occur exactly once (a break that no longer applies is a failure).
replace() {
    python3 -c 'import sys
path, old, new = sys.argv[1:4]
text = open(path).read()
n = text.count(old)
if n != 1:
    sys.exit("controls: %s: the text to break occurs %d times, expected once:\n%s" % (path, n, old))
open(path, "w").write(text.replace(old, new))' "$@"
}

build() {
    if ! (cd "$SRC" && nice make -s -j2 BUILD=build BIN=bin all) >"$SCRATCH/$1.build.log" 2>&1; then
        tail -n 30 "$SCRATCH/$1.build.log"
        echo "controls: $1: the build failed"
        return 1
    fi
}

# A check script of the tree (EXPECTED "script:PATH") on the scratch build: it starts its own stack
# from DVK_ROOT and DVK_BIN. Its output is kept in $SCRATCH/$1.log; returns its exit status.
run_script() {
    build "$1" || return 2
    "$SRC/$2" >"$SCRATCH/$1.log" 2>&1
}

# A fresh stack on the scratch build, the test binary run from the scratch tree (the access matrix
# reads the route tables and its table from there); prints the failed test cases, one per line, to
# $SCRATCH/$1.failed. Returns 1 when the stack did not start or the binary left no report.
run_suites() {
    local name=$1 filter=$2 report=$SCRATCH/$1.xml
    export DVK_VAR=$SCRATCH/var-$name DVK_HTTP_PORT DVK_DB_PORT
    DVK_HTTP_PORT=$(free_port)
    DVK_DB_PORT=$(free_port)
    export DVK_TEST_URL=http://127.0.0.1:$DVK_HTTP_PORT DVK_CONFIG=$DVK_VAR/dvk.env
    build "$name" || return 1
    if ! "$SRC/scripts/stack.sh" start >"$SCRATCH/$name.stack.log" 2>&1; then
        tail -n 20 "$SCRATCH/$name.stack.log"
        echo "controls: $name: the stack did not start"
        return 1
    fi
    (cd "$SRC" && "$TESTS" --run_test="$filter" --color_output=no --log_level=error --report_format=XML \
        --report_level=detailed --report_sink="$report") >"$SCRATCH/$name.log" 2>&1
    "$SRC/scripts/stack.sh" stop >/dev/null 2>&1
    unset DVK_VAR
    [ -s "$report" ] || { tail -n 20 "$SCRATCH/$name.log"; echo "controls: $name: no test report"; return 1; }
    # The report nests <TestSuite name=...><TestCase name=... result=...>: suite/case of each failure.
    python3 - "$report" >"$SCRATCH/$name.failed" <<'EOF'
import sys, xml.etree.ElementTree as ET
def walk(node, path):
    for child in node:
        if child.tag == "TestSuite":
            # The outermost suite is the binary's master suite (http): left out of the names.
            walk(child, path + [child.get("name")] if node.tag == "TestSuite" else path)
        elif child.tag == "TestCase" and child.get("result") in ("failed", "aborted"):
            print("/".join(path + [child.get("name")]))
walk(ET.parse(sys.argv[1]).getroot(), [])
EOF
    FAILED_CHECKS=$(grep -c "error: in \"" "$SCRATCH/$name.log")
    CASES=$(grep -o '<TestCase ' "$report" | wc -l)
}

passed=0
failed=0
# control NAME "WHAT IT BREAKS" EXPECTED FILE OLD NEW [FILE OLD NEW...]: EXPECTED is the suite/case
# (or cases, comma separated) that must fail, the suites named before the first / are run; or
# script:PATH, a check script that must fail. A break may take several replacements.
control() {
    local name=$1 what=$2 expected=$3 suites c missing="" files=() i
    shift 3
    if [ ${#only[@]} -gt 0 ] && [[ " ${only[*]} " != *" $name "* ]]; then return; fi
    for ((i = 1; i <= $#; i += 3)); do files+=("${!i}"); done
    while [ $# -gt 0 ]; do
        cp "$ROOT/$1" "$SRC/$1"  # a new mtime: the file is compiled again, broken or not
        if ! replace "$SRC/$1" "$2" "$3"; then failed=$((failed + 1)); restore "${files[@]}"; return; fi
        shift 3
    done
    if [[ $expected == script:* ]]; then
        run_script "$name" "${expected#script:}"
        case $? in
        0) echo "   control $name ($what): NOT CAUGHT; ${expected#script:} passed"; failed=$((failed + 1)) ;;
        2) failed=$((failed + 1)) ;;
        *) echo "   control $name ($what): caught; ${expected#script:} failed:"
           grep -v "FAILED$" "$SCRATCH/$name.log" | sed 's/^/      /'
           passed=$((passed + 1)) ;;
        esac
    else
        suites=$(tr ',' '\n' <<<"$expected" | cut -d/ -f1 | sort -u | paste -sd:)
        if run_suites "$name" "$suites"; then
            for c in ${expected//,/ }; do grep -qx "$c" "$SCRATCH/$name.failed" || missing+=" $c"; done
            if [ -z "$missing" ]; then
                echo "   control $name ($what): caught; $(wc -l <"$SCRATCH/$name.failed") of $CASES test cases failed, $FAILED_CHECKS failed checks"
                passed=$((passed + 1))
            else
                echo "   control $name ($what): NOT CAUGHT; these test cases passed:$missing"
                failed=$((failed + 1))
            fi
            sed 's/^/      failed: /' "$SCRATCH/$name.failed"
        else
            failed=$((failed + 1))
        fi
    fi
    restore "${files[@]}"
}

# The unbroken files back (a new mtime again, so the next build compiles them).
restore() { local f; for f in "$@"; do cp "$ROOT/$f" "$SRC/$f"; done; }

only=("$@")
echo "controls: the unbroken scratch build first ($SUITES)"
if run_suites unbroken "$SUITES" && [ ! -s "$SCRATCH/unbroken.failed" ]; then
    echo "   unbroken: $CASES test cases, 0 failed"
else
    sed 's/^/      failed: /' "$SCRATCH/unbroken.failed" 2>/dev/null
    echo "   unbroken: the suites fail without a break; the controls would prove nothing"
    echo "0 passed, 1 failed"
    exit 1
fi
if run_script unbroken-address-lock tests/signin/address_lock.sh; then
    echo "   unbroken: tests/signin/address_lock.sh passed"
else
    sed 's/^/      /' "$SCRATCH/unbroken-address-lock.log"
    echo "   unbroken: tests/signin/address_lock.sh fails without a break"
    echo "0 passed, 1 failed"
    exit 1
fi

control route-missing "a route in the admin program with no row in the matrix" \
    access_matrix/every_route_has_rows_and_every_row_a_route cgi-bin/admin/main.cpp \
    '{"GET", "/admin/units", unit_list_page, admin},' \
    '{"GET", "/admin/units", unit_list_page, admin}, {"GET", "/admin/units/export", unit_list_page, admin},'
control route-role "the unit list opened to unit heads" \
    access_matrix/every_role_gets_the_answer_in_the_table cgi-bin/admin/main.cpp \
    '{"GET", "/admin/units", unit_list_page, admin},' '{"GET", "/admin/units", unit_list_page, managers},'
control unit-scope "a unit head's scope is every unit" \
    access_matrix/every_role_gets_the_answer_in_the_table domain/scope.cpp \
    's.everything = sees_everything(role);' 's.everything = sees_everything(role) || role == Role::UnitHead;'
control foreign-model "a unit head may propose any unit's model" \
    access_matrix/tampered_records_and_states_in_forms_are_refused \
    cgi-bin/proposals/list.cpp 'if (!facts || !store::unit_in_scope(ctx.db(), cycle_ui::scope_of(ctx), facts->unit_id))' \
    'if (!facts)' \
    domain/recognition.cpp 'if (m.unit_id != from_unit) return "E_PROP_NOT_OWN_MODEL";' '(void)from_unit;'
control csrf-token "no CSRF check on /models..." \
    csrf_matrix/every_post_route_refuses_every_forged_form,csrf_matrix/forged_forms_change_nothing core/pipeline.cpp \
    'if (routed.method() == "POST") check_csrf(routed, session);' \
    'if (routed.method() == "POST" && routed.path().rfind("/models", 0) != 0) check_csrf(routed, session);'
control csrf-origin "a foreign Origin with a right token is let through" \
    csrf_matrix/every_post_route_refuses_every_forged_form core/pipeline.cpp \
    'if (!origin.empty()) {' 'if (origin.empty() && !origin.empty()) {'
control fixation "sign-in keeps the session id it was given and elevates it" \
    sign_in/cookie_from_before_sign_in_is_dead_after_it core/session.cpp \
    'if (!s.token_hash.empty()) repo_.destroy(s.token_hash);
    issue(s, res, user_id, remote_addr, now);' \
    'if (!s.token_hash.empty()) {
        SessionRecord rec;
        rec.token_hash = s.token_hash;
        rec.csrf_token = random_token_hex(32);
        rec.created_at = rec.last_seen_at = now;
        rec.user_id = user_id;
        repo_.destroy(s.token_hash);
        repo_.create(rec, remote_addr);
        s.csrf_token = rec.csrf_token;
        return;
    }
    issue(s, res, user_id, remote_addr, now);'
control logout "logout clears the cookie but keeps the session row" \
    sign_in/logout_kills_the_session_on_the_server core/session.cpp \
    'if (!s.token_hash.empty()) repo_.destroy(s.token_hash);
    s = Session{};' 's = Session{};'
control idle-expiry "sessions never expire when idle" \
    headers/idle_and_absolute_expiry_kill_the_session_on_the_server core/session.cpp \
    'if (now - rec->last_seen_at > policy_.idle_seconds || now - rec->created_at > policy_.absolute_seconds) {' \
    'if (now - rec->created_at > policy_.absolute_seconds) {'
control account-lock "no lock after repeated failures on one account" \
    sign_in/account_is_locked_after_repeated_failures_even_for_the_right_password domain/sign_in.cpp \
    'if (failures_for_account >= p.lock_account_after || failures_from_address >= p.lock_address_after) {' \
    'if (failures_from_address >= p.lock_address_after) {'
control address-lock "no lock across accounts from one address" script:tests/signin/address_lock.sh \
    domain/sign_in.cpp \
    'if (failures_for_account >= p.lock_account_after || failures_from_address >= p.lock_address_after) {' \
    'if (failures_for_account >= p.lock_account_after) {'
control argon2 "argon2id with 8 MiB instead of 19" \
    headers/password_hashes_are_argon2id_with_at_least_owasp_parameters core/crypto.cpp \
    'kMemLimit = 19u * 1024u * 1024u;' 'kMemLimit = 8u * 1024u * 1024u;'
control nosniff "nginx without X-Content-Type-Options" \
    headers/every_get_route_as_admin_carries_the_safe_headers,headers/nginx_own_502_carries_the_safe_headers_and_the_styled_page \
    conf/nginx.conf.in 'add_header X-Content-Type-Options "nosniff" always;' ''
control form-nonce "create forms ignore their nonce" \
    resubmit/model_registration_sent_twice_makes_one_model,resubmit/carry_sent_twice_makes_one_copy \
    store/form_submission_store.cpp \
    'if (nonce) key_ = core::sha256_hex(*nonce + "\n" + path).substr(0, 32);' '(void)nonce;
    (void)path;'

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
