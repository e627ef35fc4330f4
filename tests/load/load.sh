#!/bin/bash
# Load and soak (issue 8, item 9) on a private stack of its own with the generated province data set
# (dvkgen, as make bench), from wrk in a separate process, signed in:
#   1. the heaviest page (the funnel report) at c=64;
#   2. a mixed read/write script at c=64: reads of nine pages of four programs, model registrations
#      (a fresh form nonce each: every 303 is one new model) and proposal submits;
#   both must end with 0 errors (wrk's socket errors and time-outs, and any answer not 2xx/3xx), and
#   every acknowledged registration must be in the database.
#   3. (soak) the mixed script without submits at c=8 for SOAK_MINUTES, sampling every program's
#   resident memory and open files each minute: flat (no growth after the warm-up beyond the
#   tolerance, no program restarted).
# Usage: load.sh fast|full|control
#   fast: LOAD_SECONDS (10) each for 1 and 2 (make test); full: 60 s each, then the 30-minute soak;
#   control: the same checks against a deliberately broken build (a scratch copy of the tree whose
#   request loop leaks 64 KiB and a file descriptor per request and answers every 50th request with
#   500): the error check and the soak check must both fail; control exits 0 when they did.
# Figures go to standard output; the soak's samples to $DVK_ARTIFACTS/soak-<mode>.tsv.
set -uo pipefail
MODE=${1:-fast}
ROOT=$(realpath "$(dirname "${BASH_SOURCE[0]}")/../..")
BIN=${DVK_BIN:-$ROOT/bin}
ARTIFACTS=${DVK_ARTIFACTS:-$ROOT/var/test-artifacts}
case $MODE in
fast) SECONDS_EACH=${LOAD_SECONDS:-10}; SOAK=0 ;;
full) SECONDS_EACH=${LOAD_SECONDS:-60}; SOAK=${SOAK_MINUTES:-30} ;;
control) SECONDS_EACH=${LOAD_SECONDS:-10}; SOAK=${CONTROL_SOAK_MINUTES:-4} ;;
*) echo "usage: load.sh fast|full|control" >&2; exit 2 ;;
esac
WARMUP_MINUTES=${WARMUP_MINUTES:-2}
# Flat: resident memory may grow by at most this share plus this many MB after the warm-up.
RSS_TOLERANCE_PCT=${RSS_TOLERANCE_PCT:-10}
RSS_TOLERANCE_MB=${RSS_TOLERANCE_MB:-4}
FD_TOLERANCE=${FD_TOLERANCE:-2}

WORK=$(mktemp -d /tmp/dvk-load.XXXXXX)
chmod 755 "$WORK"   # nginx workers (nobody) reach the sockets inside
mkdir -p "$ARTIFACTS"
source "$ROOT/scripts/lib.sh"
export DVK_ROOT=$ROOT DVK_VAR=$WORK/var DVK_DEMO=0 DVK_THREADS=${DVK_THREADS:-4}
export DVK_HTTP_PORT=$(free_port) DVK_DB_PORT=$(free_port) DVK_DB_BUFFER_POOL=512M
URL=http://127.0.0.1:$DVK_HTTP_PORT
cleanup() {
    "$ROOT/scripts/stack.sh" stop >/dev/null 2>&1
    rm -rf "$WORK"
}
trap cleanup EXIT

