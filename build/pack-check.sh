#!/usr/bin/env bash
# Packaging check: pack the BotoSharp package, then restore it from a local folder into a throw-away project outside
# the repository that asks for services by <BotoSharpService Include="…" /> and builds — proving the shipped generator
# loads there and that archived models (every botocore service) expand and compile.
#
#   build/pack-check.sh                                        sts (a plain models/ folder) + a fixed sample of 32
#                                                              archived services (every 13th of models/archive) + glue
#   BOTOSHARP_PACK_CHECK_SERVICES=all build/pack-check.sh      all 424 botocore services (long: many minutes)
#   BOTOSHARP_PACK_CHECK_SERVICES="glue;ecs" build/pack-check.sh   the services named
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$repo/runtime/BotoSharp/BotoSharp.csproj" -c Release --nologo -v q
dotnet build "$repo/generator/BotoSharp.Generator/BotoSharp.Generator.csproj" -c Release --nologo -v q
dotnet pack "$repo/build/pack/BotoSharp.Package.csproj" -c Release -o "$work/feed" -p:Version=0.1.0-check --nologo -v q
package="$work/feed/BotoSharp.0.1.0-check.nupkg"
echo "pack-check: package size $(stat -c %s "$package") bytes"
unzip -l "$package" | awk '{print $4}' | grep -E '^(lib|analyzers|build|models/sts)/' | sort
# The template engine must ship beside the generator, or the compiler cannot load it.
listing="$(unzip -Z1 "$package")"
for dll in BotoSharp.Generator Scriban.Signed System.Text.Json Microsoft.CSharp System.Threading.Tasks.Extensions; do
  grep -qx "analyzers/dotnet/cs/$dll.dll" <<<"$listing" \
    || { echo "pack-check: analyzers/dotnet/cs/$dll.dll is missing from the package" >&2; exit 1; }
done
# Every botocore service must travel: the plain folders plus one zip per other service.
folders="$(grep -oE '^models/[^/]+/[0-9]{4}-[0-9]{2}-[0-9]{2}/service-2\.json$' <<<"$listing" | cut -d/ -f2 | sort -u)"
archived="$(grep -oE '^models/archive/[^/]+\.zip$' <<<"$listing" | sed -E 's|models/archive/(.*)\.zip|\1|' | sort -u)"
count=$(printf '%s\n%s\n' "$folders" "$archived" | grep -c .)
echo "pack-check: $(grep -c . <<<"$folders") services as folders, $(grep -c . <<<"$archived") as zips, $count in all"
[ "$count" -ge 424 ] || { echo "pack-check: expected every botocore service (424) in the package, found $count" >&2; exit 1; }

case "${BOTOSHARP_PACK_CHECK_SERVICES:-sample}" in
  sample) services="sts;glue;$(awk 'NR % 13 == 1' <<<"$archived" | paste -sd';')" ;;
  all) services="$(printf '%s\n%s\n' "$folders" "$archived" | sort -u | paste -sd';')" ;;
  *) services="$BOTOSHARP_PACK_CHECK_SERVICES" ;;
esac
echo "pack-check: consumer asks for $(tr ';' '\n' <<<"$services" | grep -c .) services: $services"

mkdir -p "$work/app"
cat > "$work/app/nuget.config" <<XML
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
cat > "$work/app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <NoWarn>\$(NoWarn);CS1591</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="BotoSharp" Version="0.1.0-check" />
    <BotoSharpService Include="$services" />
  </ItemGroup>
</Project>
XML
expected="$(tr ';' '\n' <<<"$services" | grep . | sed 's/.*/    "&",/')"
cat > "$work/app/Program.cs" <<CS
using BotoSharp;
using BotoSharp.Loading;
using BotoSharp.Services.STS;
string[] expected =
{
$expected
};
var missing = expected.Where(name => CompiledModelRegistry.Find(name) is null).ToList();
if (missing.Count > 0)
{
    throw new InvalidOperationException("not registered: " + string.Join(", ", missing));
}
Console.WriteLine(\$"{typeof(STSClient).FullName}: {expected.Length} typed clients registered; " +
    \$"GetCallerIdentity input: {typeof(GetCallerIdentityRequest).Name}; session type {typeof(Session).FullName}");
CS
if grep -qx glue <<<"$(tr ';' '\n' <<<"$services")"; then
  # A model shape named like a runtime type (glue's Session) must not be ambiguous beside "using BotoSharp;".
  cat > "$work/app/GlueBeside.cs" <<'CS'
using BotoSharp;
using BotoSharp.Services.Glue;
internal static class GlueBeside
{
    internal static string Describe(Session session, GlueSession shape) => session.GetType().Name + "/" + shape.GetType().Name;
}
CS
fi
start=$(date +%s)
dotnet build "$work/app/App.csproj" --nologo -v q
echo "pack-check: consumer restore + build took $(( $(date +%s) - start )) s"
echo "pack-check: expanded models in obj/: $(du -sh "$work/app/obj/botosharp-models" 2>/dev/null | cut -f1 || echo none)"
dotnet "$work/app/bin/Debug/net10.0/App.dll"
echo "pack-check: OK"
