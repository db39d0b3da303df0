#!/usr/bin/env bash
# Builds and lints every .bicep file under infra/ with a pinned Bicep CLI, offline except for NuGet,
# and checks that the JSON files under infra/ parse (with jq, when it is installed).
#
# The Bicep CLI comes from the NuGet package Azure.Bicep.CommandLine.linux-x64 (a self-contained
# executable in the package's tools/ folder). It is restored once into ./tools/bicep/ (gitignored) and
# reused by later runs. Fails when any build or lint output line contains "Warning" or "Error"
# (type problems such as BCP036/BCP037/BCP081 are only warnings in Bicep, so they fail here too).
#
# Usage: bash infra/lint.sh            (from any directory)
#        BICEP=/path/to/bicep bash infra/lint.sh   (use an existing Bicep CLI instead)
set -euo pipefail

BICEP_PACKAGE=Azure.Bicep.CommandLine.linux-x64
BICEP_VERSION=0.49.2

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

tools_dir="$repo_root/tools/bicep"
packages_dir="$tools_dir/packages"
package_id_lower="$(echo "$BICEP_PACKAGE" | tr '[:upper:]' '[:lower:]')"
bicep="${BICEP:-$packages_dir/$package_id_lower/$BICEP_VERSION/tools/bicep}"

install_bicep() {
  echo "bicep: restoring $BICEP_PACKAGE $BICEP_VERSION from NuGet into tools/bicep/"
  local work
  work="$(mktemp -d)"
  # A throwaway project outside the repo (so the repo's Directory.Build.props does not apply) whose only
  # job is to download the package; PackageDownload needs an exact version in brackets.
  cat >"$work/bicep-download.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="$BICEP_PACKAGE" Version="[$BICEP_VERSION]" />
  </ItemGroup>
</Project>
EOF
  mkdir -p "$packages_dir"
  if ! dotnet restore "$work/bicep-download.csproj" --packages "$packages_dir" --nologo -v quiet >"$work/restore.log" 2>&1; then
    cat "$work/restore.log" >&2
    rm -rf "$work"
    echo "bicep: restore of $BICEP_PACKAGE $BICEP_VERSION failed" >&2
    exit 1
  fi
  rm -rf "$work"
}

if [[ -z "${BICEP:-}" && ! -f "$bicep" ]]; then
  install_bicep
fi
if [[ ! -f "$bicep" ]]; then
  echo "bicep: no executable at $bicep" >&2
  exit 1
fi
[[ -x "$bicep" ]] || chmod +x "$bicep"

version_line="$("$bicep" --version)"
if [[ -z "${BICEP:-}" && "$version_line" != *"$BICEP_VERSION"* ]]; then
  echo "bicep: expected version $BICEP_VERSION, got: $version_line" >&2
  exit 1
fi

mapfile -t templates < <(find infra -name '*.bicep' -type f | LC_ALL=C sort)
if [[ ${#templates[@]} -eq 0 ]]; then
  echo "bicep: no .bicep files under infra/" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
log="$work/diagnostics.log"
failed_commands=0
# One process each for build and lint over every template (a process per file costs ~1 s of start-up).
# Build writes the compiled JSON to a scratch folder that is thrown away; diagnostics go to the log.
if ! "$bicep" build --pattern 'infra/**/*.bicep' --outdir "$work/out" >>"$log" 2>&1; then
  failed_commands=$((failed_commands + 1))
  echo "bicep build failed" >>"$log"
fi
if ! "$bicep" lint --pattern 'infra/**/*.bicep' >>"$log" 2>&1; then
  failed_commands=$((failed_commands + 1))
  echo "bicep lint failed" >>"$log"
fi
# Every template must have been compiled.
built="$(find "$work/out" -name '*.json' -type f 2>/dev/null | grep -c . || true)"
if [[ "$built" -ne ${#templates[@]} ]]; then
  failed_commands=$((failed_commands + 1))
  echo "bicep build produced $built templates for ${#templates[@]} .bicep files" >>"$log"
fi

# The JSON files next to the templates (parameters, abbreviations, bicepconfig) must at least parse.
if command -v jq >/dev/null 2>&1; then
  while IFS= read -r json; do
    if ! jq empty "$json" >>"$log" 2>&1; then
      failed_commands=$((failed_commands + 1))
      echo "$json: Error: not valid JSON" >>"$log"
    fi
  done < <(find infra -name '*.json' -type f | LC_ALL=C sort)
fi

# A diagnostic is reported by both build and lint (and once per template that reaches the file through
# a module), so count distinct lines.
warnings="$(grep -E 'Warning' "$log" | sort -u | grep -c . || true)"
errors="$(grep -E 'Error' "$log" | sort -u | grep -c . || true)"

if [[ "$warnings" -ne 0 || "$errors" -ne 0 || "$failed_commands" -ne 0 ]]; then
  sort -u "$log" >&2
  echo "bicep: ${#templates[@]} templates built and linted, $warnings warnings, $errors errors ($version_line)" >&2
  exit 1
fi

echo "bicep: ${#templates[@]} templates built and linted, 0 warnings ($version_line)"
