#!/usr/bin/env bash
# Benchmarks (release build): relay latency and memory against the local
# Synapse and the Telegram Bot API emulator. Prints figures; asserts nothing
# about speed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/synapse/synapse.sh start
eval "$(bash tests/synapse/synapse.sh env)"
trap 'bash tests/synapse/synapse.sh stop || true' EXIT
cargo bench --locked --bench media
cargo bench --locked --bench relay "$@"
