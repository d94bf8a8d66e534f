#!/usr/bin/env bash
# The consumer inner loop (issue 10): how long `dotnet build` takes after a one-line edit to Program.cs, for
#   botosharp      one console app with <BotoSharpService Include="s3;dynamodb;ec2" /> (the BotoSharp package packed
#                  from this working tree into a local feed)
#   botosharp-lib  the documented layout (samples/ClientsLibrary): the generated clients in a class library the app
#                  references, so an app edit never recompiles them
#   awssdk         the same app with the AWSSDK.S3, AWSSDK.DynamoDBv2 and AWSSDK.EC2 packages (the versions of
#                  Directory.Packages.props)
# Each app is restored and built once, then edited and rebuilt BOTOSHARP_INNER_LOOP_RUNS times (default 5) in turn;
# medians are printed with the load average before and after. The apps live in a temporary folder outside the
# repository (kept with BOTOSHARP_INNER_LOOP_KEEP=1). Build servers stay on, as on a developer's machine.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${BOTOSHARP_INNER_LOOP_RUNS:-5}"
services="s3;dynamodb;ec2"
version="0.1.0-innerloop.$(date +%s)"
work="$(mktemp -d)"
[ "${BOTOSHARP_INNER_LOOP_KEEP:-0}" = "1" ] && echo "inner-loop: apps kept in $work" || trap 'rm -rf "$work"' EXIT

# Pack as build/pack-check.sh does, from a clone of the committed HEAD (so the working tree's own outputs are left
# alone; uncommitted changes are not measured). The repository URL is a stand-in: nothing is published.
# BOTOSHARP_INNER_LOOP_PACKAGE=/path/BotoSharp.<version>.nupkg measures an already packed package instead.
if [ -n "${BOTOSHARP_INNER_LOOP_PACKAGE:-}" ]; then
  mkdir -p "$work/feed"
  cp "$BOTOSHARP_INNER_LOOP_PACKAGE" "$work/feed/"
  version="$(basename "$BOTOSHARP_INNER_LOOP_PACKAGE" .nupkg)"
  version="${version#BotoSharp.}"
