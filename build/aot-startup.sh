#!/usr/bin/env bash
# Start-up time of the Native AOT sample beside the same code on the JIT, in one run against one moto_server.
# Publishes samples/BotoSharp.AotSample twice (Native AOT, and framework-dependent JIT with -p:PublishAot=false),
# starts moto_server on a free loopback port, warms it with one run of each, then runs the two builds alternately
# BOTOSHARP_STARTUP_RUNS times (default 10) and prints medians of:
#   process   launch to exit (wall time, what a user waits for: STS, S3 and DynamoDB calls included)
#   first     the sample's own figure, Main to the first parsed result (session, STS client, GetCallerIdentity)
# with the load average before and after (the machine is shared: compare figures of one run only).
#   build/aot-startup.sh                  publish, then measure
#   BOTOSHARP_STARTUP_SKIP_PUBLISH=1 build/aot-startup.sh   measure the last published builds again
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
project="$repo/samples/BotoSharp.AotSample"
out="$project/bin/startup"
runs="${BOTOSHARP_STARTUP_RUNS:-10}"

if [ "${BOTOSHARP_STARTUP_SKIP_PUBLISH:-0}" != "1" ]; then
  dotnet publish "$project" -c Release --nologo -v q -o "$out/aot"
  dotnet publish "$project" -c Release --nologo -v q -p:PublishAot=false -o "$out/jit"
fi
aot=("$out/aot/BotoSharp.AotSample")
jit=(dotnet "$out/jit/BotoSharp.AotSample.dll")

# moto_server binds port 0 itself; its start-up line names the port. Stopped by its process id only.
log="$(mktemp)"
python3 -m moto.server -H 127.0.0.1 -p 0 >"$log" 2>&1 &
moto=$!
trap 'kill "$moto" 2>/dev/null; wait "$moto" 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 600); do
  port="$(sed -n 's|.*Running on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$log" | head -1)"
  [ -n "$port" ] && break
  sleep 0.3
done
[ -n "${port:-}" ] || { echo "moto_server did not start:"; cat "$log"; exit 1; }
url="http://127.0.0.1:$port"

# One timed run: prints "<wall ms> <first-result ms>"; fails when the sample fails.
measure() {
  local start end line
  start=$(date +%s%N)
  line="$("$@" --endpoint-url "$url" | tail -1)"
  end=$(date +%s%N)
  first="$(sed -n 's|.*first result \([0-9.]*\) ms.*|\1|p' <<<"$line")"
  [ -n "$first" ] || { echo "run failed: $line" >&2; return 1; }
  echo "$(( (end - start) / 1000000 )) $first"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "${aot[@]}" >/dev/null
measure "${jit[@]}" >/dev/null
: >"$log.aot"; : >"$log.jit"
for _ in $(seq 1 "$runs"); do
  measure "${aot[@]}" >>"$log.aot"
  measure "${jit[@]}" >>"$log.jit"
done
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
echo "AOT sample, median of $runs runs each (alternating, one moto_server):"
echo "| build | process wall time | Main → first result | size on disk |"
echo "|---|---:|---:|---:|"
for kind in aot jit; do
  size="$(du -sh --exclude='*.dbg' --exclude='*.pdb' --exclude='*.xml' "$out/$kind" | cut -f1)"
  echo "| $( [ $kind = aot ] && echo 'Native AOT' || echo 'JIT (framework-dependent)') | $(cut -d' ' -f1 "$log.$kind" | median) ms | $(cut -d' ' -f2 "$log.$kind" | median) ms | $size |"
done
rm -f "$log.aot" "$log.jit"
