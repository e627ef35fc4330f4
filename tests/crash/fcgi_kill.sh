#!/bin/bash
# FastCGI kill -9 campaign against a running stack (DVK_VAR, DVK_TEST_URL from the runner): WRITERS
# curl clients register models as pt.canbo, each with its form's nonce, and on a 502/503/no answer
# send the SAME form again (a user pressing F5) until it gets its 303; READERS load pages of every
# program as pt.lanhdao. Meanwhile one program at a time (models every other round, then proposals,
# reviews, reports, account, admin) is killed with SIGKILL, ROUNDS times; supervisor starts it again.
# Checked: every failed request is a 502 with nginx's styled page (static/errors/50x.html), on a
# route of the program killed at that moment (none on other programs' routes); each program answers
# again within 2 s of its kill; every title a writer sent is stored exactly once (0 doubled, 0 lost).
# A program is killed only once it has run for over a second (supervisor's startsecs=1: dying sooner
# counts as a failed start, retried with a growing back-off, which is how a crash loop should be met).
# supervisord 4.2 starts an exited program only when its poll next wakes (up to 1 s of silence); the
# stack's restart-tick program (scripts/stack.sh) wakes it every 0.1 s.
# Usage: [KILL_PROGRAMS="models ..."] fcgi_kill.sh ROUNDS [control]
#   control: writers resend with a NEW nonce each time (as if the form had none) and only models is
#   killed, for up to ROUNDS rounds: a title must then be stored twice (it stops at the first).
# Exit 0 when the expectation held (in the control: a double was stored).
set -uo pipefail
export LC_ALL=C
ROUNDS=${1:-100}
MODE=${2:-normal}
WRITERS=${WRITERS:-4}
READERS=${READERS:-2}
: "${DVK_VAR:?}" "${DVK_TEST_URL:?}"
URL=$DVK_TEST_URL
RUN_ID=fk$$x$RANDOM
WORK=$(mktemp -d /tmp/dvk-fcgikill.XXXXXX)
MARKER="The system is temporarily not responding"   # only in static/errors/50x.html (nginx's error_page)
read -r -a KILL_ORDER <<<"${KILL_PROGRAMS:-models proposals models reviews models reports models account models admin}"
# The control needs a commit whose answer was lost: only the writers' program, every round.
[ "$MODE" = control ] && KILL_ORDER=(models)
declare -A PROBE=([models]=/models [proposals]=/proposals [reviews]=/reviews [reports]=/reports
                  [account]=/healthz [admin]=/admin)
SQL() { mariadb --defaults-file="$DVK_VAR/db/my.cnf" -uroot -N -B dvk -e "$1"; }
supctl() { supervisorctl -c "$DVK_VAR/supervisord.conf" "$@"; }
trap 'touch "$WORK/stop"; wait; rm -rf "$WORK"' EXIT
echo "fcgi-kill: mode $MODE, $ROUNDS rounds, $WRITERS writers, $READERS readers"

# The program a path is served by (as conf/nginx.conf.in routes it).
program_of() {
    case $1 in
    /models*) echo models ;; /proposals*) echo proposals ;; /reviews* | /recognitions*) echo reviews ;;
    /reports*) echo reports ;; /admin*) echo admin ;; *) echo account ;;
    esac
}

# One request, logged as "start end program status page" (page: styled/plain for a failure, - else).
# Sets CODE. Arguments after the log file and path go to curl.
request() {
    local log=$1 path=$2 body=$3
    shift 3
    local t0=$EPOCHREALTIME page=-
    CODE=$(curl -s -o "$body" -w '%{http_code}' --max-time 15 "$@" "$URL$path")
    case $CODE in 2?? | 3??) ;; *) if grep -q "$MARKER" "$body" 2>/dev/null; then page=styled; else page=plain; fi ;; esac
    echo "$t0 $EPOCHREALTIME $(program_of "$path") $CODE $page $path" >>"$log"
}

field() { grep -o "name=\"$1\" value=\"[^\"]*" "$2" | head -1 | sed 's/.*value="//'; }

sign_in() {
    local jar=$1 login=$2 page=$WORK/signin.$$.$RANDOM token
    curl -s -c "$jar" -b "$jar" -o "$page" "$URL/login"
    token=$(field csrf_token "$page")
    curl -s -c "$jar" -b "$jar" -o /dev/null --data "login=$login&password=dvk-demo-2026&csrf_token=$token" "$URL/login"
    rm -f "$page"
}

