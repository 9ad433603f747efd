#!/usr/bin/env bash
# The web application's load benchmark: the RELEASE demo server, signed in as a performance
# analyst, the county scorecard page under Debian's `wrk` at about RATE requests a second.
#
#   scripts/load-bench.sh                      # 500 req/s for 60 s on port 18080, scale-1 demo county
#   RATE=500 DURATION=60 PORT=18080 SCALE=1 scripts/load-bench.sh
#
# 1. builds `hearth` in release (swift build -c release --product hearth; SCRATCH=DIR for
#    another --scratch-path, default .build);
# 2. runs `hearth demo` on its own SQLite file (BENCH_DB, default .build-bench/demo-scaleS.sqlite,
#    kept between runs because generating the county takes a while) and waits until it serves;
# 3. adds a fresh performance-analyst user with `hearth user add` (the demo's own passwords are
#    printed only on the first run);
# 4. runs scripts/bench-scorecard.sh: signs in through the real form, requests /scorecard once
#    (which computes and caches it), then wrk paced by a Lua delay for DURATION seconds;
# 5. prints p50/p90/p99, the achieved req/s and the errors (non-2xx, connect, read, write,
#    timeout), the load average before and after and the server's CPU time, then stops the server.
# Exit status: 0 when the run had no errors; the p99 target (<= 50 ms) is reported, not enforced.
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${RATE:-500}; DURATION=${DURATION:-60}; PORT=${PORT:-18080}; SCALE=${SCALE:-1}; SCRATCH=${SCRATCH:-.build}
BENCH_DB=${BENCH_DB:-.build-bench/demo-scale$SCALE.sqlite}
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 2; }

echo "== building the release server"
swift build -c release --product hearth --scratch-path "$SCRATCH"
bin="$SCRATCH/release/hearth"
mkdir -p "$(dirname "$BENCH_DB")"
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo "== starting: $bin demo --database $BENCH_DB --port $PORT --scale $SCALE"
"$bin" demo --database "$BENCH_DB" --port "$PORT" --scale "$SCALE" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 1200); do
  grep -q "^Serving" "$work/server.log" && curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; echo "the demo server stopped" >&2; exit 1; }
  sleep 0.5
done
grep -q "^Serving" "$work/server.log" || { echo "the demo server did not start in 10 minutes" >&2; exit 1; }
grep -E "^Using|^Serving|^Saved" "$work/server.log" || true

user="bench-analyst-$(date +%s)"
password=$("$bin" user add "$user" --role performance-analyst --database "$BENCH_DB" | sed -n 's/^Password (shown once): //p')
[ -n "$password" ] || { echo "could not add the benchmark user" >&2; exit 1; }

cpu() { awk '{ printf "%.2f", ($14 + $15) / '"$(getconf CLK_TCK)"' }' "/proc/$server/stat"; }
echo "== before: $(uptime)"
cpu_before=$(cpu)
status=0
scripts/bench-scorecard.sh "http://127.0.0.1:$PORT" "$user" "$password" /scorecard "$RATE" "$DURATION" || status=$?
cpu_after=$(cpu)
echo "== after:  $(uptime)"
echo "server CPU time during the run: $(awk "BEGIN { printf \"%.1f\", $cpu_after - $cpu_before }") s over ${DURATION} s (release build, scale $SCALE)"
exit $status
