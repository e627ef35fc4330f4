#!/bin/bash
# Installs the Debian packages the build, the tests and the local stack need.
# Fast no-op when everything is already there, so `make run` can call it every time.
set -euo pipefail

# The tools of make verify (sqlmap, wapiti) are here too: CI installs nothing by hand.
PACKAGES="g++ make pkg-config libfcgi-dev libmysqlcppconn-dev libctemplate-dev libboost-test-dev
  libsodium-dev libxlsxwriter-dev libcgicc-dev libcurl4-openssl-dev supervisor nginx
  mariadb-server mariadb-client curl chromium poppler-utils python3 python3-openpyxl unzip procps iproute2 wrk bc
  clang libclang-rt-14-dev sqlmap wapiti"

missing=()
for pkg in $PACKAGES; do
    # dpkg-query fails for never-seen packages and prints e.g. "deinstall ok config-files"
    # for removed ones: only "install ok installed" counts.
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    if [ "$status" != "install ok installed" ]; then
        missing+=("$pkg")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "setup-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
# Our MariaDB and nginx instances use their own ports and sockets, so it does not matter whether
# the packages' system services start (with systemd) or not (in a container without it).
$SUDO apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
