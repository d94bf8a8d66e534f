#!/usr/bin/env bash
# Re-copies the conformance data under tests/BotoSharp.Tests/Conformance, byte for byte, and checks every file
# against MANIFEST.tsv (size and git blob id). Two sources:
#   build/copy-conformance.sh --botocore <botocore checkout at tag 1.43.11> --jmespath <jmespath.test checkout at 53abcc3>
#   build/copy-conformance.sh --folder <a folder already in this layout, e.g. an older ../shared/conformance>
#   build/copy-conformance.sh --check      (only verify the files in the repository)
# MANIFEST.tsv is the mapping: its source_path column names the file in botocore, or jmespath.test@<commit>:<path>.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=tests/BotoSharp.Tests/Conformance
manifest="$dest/MANIFEST.tsv"
mode="${1:-}"
botocore="" jmespath="" folder=""
case "$mode" in
  --botocore) botocore="${2:?botocore checkout}"; [[ "${3:-}" == --jmespath ]] && jmespath="${4:?jmespath.test checkout}" ;;
  --folder) folder="${2:?source folder}" ;;
  --check) ;;
  *) sed -n '2,8p' "$0"; exit 2 ;;
esac

copied=0 failed=0
while IFS=$'\t' read -r path bytes blob source; do
  [[ "$path" == \#* || "$path" == path ]] && continue
  if [[ -n "$folder" ]]; then
    from="$folder/$path"
  elif [[ -n "$botocore" ]]; then
    if [[ "$source" == jmespath/jmespath.test@* ]]; then
      [[ -n "$jmespath" ]] || { echo "skip $path (no --jmespath checkout given)"; continue; }
      from="$jmespath/${source#*:}"
    else
      from="$botocore/$source"
    fi
  else
    from=""
  fi
  if [[ -n "$from" ]]; then
    [[ -f "$from" ]] || { echo "missing in source: $from"; failed=$((failed + 1)); continue; }
    mkdir -p "$(dirname "$dest/$path")"
    cp "$from" "$dest/$path"
    copied=$((copied + 1))
  fi
  actual_blob=$(git hash-object "$dest/$path" 2>/dev/null || echo none)
  actual_bytes=$(wc -c < "$dest/$path" 2>/dev/null || echo 0)
  if [[ "$actual_blob" != "$blob" || "$actual_bytes" -ne "$bytes" ]]; then
    echo "MISMATCH $path: $actual_bytes bytes, blob $actual_blob (manifest: $bytes, $blob)"
    failed=$((failed + 1))
  fi
done < "$manifest"

echo "copied $copied file(s); $failed mismatch(es)"
[[ $failed -eq 0 ]]
