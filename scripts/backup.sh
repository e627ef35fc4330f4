#!/bin/bash
# Backups of the stack's database: `backup` writes $DVK_VAR/backups/<timestamp>.sql.gz with
# mariadb-dump --single-transaction (a consistent snapshot while the programs keep writing);
# `restore FILE` loads one back into the database (the programs may stay up; writes made meanwhile
# are lost). `checksum` prints CHECKSUM TABLE of every table, to compare a round trip.
# Uses the root account on the stack's socket ($DVK_VAR/db/my.cnf), as scripts/stack.sh does.
set -euo pipefail
DVK_ROOT=$(realpath -m "${DVK_ROOT:-$(dirname "${BASH_SOURCE[0]}")/..}")
DVK_VAR=$(realpath -m "${DVK_VAR:-$DVK_ROOT/var}")
DVK_DB_NAME=${DVK_DB_NAME:-dvk}
MYCNF=$DVK_VAR/db/my.cnf
die() { echo "backup.sh: $*" >&2; exit 1; }
[ -f "$MYCNF" ] || die "no database in $DVK_VAR (make run first)"
[[ $DVK_DB_NAME =~ ^[A-Za-z0-9_]+$ ]] || die "DVK_DB_NAME must be letters, digits and _"

case "${1:-}" in
backup)
    mkdir -p "$DVK_VAR/backups"
    out=$DVK_VAR/backups/$(date -u +%Y%m%dT%H%M%SZ).sql.gz
    # pipefail: a failed dump must not leave a file that looks good.
    if ! mariadb-dump --defaults-file="$MYCNF" -uroot --single-transaction --routines --triggers \
        --hex-blob --default-character-set=utf8mb4 "$DVK_DB_NAME" | gzip >"$out.part"; then
        rm -f "$out.part"
        die "mariadb-dump failed"
    fi
    mv "$out.part" "$out"
    echo "$out"
    ;;
restore)
    file=${2:-}
    [ -n "$file" ] && [ -f "$file" ] || die "usage: backup.sh restore FILE (make restore FILE=var/backups/....sql.gz)"
    gzip -t "$file" || die "$file is not a whole gzip file"
    # The dump drops and recreates every table; foreign keys are off inside it.
    gunzip -c "$file" | mariadb --defaults-file="$MYCNF" -uroot --default-character-set=utf8mb4 "$DVK_DB_NAME" ||
        die "restore failed"
    echo "restored $file into $DVK_DB_NAME"
    ;;
checksum)
    tables=$(mariadb --defaults-file="$MYCNF" -uroot -N -B -e \
        "SELECT GROUP_CONCAT(CONCAT('\`', table_name, '\`') ORDER BY table_name) FROM information_schema.tables WHERE table_schema = '$DVK_DB_NAME' AND table_type = 'BASE TABLE'")
    mariadb --defaults-file="$MYCNF" -uroot -N -B "$DVK_DB_NAME" -e "CHECKSUM TABLE $tables EXTENDED"
    ;;
*)
    echo "usage: $0 backup | restore FILE | checksum" >&2
    exit 2
    ;;
esac
