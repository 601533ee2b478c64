#!/usr/bin/env bash
# Runs the suite once, one row group after another, into <out> (default ./benchmark-results):
#   run-suite.sh [out] [admission scale-evaluation scale-load coldstart scale batch]   (default: all six)
#   run-suite.sh [out] conformance    the RulesEngine backend against the built-in engine on 1,000,000 cases per family
#                                     (rule outcomes and decisions; about 20 minutes; not in the default set)
# The BenchmarkDotNet classes run in-process (BenchmarkDotNet's own per-run build times out on 2 busy cores), with
# fixed iteration counts so a noisy machine does not stretch a run to 100 iterations. About 20 minutes on 2 shared cores.
set -uo pipefail
cd "$(dirname "$0")/../.."
out=${1:-benchmark-results}
shift || true
steps=${*:-admission scale-evaluation scale-load coldstart scale batch}
mkdir -p "$out"
dotnet build -c Release src/Douyin.Eligibility.Tool >/dev/null || exit 1
dotnet build -c Release tests/Douyin.Eligibility.Benchmarks >/dev/null || exit 1
bench=tests/Douyin.Eligibility.Benchmarks/bin/Release/net10.0/Douyin.Eligibility.Benchmarks
for step in $steps; do
  case $step in
    admission) $bench --filter '*AdmissionBenchmarks*' --inProcess --warmupCount 3 --iterationCount 15 --artifacts "$out/bdn" ;;
    scale-evaluation) $bench --filter '*ScaleEvaluationBenchmarks*' --inProcess --warmupCount 2 --iterationCount 5 --artifacts "$out/bdn" ;;
    scale-load) $bench --filter '*ScaleLoadBenchmarks*' --inProcess --strategy ColdStart --warmupCount 0 --iterationCount 2 --artifacts "$out/bdn" ;;
    coldstart) $bench coldstart 11 ;;
    scale) $bench scale 100 1000 10000 ;;
    batch) $bench batch 100000 1000000 ;;
    conformance) $bench conformance 1000000 ;;
    *) echo "unknown step $step" >&2; exit 2 ;;
  esac > "$out/$step.log" 2>&1
  echo "$step: exit $?"
done
echo "done: $out"
