#!/usr/bin/env bash
# The consumer test (docs/packaging.md): the packages as a new user gets them, from a local folder only.
#   1. pack every package of the solution into a temporary folder (no pack warning allowed);
#   2. a fresh project outside the solution (this folder, copied out) references Douyin.Eligibility by version through
#      a nuget.config whose package source mapping takes Douyin.Eligibility* from that folder alone;
#   3. it decides the sample snapshots on the embedded rules, through DI, and on a copied rules folder with a threshold
#      edited, on net10.0 and on net8.0 (self-contained), and the outputs must agree;
#   4. the tool, installed as a local tool from the folder, runs lint, check, explain, test and diff;
#   5. a Native AOT publish: no trim/AOT warning may name our assemblies, and its output must equal the JIT one.
# Prints one line per check and "consumer: N checks passed, M failed"; exits 1 when a check failed.
# Environment: CONSUMER_WORK (work folder; default a new temporary one, removed at the end unless KEEP_CONSUMER_WORK=1),
# CONSUMER_AOT=strict|report|skip (default strict: AOT warnings and differences fail), CONSUMER_FEED (the feed for
# third-party packages; default nuget.org's v3 index).
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=${CONSUMER_WORK:-$(mktemp -d -t douyin-consumer.XXXXXX)}
feed=${CONSUMER_FEED:-https://api.nuget.org/v3/index.json}
aot_mode=${CONSUMER_AOT:-strict}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
started=$SECONDS
passed=0
failed=0

ok() { passed=$((passed + 1)); echo "consumer: ok   $1 [$((SECONDS - started)) s]"; }
fail() { failed=$((failed + 1)); echo "consumer: FAIL $1" >&2; }
# expect NAME EXPECTED_EXIT ACTUAL_EXIT [FILE PATTERN...]: the exit code, and each extended regex found in FILE.
expect() {
  local name=$1 want=$2 got=$3
  shift 3
  if [[ $got -ne $want ]]; then
    fail "$name: exit code $got, expected $want"
    [[ $# -gt 0 && -f $1 ]] && tail -n 20 "$1" >&2
    return
  fi
  if [[ $# -gt 0 ]]; then
    local file=$1
    shift
    local pattern
    for pattern in "$@"; do
      if ! grep -Eq -- "$pattern" "$file"; then
        fail "$name: output has no match for '$pattern'"
        tail -n 20 "$file" >&2
        return
      fi
    done
  fi
  ok "$name"
}
finish() {
  echo "consumer: $passed checks passed, $failed failed ($((SECONDS - started)) s)"
  if [[ -z ${CONSUMER_WORK:-} && ${KEEP_CONSUMER_WORK:-0} != 1 ]]; then
    rm -rf "$work"
  else
    echo "consumer: work folder kept: $work"
  fi
  [[ $failed -eq 0 ]]
  exit $?
}

mkdir -p "$work"
packages=$work/packages
app=$work/consumer
version=$(dotnet msbuild "$repo/src/Douyin.Eligibility/Douyin.Eligibility.csproj" -getProperty:Version 2>/dev/null | tr -d '[:space:]')
echo "consumer: packing version $version into $packages"

# 1. Pack. The same version may have been restored before from another pack: our ids are dropped from the global
#    package cache below, so this pack is the one restored (nothing else uses them from there: the solution references
#    projects).
rm -rf "$packages" && mkdir -p "$packages"
dotnet pack "$repo/Douyin.Eligibility.sln" -c Release -o "$packages" >"$work/pack.log" 2>&1
expect "pack: dotnet pack -c Release" 0 $? "$work/pack.log"
warnings=$(grep -E ': warning [A-Z]*[0-9]*' "$work/pack.log" | sort -u)
if [[ -z $warnings ]]; then ok "pack: no warnings"; else fail "pack: warnings:"; echo "$warnings" >&2; fi
# Every package packed (at least the four the consumer uses) holds its LICENSE, README and icon, and names its repository.
ids=$(cd "$packages" && ls ./*.nupkg 2>/dev/null | sed -e 's|^\./||' -e "s/\.$version\.nupkg\$//")
for id in Douyin.Eligibility.Rules Douyin.Eligibility Douyin.Eligibility.RulesEngine Douyin.Eligibility.Tool; do
  grep -qx "$id" <<<"$ids" || ids=$(printf '%s\n%s' "$ids" "$id")
done
for id in $ids; do
  nupkg=$packages/$id.$version.nupkg
  if [[ -f $nupkg && $(unzip -l "$nupkg" | grep -Ec ' (LICENSE|README\.md|icon\.png)$') -eq 3 ]] \
     && unzip -p "$nupkg" "$id.nuspec" | grep '<repository type="git" url="https://github.com/' >/dev/null; then
    ok "pack: $id.$version.nupkg has LICENSE, README.md, icon.png and a repository"
  else
    fail "pack: $id.$version.nupkg is missing, or lacks LICENSE, README.md, icon.png or its repository"
  fi
done
cache=$(dotnet nuget locals global-packages --list | sed -e 's/^global-packages: *//')
for id in $ids; do
  rm -rf "${cache%/}/${id,,}/$version"
done

# 2. The consumer project, outside the repository, with its own nuget.config.
rm -rf "$app" && mkdir -p "$app"
cp "$here/Consumer.csproj" "$here/Program.cs" "$here/Directory.Build.props" "$here/Directory.Packages.props" "$app/"
cat >"$app/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$packages" />
    <add key="third-party" value="$feed" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local">
      <package pattern="Douyin.Eligibility" />
      <package pattern="Douyin.Eligibility.*" />
    </packageSource>
    <packageSource key="third-party">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
EOF
# The data and a copy of the shipped rules; in the copy, Selected Alliance admission's MinStoreScore goes 4.1 -> 4.7.
cp -r "$repo/samples/data" "$work/data"
rm -rf "$work/rules" "$work/rules-edited"
cp -r "$repo/rules" "$work/rules"
cp -r "$repo/rules" "$work/rules-edited"
sed -i '/"Name": "MinStoreScore"/{n;s/"Expression": "4\.1"/"Expression": "4.7"/}' "$work/rules-edited/alliance/admission.json"
if grep -A1 '"Name": "MinStoreScore"' "$work/rules-edited/alliance/admission.json" | grep -q '"Expression": "4.7"'; then
  ok "rules: the copy's MinStoreScore edited to 4.7"
else
  fail "rules: MinStoreScore 4.1 not found in rules/alliance/admission.json (update run.sh)"
fi

# 3. Build for net10.0 and net8.0 and run both.
(cd "$app" && dotnet build -c Release -p:DouyinEligibilityVersion="$version" >"$work/build.log" 2>&1)
expect "consumer: restore and build (net10.0, net8.0) from the local folder" 0 $? "$work/build.log"
source_of=$(grep -ho '"source": *"[^"]*"' "${cache%/}/douyin.eligibility/$version/.nupkg.metadata" 2>/dev/null | sed -e 's/.*: *"//' -e 's/"$//')
if [[ ${source_of%/} == "${packages%/}" ]]; then ok "consumer: Douyin.Eligibility $version came from $packages"; else fail "consumer: Douyin.Eligibility $version came from '${source_of}', not $packages"; fi
dotnet "$app/bin/Release/net10.0/Consumer.dll" "$work/data" "$work/rules-edited" >"$work/net10.txt" 2>&1
expect "consumer net10.0: embedded, DI and edited rules" 0 $? "$work/net10.txt" '^consumer-app: [0-9]+ checks passed, 0 failed$'
"$app/bin/Release/net8.0/linux-x64/Consumer" "$work/data" "$work/rules-edited" >"$work/net8.txt" 2>&1
expect "consumer net8.0 (self-contained): embedded, DI and edited rules" 0 $? "$work/net8.txt" '^consumer-app: [0-9]+ checks passed, 0 failed$'
if cmp -s "$work/net10.txt" "$work/net8.txt"; then ok "consumer: net8.0 decides as net10.0 ($(grep -c ' line ' "$work/net10.txt") decisions)"; else fail "consumer: net8.0 and net10.0 differ"; diff "$work/net10.txt" "$work/net8.txt" | head -n 10 >&2; fi
grep '^FAIL' "$work/net10.txt" >&2

# 4. The tool as a local tool from the folder. No --add-source: the CLI refuses it next to a package source mapping, and
#    the consumer's nuget.config already maps Douyin.Eligibility.* to the folder (and only there).
(cd "$app" && dotnet new tool-manifest --force >"$work/tool-install.log" 2>&1 \
  && dotnet tool install Douyin.Eligibility.Tool --version "$version" >>"$work/tool-install.log" 2>&1)
expect "tool: installed as a local tool" 0 $? "$work/tool-install.log"
tool() { (cd "$app" && dotnet tool run douyin-eligibility -- "$@"); }
mkdir -p "$work/broken"
printf '{"WorkflowName": "W", "Inputs": [{"Name": "m", "Type": "MerchantSnapshot"}], "Rules": [{"RuleName": "R", "Expression": "m.StoreScor > 4"}]}\n' >"$work/broken/broken.json"
tool lint "$work/rules-edited" >"$work/lint.txt" 2>&1
expect "tool lint: the edited copy has no errors" 0 $? "$work/lint.txt"
tool lint "$work/broken" >"$work/lint-broken.txt" 2>&1
expect "tool lint: a misspelt member is an error with its position" 1 $? "$work/lint-broken.txt" 'broken\.json\([0-9]+,[0-9]+\): error DE[0-9]+' 'StoreScore'
tool check "$work/data/merchants.jsonl" --workflow AllianceAdmission --lang en >"$work/check.txt" 2>&1
expect "tool check: the sample stores on the embedded rules" 0 $? "$work/check.txt" 'SHOP-[0-9]+ +Eligible' 'NotEligible' '252'
tool explain "$work/data/examples/merchant.json" --workflow AllianceAdmission --rules "$work/rules-edited" --lang en >"$work/explain.txt" 2>&1
expect "tool explain: the example store fails the edited threshold" 0 $? "$work/explain.txt" 'SHOP-7214405' 'ALLIANCE_STORE_SCORE_LOW' '4\.7'
tool test "$work/rules/tests" >"$work/test.txt" 2>&1
expect "tool test: the shipped rule tests pass" 0 $? "$work/test.txt" '[0-9]+ passed, 0 failed'
tool test "$work/rules-edited/tests" >"$work/test-edited.txt" 2>&1
expect "tool test: the edited threshold fails rule tests" 1 $? "$work/test-edited.txt" '[1-9][0-9]* failed'
tool diff --rules "$work/rules" --against "$work/rules-edited" "$work/data/merchants.jsonl" --lang en >"$work/diff.txt" 2>&1
expect "tool diff: the edit flips stores to NotEligible on store score" 0 $? "$work/diff.txt" 'Eligible → NotEligible' 'ALLIANCE_STORE_SCORE_LOW' '252 evaluated'

# 5. Native AOT (net10.0, linux-x64; the native toolchain, clang and zlib1g-dev, is installed by .ci/run).
if [[ $aot_mode != skip ]]; then
  (cd "$app" && dotnet publish -c Release -f net10.0 -r linux-x64 -p:PublishAot=true -p:DouyinEligibilityVersion="$version" -o "$work/aot" >"$work/aot-publish.log" 2>&1)
  status=$?
  ours=$(grep -E 'warning IL[23][0-9]{3}' "$work/aot-publish.log" | grep 'Douyin\.Eligibility' | sed -e 's/ \[[^]]*\]$//' | sort -u)
  count=$(printf '%s' "$ours" | grep -c . || true)
  if [[ $count -gt 0 ]]; then
    echo "consumer: trim/AOT warnings from Douyin.Eligibility* ($count, by code):" >&2
    printf '%s\n' "$ours" | grep -Eo 'IL[23][0-9]{3}' | sort | uniq -c >&2
    printf '%s\n' "$ours" | head -n 30 >&2
  fi
  aot_fail() { if [[ $aot_mode == strict ]]; then fail "$1"; else echo "consumer: (reported, not counted) $1" >&2; fi; }
  if [[ $status -ne 0 ]]; then
    aot_fail "aot: dotnet publish -p:PublishAot=true failed (exit $status)"
    tail -n 20 "$work/aot-publish.log" >&2
  else
    ok "aot: published"
    if [[ $count -eq 0 ]]; then ok "aot: no trim/AOT warning names Douyin.Eligibility*"; else aot_fail "aot: $count trim/AOT warnings name Douyin.Eligibility*"; fi
    "$work/aot/Consumer" "$work/data" "$work/rules-edited" >"$work/aot.txt" 2>&1
    aot_status=$?
    if [[ $aot_status -eq 0 ]] && cmp -s "$work/net10.txt" "$work/aot.txt"; then
      ok "aot: the native consumer decides as the JIT one ($(grep -c ' line ' "$work/aot.txt") decisions)"
    else
      aot_fail "aot: the native consumer exited $aot_status or differs from the JIT one"
      diff "$work/net10.txt" "$work/aot.txt" | head -n 15 >&2
    fi
  fi
fi

finish
