#!/usr/bin/env bash
# Lists the [Fact]/[Theory] methods whose names do not follow Method_Scenario_Expected, per test project,
# and prints each project's share of conforming names.
#   bash tests/test-names.sh            # summary per project
#   bash tests/test-names.sh --list     # also every non-conforming name, as file:line: name
# A conforming name is three PascalCase parts joined by underscores: Method_Scenario_Expected
# (e.g. Read_EmptyStream_ReturnsNoItems). Parts start with a capital letter or a digit.
set -uo pipefail
cd "$(dirname "$0")"
list=false
[[ "${1:-}" == "--list" ]] && list=true

pattern='^[A-Z0-9][A-Za-z0-9]*_[A-Z0-9][A-Za-z0-9]*_[A-Z0-9][A-Za-z0-9]*$'
for project in */; do
  project=${project%/}
  [[ -f "$project/$project.csproj" ]] || continue
  names=$(find "$project" -name '*.cs' -not -path '*/bin/*' -not -path '*/obj/*' -print0 | sort -z | xargs -0 -r awk '
    FNR == 1 { pending = 0 }
    /^[[:space:]]*\[(Fact|Theory)([[:space:](]|\]|$)/ { pending = 1 }
    pending && /^[[:space:]]*(public|internal|private)[^=]*[[:space:]][A-Za-z_][A-Za-z0-9_]*[[:space:]]*\(/ {
      line = $0
      sub(/[[:space:]]*\(.*/, "", line)
      n = split(line, words, /[[:space:]]+/)
      print FILENAME ":" FNR ": " words[n]
      pending = 0
    }')
  total=$(grep -c . <<<"$names" || true)
  [[ -z "$names" ]] && total=0
  bad=$(awk -F': ' -v p="$pattern" '$2 !~ p' <<<"$names" | grep -c . || true)
  if [[ $total -gt 0 ]]; then
    printf '%-40s %4d tests, %4d not Method_Scenario_Expected (%d%% conform)\n' "$project" "$total" "$bad" $(( (total - bad) * 100 / total ))
  fi
  if $list && [[ $bad -gt 0 ]]; then
    awk -F': ' -v p="$pattern" '$2 !~ p { print "  " $0 }' <<<"$names"
  fi
done
