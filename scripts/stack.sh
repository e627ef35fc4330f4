#!/bin/bash
# Local stack: a private MariaDB, the FastCGI programs under supervisor and a private nginx, all
# living in $DVK_VAR so that they never touch (or depend on) the system's services.
# Usage: stack.sh start|stop|status|restart-db|stop-db|start-db
# Every step of `start` is idempotent: a second `start` while running is quick and harmless.
set -euo pipefail

# ---- configuration: environment variables with defaults --------------------------------------
DVK_ROOT=$(realpath -m "${DVK_ROOT:-$(dirname "${BASH_SOURCE[0]}")/..}")
# Absolute paths: nginx -p, supervisor and the sockets are all configured with them.
DVK_VAR=$(realpath -m "${DVK_VAR:-$DVK_ROOT/var}")
DVK_BIN=$(realpath -m "${DVK_BIN:-$DVK_ROOT/bin}")
DVK_HTTP_HOST=${DVK_HTTP_HOST:-127.0.0.1}
DVK_HTTP_PORT=${DVK_HTTP_PORT:-8080}
DVK_DB_PORT=${DVK_DB_PORT:-3307}
DVK_DB_NAME=${DVK_DB_NAME:-dvk}
DVK_DB_USER=${DVK_DB_USER:-dvk}
DVK_THREADS=${DVK_THREADS:-4}
DVK_DEMO=${DVK_DEMO:-1}
# DVK_DB_PASSWORD: taken from the environment, else from $DVK_VAR/db.password (see db_password).

RUN=$DVK_VAR/run
LOG=$DVK_VAR/log
MYCNF=$DVK_VAR/db/my.cnf
DB_SOCKET=$RUN/mysqld.sock
DB_PID=$RUN/mysqld.pid
SUP_CONF=$DVK_VAR/supervisord.conf
SUP_PID=$RUN/supervisord.pid
NGINX_PREFIX=$DVK_VAR/nginx
NGINX_CONF=$NGINX_PREFIX/nginx.conf
NGINX_PID=$RUN/nginx.pid
ENV_FILE=$DVK_VAR/dvk.env

die() { echo "stack.sh: $*" >&2; exit 1; }

# True when the pid in file $1 belongs to a live process (a stale file after a crash is ignored).
pid_alive() { [ -s "$1" ] && kill -0 "$(cat "$1" 2>/dev/null)" 2>/dev/null; }

# Wait up to $2 seconds for the pid in file $1 to disappear.
wait_pid_gone() {
    local i
    for ((i = 0; i < $2 * 10; i++)); do pid_alive "$1" || return 0; sleep 0.1; done
    return 1
}

