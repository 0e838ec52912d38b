#!/usr/bin/env bash
# Job engine throughput: no-op jobs per second from enqueue to done, on the embedded H2 store, then on an embedded PostgreSQL.
# The stats and maintenance periods are the production ones (the test profile polls far more often).
# Appends one line per run to bench/results.txt. Usage: bench/job-throughput.sh [jobs] [channels] [prefetch per slot]
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${1:-20000}
channels=${2:-root:4}
prefetch=${3:-128}
./mvnw -q -ntp test -Dtest=JobThroughputBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.jobs="$jobs" -Dbench.out="$PWD/bench/results.txt" -Dshopbridge.jobs.channels="$channels" \
    -Dshopbridge.jobs.prefetch="$prefetch" \
    -Dshopbridge.jobs.stats-period=5000 -Dshopbridge.jobs.maintenance-period=30000 \
    -Dquarkus.log.category.\"io.shopbridge\".level=WARN | grep '^BENCH' || true
tail -n 2 bench/results.txt
