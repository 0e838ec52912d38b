#!/usr/bin/env bash
# What durable commits cost the job engine on the embedded H2 file store: no-op jobs/s from enqueue to done on an H2
# file whose commits reach the disk after WRITE_DELAY (500 ms, H2's default: a kill -9 loses them), then on the same
# file store with every commit written before it returns (Shopbridge's default), then in memory (the figure earlier
# benchmarks give). Appends one line per run to bench/results.txt.
# Usage: bench/durable-store.sh [jobs] [channels]
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${1:-40000}
channels=${2:-root:4}
run() {
    local label=$1 url=$2 durable=$3
    rm -rf target/bench-h2
    ./mvnw -q -ntp test -Dtest=JobThroughputBench -Dsurefire.failIfNoSpecifiedTests=false \
        -Dbench.jobs="$jobs" -Dbench.out="$PWD/bench/results.txt" -Dbench.store-label="$label" \
        -Dquarkus.datasource.jdbc.url="$url" -Dshopbridge.store.durable-commits="$durable" \
        -Dshopbridge.jobs.channels="$channels" \
        -Dshopbridge.jobs.stats-period=5000 -Dshopbridge.jobs.maintenance-period=30000 \
        -Dquarkus.log.category.\"io.shopbridge\".level=WARN | grep '^BENCH' || true
}
run h2-file-write-delay-500ms "jdbc:h2:file:$PWD/target/bench-h2/shopbridge;WRITE_DELAY=500" false
run h2-file-durable "jdbc:h2:file:$PWD/target/bench-h2/shopbridge" true
run h2-mem "jdbc:h2:mem:shopbridge;DB_CLOSE_DELAY=-1" true
tail -n 3 bench/results.txt