if [ "$MODE" = control ]; then
    # The broken build: a scratch copy of the tree with three lines added to the request loop.
    echo "load: building the deliberately broken control programs in $WORK/tree"
    mkdir -p "$WORK/tree"
    (cd "$ROOT" && tar --exclude=./var --exclude='./build*' --exclude='./bin*' -cf - .) | tar -xf - -C "$WORK/tree"
    # Anchored on the answer being written, the one line every request passes through.
    sed -i 's|^\( *\)write_response(req, res);|\1static std::atomic<long> dvk_control_n{0};\n\1if (++dvk_control_n % 50 == 0) res = pipeline.reject(params, 500);\n\1static thread_local std::vector<std::string> dvk_control_leak;\n\1dvk_control_leak.emplace_back(65536, 1);\n\1(void)!::open("/dev/null", O_RDONLY);\n&|' \
        "$WORK/tree/core/serve.cpp"
    sed -i '0,/^#include/s|^#include|#include <atomic>\n#include <fcntl.h>\n#include <string>\n#include <vector>\n#include|' "$WORK/tree/core/serve.cpp"
    grep -q dvk_control_n "$WORK/tree/core/serve.cpp" || { echo "load: the control patch did not apply"; exit 1; }
    make -C "$WORK/tree" -j2 all BUILD=build BIN=bin >"$WORK/build.log" 2>&1 || { tail -n 30 "$WORK/build.log"; exit 1; }
    cp "$BIN/dvkgen" "$WORK/tree/bin/" 2>/dev/null || make -C "$WORK/tree" -j2 bin/dvkgen >>"$WORK/build.log" 2>&1
    BIN=$WORK/tree/bin
fi
export DVK_BIN=$BIN

"$ROOT/scripts/stack.sh" start >"$WORK/start.log" 2>&1 || { cat "$WORK/start.log"; exit 1; }
mysql() { mariadb --defaults-file="$DVK_VAR/db/my.cnf" -uroot -N dvk "$@"; }
DVK_CONFIG=$DVK_VAR/dvk.env "$BIN/dvkgen" province --seed 2023 >"$WORK/gen.log" || { cat "$WORK/gen.log"; exit 1; }
read -r POOL_FIRST POOL_LAST < <(sed -n 's/^write pool: draft proposals \([0-9]*\)\.\.\([0-9]*\)$/\1 \2/p' "$WORK/gen.log")

read -r READER _ <<<"$(sign_in "$URL" bench.bdv bench-password-2026 "$WORK/jar.bdv")"
read -r WRITER WRITER_TOKEN <<<"$(sign_in "$URL" bench.truong bench-password-2026 "$WORK/jar.truong")"
[ -n "$READER" ] && [ -n "$WRITER_TOKEN" ] || { echo "load: sign-in failed"; exit 1; }
YEAR=$(mysql -e "SELECT MAX(year) - 2 FROM models")
MODEL_ID=$(mysql -e "SELECT MIN(id) + 17 FROM models WHERE year = $YEAR")
FIELD=$(mysql -e "SELECT code FROM fields ORDER BY id LIMIT 1")
HEAVIEST=/reports/funnel?year=$YEAR

