#!/bin/bash
# MariaDB kill -9 campaign against a running stack (DVK_VAR, DVK_TEST_URL, DVK_STACK_SCRIPT from the
# runner): CLIENTS curl loops register models as pt.canbo (a unique title each; 303 = acknowledged)
# while mariadbd is killed with SIGKILL at random moments and started again, ROUNDS times. Then:
# every acknowledged model exists exactly once with its two indicators, no model is half-written,
# answers while the database was down were 503 within 5 s, and /healthz was back within 30 s.
# Usage: db_kill.sh ROUNDS [control]   control: innodb_flush_log_at_trx_commit=0, which must lose
# acknowledged records; when it could not show one it says so and fails (a control that showed nothing
# proves nothing). Exit 0 when the expectation held.
set -uo pipefail
ROUNDS=${1:-100}
MODE=${2:-normal}
CLIENTS=${CLIENTS:-4}
: "${DVK_VAR:?}" "${DVK_TEST_URL:?}" "${DVK_STACK_SCRIPT:?}"
URL=$DVK_TEST_URL
RUN_ID=crash$$x$RANDOM
WORK=$(mktemp -d /tmp/dvk-crash.XXXXXX)
SQL() { mariadb --defaults-file="$DVK_VAR/db/my.cnf" -uroot -N -B dvk -e "$1"; }
if [ "$MODE" = control ]; then export DVK_DB_FLUSH_AT_COMMIT=0; else export DVK_DB_FLUSH_AT_COMMIT=1; fi
"$DVK_STACK_SCRIPT" restart-db >/dev/null 2>&1 || { echo "crash: could not restart the database"; exit 1; }
echo "crash: mode $MODE, innodb_flush_log_at_trx_commit=$(SQL 'SELECT @@innodb_flush_log_at_trx_commit'), $ROUNDS rounds, $CLIENTS clients"

# Leave the database as the rest of the suite expects it.
finish() {
    rm -rf "$WORK"
    export DVK_DB_FLUSH_AT_COMMIT=1
    "$DVK_STACK_SCRIPT" restart-db >/dev/null 2>&1
}

client() {
    local n=$1 jar=$WORK/jar.$1 i=0 token code t title
    curl -s -c "$jar" -b "$jar" "$URL/login" >"$WORK/p.$n"
    token=$(grep -o 'name="csrf_token" value="[^"]*' "$WORK/p.$n" | head -1 | sed 's/.*value="//')
    curl -s -c "$jar" -b "$jar" -o /dev/null --data "login=pt.canbo&password=dvk-demo-2026&csrf_token=$token" "$URL/login"
    curl -s -b "$jar" "$URL/models/new" >"$WORK/p.$n"
    token=$(grep -o 'name="csrf_token" value="[^"]*' "$WORK/p.$n" | head -1 | sed 's/.*value="//')
    [ -n "$token" ] || { echo "client $n: no token" >&2; return; }
    touch "$WORK/ready.$n"
    while [ ! -e "$WORK/stop" ]; do
        i=$((i + 1))
        title="$RUN_ID-$n-$i"
        read -r code t < <(curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 20 \
            --data "year=2026&title=$title&kind=collective&field=economy&summary=s-$title&start_date=15%2F02%2F2026&indicator_name_0=a&indicator_unit_0=b&indicator_target_0=1&indicator_name_1=c&indicator_unit_1=d&indicator_target_1=2&csrf_token=$token" \
            "$URL/models")
        echo "$code $t $title" >>"$WORK/answers.$n"
        [ "$code" = 503 ] && sleep 0.2
    done
}

for ((c = 1; c <= CLIENTS; c++)); do client "$c" & done
# The first kill waits for every client to hold a form: on a busy machine signing in (the password
# hash) takes seconds, and a client whose sign-in met a kill would drop out and thin the campaign.
for ((i = 0; i < 600; i++)); do
    [ "$(ls "$WORK" | grep -c '^ready\.')" -ge "$CLIENTS" ] && break
    sleep 0.1
