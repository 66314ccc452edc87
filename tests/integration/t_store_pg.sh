#!/usr/bin/env bash
# t_store_pg.sh - t_store.sh over a private PostgreSQL (tests/integration/
# pg.sh) instead of SQLite: two nodes on one database, harvest, shared
# answers and revocation statuses, -L and -S, a restart, and the server
# stopped mid-stream and started again (see t_store.sh).
#   ports 47125-47133, milters 47994 and 47995 (STORE_PORT=47100).
exec env STORE_BACKEND=postgresql STORE_PORT="${STORE_PORT:-47100}" \
	bash "$(dirname "$0")/t_store.sh" "$@"
