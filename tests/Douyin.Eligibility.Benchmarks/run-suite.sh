#!/usr/bin/env bash
# Runs the whole suite once, one row group after another, into <out> (default ./benchmark-results):
# the BenchmarkDotNet classes in-process (BenchmarkDotNet's own per-run build times out on 2 busy cores),
# then the cold start, scale and batch modes. About 20-30 minutes on 2 shared cores.
set -uo pipefail
cd "$(dirname "$0")/../.."
out=${1:-benchmark-results}
mkdir -p "$out"
dotnet build -c Release src/Douyin.Eligibility.Tool >/dev/null || exit 1
dotnet build -c Release tests/Douyin.Eligibility.Benchmarks >/dev/null || exit 1
bench=tests/Douyin.Eligibility.Benchmarks/bin/Release/net10.0/Douyin.Eligibility.Benchmarks
$bench --filter '*AdmissionBenchmarks*' --inProcess --artifacts "$out/bdn" > "$out/admission.log" 2>&1
$bench --filter '*ScaleEvaluationBenchmarks*' --job short --inProcess --artifacts "$out/bdn" > "$out/scale-evaluation.log" 2>&1
$bench --filter '*ScaleLoadBenchmarks*' --inProcess --artifacts "$out/bdn" > "$out/scale-load.log" 2>&1
$bench coldstart 11 > "$out/coldstart.md" 2>&1
$bench scale 100 1000 10000 > "$out/scale.md" 2>&1
$bench batch 100000 1000000 > "$out/batch.md" 2>&1
echo "done: $out"