make_dirs() {
    mkdir -p "$RUN" "$LOG" "$DVK_VAR/db/tmp" "$NGINX_PREFIX/extra.d"
    # nginx workers run as nobody when started by root: they must traverse these to reach the
    # program sockets.
    chmod 755 "$DVK_VAR" "$RUN"
    # Unix socket paths are limited to 107 bytes; fail clearly instead of a cryptic bind error.
    if [ ${#RUN} -gt 80 ]; then die "DVK_VAR path too long for unix sockets: $DVK_VAR"; fi
}

# ---- MariaDB -----------------------------------------------------------------------------------
# --defaults-file must be the FIRST option of the server and of every client, or
# /etc/mysql/my.cnf is read as well.
db_root() { mariadb --defaults-file="$MYCNF" -uroot; }
db_alive() { mariadb-admin --defaults-file="$MYCNF" -uroot ping >/dev/null 2>&1; }

db_password() {
    if [ -n "${DVK_DB_PASSWORD:-}" ]; then return; fi
    if [ ! -s "$DVK_VAR/db.password" ]; then
        (umask 077; head -c 24 /dev/urandom | base64 | tr -dc A-Za-z0-9 >"$DVK_VAR/db.password")
    fi
    chmod 600 "$DVK_VAR/db.password"
    DVK_DB_PASSWORD=$(cat "$DVK_VAR/db.password")
}

write_mycnf() {
    # Rewritten on every start so a changed DVK_DB_PORT takes effect at the next server start.
    cat >"$MYCNF" <<EOF
[mysqld]
datadir=$DVK_VAR/db/data
socket=$DB_SOCKET
port=$DVK_DB_PORT
bind-address=127.0.0.1
skip-name-resolve
pid-file=$DB_PID
# A server deletes every #sql* file in its tmpdir when it starts: in the shared /tmp that was the
# on-disk temporary tables of any other stack running beside it (a query failed with "Error on
# delete of '/tmp/#sql-temptable-...'"). Each stack keeps its own.
tmpdir=$DVK_VAR/db/tmp
log-error=$LOG/mariadb.log
character-set-server=utf8mb4
collation-server=utf8mb4_vietnamese_ci
default-storage-engine=InnoDB
innodb_flush_log_at_trx_commit=${DVK_DB_FLUSH_AT_COMMIT:-1}
innodb_buffer_pool_size=${DVK_DB_BUFFER_POOL:-128M}
max_connections=200
$( [ -n "${DVK_DB_GENERAL_LOG:-}" ] && printf 'general_log=1\ngeneral_log_file=%s\n' "$DVK_DB_GENERAL_LOG" )

[client]
socket=$DB_SOCKET
port=$DVK_DB_PORT
EOF
}

start_db() {
    make_dirs
    write_mycnf
    if [ ! -d "$DVK_VAR/db/data" ]; then
        echo "stack.sh: initialising MariaDB in $DVK_VAR/db/data"
        # Remove a half-made data directory so the next start retries the initialisation.
        if ! mariadb-install-db --defaults-file="$MYCNF" --user="$(id -un)" \
            --auth-root-authentication-method=normal --skip-test-db >>"$LOG/mariadb-install.log" 2>&1; then
            rm -rf "$DVK_VAR/db/data"
            tail -n 20 "$LOG/mariadb-install.log" >&2
            die "mariadb-install-db failed (log: $LOG/mariadb-install.log)"
        fi
    fi
    if ! db_alive; then
        # setsid: the server must outlive this script and not get the terminal's Ctrl-C.
        # --user: mariadbd refuses to run as root without it.
        setsid nohup mariadbd --defaults-file="$MYCNF" --user="$(id -un)" \
            >>"$LOG/mariadb.log" 2>&1 </dev/null &
        local i
        for ((i = 0; i < 300; i++)); do db_alive && break; sleep 0.1; done
        if ! db_alive; then
            tail -n 20 "$LOG/mariadb.log" >&2
            die "MariaDB did not answer within 30 s (log: $LOG/mariadb.log)"
        fi
    fi
    setup_db
}

# Database and accounts, idempotent. The names go into SQL unquoted, hence the strict check.
setup_db() {
    db_password
    [[ $DVK_DB_NAME =~ ^[A-Za-z0-9_]+$ ]] || die "DVK_DB_NAME must be letters, digits and _"
    [[ $DVK_DB_USER =~ ^[A-Za-z0-9_]+$ ]] || die "DVK_DB_USER must be letters, digits and _"
    [[ $DVK_DB_PASSWORD =~ ^[^\'\\[:space:]]+$ ]] || die "DVK_DB_PASSWORD must not contain quotes, backslashes or spaces"
    # In GRANT, _ and % in a database name are wildcards: escape _ to match the name exactly,
    # then add the pattern NAME\_% for the extra databases the test suite creates.
    local pattern=${DVK_DB_NAME//_/\\_}
    local host
    {
        echo "CREATE DATABASE IF NOT EXISTS \`$DVK_DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_vietnamese_ci;"
        # With skip-name-resolve the socket (localhost) and TCP (127.0.0.1) need one account each.
        for host in localhost 127.0.0.1; do
            echo "CREATE USER IF NOT EXISTS '$DVK_DB_USER'@'$host' IDENTIFIED BY '$DVK_DB_PASSWORD';"
            # ALTER too, so the account follows a password given later through the environment.
            echo "ALTER USER '$DVK_DB_USER'@'$host' IDENTIFIED BY '$DVK_DB_PASSWORD';"
            echo "GRANT ALL ON \`$pattern\`.* TO '$DVK_DB_USER'@'$host';"
            echo "GRANT ALL ON \`$pattern\\_%\`.* TO '$DVK_DB_USER'@'$host';"
        done
        # mariadb-install-db leaves root without a password on TCP too; keep root on the socket only.
        echo "DROP USER IF EXISTS 'root'@'127.0.0.1', 'root'@'::1';"
        echo "FLUSH PRIVILEGES;"
    } | db_root || die "could not create the database and user"
}

stop_db() {
    if db_alive; then
        mariadb-admin --defaults-file="$MYCNF" -uroot shutdown || die "mariadb-admin shutdown failed"
    fi
    wait_pid_gone "$DB_PID" 30 || die "MariaDB did not stop within 30 s"
}

# ---- application configuration, migrations, demo data ------------------------------------------
write_env() {
    db_password
    # The programs read this file when DVK_CONFIG points at it; environment variables override it.
    (umask 077; cat >"$ENV_FILE" <<EOF
DVK_DB_SOCKET=$DB_SOCKET
DVK_DB_HOST=127.0.0.1
DVK_DB_PORT=$DVK_DB_PORT
DVK_DB_NAME=$DVK_DB_NAME
DVK_DB_USER=$DVK_DB_USER
DVK_DB_PASSWORD=$DVK_DB_PASSWORD
DVK_TEMPLATE_DIR=$DVK_ROOT/templates
DVK_SQL_DIR=$DVK_ROOT/sql
DVK_THREADS=$DVK_THREADS
EOF
    )
    chmod 600 "$ENV_FILE"
}

migrate() {
    [ -x "$DVK_BIN/dvkctl" ] || die "$DVK_BIN/dvkctl not found: build first (make)"
    DVK_CONFIG=$ENV_FILE "$DVK_BIN/dvkctl" migrate || die "dvkctl migrate failed"
    if [ "$DVK_DEMO" = 1 ] && [ ! -e "$DVK_VAR/demo.loaded" ]; then
        echo "stack.sh: loading the demo data"
        DVK_CONFIG=$ENV_FILE "$DVK_BIN/dvkctl" demo-load || die "dvkctl demo-load failed"
        touch "$DVK_VAR/demo.loaded"
    fi
}

# ---- supervisor and the FastCGI programs -------------------------------------------------------
write_supervisor_conf() {
    cat >"$SUP_CONF" <<EOF
[supervisord]
nodaemon=false
pidfile=$SUP_PID
logfile=$LOG/supervisord.log
childlogdir=$LOG

[unix_http_server]
file=$RUN/supervisor.sock
chmod=0700

[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

[supervisorctl]
serverurl=unix://$RUN/supervisor.sock

# supervisord 4.2 reaps a killed program at once but starts it again only when its poll next wakes:
# after up to a second of silence. A line on this pipe every 0.1 s keeps that wait under 0.1 s.
[program:restart-tick]
command=/bin/sh -c 'while sleep 0.1; do echo; done'
autostart=true
autorestart=true
stdout_logfile=/dev/null
stdout_logfile_maxbytes=0
EOF
    local prog name
    for prog in "$DVK_BIN"/cgi/*.fcgi; do
        [ -e "$prog" ] || continue    # no programs built yet: the glob stayed literal
        name=$(basename "$prog" .fcgi)
        # The program creates $RUN/NAME.sock itself and makes it writable for nginx's workers.
        cat >>"$SUP_CONF" <<EOF

[program:$name]
command=$prog
environment=DVK_CONFIG="$ENV_FILE",DVK_LISTEN="$RUN/$name.sock",DVK_PROGRAM="$name"
autostart=true
autorestart=true
startsecs=1
startretries=100
stopsignal=TERM
stopwaitsecs=10
stopasgroup=true
killasgroup=true
redirect_stderr=true
stdout_logfile=$LOG/$name.log
EOF
    done
}

supctl() { supervisorctl -c "$SUP_CONF" "$@"; }

start_programs() {
    write_supervisor_conf
    if ! compgen -G "$DVK_BIN/cgi/*.fcgi" >/dev/null; then
        echo "stack.sh: WARNING: no programs in $DVK_BIN/cgi/: build first (make); every page will answer 502" >&2
    fi
    if pid_alive "$SUP_PID"; then
        # Adds programs built since the last start; running ones are left alone.
        if ! supctl reread >/dev/null || ! supctl update; then die "supervisorctl update failed"; fi
    else
        # supervisord daemonizes itself (nodaemon=false) once its socket is ready.
        supervisord -c "$SUP_CONF" || die "supervisord did not start (log: $LOG/supervisord.log)"
    fi
}

stop_programs() {
    if pid_alive "$SUP_PID"; then
        supctl shutdown >/dev/null || true
        # stopwaitsecs=10 per program, then supervisord itself exits.
        wait_pid_gone "$SUP_PID" 20 || die "supervisord did not stop within 20 s"
    fi
    # libfcgi leaves its socket file behind; remove it so nothing looks alive after a stop.
    local prog
    for prog in "$DVK_BIN"/cgi/*.fcgi; do
        rm -f "$RUN/$(basename "$prog" .fcgi).sock"
    done
}

# ---- nginx -------------------------------------------------------------------------------------
# -e: the error log before the configuration is read (Debian's default is stderr).
nginx_cmd() { nginx -p "$NGINX_PREFIX/" -c "$NGINX_CONF" -e "$LOG/nginx-error.log" "$@"; }

start_nginx() {
    # Started by root, nginx's workers run as nobody, who must read static/ and reach the program
    # sockets. A checkout in a closed directory (/root, a mktemp -d folder) denies that: then this
    # private instance keeps its workers as the invoking user instead of failing with 403/502.
    local user_line=""
    if [ "$(id -u)" -eq 0 ] && ! { runuser -u nobody -- test -r "$DVK_ROOT/static/errors/50x.html" &&
                                   runuser -u nobody -- test -x "$RUN"; }; then
        user_line="user $(id -un);"
        echo "stack.sh: user nobody cannot reach $DVK_ROOT/static or $RUN; nginx workers run as $(id -un)" >&2
    fi
    sed -e "s|@VAR@|$DVK_VAR|g" -e "s|@ROOT@|$DVK_ROOT|g" \
        -e "s|@HTTP_HOST@|$DVK_HTTP_HOST|g" -e "s|@HTTP_PORT@|$DVK_HTTP_PORT|g" \
        -e "s|@USER_LINE@|$user_line|" -e "s|@FASTCGI_READ_TIMEOUT@|${DVK_FASTCGI_READ_TIMEOUT:-30}|" \
        "$DVK_ROOT/conf/nginx.conf.in" >"$NGINX_CONF"
    nginx_cmd -t -q || die "invalid nginx configuration: $NGINX_CONF"
    if pid_alive "$NGINX_PID"; then
        nginx_cmd -s reload
    else
        nginx_cmd || die "nginx did not start (log: $LOG/nginx-error.log)"
    fi
}

stop_nginx() {
    if pid_alive "$NGINX_PID"; then
        nginx_cmd -s quit
        wait_pid_gone "$NGINX_PID" 15 || die "nginx did not stop within 15 s"
    fi
}

# ---- whole stack -------------------------------------------------------------------------------
wait_healthy() {
    local url="http://$DVK_HTTP_HOST:$DVK_HTTP_PORT/healthz" i f
    for ((i = 0; i < 60; i++)); do
        if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then return 0; fi
        sleep 0.5
    done
    for f in "$LOG"/*.log; do
        echo "==== $f" >&2
        tail -n 20 "$f" >&2
    done
    die "$url did not answer 200 within 30 s"
}

start_all() {
    start_db
    write_env
    migrate
    start_programs
    start_nginx
    wait_healthy
    echo "DVK Registry: http://$DVK_HTTP_HOST:$DVK_HTTP_PORT/"
    if [ -f "$DVK_ROOT/conf/demo-logins.txt" ]; then cat "$DVK_ROOT/conf/demo-logins.txt"; fi
}

stop_all() {
    # Programs first (they hold database connections), then nginx, then the database.
    stop_programs
    stop_nginx
    stop_db
}

status() {
    local ok=0
    if db_alive; then echo "mariadb: running (port $DVK_DB_PORT)"; else echo "mariadb: not running"; ok=1; fi
    if pid_alive "$SUP_PID"; then
        echo "supervisord: running"
        supctl status | sed 's/^/  program /' || ok=1
    else
        echo "supervisord: not running"; ok=1
    fi
    if pid_alive "$NGINX_PID"; then
        echo "nginx: running (http://$DVK_HTTP_HOST:$DVK_HTTP_PORT/)"
    else
        echo "nginx: not running"; ok=1
    fi
    return $ok
}

case "${1:-}" in
    start) start_all ;;
    stop) stop_all ;;
    status) status ;;
    start-db) start_db ;;
    stop-db) stop_db ;;
    restart-db) stop_db; start_db ;;
    *) echo "usage: $0 start|stop|status|restart-db|stop-db|start-db" >&2; exit 2 ;;
esac
