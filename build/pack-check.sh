#!/usr/bin/env bash
# Packaging check. Packs the committed HEAD (from a throw-away clone whose origin is the public repository URL, so
# SourceLink maps sources as it would in CI), then checks what a consumer trusts: licence expression, readme, icon,
# repository URL and commit, the models' NOTICE, the runtime's ReadyToRun images (runtimes/<rid>/lib/net10.0, one per
# platform of build/pack/ReadyToRun.props), a .snupkg with the runtime's PDB, SourceLink in that PDB, no machine
# path in any DLL or PDB. Finally a project outside the repository restores both packages from the local feed, asks
# for <BotoSharpService Include="sts" />, uses AddBotoSharp, builds and runs (on linux-x64/arm64 it must load the
# runtime's ReadyToRun image); its package closure is printed.
# Uncommitted changes are not packed.
# Every botocore service travels in the package (plain folders plus one zip per archived service); the consumer asks
# for a sample of them:
#   build/pack-check.sh                                        sts + glue + every 13th archived service
#   BOTOSHARP_PACK_CHECK_SERVICES=all build/pack-check.sh      all 424 botocore services (long: many minutes)
#   BOTOSHARP_PACK_CHECK_SERVICES="glue;ecs" build/pack-check.sh   the services named

set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
# A stand-in public address for the check (the project has none yet; a publisher passes the real one).
url="${BOTOSHARP_REPOSITORY_URL:-https://github.com/botosharp/botosharp}"
# A fresh version each run: a restore would otherwise take an older package of the same version from the NuGet cache.
version="0.1.0-check.$(date +%s)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
src="$work/src"
commit="$(git -C "$repo" rev-parse HEAD)"
git clone -q --no-checkout "$repo" "$src"
git -C "$src" checkout -q "$commit"
git -C "$src" remote set-url origin "$url.git"
echo "pack-check: packing $commit from a clean clone (origin $url)"

# One Version for every build and pack, so packing never rebuilds the runtime (its PDB must match the packed DLL).
props=(-c Release --nologo -v q -p:ContinuousIntegrationBuild=true -p:BotoSharpRepositoryUrl="$url" -p:Version=$version)
dotnet build "$src/runtime/BotoSharp/BotoSharp.csproj" "${props[@]}"
# The runtime's ReadyToRun images (runtimes/<rid>/lib/net10.0), compiled from the IL just built.
dotnet msbuild "$src/build/pack/ReadyToRun" -restore -t:BotoSharpReadyToRunImages -p:Configuration=Release -nologo -v:q \
  -p:ContinuousIntegrationBuild=true -p:Version=$version
dotnet build "$src/generator/BotoSharp.Generator/BotoSharp.Generator.csproj" "${props[@]}"
dotnet pack "$src/build/pack/BotoSharp.Package.csproj" "${props[@]}" -o "$work/feed"
# The symbols package of the same id and version, from the runtime project whose DLLs the package ships.
dotnet pack "$src/runtime/BotoSharp/BotoSharp.csproj" "${props[@]}" -o "$work/symbols" -p:IncludeSymbols=true -p:SymbolPackageFormat=snupkg
cp "$work/symbols/BotoSharp.$version.snupkg" "$work/feed/"
dotnet pack "$src/runtime/BotoSharp.Extensions.Hosting/BotoSharp.Extensions.Hosting.csproj" "${props[@]}" -o "$work/feed"

python3 - "$work/feed" "$version" "$url" "$commit" "$src" <<'PY'
import re, sys, zipfile
feed, version, url, commit, src = sys.argv[1:]
failures = []
def check(ok, what):
    print(("  ok   " if ok else "  FAIL ") + what)
    if not ok:
        failures.append(what)
