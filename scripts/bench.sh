#!/bin/bash
# make bench [SCALE=province|national]: generated data in a private stack, then wrk against each
# target from a separate process, signed in. Every figure is relative to the bare libfcgi "hello"
# measured in the same run (this machine is shared and noisy: absolute numbers mean little).
# Writes bench/results/<date>-<scale>.md and prints it.
set -euo pipefail

ROOT=$(realpath "$(dirname "${BASH_SOURCE[0]}")/..")
BIN=${BIN:-bin}
SCALE=${SCALE:-province}
DURATION=${BENCH_SECONDS:-10}       # per target at c=32
DURATION1=${BENCH_SECONDS_C1:-5}    # per target at c=1 (latency)
TMP=$(mktemp -d /tmp/dvk-bench.XXXXXX)
chmod 755 "$TMP"   # nginx workers (nobody) reach the sockets inside
RESULTS=$ROOT/bench/results
mkdir -p "$RESULTS"
REPORT=$RESULTS/$(date +%Y-%m-%d)-$SCALE.md

source "$ROOT/scripts/lib.sh"
export DVK_ROOT=$ROOT DVK_VAR=$TMP/var DVK_BIN=$ROOT/$BIN DVK_DEMO=0 DVK_THREADS=${DVK_THREADS:-4}
export DVK_HTTP_PORT=$(free_port) DVK_DB_PORT=$(free_port)
export DVK_DB_BUFFER_POOL=${DVK_DB_BUFFER_POOL:-$([ "$SCALE" = national ] && echo 3G || echo 512M)}
URL=http://127.0.0.1:$DVK_HTTP_PORT
HELLO_PID=
cleanup() {
    # libfcgi swallows SIGTERM in a threaded program; the bench-only hello needs no clean stop.
    [ -n "$HELLO_PID" ] && kill -9 "$HELLO_PID" 2>/dev/null
    "$ROOT/scripts/stack.sh" stop >/dev/null 2>&1
    rm -rf "$TMP"
}
trap cleanup EXIT

echo "== bench ($SCALE): starting a private stack in $TMP"
"$ROOT/scripts/stack.sh" start >"$TMP/start.log" 2>&1 || { cat "$TMP/start.log"; exit 1; }
export DVK_CONFIG=$DVK_VAR/dvk.env
mysql() { mariadb --defaults-file="$DVK_VAR/db/my.cnf" -uroot "$@"; }

echo "== generating the $SCALE data set"
gen_start=$(date +%s.%N)
"$ROOT/$BIN/dvkgen" "$SCALE" --seed 2023 | tee "$TMP/gen.log"
gen_seconds=$(echo "$(date +%s.%N) - $gen_start" | bc)
POOL=$(sed -n 's/^write pool: draft proposals \([0-9]*\)\.\.\([0-9]*\)$/\1 \2/p' "$TMP/gen.log")
read -r POOL_FIRST POOL_LAST <<<"$POOL"

# The bare hello program behind the same nginx, same FastCGI settings, same thread count.
DVK_LISTEN=$DVK_VAR/run/bench-hello.sock "$ROOT/$BIN/bench/hello.fcgi" &
HELLO_PID=$!
echo "location = /bench/hello { fastcgi_pass unix:$DVK_VAR/run/bench-hello.sock; }" >"$DVK_VAR/nginx/extra.d/bench.conf"
"$ROOT/scripts/stack.sh" start >/dev/null   # reloads nginx with the extra location

read -r COOKIE _ <<<"$(sign_in "$URL" bench.bdv bench-password-2026 "$TMP/jar.bdv")"
read -r WRITER_COOKIE WRITER_TOKEN <<<"$(sign_in "$URL" bench.truong bench-password-2026 "$TMP/jar.truong")"
[ -n "$COOKIE" ] && [ -n "$WRITER_COOKIE" ] || { echo "bench: sign-in failed"; exit 1; }

YEAR=$(mysql -N dvk -e "SELECT MAX(year) - 2 FROM models")
MODEL_ID=$(mysql -N dvk -e "SELECT MIN(id) + 17 FROM models WHERE year = $YEAR")
ROOT_UNIT=$(mysql -N dvk -e "SELECT id FROM units WHERE code = 'P1'")
questions() { mysql -N -e "SHOW GLOBAL STATUS LIKE 'Questions'" | awk '{print $2}'; }
# What reading the counter costs itself (the client's own statements), measured, not assumed.
q_a=$(questions)
q_b=$(questions)
QUESTIONS_OVERHEAD=$((q_b - q_a))

# name|path (GET, signed in as commission staff unless the path is public).
TARGETS=(
    "static file (nginx)|/static/css/app.css"
    "bare libfcgi hello|/bench/hello"
    "home page|/"
    "models, first page|/models?year=$YEAR"
    "models, deep page + filters|/models?year=$YEAR&kind=collective&sort=title&page=20"
    "models, search without diacritics|/models?year=$YEAR&q=dan+van+kheo"
    "model page|/models/$MODEL_ID"
    "funnel report|/reports/funnel?year=$YEAR"
    "compliance report|/reports/compliance?year=$YEAR"
    "recognition list, printable|/recognitions/print?year=$YEAR&level=province&unit=$ROOT_UNIT"
    "CSV export of a year|/models.csv?year=$YEAR"
)

