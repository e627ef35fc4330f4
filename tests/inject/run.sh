#!/bin/bash
# SQL injection campaign with sqlmap against the runner's already started stack (throwaway database).
# Usage: run.sh [fast|full|control]
#   fast     a sample of 8 targets at level 1 / risk 1, techniques B and T (make test, < 90 s)
#   full     every route x parameter x role at level 5 / risk 3, all techniques (make verify); it
#            leaves the database as it found it (scripts/backup.sh before, restored after)
#   control  a scratch copy of the tree where store/model_store.cpp concatenates the model list's
#            `level` filter into SQL, built into a scratch BIN and run in a second private stack:
#            sqlmap must report GET /models?level= injectable (exit 0 when it did).
# Env: DVK_VAR, DVK_TEST_URL, DVK_ROOT, DVK_BIN (as scripts/test.sh sets them); INJECT_JOBS (parallel
# sqlmap processes, default 4), INJECT_THREADS (--threads of each, default 4), INJECT_ONLY (a regex
# over "METHOD /route role param" to run a subset), INJECT_KEEP=1 keeps the scratch folder.
# control only: INJECT_CONTROL_BUILD, an up-to-date build folder of DVK_ROOT to start from (default
# $DVK_ROOT/${BUILD:-build}), so that only the patched files are compiled again.
set -uo pipefail
MODE=${1:-fast}
HERE=$(dirname "$(realpath "${BASH_SOURCE[0]}")")
: "${DVK_ROOT:=$(realpath "$HERE/../..")}"
export DVK_ROOT

case $MODE in
fast)
    : "${DVK_VAR:?}" "${DVK_TEST_URL:?}" "${DVK_BIN:?}"
    exec nice -n 5 /usr/bin/python3 "$HERE/inject.py" fast
    ;;
full)
    : "${DVK_VAR:?}" "${DVK_TEST_URL:?}" "${DVK_BIN:?}"
    # A slice leaves the database as it found it, so that its result does not hang on which slices
    # ran before it on the shared stack: at 77316f2 the wide slices that ran after three deep ones
    # met GET /models.xlsx answers slow and uneven enough for sqlmap to stop ("considerable
    # lagging"), where the same slice on the demo data passed. The model form's save, which sqlmap
    # now reaches, creates a model per request.
    db() { mariadb --defaults-file="$DVK_VAR/db/my.cnf" -uroot -N -B "${DVK_DB_NAME:-dvk}" "$@"; }
    # row_counts: "table rows" for every table, one line each, sorted.
    row_counts() {
        db -e "SET SESSION group_concat_max_len = 65536;
               SELECT GROUP_CONCAT(CONCAT('SELECT ''', table_name, ''', COUNT(*) FROM \`', table_name, '\`')
                 SEPARATOR ' UNION ALL ') FROM information_schema.tables
               WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'" | db | sort
    }
    snapshot=$("$DVK_ROOT/scripts/backup.sh" backup) || { echo "inject: the backup before the slice failed"; exit 1; }
    before=$(row_counts)
    nice -n 5 /usr/bin/python3 "$HERE/inject.py" full
    rc=$?
    grown=$(join <(echo "$before") <(row_counts) | awk '$3 != $2 { printf "%s%s %+d", sep, $1, $3 - $2; sep = ", " }')
    echo "inject: rows the slice added: ${grown:-none}"
    if "$DVK_ROOT/scripts/backup.sh" restore "$snapshot" >/dev/null && [ "$(row_counts)" = "$before" ]; then
        echo "inject: the database is back as it was before the slice"
    else
        echo "inject: restoring the database to its state before the slice failed ($snapshot)"
        rc=1
    fi
    rm -f "$snapshot"
    exit $rc
    ;;
control) ;;
*)
    echo "usage: run.sh fast|full|control" >&2
    exit 2
    ;;
esac

# ---- control: a deliberately broken build in a private stack --------------------------------
: "${DVK_BIN:?}"
SRC_BIN=$DVK_BIN
SRC_BUILD=${INJECT_CONTROL_BUILD:-$DVK_ROOT/${BUILD:-build}}
SCRATCH=$(mktemp -d /tmp/dvk-inject-control.XXXXXX)
chmod 755 "$SCRATCH"
source "$HERE/../../scripts/lib.sh"
export DVK_VAR=$SCRATCH/var DVK_BIN=$SCRATCH/src/bin DVK_HTTP_PORT=$(free_port) DVK_DB_PORT=$(free_port)
export DVK_DEMO=1 DVK_THREADS=4 DVK_LOGIN_MAX_DELAY_MS=50 DVK_LOGIN_LOCK_ADDRESS_AFTER=1000000
export DVK_TEST_URL=http://127.0.0.1:$DVK_HTTP_PORT
cleanup() {
    DVK_ROOT=$SCRATCH/src "$SCRATCH/src/scripts/stack.sh" stop >/dev/null 2>&1
    if [ "${INJECT_KEEP:-0}" = 1 ]; then echo "inject: kept $SCRATCH"; else rm -rf "$SCRATCH"; fi
}
trap cleanup EXIT

# The working tree as it is (mtimes kept, so the copied build folder's objects stay up to date and
# only the patched files are compiled again).
mkdir -p "$SCRATCH/src"
(cd "$DVK_ROOT" && cp -a Makefile core domain store cgi-bin tools templates sql conf scripts static tests "$SCRATCH/src/")
if [ -d "$SRC_BUILD" ]; then cp -a "$SRC_BUILD" "$SCRATCH/src/build"; fi
mkdir -p "$SCRATCH/src/bin/cgi"
cp -a "$SRC_BIN"/cgi/*.fcgi "$SCRATCH/src/bin/cgi/"
cp -a "$SRC_BIN"/dvkctl "$SCRATCH/src/bin/"

# THE BREAK: the model list's `level` filter is concatenated into the SQL text instead of being
# bound (and the handler's 32-character cap on it is lifted, so sqlmap's payloads get through).
M=$SCRATCH/src/store/model_store.cpp C=$SCRATCH/src/cgi-bin/models/common.cpp
sed -i -e 's|w.sql += " AND l.code = ?";|w.sql += " AND l.code = '"'"'" + f.level + "'"'"'";|' \
    -e '/w.params.emplace_back(f.level);/d' "$M"
sed -i -e 's|f.level = pick("level", 32);|f.level = pick("level", 500);|' "$C"
if ! grep -q "l.code = '\" + f.level" "$M" || ! grep -q 'pick("level", 500)' "$C"; then
    echo "inject: control: the sed patch no longer applies (store/model_store.cpp or cgi-bin/models/common.cpp changed)"
    exit 1
fi
echo "inject: control: building the broken models program in $SCRATCH/src"
if ! (cd "$SCRATCH/src" && nice make -s -j2 BUILD=build BIN=bin bin/cgi/models.fcgi) >"$SCRATCH/build.log" 2>&1; then
    tail -n 30 "$SCRATCH/build.log"
    echo "inject: control: build failed"
    exit 1
fi
if ! DVK_ROOT=$SCRATCH/src "$SCRATCH/src/scripts/stack.sh" start >"$SCRATCH/stack.log" 2>&1; then
    tail -n 30 "$SCRATCH/stack.log"
    echo "inject: control: the private stack did not start"
    exit 1
fi
DVK_ROOT=$SCRATCH/src INJECT_WORK=$SCRATCH/work nice -n 5 /usr/bin/python3 "$HERE/inject.py" control