# PE machine of a ReadyToRun image: the architecture, xor-ed with an OS constant off Windows.
MACHINES = {"linux-x64": 0x8664 ^ 0x7B79, "linux-arm64": 0xAA64 ^ 0x7B79, "osx-arm64": 0xAA64 ^ 0x4644, "win-x64": 0x8664}
def check_ready_to_run(nupkg, names):
    for rid, machine in MACHINES.items():
        path = f"runtimes/{rid}/lib/net10.0/BotoSharp.dll"
        check(path in names, path)
        if path in names:
            image = nupkg.read(path)
            pe = int.from_bytes(image[0x3C:0x40], "little")
            check(int.from_bytes(image[pe + 4:pe + 6], "little") == machine, f"{path} is a ReadyToRun image for {rid}")
            check(src.encode() not in image and b"/work/" not in image and b"/home/" not in image and b"/tmp/" not in image,
                  f"{rid}: no machine path in the ReadyToRun image")
    check(not any(n.startswith("runtimes/") and "/net8.0/" in n for n in names), "no runtimes/ image for net8.0 (it runs lib/net8.0)")
for pkg, needs in (("BotoSharp", ["lib/net8.0/BotoSharp.dll", "lib/net10.0/BotoSharp.dll", "analyzers/dotnet/cs/BotoSharp.Generator.dll",
                                  "analyzers/dotnet/cs/Scriban.Signed.dll", "analyzers/dotnet/cs/System.Text.Json.dll",
                                  "analyzers/dotnet/cs/Microsoft.CSharp.dll", "analyzers/dotnet/cs/System.Threading.Tasks.Extensions.dll",
                                  "build/BotoSharp.props", "build/BotoSharp.targets", "models/NOTICE.md", "models/sts/2011-06-15/service-2.json"]),
                   ("BotoSharp.Extensions.Hosting", ["lib/net8.0/BotoSharp.Extensions.Hosting.dll", "lib/net10.0/BotoSharp.Extensions.Hosting.dll"])):
    print(f"{pkg} {version}")
    nupkg = zipfile.ZipFile(f"{feed}/{pkg}.{version}.nupkg")
    names = set(nupkg.namelist())
    nuspec = nupkg.read(f"{pkg}.nuspec").decode()
    check('<license type="expression">Apache-2.0</license>' in nuspec, "licence expression Apache-2.0")
    check("<readme>README.md</readme>" in nuspec and "README.md" in names, "README.md inside, named by <readme>")
    check("<icon>icon.png</icon>" in nuspec and "icon.png" in names, "icon.png inside, named by <icon>")
    check(f'<repository type="git" url="{url}' in nuspec and f'commit="{commit}"' in nuspec, f"repository {url} at {commit[:12]}")
    check(f"<projectUrl>{url}</projectUrl>" in nuspec, "project URL")
    check("NOTICE.md" in names, "the models' NOTICE.md at the package root")
    for need in needs:
        check(need in names, need)
    if pkg == "BotoSharp":
        check_ready_to_run(nupkg, names)
    deps = sorted(set(re.findall(r'<dependency id="([^"]+)" version="([^"]+)"', nuspec)))
    print("  dependencies: " + ", ".join(f"{i} {v}" for i, v in deps))
    snupkg = zipfile.ZipFile(f"{feed}/{pkg}.{version}.snupkg")
    dll_name = "BotoSharp" if pkg == "BotoSharp" else pkg
    for tfm in ("net8.0", "net10.0"):
        pdb_path = f"lib/{tfm}/{dll_name}.pdb"
        check(pdb_path in snupkg.namelist(), f".snupkg holds {pdb_path}")
        if pdb_path not in snupkg.namelist():
            continue
        pdb = snupkg.read(pdb_path)
        dll = nupkg.read(f"lib/{tfm}/{dll_name}.dll")
        check(b"raw.githubusercontent.com" in pdb and commit.encode() in pdb, f"{tfm}: SourceLink in the PDB maps to {url} at the commit")
        for blob, what in ((dll, "DLL"), (pdb, "PDB")):
            check(src.encode() not in blob and b"/work/" not in blob and b"/home/" not in blob and b"/tmp/" not in blob, f"{tfm}: no machine path in the {what}")
if failures:
    sys.exit("pack-check: " + "; ".join(failures))
