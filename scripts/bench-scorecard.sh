#!/usr/bin/env bash
# Load benchmark of one page (the scorecard by default) with Debian's `wrk`, paced to a fixed rate.
#
#   scripts/bench-scorecard.sh URL USER PASSWORD [PATH] [RATE] [SECONDS]
#   scripts/bench-scorecard.sh http://127.0.0.1:8080 demo-performance-analyst 'pw' /scorecard 500 60
#
# Signs in once with curl (through the real form, CSRF token and all), then runs wrk with that
# session cookie. Plain wrk has no rate option, so a Lua delay paces each connection:
# about RATE/10 connections each waiting 95 ms between requests give about RATE requests a second
# (wrk's latency figures exclude the pacing delay). Prints wrk's latency distribution and
# fails (exit 1) on any non-2xx response or socket error. Target: p99 <= 50 ms at 500 req/s.
set -euo pipefail
URL=${1:?URL}; USER=${2:?USER}; PASSWORD=${3:?PASSWORD}; PAGE=${4:-/scorecard}; RATE=${5:-500}; SECONDS_=${6:-60}
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

curl -sf -c "$work/jar" -b "$work/jar" "$URL/login" -o "$work/login.html"
csrf=$(sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' "$work/login.html" | head -1)
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$work/jar" -b "$work/jar" \
  --data-urlencode "csrf=$csrf" --data-urlencode "name=$USER" --data-urlencode "password=$PASSWORD" "$URL/login")
[ "$status" = 303 ] || { echo "sign-in failed (HTTP $status)" >&2; exit 1; }
session=$(awk '$6 == "hearth_session" { print $7 }' "$work/jar")
check=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: hearth_session=$session" "$URL$PAGE")
[ "$check" = 200 ] || { echo "$PAGE answers HTTP $check" >&2; exit 1; }

connections=$(( (RATE * 105 + 999) / 1000 )); [ "$connections" -ge 1 ] || connections=1
cat > "$work/pace.lua" <<LUA
wrk.headers["Cookie"] = "hearth_session=$session"
function delay() return 95 end
-- wrk counts only 4xx/5xx as errors; a 3xx (say, back to /login) is counted here as non-2xx too.
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) non2xx = 0 end
function response(status, headers, body) if status < 200 or status > 299 then non2xx = non2xx + 1 end end
function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + t:get("non2xx") end
  io.write(string.format("rate: %.1f req/s; p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
  local e = summary.errors
  io.write(string.format("errors: non-2xx %d, connect %d, read %d, write %d, timeout %d\n",
    bad, e.connect, e.read, e.write, e.timeout))
end
LUA
echo "wrk: $PAGE at ~$RATE req/s ($connections connections, 2 threads) for ${SECONDS_}s"
wrk -t2 -c"$connections" -d"${SECONDS_}s" --latency -s "$work/pace.lua" "$URL$PAGE" | tee "$work/out.txt"
grep -q "errors: non-2xx 0, connect 0, read 0, write 0, timeout 0" "$work/out.txt" || { echo "errors during the run" >&2; exit 1; }