# The mixed script: commission staff read, a unit head registers models for its own unit and submits
# its proposals. Each wrk thread has its own Lua state and counts its own answers; done() adds them up.
mixed_script() {  # $1: 1 with proposal submits, 0 without
    cat <<LUA
local submits = $1 == 1
local first_id, last_id = $POOL_FIRST + 0, $POOL_LAST + 0
local threads, count = {}, 0
function setup(thread)
  thread:set("offset", count)
  count = count + 1
  table.insert(threads, thread)
end
function init(args)
  n, sent, acked, submitted, codes = 0, 0, 0, 0, {}
  math.randomseed(os.time() * 100 + offset)
end
local reads = { "/", "/models?year=$YEAR", "/models/$MODEL_ID", "$HEAVIEST",
                "/models?year=$YEAR&q=dan+van", "/reports/compliance?year=$YEAR",
                "/proposals?year=$YEAR", "/reviews", "/recognitions?year=$YEAR" }
local function nonce()
  local t = {}
  for i = 1, 32 do t[i] = string.format("%x", math.random(0, 15)) end
  return table.concat(t)
end
request = function()
  n = n + 1
  local headers = { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = "dvk_session=$WRITER" }
  if n % 10 == 0 then
    sent = sent + 1
    local title = "load-" .. offset .. "-" .. n .. "-" .. nonce():sub(1, 8)
    return wrk.format("POST", "/models", headers, "csrf_token=$WRITER_TOKEN&form_nonce=" .. nonce() ..
      "&year=$YEAR&title=" .. title .. "&kind=collective&field=$FIELD&summary=load&start_date=15%2F02%2F$YEAR" ..
      "&indicator_name_0=a&indicator_unit_0=b&indicator_target_0=1")
  end
  if submits and n % 10 == 5 then
    -- count is only known in the main state: the threads stride by wrk's -t2
    local id = first_id + offset + submitted * 2
    if id <= last_id then
      submitted = submitted + 1
      return wrk.format("POST", "/proposals/" .. id .. "/submit", headers, "csrf_token=$WRITER_TOKEN&version=1")
    end
  end
  return wrk.format("GET", reads[n % #reads + 1], { ["Cookie"] = "dvk_session=$READER" })
end
-- Answers arrive on many connections at once: a registration's is known by where it leads.
response = function(status, headers, body)
  local location = headers["Location"] or headers["location"] or ""
  if status == 303 and location:match("^/models/%d+$") then acked = acked + 1 end
  codes[status] = (codes[status] or 0) + 1
end
done = function(summary, latency, requests)
  local s, a, all = 0, 0, {}
  for _, t in ipairs(threads) do
    s = s + t:get("sent")
    a = a + t:get("acked")
    for code, k in pairs(t:get("codes")) do all[code] = (all[code] or 0) + k end
  end
  io.write(string.format("registrations sent %d acknowledged %d\n", s, a))
  local line = {}
  for code, k in pairs(all) do table.insert(line, code .. " x" .. k) end
  table.sort(line)
  io.write("answers " .. table.concat(line, ", ") .. "\n")
end
LUA
}
mixed_script 1 >"$WORK/mixed.lua"
mixed_script 0 >"$WORK/soak.lua"

failures=0
failed_checks=" "
check() {  # $1: what, $2: 0 when it held
    if [ "$2" -eq 0 ]; then echo "   ok: $1"; else echo "   FAILED: $1"; failures=$((failures + 1)); failed_checks+="$1|"; fi
}

# Runs wrk; sets RPS P99 ERRORS and keeps the whole output in $WORK/wrk.out.
run_wrk() {  # conns seconds path [cookie | script]
    local how=(-H "Cookie: dvk_session=$4")
    [[ "$4" == *.lua ]] && how=(-s "$4")
    wrk -t2 -c"$1" -d"$2s" --timeout 10s --latency "${how[@]}" "$URL$3" >"$WORK/wrk.out" 2>&1
    RPS=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk.out")
    P99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.out")
    REQUESTS=$(awk '/requests in/ {print $1}' "$WORK/wrk.out")
    ERRORS=$(awk '/Non-2xx or 3xx responses/ {n += $5} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' "$WORK/wrk.out")
}

echo "load: $(mysql -e 'SELECT COUNT(*) FROM models') models, heaviest page $HEAVIEST, ${SECONDS_EACH} s each, c=64, wrk --timeout 10s"
run_wrk 64 "$SECONDS_EACH" "$HEAVIEST" "$READER"
echo "   heaviest page: $REQUESTS requests, $RPS req/s, p99 $P99, $ERRORS errors"
check "heaviest page without errors" "$([ "${REQUESTS:-0}" -gt 0 ] && [ "$ERRORS" -eq 0 ] && echo 0 || echo 1)"

before=$(mysql -e "SELECT COUNT(*) FROM models WHERE title LIKE 'load-%'")
run_wrk 64 "$SECONDS_EACH" / "$WORK/mixed.lua"
read -r sent acked < <(sed -n 's/^registrations sent \([0-9]*\) acknowledged \([0-9]*\)$/\1 \2/p' "$WORK/wrk.out")
stored=$(($(mysql -e "SELECT COUNT(*) FROM models WHERE title LIKE 'load-%'") - before))
echo "   mixed read/write: $REQUESTS requests, $RPS req/s, p99 $P99, $ERRORS errors; registrations sent ${sent:-0}, acknowledged ${acked:-0}, stored $stored"
echo "   mixed read/write $(grep '^answers ' "$WORK/wrk.out")"
check "mixed read/write without errors" "$([ "${REQUESTS:-0}" -gt 0 ] && [ "$ERRORS" -eq 0 ] && echo 0 || echo 1)"
# A registration cut off by wrk's stop may be stored unacknowledged; an acknowledged one must be stored.
check "every acknowledged registration stored (and none beyond those sent)" \
    "$([ "${acked:-0}" -gt 0 ] && [ "$stored" -ge "$acked" ] && [ "$stored" -le "$sent" ] && echo 0 || echo 1)"

if [ "$SOAK" -gt 0 ]; then
    SAMPLES=$ARTIFACTS/soak-$MODE.tsv
    sample() {  # minute name pid rss_kb fds, one line per program
        stack_programs "$DVK_VAR" | while read -r name pid; do
            printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$name" "$pid" "$(awk '/VmRSS/ {print $2}' /proc/$pid/status)" "$(ls /proc/$pid/fd | wc -l)"
        done
    }
    echo "   soak: mixed reads and registrations at c=8 for $SOAK minutes, sampled each minute into $SAMPLES"
    printf 'minute\tprogram\tpid\trss_kb\tfds\n' >"$SAMPLES"
    sample 0 >>"$SAMPLES"
    soak_errors=0
    soak_requests=0
    for ((m = 1; m <= SOAK; m++)); do
        run_wrk 8 60 / "$WORK/soak.lua"
        soak_errors=$((soak_errors + ERRORS))
        soak_requests=$((soak_requests + ${REQUESTS:-0}))
        sample "$m" >>"$SAMPLES"
        # What the errors were, minute by minute (answer codes, wrk's socket errors and time-outs).
        echo "minute $m: ${REQUESTS:-0} requests, $ERRORS errors; $(grep '^answers ' "$WORK/wrk.out")$(grep -h 'Socket errors' "$WORK/wrk.out" | sed 's/^ */; /')" >>"$WORK/soak-minutes"
    done
    cp "$WORK/soak-minutes" "${SAMPLES%.tsv}-minutes.txt"
    [ "$soak_errors" -gt 0 ] && grep -v ' 0 errors;' "$WORK/soak-minutes" | head -n 10 | sed 's/^/      /'
    # Per program: the sample after the warm-up against the last one.
    verdict=$(awk -F'\t' -v w="$WARMUP_MINUTES" -v last="$SOAK" -v pct="$RSS_TOLERANCE_PCT" -v mb="$RSS_TOLERANCE_MB" -v fdt="$FD_TOLERANCE" '
        NR > 1 && $1 == w { rss0[$2] = $4; fd0[$2] = $5; pid0[$2] = $3 }
        NR > 1 && $1 == last { rss1[$2] = $4; fd1[$2] = $5; pid1[$2] = $3 }
        END {
            bad = 0
            for (p in rss0) {
                grow = rss1[p] - rss0[p]
                ok = grow <= rss0[p] * pct / 100 + mb * 1024 && fd1[p] - fd0[p] <= fdt && pid1[p] == pid0[p]
                printf "      %-10s rss %6.1f -> %6.1f MB, open files %d -> %d, pid %s%s\n", p, rss0[p] / 1024, rss1[p] / 1024, fd0[p], fd1[p], (pid1[p] == pid0[p] ? "same" : "CHANGED"), (ok ? "" : "  <- not flat")
                if (!ok) bad++
            }
            print "bad " bad
        }' "$SAMPLES")
    grep -v '^bad ' <<<"$verdict"
    echo "   soak: $soak_requests requests, $soak_errors errors"
    check "soak without errors" "$([ "$soak_errors" -eq 0 ] && echo 0 || echo 1)"
    check "resident memory and open files flat after minute $WARMUP_MINUTES, no restart" "$([ "$(sed -n 's/^bad //p' <<<"$verdict")" = 0 ] && echo 0 || echo 1)"
fi

if [ "$MODE" = control ]; then
    # The error checks and the flatness check must each have failed on the broken build.
    missed=0
    for c in "heaviest page without errors" "mixed read/write without errors" "soak without errors" \
        "resident memory and open files flat after minute $WARMUP_MINUTES, no restart"; do
        [[ "$failed_checks" == *"$c|"* ]] || { echo "load control: \"$c\" held on the broken build"; missed=$((missed + 1)); }
    done
    if [ "$missed" -eq 0 ]; then echo "load control: the broken build failed every check it had to ($failures), as it must"; exit 0; fi
    exit 1
fi
[ "$failures" -eq 0 ]
