#!/bin/bash
# Backup round trip against a running stack (DVK_VAR, DVK_TEST_URL from the runner):
# 1. under load (curl loops registering models with two indicators each) `backup.sh backup`, then
#    restore it: every model in the restored database has both its indicators (a consistent snapshot);
# 2. quiesced: CHECKSUM TABLE of every table, backup, a change (the negative control: checksums must
#    differ), restore, checksums equal to the first. Exit 0 when all held.
set -uo pipefail
: "${DVK_VAR:?}" "${DVK_TEST_URL:?}"
ROOT=$(realpath "$(dirname "${BASH_SOURCE[0]}")/../..")
B=$ROOT/scripts/backup.sh
URL=$DVK_TEST_URL
WORK=$(mktemp -d /tmp/dvk-backup.XXXXXX)
RUN_ID=bk$$x$RANDOM
SQL() { mariadb --defaults-file="$DVK_VAR/db/my.cnf" -uroot -N -B dvk -e "$1"; }
ok=1

client() {
    local n=$1 jar=$WORK/jar.$1 i=0 token
    curl -s -c "$jar" -b "$jar" "$URL/login" >"$WORK/p.$n"
    token=$(grep -o 'name="csrf_token" value="[^"]*' "$WORK/p.$n" | head -1 | sed 's/.*value="//')
    curl -s -c "$jar" -b "$jar" -o /dev/null --data "login=pt.canbo&password=dvk-demo-2026&csrf_token=$token" "$URL/login"
    token=$(curl -s -b "$jar" "$URL/models/new" | grep -o 'name="csrf_token" value="[^"]*' | head -1 | sed 's/.*value="//')
    while [ ! -e "$WORK/stop" ]; do
        i=$((i + 1))
        curl -s -b "$jar" -o /dev/null --max-time 20 --data "year=2026&title=$RUN_ID-$n-$i&kind=collective&field=economy&summary=s&indicator_name_0=a&indicator_unit_0=b&indicator_target_0=1&indicator_name_1=c&indicator_unit_1=d&indicator_target_1=2&csrf_token=$token" "$URL/models"
    done
}
for c in 1 2 3 4; do client $c & done
sleep 2
loaded=$("$B" backup) || ok=0
sleep 1
touch "$WORK/stop"
wait
written=$(SQL "SELECT COUNT(*) FROM models WHERE title LIKE '$RUN_ID-%'")
"$B" restore "$loaded" >/dev/null || ok=0
restored=$(SQL "SELECT COUNT(*) FROM models WHERE title LIKE '$RUN_ID-%'")
half=$(SQL "SELECT COUNT(*) FROM models m WHERE (SELECT COUNT(*) FROM model_indicators i WHERE i.model_id = m.id) = 0")
half_run=$(SQL "SELECT COUNT(*) FROM models m WHERE m.title LIKE '$RUN_ID-%' AND (SELECT COUNT(*) FROM model_indicators i WHERE i.model_id = m.id) <> 2")
echo "backup: under load $written models written, the backup held $restored of them; models without indicators after restore: $half (this run's with not exactly 2: $half_run)"
[ "$restored" -gt 0 ] && [ "$half_run" -eq 0 ] || ok=0

"$B" checksum >"$WORK/before"
quiet=$("$B" backup) || ok=0
SQL "UPDATE models SET summary = CONCAT(summary, ' (changed)') WHERE title LIKE '$RUN_ID-%' LIMIT 1"
"$B" checksum >"$WORK/changed"
if cmp -s "$WORK/before" "$WORK/changed"; then echo "backup: control FAILED: a change did not change the checksums"; ok=0; else echo "backup: control: a changed row changes the checksums"; fi
"$B" restore "$quiet" >/dev/null || ok=0
"$B" checksum >"$WORK/after"
if cmp -s "$WORK/before" "$WORK/after"; then
    echo "backup: quiesced round trip: all $(wc -l <"$WORK/before") tables' checksums equal"
else
    echo "backup: quiesced round trip: checksums DIFFER"; diff "$WORK/before" "$WORK/after" | head
    ok=0
fi
rm -rf "$WORK"
[ $ok = 1 ] && echo "backup: passed" && exit 0
echo "backup: FAILED"
exit 1
