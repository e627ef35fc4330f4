#!/bin/bash
# Throttling across accounts from one address, over HTTP. make test's stack lets 1000 failures
# through per address (its suites sign in wrongly on purpose, all from 127.0.0.1), so this check
# starts a stack of its own with a limit of 10, from DVK_ROOT and DVK_BIN (the controls run it on a
# broken build). From 127.0.0.2: one wrong password on each of 10 logins (demo accounts and unknown
# ones, so that no account reaches its own limit) answers 422 each time; then the right password of
# a demo account answers 429 with the lock message and no session; from 127.0.0.1 the same account
# signs in (the lock is the address's, not the account's). Exit 0 when all held.
set -uo pipefail
HERE=$(dirname "$(realpath "${BASH_SOURCE[0]}")")
export DVK_ROOT=${DVK_ROOT:-$(realpath "$HERE/../..")}
export DVK_BIN=${DVK_BIN:-$DVK_ROOT/bin}
. "$DVK_ROOT/scripts/lib.sh"
WORK=$(mktemp -d /tmp/dvk-address-lock.XXXXXX)
chmod 755 "$WORK"
export DVK_VAR=$WORK/var DVK_HTTP_PORT DVK_DB_PORT DVK_DEMO=1 DVK_THREADS=2
DVK_HTTP_PORT=$(free_port)
DVK_DB_PORT=$(free_port)
# A stack of its own in every way: not the runner's general log (the explain suite replays that).
unset DVK_DB_GENERAL_LOG DVK_GENERAL_LOG DVK_CONFIG
export DVK_LOGIN_LOCK_ADDRESS_AFTER=10 DVK_LOGIN_LOCK_ACCOUNT_AFTER=5 DVK_LOGIN_MAX_DELAY_MS=50
URL=http://127.0.0.1:$DVK_HTTP_PORT
PASSWORD=dvk-demo-2026
cleanup() {
    "$DVK_ROOT/scripts/stack.sh" stop >/dev/null 2>&1
    if [ "${KEEP_TMP:-0}" = 1 ]; then echo "address-lock: kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
if ! "$DVK_ROOT/scripts/stack.sh" start >"$WORK/stack.log" 2>&1; then
    tail -n 20 "$WORK/stack.log"
    echo "address-lock: the stack did not start"
    exit 1
fi

ok=1
fail() { echo "address-lock: $*"; ok=0; }

# attempt FROM LOGIN PASSWORD: signs in through the form from source address FROM with a fresh
# cookie jar; prints the status, and leaves the answer in $WORK/page and the jar in $WORK/jar.
attempt() {
    local from=$1 token
    rm -f "$WORK/jar"
    token=$(curl -s --interface "$from" -c "$WORK/jar" "$URL/login" |
        grep -o 'name="csrf_token" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
    curl -s --interface "$from" -b "$WORK/jar" -c "$WORK/jar" -o "$WORK/page" -w '%{http_code}' \
        --data-urlencode "csrf_token=$token" --data-urlencode "login=$2" --data-urlencode "password=$3" "$URL/login"
}

n=0
for login in admin bdv.nguyen pt.lanhdao pt.canbo dl.lanhdao phuthuy.canbo nobody.1 nobody.2 nobody.3 nobody.4; do
    n=$((n + 1))
    status=$(attempt 127.0.0.2 "$login" wrong-password-$n)
    [ "$status" = 422 ] || fail "wrong password $n ($login) from 127.0.0.2 answered $status, expected 422"
    grep -q 'Tên đăng nhập hoặc mật khẩu không đúng' "$WORK/page" || fail "wrong password $n: no error message"
done

status=$(attempt 127.0.0.2 pt.canbo "$PASSWORD")
[ "$status" = 429 ] || fail "the right password from 127.0.0.2 after 10 failures answered $status, expected 429"
grep -q 'bị khóa' "$WORK/page" || fail "the locked answer has no lock message"
home=$(curl -s --interface 127.0.0.2 -b "$WORK/jar" -o /dev/null -w '%{http_code} %{redirect_url}' "$URL/")
[[ "$home" == "303 "*"/login"* ]] || fail "after the locked attempt the home page answered '$home', expected a 303 to /login"

status=$(attempt 127.0.0.1 pt.canbo "$PASSWORD")
[ "$status" = 303 ] || fail "the right password from 127.0.0.1 answered $status, expected 303 (only 127.0.0.2 is locked)"

locked=$(mariadb --defaults-file="$DVK_VAR/db/my.cnf" -uroot -N -B dvk -e \
    "SELECT COUNT(*) FROM audit_log WHERE action = 'user.sign_in_locked' AND remote_addr = '127.0.0.2'")
[ "$locked" = 1 ] || fail "audit rows of locked sign-ins from 127.0.0.2: $locked, expected 1"

if [ "$ok" = 1 ]; then
    echo "address-lock: 10 wrong passwords on 10 logins from 127.0.0.2 (limit 10), then the right one: locked (429), audited; from 127.0.0.1: signed in"
    echo "address-lock: passed"
else
    echo "address-lock: FAILED"
    exit 1
fi