done
ready=$(ls "$WORK" | grep -c '^ready\.')
if [ "$ready" -lt "$CLIENTS" ]; then
    touch "$WORK/stop"
    wait
    finish
    echo "crash: FAILED: only $ready of $CLIENTS clients signed in and got a form within 60 s"
    exit 1
fi
PID_FILE=$DVK_VAR/run/mysqld.pid
max_back=0
for ((r = 1; r <= ROUNDS; r++)); do
    sleep "0.$((RANDOM % 9 + 1))"
    pid=$(cat "$PID_FILE" 2>/dev/null)
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null
    sleep "0.$((RANDOM % 5 + 1))"
    t0=$(date +%s.%N)
    "$DVK_STACK_SCRIPT" start-db >/dev/null 2>&1 || echo "round $r: start-db failed"
    until curl -fs -o /dev/null --max-time 2 "$URL/healthz"; do
        sleep 0.1
        if (($(echo "$(date +%s.%N) - $t0 > 60" | bc))); then echo "round $r: not back within 60 s"; break; fi
    done
    back=$(echo "$(date +%s.%N) - $t0" | bc)
    if (($(echo "$back > $max_back" | bc))); then max_back=$back; fi
done
touch "$WORK/stop"
wait
cat "$WORK"/answers.* >"$WORK/answers"
acked=$(grep -c '^303 ' "$WORK/answers")
total=$(wc -l <"$WORK/answers")
slow503=$(awk '$1 == 503 && $2 > 5' "$WORK/answers" | wc -l)
n503=$(grep -c '^503 ' "$WORK/answers")
other=$(awk '$1 != 303 && $1 != 503' "$WORK/answers" | wc -l)
SQL "SELECT title, COUNT(*) FROM models WHERE title LIKE '$RUN_ID-%' GROUP BY title" >"$WORK/stored"
lost=0 dup=0 changed=0
while read -r _ _ title; do
    n=$(awk -v t="$title" '$1 == t {print $2}' "$WORK/stored")
    if [ -z "$n" ]; then lost=$((lost + 1)); elif [ "$n" -gt 1 ]; then dup=$((dup + 1)); fi
done < <(grep '^303 ' "$WORK/answers")
half=$(SQL "SELECT COUNT(*) FROM models m WHERE m.title LIKE '$RUN_ID-%' AND (SELECT COUNT(*) FROM model_indicators i WHERE i.model_id = m.id) <> 2")
changed=$(SQL "SELECT COUNT(*) FROM models m WHERE m.title LIKE '$RUN_ID-%' AND m.summary <> CONCAT('s-', m.title)")
stored=$(wc -l <"$WORK/stored")
echo "crash: $ROUNDS rounds, $total posts: $acked acknowledged (303), $n503 answered 503 ($slow503 slower than 5 s), $other other answers"
awk '$1 != 303 && $1 != 503 {print $1}' "$WORK/answers" | sort | uniq -c | sed 's/^/crash:   other status /'
echo "crash: stored $stored, acknowledged but lost $lost, stored twice $dup, changed $changed, half-written $half; slowest return to service ${max_back} s"
finish
if [ "$MODE" = control ]; then
    if [ "$lost" -gt 0 ]; then echo "crash: control saw $lost acknowledged records lost, as it must"; exit 0; fi
    # A control that showed nothing proves nothing: a failure, so that the run says so.
    echo "crash: control could NOT show a loss (with flush_log_at_trx_commit=0) in $ROUNDS rounds"
    exit 1
fi
ok=1
[ "$lost" -eq 0 ] && [ "$dup" -eq 0 ] && [ "$half" -eq 0 ] && [ "$changed" -eq 0 ] && [ "$slow503" -eq 0 ] && [ "$other" -eq 0 ] || ok=0
(($(echo "$max_back <= 30" | bc))) || ok=0
[ "$acked" -gt 0 ] || ok=0
[ $ok = 1 ] && echo "crash: passed" && exit 0
echo "crash: FAILED"
exit 1