writer() {
    local n=$1 jar=$WORK/jar.w$1 log=$WORK/requests.w$1 body=$WORK/body.w$1 i=0 title token nonce tries start
    sign_in "$jar" pt.canbo
    touch "$WORK/ready.w$n"
    while [ ! -e "$WORK/stop" ]; do
        i=$((i + 1))
        title="$RUN_ID-$n-$i"
        # A fresh form, so a fresh nonce (the page itself may fail while models is down).
        until request "$log" /models/new "$body" -b "$jar" && [ "$CODE" = 200 ]; do sleep 0.05; done
        token=$(field csrf_token "$body")
        nonce=$(field form_nonce "$body")
        [ -n "$token" ] && [ ${#nonce} = 32 ] || { echo "writer $n: the form has no token or nonce" >>"$WORK/errors"; return; }
        echo "$title" >>"$WORK/sent.w$n"
        tries=0
        start=$EPOCHREALTIME
        while :; do
            # control: every resend is a new form (a new nonce), as if there were no nonce at all.
            [ "$MODE" = control ] && [ $tries -gt 0 ] && nonce=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
            request "$log" /models "$body" -b "$jar" -D "$body.h" --data "year=2026&title=$title&kind=collective&field=economy&summary=s-$title&indicator_name_0=a&indicator_unit_0=b&indicator_target_0=1&indicator_name_1=c&indicator_unit_1=d&indicator_target_1=2&csrf_token=$token&form_nonce=$nonce"
            case $CODE in
            303)
                # Led to what an earlier send made (its answer was lost): the "already saved" flash.
                grep -q 'dvk_flash=F_FORM_ALREADY_SAVED' "$body.h" && echo "$title" >>"$WORK/led_back"
                echo "$title $tries" >>"$WORK/acked.w$n"
                break ;;
            502 | 503 | 000)
                tries=$((tries + 1))
                if (($(echo "$EPOCHREALTIME - $start > 30" | bc))); then echo "$title" >>"$WORK/gaveup"; break; fi
                sleep 0.05 ;;
            *) echo "$title answered $CODE" >>"$WORK/errors"; break ;;
            esac
        done
    done
}

reader() {
    local n=$1 jar=$WORK/jar.r$1 log=$WORK/requests.r$1 body=$WORK/body.r$1 p
    sign_in "$jar" pt.lanhdao
    touch "$WORK/ready.r$n"
    while [ ! -e "$WORK/stop" ]; do
        for p in "/models?year=2023" /proposals /reviews /reports / /recognitions/new; do
            request "$log" "$p" "$body" -b "$jar"
        done
    done
}

for ((c = 1; c <= WRITERS; c++)); do writer "$c" & done
for ((c = 1; c <= READERS; c++)); do reader "$c" & done
for ((i = 0; i < 300; i++)); do
    [ "$(ls "$WORK" | grep -c '^ready\.')" -ge $((WRITERS + READERS)) ] && break
    sleep 0.1
done
sleep 1

