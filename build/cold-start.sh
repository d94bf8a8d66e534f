#!/usr/bin/env bash
# Cold process figure (issue 10): a fresh process creates a session and a DynamoDB client and performs one GetItem
# against the in-process stub. Builds tests/ColdStart.BotoSharp twice (JIT, and Native AOT via its PublishAot) and
# tests/Benchmarks (the AWS SDK child and the parent), then runs tests/Benchmarks --cold-start, which launches the
# three children 10 times each in turn and prints medians with the load average.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/tests/ColdStart.BotoSharp/bin/cold-start"
dotnet publish "$repo/tests/ColdStart.BotoSharp" -c Release --nologo -v q -o "$out/aot"
dotnet publish "$repo/tests/ColdStart.BotoSharp" -c Release --nologo -v q -p:PublishAot=false -o "$out/jit"
dotnet build "$repo/tests/Benchmarks" -c Release --nologo -v q
BOTOSHARP_COLD_START_JIT="$out/jit/ColdStart.BotoSharp.dll" BOTOSHARP_COLD_START_AOT="$out/aot/ColdStart.BotoSharp" \
  dotnet "$repo/tests/Benchmarks/bin/Release/net10.0/Benchmarks.dll" --cold-start
