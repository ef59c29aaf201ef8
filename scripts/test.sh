#!/usr/bin/env bash
# The whole test suite, with the services it needs:
#   - a Synapse homeserver (installed from PyPI into a cached virtualenv,
#     started on 127.0.0.1, stopped afterwards);
#   - PostgreSQL at KOBAN_TEST_POSTGRES_URL (default: the local server).
# Service-backed tests are marked #[ignore = "…"] so a plain `cargo test`
# shows them as skipped with the reason; here they are included.
set -euo pipefail
cd "$(dirname "$0")/.."

export KOBAN_TEST_POSTGRES_URL="${KOBAN_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}"
# In CI keep build artefacts outside the fresh clone so runs can reuse them.
if [[ "${CI:-}" == "true" && -z "${CARGO_TARGET_DIR:-}" ]]; then
    export CARGO_TARGET_DIR="$HOME/.cache/koban/target"
fi

echo "== checking PostgreSQL at ${KOBAN_TEST_POSTGRES_URL%%@*}@…"
if ! python3 - "$KOBAN_TEST_POSTGRES_URL" <<'PY'
import socket, sys, urllib.parse
u = urllib.parse.urlparse(sys.argv[1])
try:
    socket.create_connection((u.hostname or "127.0.0.1", u.port or 5432), timeout=5).close()
except OSError as e:
    sys.exit(f"PostgreSQL is not reachable at {u.hostname}:{u.port or 5432}: {e}")
PY
then
    echo "PostgreSQL is required for the storage tests (set KOBAN_TEST_POSTGRES_URL)." >&2
    exit 1
fi

echo "== starting Synapse"
bash tests/synapse/synapse.sh start
eval "$(bash tests/synapse/synapse.sh env)"
trap 'bash tests/synapse/synapse.sh stop || true' EXIT

echo "== cargo test"
cargo test --locked --lib --bins --tests -- --include-ignored