# Runs wrk; prints "req/s p50 p99 errors".
run_wrk() {
    local conns=$1 seconds=$2 url=$3 cookie=$4 script=${5:-}
    local threads=2
    [ "$conns" -eq 1 ] && threads=1
    local out
    out=$(wrk -t"$threads" -c"$conns" -d"${seconds}s" --latency -H "Cookie: dvk_session=$cookie" \
        ${script:+-s "$script"} "$url" 2>&1)
    local rps p50 p99 errors
    rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(awk '/Non-2xx or 3xx responses/ {print $5} /Socket errors/ {n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$out" | paste -sd+ | bc)
    echo "${rps:-0} ${p50:-?} ${p99:-?} ${errors:-0}"
}

to_ms() {  # wrk prints 850.00us, 1.23ms, 2.01s
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /s$/ && v !~ /ms$/) n *= 1000; printf "%.2f", n }'
}

echo "== measuring (c=32 for ${DURATION}s, c=1 for ${DURATION1}s per target)"
rows=()
hello_rps=0
for t in "${TARGETS[@]}"; do
    name=${t%%|*}
    path=${t#*|}
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: dvk_session=$COOKIE" "$URL$path")
    read -r rps p50 p99 errors <<<"$(run_wrk 32 "$DURATION" "$URL$path" "$COOKIE")"
    read -r _ p50_1 p99_1 _ <<<"$(run_wrk 1 "$DURATION1" "$URL$path" "$COOKIE")"
    # Requests wrk left queued in the programs still run after it stops: wait for quiet first.
    for _ in $(seq 1 60); do
        q1=$(questions)
        sleep 0.5
        [ $(($(questions) - q1)) -le "$QUESTIONS_OVERHEAD" ] && break
    done
    q1=$(questions)
    curl -s -o /dev/null -H "Cookie: dvk_session=$COOKIE" "$URL$path"
    q2=$(questions)
    statements=$((q2 - q1 - QUESTIONS_OVERHEAD))
    [ "$name" = "bare libfcgi hello" ] && hello_rps=$rps
    rows+=("$name|$path|$status|$rps|$(to_ms "$p50")|$(to_ms "$p99")|$(to_ms "$p50_1")|$(to_ms "$p99_1")|$errors|$statements")
    echo "   $name: $status, $rps req/s, p99 $(to_ms "$p99") ms, $statements SQL statements"
done

# The write: proposal submit, one draft after another, durable (innodb_flush_log_at_trx_commit=1).
# Each wrk thread has its own Lua state: thread k takes ids first+k, first+k+2, ... so no draft is
# submitted twice.
cat >"$TMP/submit.lua" <<LUA
local first_id = $POOL_FIRST + 0
local last_id = $POOL_LAST + 0
local threads = {}
local count = 0
function setup(thread)
  thread:set("offset", count)
  count = count + 1
  table.insert(threads, thread)
end
function init(args)
  stride = 2
  counter = 0
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "csrf_token=$WRITER_TOKEN&version=1"
request = function()
  local id = first_id + offset + counter * stride
  counter = counter + 1
  if id > last_id then id = last_id end
  return wrk.format(nil, "/proposals/" .. id .. "/submit")
end
LUA
before=$(mysql -N dvk -e "SELECT COUNT(*) FROM proposals WHERE state = 'submitted'")
write_seconds=3
read -r w_rps w_p50 w_p99 w_errors <<<"$(run_wrk 32 $write_seconds "$URL/" "$WRITER_COOKIE" "$TMP/submit.lua")"
after=$(mysql -N dvk -e "SELECT COUNT(*) FROM proposals WHERE state = 'submitted'")
durable=$(echo "scale=1; ($after - $before) / $write_seconds" | bc)
rows+=("proposal submit (POST, durable)|POST /proposals/{id}/submit|303|$w_rps|$(to_ms "$w_p50")|$(to_ms "$w_p99")|-|-|$w_errors|-")

# Only this stack's programs: the children of its supervisord.
memory=$(stack_programs "$DVK_VAR" | while read -r name pid; do
    printf '%s %s MB\n' "$name" "$(awk '/VmRSS/ {printf "%.1f", $2 / 1024}' /proc/$pid/status)"
done)
models=$(mysql -N dvk -e "SELECT COUNT(*) FROM models")

{
    echo "# Benchmark, $SCALE scale, $(date '+%Y-%m-%d %H:%M')"
    echo
    echo "Data: $models models (generated in ${gen_seconds%.*} s by \`dvkgen $SCALE --seed 2023\`), year measured: $YEAR."
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; wrk -t2 -c32 -d${DURATION}s and -t1 -c1 -d${DURATION1}s"
    echo "from a separate process, signed in as commission staff; $DVK_THREADS threads per program."
    echo
    echo "| target | path | status | req/s (c=32) | % of hello | p50 ms | p99 ms | p50 ms c=1 | p99 ms c=1 | errors | SQL statements |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
    for r in "${rows[@]}"; do
        IFS='|' read -r name path status rps p50 p99 p50_1 p99_1 errors statements <<<"$r"
        ratio=$(echo "scale=1; 100 * $rps / ($hello_rps + 0.0001)" | bc)
        echo "| $name | \`$path\` | $status | $rps | $ratio | $p50 | $p99 | $p50_1 | $p99_1 | $errors | $statements |"
    done
    echo
    echo "Proposal submits that reached the database: $((after - before)) in ${write_seconds} s = $durable durable writes/s."
    echo
    echo "Resident memory after the run:"
    echo
    sed 's/^/- /' <<<"$memory"
} >"$REPORT"
echo
cat "$REPORT"
echo "(written to $REPORT)"
