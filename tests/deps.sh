#!/usr/bin/env bash
# tests/deps.sh - install (apt-get) every Debian 12 package certmilter needs
# to build, test and run its demo. Installs only what is missing.
set -euo pipefail

PKGS=(
	# build
	autoconf automake libtool pkg-config make gcc clang clang-format
	libgmime-3.0-dev libssl-dev libcurl4-openssl-dev libldap-dev libconfig-dev libmilter-dev check
	libmicrohttpd-dev
	# run the tests and the demo: a real MTA, independent verifiers, tools
	postfix curl openssl gpgsm gpg-agent libnss3-tools python3 valgrind libclang-rt-14-dev
	procps iproute2 util-linux diffutils
	# man page checks (t_manpages.sh), the Sendmail test (m4 builds its sendmail.cf)
	man-db groff-base m4
	# the LDAP certificate directory of the directory tests (tests/integration/slapd.sh)
	slapd ldap-utils
	# the metrics tests parse the endpoint with a real OpenMetrics parser
	python3-prometheus-client
	# keys in a PKCS#11 token (t_pkcs11.sh, check_pkcs11): a software token,
	# pkcs11-tool, and libp11, through which certmilter uses the token
	softhsm2 opensc libp11-dev
	# the certificate store (crypto/store): SQLite, and its CLI for the tests;
	# libpq for the PostgreSQL backend, and PostgreSQL itself, which the
	# tests run privately (tests/integration/pg.sh)
	libsqlite3-dev sqlite3 libpq-dev postgresql
)

missing=()
for p in "${PKGS[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	echo "deps: installing ${missing[*]}"
	# Postfix without its interactive questions; our tests write their own main.cf
	echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q
	apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
