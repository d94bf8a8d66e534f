#!/usr/bin/env bash
# Cold process figure (issue 10): a fresh process creates a session and a DynamoDB client and performs one GetItem
# against the in-process stub. Builds tests/ColdStart.BotoSharp twice (JIT, and Native AOT via its PublishAot) and
# tests/Benchmarks (the AWS SDK child and the parent), then runs tests/Benchmarks --cold-start, which launches the
# children 10 times each in turn and prints medians with the load average.
# The JIT child runs what the package gives users on this platform: the runtime's ReadyToRun image for this RID
# (build/pack/ReadyToRun, the same build the package ships in runtimes/<rid>/lib/net10.0) beside the app's own
# generated client on the JIT. A second JIT child runs the runtime's plain IL (lib/, what other platforms get).
#   build/cold-start.sh                                   build, then measure
#   BOTOSHARP_COLD_START_SKIP_BUILD=1 build/cold-start.sh   measure the last builds again (e.g. once the machine is quiet)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/tests/ColdStart.BotoSharp/bin/cold-start"
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) rid=linux-x64 ;; Linux-aarch64) rid=linux-arm64 ;; Darwin-arm64) rid=osx-arm64 ;;
  *) echo "cold-start: no ReadyToRun image is shipped for $(uname -s)-$(uname -m)" >&2; exit 2 ;;
esac
if [ "${BOTOSHARP_COLD_START_SKIP_BUILD:-0}" != "1" ]; then
  dotnet publish "$repo/tests/ColdStart.BotoSharp" -c Release --nologo -v q -o "$out/aot"
  dotnet publish "$repo/tests/ColdStart.BotoSharp" -c Release --nologo -v q -p:PublishAot=false -o "$out/jit-il"
  # The runtime's ReadyToRun image for this platform, compiled from the IL the publish above just built.
  dotnet msbuild "$repo/build/pack/ReadyToRun" -restore -t:BotoSharpReadyToRunImages -p:Configuration=Release \
    -p:BotoSharpReadyToRunOnly=$rid -nologo -v:q
  rm -rf "$out/jit" && cp -r "$out/jit-il" "$out/jit"
  cp "$repo/build/pack/ReadyToRun/bin/Release/images/$rid/BotoSharp.dll" "$out/jit/BotoSharp.dll"
  dotnet build "$repo/tests/Benchmarks" -c Release --nologo -v q
fi
BOTOSHARP_COLD_START_JIT="$out/jit/ColdStart.BotoSharp.dll" BOTOSHARP_COLD_START_JIT_IL="$out/jit-il/ColdStart.BotoSharp.dll" \
  BOTOSHARP_COLD_START_AOT="$out/aot/ColdStart.BotoSharp" \
  dotnet "$repo/tests/Benchmarks/bin/Release/net10.0/Benchmarks.dll" --cold-start
