#!/bin/bash
# wapiti 3.0.4 (Debian, through wapiti_run.py: its -x is broken on Python 3.11) against the running stack, signed in as admin (its session cookie in wapiti's
# JSON cookie format), with the modules that look for injections: reflected and stored XSS, SQL
# (error-based and blind), command execution, file inclusion, CRLF, open redirect, CSRF, and more.
# Routes that would end its session or its access (sign-out, password, language, deactivating users,
# closing/merging/moving units, deleting fields, editing users) are excluded.
# Usage: wapiti.sh [normal|control]   (env DVK_TEST_URL; DVK_VAR for the request count from nginx's
# log; WAPITI_SCAN_TIME, default 600 s; WAPITI_ATTACK_TIME per module, default 120 s)
# normal: exit 0 only with 0 vulnerabilities and 0 "Internal Server Error" anomalies.
# control: against a broken build (run.sh control with XSS_CONTROL_WAPITI=1): exit 0 only when
# wapiti reports a Cross Site Scripting finding.
set -uo pipefail
MODE=${1:-normal}
: "${DVK_TEST_URL:?}"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PY=/usr/bin/python3
WORK=$(mktemp -d /tmp/dvk-xss-wapiti.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
URL=${DVK_TEST_URL%/}
HOSTPORT=${URL#http://}
HOST=${HOSTPORT%%:*}

# A session of admin's, written as wapiti's JSON cookie file.
"$PY" -c '
import json, sys
sys.path.insert(0, sys.argv[4])
import xss
c = xss.Client(sys.argv[1], "admin")
jar = {sys.argv[2]: {"/": {n: {"value": v, "expires": None, "secure": False, "port": None, "version": 0}
                           for n, v in c.session_cookies()}}}
json.dump(jar, open(sys.argv[3], "w"))
' "$URL" "$HOST" "$WORK/cookies.json" "$HERE" || { echo "wapiti: could not sign in as admin"; exit 1; }

ACCESS=${DVK_VAR:+$DVK_VAR/log/nginx-access.log}
before=0
[ -n "$ACCESS" ] && [ -f "$ACCESS" ] && before=$(wc -l <"$ACCESS")
MODULES=${WAPITI_MODULES:-xss,permanentxss,sql,blindsql,exec,file,crlf,redirect,csrf,methods,xxe,backup,htaccess,shellshock}
t0=$(date +%s)
excl=()
for u in /logout /account/password /account/language '/admin/users/*' '/admin/units/*/close' \
    '/admin/units/*/merge' '/admin/units/*/move' '/admin/fields/*/delete' '/admin/fields/*/retire' \
    '/models.csv*' '/models.xlsx*' '/reports/*.csv*' '/reports/*.xlsx*' '/recognitions.csv*' '/recognitions.xlsx*' \
    '/models/*/attachments/*'; do
    excl+=(-x "$URL$u")
done
# In the control, the crawl starts on the broken pages (the models list with its search box).
start=(-s "$URL/" -s "$URL/models" -s "$URL/models/new" -s "$URL/proposals" -s "$URL/reviews" -s "$URL/admin")
nice /usr/bin/python3 "$HERE/wapiti_run.py" -u "$URL/" --scope folder "${start[@]}" -c "$WORK/cookies.json" "${excl[@]}" -m "$MODULES" \
    --max-scan-time "${WAPITI_SCAN_TIME:-600}" --max-attack-time "${WAPITI_ATTACK_TIME:-120}" \
    --max-links-per-page 40 --max-files-per-dir 30 -d 4 -S normal --flush-session \
    --store-session "$WORK/session" --store-config "$WORK/config" -t 20 \
    -f json -o "$WORK/report.json" -v 1 --no-bugreport >"$WORK/wapiti.log" 2>&1
wrc=$?
secs=$(($(date +%s) - t0))
after=$before
[ -n "$ACCESS" ] && [ -f "$ACCESS" ] && after=$(wc -l <"$ACCESS")
if [ ! -s "$WORK/report.json" ]; then
    tail -20 "$WORK/wapiti.log"
    echo "wapiti: no report (exit $wrc)"
    exit 1
fi
[ -n "${DVK_ARTIFACTS:-}" ] && cp "$WORK/report.json" "$DVK_ARTIFACTS/wapiti-$MODE.json"
"$PY" - "$WORK/report.json" "$MODE" "$((after - before))" "$secs" "$ACCESS" <<'EOF'
import json, sys
rep = json.load(open(sys.argv[1]))
mode, requests, secs = sys.argv[2], int(sys.argv[3]), sys.argv[4]
vulns = {k: v for k, v in rep.get("vulnerabilities", {}).items() if v}
anoms = {k: v for k, v in rep.get("anomalies", {}).items() if v}
infos = rep.get("infos", {})
n_v = sum(len(v) for v in vulns.values())
n_a = sum(len(v) for v in anoms.values())
n_500 = sum(len(v) for k, v in anoms.items() if "Internal Server Error" in k)
print("wapiti: %s mode, %s requests seen by nginx, %s s; crawled %s; %d vulnerabilities, %d anomalies (%d internal"
      " server errors)" % (mode, requests if sys.argv[5] else "?", secs, infos.get("crawled_pages_nbr", "?"), n_v, n_a, n_500))
for k, v in list(vulns.items()) + list(anoms.items()):
    for f in v[:5]:
        req = f.get("http_request", "").split("\n")[0]
        print("wapiti:   %s: %s %s param %s: %s" % (k, f.get("method"), f.get("path"), f.get("parameter"), req[:160]))
if mode == "control":
    xss = sum(len(v) for k, v in vulns.items() if "Cross Site Scripting" in k)
    print("wapiti: control: %d XSS findings on the broken build%s" % (xss, "" if xss else " (NOT caught)"))
    sys.exit(0 if xss else 1)
sys.exit(0 if n_v == 0 and n_500 == 0 else 1)
EOF