PY
package="$work/feed/BotoSharp.$version.nupkg"
echo "pack-check: package size $(stat -c %s "$package") bytes"
listing="$(unzip -Z1 "$package")"
for dll in BotoSharp.Generator Scriban.Signed System.Text.Json Microsoft.CSharp System.Threading.Tasks.Extensions; do
  grep -qx "analyzers/dotnet/cs/$dll.dll" <<<"$listing" \
    || { echo "pack-check: analyzers/dotnet/cs/$dll.dll is missing from the package" >&2; exit 1; }
done
# Every botocore service must travel: the plain folders plus one zip per other service.
folders="$(grep -oE '^models/[^/]+/[0-9]{4}-[0-9]{2}-[0-9]{2}/service-2\.json$' <<<"$listing" | cut -d/ -f2 | sort -u)"
archived="$(grep -oE '^models/archive/[^/]+\.zip$' <<<"$listing" | sed -E 's|models/archive/(.*)\.zip|\1|' | sort -u)"
twice="$(comm -12 <(echo "$folders") <(echo "$archived"))"
[ -z "$twice" ] || { echo "pack-check: shipped both as a folder and as a zip: $twice" >&2; exit 1; }
count=$(printf '%s\n%s\n' "$folders" "$archived" | grep -c .)
echo "pack-check: $(grep -c . <<<"$folders") services as folders, $(grep -c . <<<"$archived") as zips, $count in all"
[ "$count" -eq 424 ] || { echo "pack-check: expected every botocore 1.43.11 service (424) once in the package, found $count" >&2; exit 1; }

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
    <packageSource key="local"><package pattern="BotoSharp" /><package pattern="BotoSharp.*" /></packageSource>
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
    <PackageReference Include="BotoSharp" Version="$version" />
    <PackageReference Include="BotoSharp.Extensions.Hosting" Version="$version" />
    <BotoSharpService Include="$services" />
  </ItemGroup>
</Project>
XML
expected="$(tr ';' '\n' <<<"$services" | grep . | sed 's/.*/    "&",/')"
cat > "$work/app/Program.cs" <<CS
using BotoSharp.Extensions.Hosting;
using BotoSharp.Loading;
using BotoSharp.Services.STS;
using Microsoft.Extensions.DependencyInjection;
string[] expected =
{
$expected
};
var missing = expected.Where(name => CompiledModelRegistry.Find(name) is null).ToList();
if (missing.Count > 0)
{
    throw new InvalidOperationException("not registered: " + string.Join(", ", missing));
}
var services = new ServiceCollection();
services.AddBotoSharp(options => options.Region = "us-east-1").AddClient<STSClient>();
using var provider = services.BuildServiceProvider();
var sts = provider.GetRequiredService<STSClient>();
Console.WriteLine(\$"{expected.Length} typed clients registered; STSClient from DI in {sts.Meta.RegionName}; " +
    \$"GetCallerIdentity input: {typeof(GetCallerIdentityRequest).Name}");
// The host picks the runtime's ReadyToRun image for this platform (runtimes/<rid>/lib/net10.0) over lib/.
Console.WriteLine("runtime loaded from " + typeof(BotoSharp.Session).Assembly.Location);
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
run="$(dotnet "$work/app/bin/Debug/net10.0/App.dll")"
echo "$run"
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) rid=linux-x64 ;; Linux-aarch64) rid=linux-arm64 ;; *) rid= ;;
esac
if [ -n "$rid" ]; then
  grep -q "runtime loaded from .*/runtimes/$rid/lib/net10.0/BotoSharp.dll" <<<"$run" \
    || { echo "pack-check: the consumer did not load the $rid ReadyToRun image of the runtime" >&2; exit 1; }
fi
echo "consumer package closure (from its project.assets.json):"
python3 - "$work/app/obj/project.assets.json" <<'PY'
import json, sys
libraries = json.load(open(sys.argv[1]))["libraries"]
names = sorted(k for k, v in libraries.items() if v.get("type") == "package")
print("  " + "\n  ".join(names))
if any(n.lower().startswith("newtonsoft.json/") for n in names):
    sys.exit("pack-check: Newtonsoft.Json is in the consumer's dependency closure")
PY
echo "pack-check: OK"
