#!/bin/bash
# The XSS campaign (issue 8): payloads.txt stored in every text field of every form, then every page
# showing them opened in headless Chromium with a hook on script execution (xss.py, cdp.py).
# Usage: run.sh [fast|full|control]
#   fast    (make test, < 60 s): 10 payloads, the main pages, a short CSP-on pass
#   full    (make verify): every payload, every page (a crawl on from them), a 300-page CSP-on pass
#   control the check on a deliberately broken build: a scratch copy of the tree whose model view
#           prints the title unescaped ({{TITLE:none}}) and whose models list echoes the search box
#           unescaped ({{Q:none}}), on a private stack of its own; passes (exit 0) only when the
#           run reports at least one execution naming the payload and the page.
# fast and full run against the runner's stack (DVK_TEST_URL; they write data: run them after the
# suites that count the demo data). control needs DVK_ROOT and DVK_BIN (the programs to run; the
# break is in templates, which the programs read at start-up, so the runner's build is used as is).
# Exit 0 only with 0 executions, 0 injected elements, 0 CSP reports in the CSP-on pass, every page
# loaded, and every seeding step answered as expected.
set -uo pipefail
MODE=${1:-fast}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PY=/usr/bin/python3
case $MODE in
fast | full)
    : "${DVK_TEST_URL:?}"
    exec nice "$PY" "$HERE/xss.py" --url "$DVK_TEST_URL" --mode "$MODE" \
        ${DVK_ARTIFACTS:+--report "$DVK_ARTIFACTS/xss-$MODE.json"} ;;
control) ;;
*) echo "usage: $0 [fast|full|control]" >&2; exit 2 ;;
esac

: "${DVK_ROOT:?}" "${DVK_BIN:?}"
SCRATCH=$(mktemp -d /tmp/dvk-xss-control.XXXXXX)
chmod 755 "$SCRATCH"
source "$HERE/../../scripts/lib.sh"
export DVK_ROOT=$SCRATCH/tree DVK_VAR=$SCRATCH/var DVK_BIN
export DVK_HTTP_PORT=$(free_port) DVK_DB_PORT=$(free_port) DVK_DEMO=1 DVK_THREADS=4
export DVK_LOGIN_MAX_DELAY_MS=50 DVK_LOGIN_LOCK_ADDRESS_AFTER=1000
unset DVK_DB_GENERAL_LOG DVK_GENERAL_LOG DVK_CONFIG
URL=http://127.0.0.1:$DVK_HTTP_PORT
ORIG_ROOT=$(cd "$HERE/../.." && pwd)
mkdir -p "$DVK_ROOT"
cp -r "$ORIG_ROOT"/{conf,scripts,sql,static,templates} "$DVK_ROOT"/
cleanup() {
    "$DVK_ROOT/scripts/stack.sh" stop >/dev/null 2>&1
    if [ "${KEEP_TMP:-0}" = 1 ]; then echo "xss: kept $SCRATCH"; else rm -rf "$SCRATCH"; fi
}
trap cleanup EXIT
# The deliberate breaks, each checked to have happened.
sed -i 's|<h1>{{TITLE}}</h1>|<h1>{{TITLE:none}}</h1>|' "$DVK_ROOT/templates/models/view.tpl"
sed -i 's|value="{{Q}}"|value="{{Q:none}}"|' "$DVK_ROOT/templates/models/list.tpl"
grep -q '{{TITLE:none}}' "$DVK_ROOT/templates/models/view.tpl" || { echo "xss: control: the sed on view.tpl changed nothing"; exit 1; }
grep -q '{{Q:none}}' "$DVK_ROOT/templates/models/list.tpl" || { echo "xss: control: the sed on list.tpl changed nothing"; exit 1; }
echo "xss: control: broken templates in $DVK_ROOT (models/view.tpl {{TITLE:none}}, models/list.tpl {{Q:none}}), stack on $URL"
if ! "$DVK_ROOT/scripts/stack.sh" start >"$SCRATCH/stack.log" 2>&1; then
    tail -20 "$SCRATCH/stack.log"
    echo "xss: control: the private stack did not start"
    exit 1
fi
nice "$PY" "$HERE/xss.py" --url "$URL" --mode fast --expect-hit
rc=$?
if [ "${XSS_CONTROL_WAPITI:-0}" = 1 ]; then
    DVK_TEST_URL=$URL "$HERE/wapiti.sh" control || rc=1
fi
exit $rc
