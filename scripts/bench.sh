#!/usr/bin/env bash
# Benchmarks (release build): relay latency and memory against the local
# Synapse and the Telegram Bot API emulator; image relay cost; inbox
# throughput and erasure time on SQLite and on PostgreSQL at
# KOBAN_TEST_POSTGRES_URL (default: the local server); a broadcast to 10,000
# chats against the emulator's flood limits, koban beside teloxide's Throttle
# (about 17 minutes; KOBAN_BENCH_BROADCAST=1000 for a quick run). Prints
# figures; asserts nothing about speed.
set -euo pipefail
cd "$(dirname "$0")/.."
export KOBAN_TEST_POSTGRES_URL="${KOBAN_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}"
bash tests/synapse/synapse.sh start
eval "$(bash tests/synapse/synapse.sh env)"
trap 'bash tests/synapse/synapse.sh stop || true' EXIT
cargo bench --locked --bench media
cargo bench --locked --bench screening
cargo bench --locked --bench inbox
cargo bench --locked --bench fanout
cargo bench --locked --bench failover
cargo bench --locked --bench broadcast
cargo bench --locked --bench relay "$@"
