#!/usr/bin/env bash
# Packaging check: pack the BotoSharp package, then restore it from the local folder into a throw-away project that
# asks for <BotoSharpService Include="sts" /> and builds — proving the shipped generator loads outside the repository.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$repo/runtime/BotoSharp/BotoSharp.csproj" -c Release --nologo -v q
dotnet build "$repo/generator/BotoSharp.Generator/BotoSharp.Generator.csproj" -c Release --nologo -v q
dotnet pack "$repo/build/pack/BotoSharp.Package.csproj" -c Release -o "$work/feed" -p:Version=0.1.0-check --nologo -v q
unzip -l "$work/feed/BotoSharp.0.1.0-check.nupkg" | awk '{print $4}' | grep -E '^(lib|analyzers|build|models/sts)/' | sort
# The template engine must ship beside the generator, or the compiler cannot load it.
listing="$(unzip -Z1 "$work/feed/BotoSharp.0.1.0-check.nupkg")"
for dll in BotoSharp.Generator Scriban.Signed System.Text.Json Microsoft.CSharp System.Threading.Tasks.Extensions; do
  grep -qx "analyzers/dotnet/cs/$dll.dll" <<<"$listing" \
    || { echo "pack-check: analyzers/dotnet/cs/$dll.dll is missing from the package" >&2; exit 1; }
done
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
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <NoWarn>\$(NoWarn);CS1591</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="BotoSharp" Version="0.1.0-check" />
    <BotoSharpService Include="sts" />
  </ItemGroup>
</Project>
XML
cat > "$work/app/Program.cs" <<'CS'
using System;
using BotoSharp.Services.STS;
var model = BotoSharp.Loading.CompiledModelRegistry.Find("sts")
    ?? throw new InvalidOperationException("sts was not registered");
Console.WriteLine($"{typeof(STSClient).FullName} registered {model.ServiceName} {model.ApiVersion}; " +
    $"GetCallerIdentity input: {typeof(GetCallerIdentityRequest).Name}");
CS
dotnet build "$work/app/App.csproj" --nologo -v q
dotnet "$work/app/bin/Debug/net10.0/App.dll"
echo "pack-check: OK"