t_rounds=$SECONDS
# A program's pid: the child of this stack's supervisord running bin/cgi/NAME.fcgi (one ps call;
# supervisorctl takes ~0.5 s to start on a busy machine, which would stretch every round).
SUP_PID=$(cat "$DVK_VAR/run/supervisord.pid")
pid_of() { ps --ppid "$SUP_PID" -o pid=,args= | awk -v p="/cgi/$1.fcgi" '$2 ~ p "$" {print $1; exit}'; }
# Rounds: wait 1.05-1.95 s (the program has run over startsecs=1), kill -9, then time until the
# program answers its probe path again (anonymous: 303 to the login page, or 200 for /healthz).
: >"$WORK/kills"
max_back=0
for ((r = 1; r <= ROUNDS; r++)); do
    prog=${KILL_ORDER[$(((r - 1) % ${#KILL_ORDER[@]}))]}
    sleep "1.$((RANDOM % 90 + 5))"
    pid=$(pid_of "$prog")
    if ! [ "$pid" -gt 0 ] 2>/dev/null; then echo "round $r: $prog has no pid ($pid)" >>"$WORK/errors"; continue; fi
    t_kill=$EPOCHREALTIME
    kill -9 "$pid"
    # Dead (gone or a zombie until supervisord reaps it) before probing, so the old one cannot answer.
    while [ -e "/proc/$pid" ] && ! grep -q '^[0-9]* ([^)]*) Z' "/proc/$pid/stat" 2>/dev/null; do sleep 0.005; done
    back=""
    while :; do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$URL${PROBE[$prog]}")
        if [ "$code" != 502 ] && [ "$code" != 000 ]; then back=$(echo "$EPOCHREALTIME - $t_kill" | bc); break; fi
        if (($(echo "$EPOCHREALTIME - $t_kill > 30" | bc))); then break; fi
        sleep 0.02
    done
    t_back=$EPOCHREALTIME
    if [ -z "$back" ]; then echo "round $r: $prog not back within 30 s" >>"$WORK/errors"; back=30; fi
    [ "$(pid_of "$prog")" != "$pid" ] || echo "round $r: $prog still has pid $pid" >>"$WORK/errors"
    echo "$prog $t_kill $t_back $back" >>"$WORK/kills"
    if (($(echo "$back > $max_back" | bc))); then max_back=$back; fi
    # The control has made its point with the first title stored twice.
    if [ "$MODE" = control ] && [ "$(SQL "SELECT COUNT(*) FROM (SELECT title FROM models WHERE title LIKE '$RUN_ID-%'
                                          GROUP BY title HAVING COUNT(*) > 1) d")" -gt 0 ]; then
        echo "fcgi-kill: control: a title was stored twice by round $r; no more rounds needed"
        break
    fi
done
t_rounds=$((SECONDS - t_rounds))
sleep 1
touch "$WORK/stop"
wait

# ---- figures ---------------------------------------------------------------------------------
cat "$WORK"/requests.* >"$WORK/requests"
total=$(wc -l <"$WORK/requests")
# A failure is "in the window" of a kill of its own program when the request overlapped the time
# between that kill and the program's return (50 ms either side for the clocks of two processes).
awk -v tol=0.05 '
    NR == FNR { n++; kp[n] = $1; kk[n] = $2; kb[n] = $3; next }
    $4 !~ /^[23]/ {
        fail++
        if ($4 == 502 && $5 == "styled") styled++
        else bad[$4 " " $5]++
        own = 0
        for (i = 1; i <= n; i++) if (kp[i] == $3 && $1 <= kb[i] + tol && $2 >= kk[i] - tol) { own = 1; break }
        if (!own) { other++; where[$3 " " $4 " " $6]++ }
        byprog[$3]++
    }
    END {
        printf "failed %d styled502 %d elsewhere %d\n", fail, styled, other
        for (k in bad) printf "bad %s %d\n", k, bad[k]
        for (k in where) printf "where %s %d\n", k, where[k]
        for (k in byprog) printf "byprog %s %d\n", k, byprog[k]
    }' "$WORK/kills" "$WORK/requests" >"$WORK/failures"
read -r _ failed _ styled _ elsewhere < <(grep '^failed ' "$WORK/failures")
cat "$WORK"/sent.* 2>/dev/null | sort >"$WORK/sent"
cat "$WORK"/acked.* 2>/dev/null >"$WORK/acked"
sent=$(wc -l <"$WORK/sent")
acked=$(wc -l <"$WORK/acked")
resent=$(awk '$2 > 0' "$WORK/acked" | wc -l)
gaveup=$(cat "$WORK/gaveup" 2>/dev/null | wc -l)
led_back=$(cat "$WORK/led_back" 2>/dev/null | wc -l)
SQL "SELECT title, COUNT(*) FROM models WHERE title LIKE '$RUN_ID-%' GROUP BY title" | sort >"$WORK/stored"
doubled=$(awk '$2 > 1' "$WORK/stored" | wc -l)
lost=$(join -v1 <(awk '{print $1}' "$WORK/acked" | sort) <(awk '{print $1}' "$WORK/stored") | wc -l)
unsent=$(join -v2 "$WORK/sent" <(awk '{print $1}' "$WORK/stored") | wc -l)
kills=$(wc -l <"$WORK/kills")
programs_up=$(supctl status | grep -vc RUNNING)

echo "fcgi-kill: $kills kills ($(awk '{print $1}' "$WORK/kills" | sort | uniq -c | awk '{printf "%s %s, ", $2, $1}' | sed 's/, $//'))"
echo "fcgi-kill: back within: max ${max_back} s, mean $(awk '{s += $4} END {if (NR) printf "%.3f", s / NR}' "$WORK/kills") s, over 2 s: $(awk '$4 > 2' "$WORK/kills" | wc -l)"
awk '$4 > 2 {printf "fcgi-kill:   over 2 s: %s back after %.3f s\n", $1, $4}' "$WORK/kills"
echo "fcgi-kill: $total requests, $failed failed: $styled were 502 with the styled page, $elsewhere on a program not down at the time"
grep -E '^(bad|where|byprog) ' "$WORK/failures" | sort | sed 's/^/fcgi-kill:   /'
echo "fcgi-kill: $sent titles sent, $acked acknowledged ($resent after a resend, $led_back of them led to the model an earlier send had made), $gaveup given up after 30 s"
echo "fcgi-kill: stored twice $doubled, acknowledged but lost $lost, stored but never sent $unsent"
echo "fcgi-kill: programs not RUNNING at the end: $programs_up; rounds took ${t_rounds} s, the whole check ${SECONDS} s"
[ -s "$WORK/errors" ] && sed 's/^/fcgi-kill: error: /' "$WORK/errors" | head -20

if [ "$MODE" = control ]; then
    if [ "$doubled" -gt 0 ]; then echo "fcgi-kill: control stored $doubled titles twice (resent with a new nonce), as it must"; exit 0; fi
    # A control that showed nothing proves nothing: a failure, so that the run says so.
    echo "fcgi-kill: control could NOT provoke a double in $ROUNDS rounds ($resent resends)"
    exit 1
fi
ok=1
[ "$failed" -eq "$styled" ] && [ "$elsewhere" -eq 0 ] || ok=0
[ "$doubled" -eq 0 ] && [ "$lost" -eq 0 ] && [ "$gaveup" -eq 0 ] && [ "$unsent" -eq 0 ] || ok=0
[ "$kills" -eq "$ROUNDS" ] && [ "$acked" -gt 0 ] && [ "$programs_up" -eq 0 ] && [ ! -s "$WORK/errors" ] || ok=0
(($(echo "$max_back <= 2" | bc))) || ok=0
[ $ok = 1 ] && echo "fcgi-kill: passed" && exit 0
echo "fcgi-kill: FAILED"
exit 1