else
  git clone -q --no-checkout "$repo" "$work/src"
  git -C "$work/src" checkout -q "$(git -C "$repo" rev-parse HEAD)"
  props=(-c Release --nologo -v q -p:Version=$version -p:BotoSharpRepositoryUrl=https://github.com/botosharp/botosharp)
  dotnet build "$work/src/runtime/BotoSharp/BotoSharp.csproj" "${props[@]}"
  dotnet msbuild "$work/src/build/pack/ReadyToRun" -restore -t:BotoSharpReadyToRunImages -p:Configuration=Release -nologo -v:q
  dotnet build "$work/src/generator/BotoSharp.Generator/BotoSharp.Generator.csproj" "${props[@]}"
  dotnet pack "$work/src/build/pack/BotoSharp.Package.csproj" "${props[@]}" -o "$work/feed"
fi

awsversion() { sed -n "s|.*PackageVersion Include=\"$1\" Version=\"\([^\"]*\)\".*|\1|p" "$repo/Directory.Packages.props"; }
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$work/feed" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="BotoSharp" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
# Directory.Build.props/Packages.props of a parent folder must not leak in: each app folder has empty ones.
isolate() { mkdir -p "$1"; echo '<Project />' >"$1/Directory.Build.props"; echo '<Project />' >"$1/Directory.Build.targets"; echo '<Project />' >"$1/Directory.Packages.props"; }
project() { # folder (its name is the project's), output type, items
  mkdir -p "$1"
  cat > "$1/$(basename "$1").csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>$2</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
$3
  </ItemGroup>
</Project>
XML
}
botosharp_program() {
  cat > "$1/Program.cs" <<'CS'
using BotoSharp;
using BotoSharp.Services.DynamoDB;
using BotoSharp.Services.EC2;
using BotoSharp.Services.S3;
var session = new Session();
Console.WriteLine("edit 0");
using var s3 = session.CreateClient<S3Client>(regionName: "us-east-1");
using var dynamodb = session.CreateClient<DynamoDBClient>(regionName: "us-east-1");
using var ec2 = session.CreateClient<EC2Client>(regionName: "us-east-1");
Console.WriteLine($"{s3.Meta.EndpointUrl} {dynamodb.Meta.EndpointUrl} {ec2.Meta.EndpointUrl}");
CS
}

package="    <PackageReference Include=\"BotoSharp\" Version=\"$version\" />"
isolate "$work/botosharp"
project "$work/botosharp/BotoSharpApp" Exe "$package
    <BotoSharpService Include=\"$services\" />"
botosharp_program "$work/botosharp/BotoSharpApp"

isolate "$work/botosharp-lib"
mkdir -p "$work/botosharp-lib/Clients" "$work/botosharp-lib/App"
project "$work/botosharp-lib/Clients" Library "$package
    <BotoSharpService Include=\"$services\" />"
project "$work/botosharp-lib/App" Exe "    <ProjectReference Include=\"../Clients/Clients.csproj\" />"
botosharp_program "$work/botosharp-lib/App"

isolate "$work/awssdk"
project "$work/awssdk/AwsSdkApp" Exe "    <PackageReference Include=\"AWSSDK.S3\" Version=\"$(awsversion AWSSDK.S3)\" />
    <PackageReference Include=\"AWSSDK.DynamoDBv2\" Version=\"$(awsversion AWSSDK.DynamoDBv2)\" />
    <PackageReference Include=\"AWSSDK.EC2\" Version=\"$(awsversion AWSSDK.EC2)\" />"
cat > "$work/awssdk/AwsSdkApp/Program.cs" <<'CS'
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.EC2;
using Amazon.S3;
Console.WriteLine("edit 0");
using var s3 = new AmazonS3Client(RegionEndpoint.USEast1);
using var dynamodb = new AmazonDynamoDBClient(RegionEndpoint.USEast1);
using var ec2 = new AmazonEC2Client(RegionEndpoint.USEast1);
Console.WriteLine($"{s3.Config.RegionEndpoint} {dynamodb.Config.RegionEndpoint} {ec2.Config.RegionEndpoint}");
CS

declare -A app=([botosharp]="$work/botosharp/BotoSharpApp/BotoSharpApp.csproj" [botosharp-lib]="$work/botosharp-lib/App/App.csproj" [awssdk]="$work/awssdk/AwsSdkApp/AwsSdkApp.csproj")
declare -A program=([botosharp]="$work/botosharp/BotoSharpApp/Program.cs" [botosharp-lib]="$work/botosharp-lib/App/Program.cs" [awssdk]="$work/awssdk/AwsSdkApp/Program.cs")
kinds=(botosharp botosharp-lib awssdk)
for kind in "${kinds[@]}"; do
  start=$(date +%s%N)
  dotnet build "${app[$kind]}" --nologo -v q --configfile "$work/nuget.config" >"$work/$kind.first.log" || { cat "$work/$kind.first.log"; exit 1; }
  echo "inner-loop: $kind first build (restore included) $(( ($(date +%s%N) - start) / 1000000 )) ms"
done

echo "inner-loop: load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$runs"); do
  for kind in "${kinds[@]}"; do
    sed -i "s|Console.WriteLine(\"edit [0-9]*\");|Console.WriteLine(\"edit $run\");|" "${program[$kind]}"
    start=$(date +%s%N)
    dotnet build "${app[$kind]}" --nologo -v q --no-restore >"$work/$kind.log" || { cat "$work/$kind.log"; exit 1; }
    echo "$(( ($(date +%s%N) - start) / 1000000 ))" >>"$work/$kind.times"
  done
done
echo "inner-loop: load after:  $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
aws=$(median <"$work/awssdk.times")
echo "Edit Program.cs, dotnet build: median of $runs runs (s3 + dynamodb + ec2)"
echo "| app | edit-build | ÷ AWS SDK | runs (ms) |"
echo "|---|---:|---:|---|"
for kind in "${kinds[@]}"; do
  m=$(median <"$work/$kind.times")
  echo "| $kind | $m ms | $(awk -v a="$m" -v b="$aws" 'BEGIN { printf "%.2f", a / b }') | $(paste -sd' ' "$work/$kind.times") |"
done
