# Shell functions shared by the scripts that start or drive a stack (test, verify, bench, load, xss,
# inject) and run the fuzzers. Source it.

# A free TCP port on 127.0.0.1.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Signs in through the real form at base URL $1 as login $2 with password $3, keeping cookies in the
# jar file $4; prints "session-cookie csrf-token" (the token of the signed-in session, from the home page).
sign_in() {
    local url=$1 login=$2 password=$3 jar=$4 page token cookie
    page=$(curl -s -c "$jar" "$url/login")
    token=$(grep -o 'name="csrf_token" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//;s/"$//')
    curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "csrf_token=$token" --data-urlencode "login=$login" \
        --data-urlencode "password=$password" "$url/login"
    cookie=$(awk '$6 == "dvk_session" {print $7}' "$jar")
    page=$(curl -s -b "dvk_session=$cookie" "$url/")
    token=$(grep -o 'name="csrf_token" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//;s/"$//')
    echo "$cookie $token"
}

# "name pid" of the FastCGI programs of the stack in $1 (its DVK_VAR): its supervisord's children
# running a bin/cgi/*.fcgi (not restart-tick), sorted by name.
stack_programs() {
    local p
    for p in $(pgrep -P "$(cat "$1/run/supervisord.pid")"); do
        [[ "$(readlink /proc/$p/exe)" == *.fcgi ]] || continue
        echo "$(basename "$(readlink /proc/$p/exe)" .fcgi) $p"
    done | sort
}

# The options every libFuzzer run of target $2 in tree $1 shares, one per line. A target with a
# dictionary (tests/fuzz/<target>.dict) is given it: Debian's cgicc is not instrumented, so the fuzzer
# gets no coverage inside it and reaches its multipart parser only by being told the format's words.
fuzz_options() {
    local root=$1 t=$2
    printf '%s\n' -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "-artifact_prefix=$root/var/test-artifacts/fuzz-$t-"
    if [ -f "$root/tests/fuzz/$t.dict" ]; then echo "-dict=$root/tests/fuzz/$t.dict"; fi
}

# What a failed libFuzzer run (its log $1) found, and on which input: the Base64 of a small input
# lets a failure seen only in CI be replayed.
fuzz_findings() {
    grep -E "ERROR|runtime error|terminate called|what\(\)|SUMMARY|Test unit written|^Base64:" "$1" | head -n 12 |
        sed 's/^/  /'
}
