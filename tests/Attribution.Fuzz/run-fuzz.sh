#!/usr/bin/env bash
# Fuzzes tokenize, segment, extract and serialize with SharpFuzz + AFL++.
#
#   tests/Attribution.Fuzz/run-fuzz.sh [MINUTES]        # default 30; FUZZ_OUT=dir to keep findings elsewhere
#   dotnet run --project tests/Attribution.Fuzz -- replay tests/Attribution.Fuzz/findings/default/crashes
#
# Installs what it lacks (AFL++ from Debian, the SharpFuzz instrumenter as a local dotnet tool), builds the
# harness into bin/fuzz, instruments Attribution.dll there (never the normal build output), and runs afl-fuzz
# niced for MINUTES. Not part of .ci/run. Findings land in findings/default/{crashes,hangs}: replay them, then
# turn each into a regression test in tests/Attribution.Tests/Reliability/FuzzRegressionTests.cs.
set -euo pipefail
cd "$(dirname "$0")"
here="$(pwd)"
minutes="${1:-30}"
out="${FUZZ_OUT:-$here/findings}"

if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "fuzz: installing AFL++ (Debian package afl++)" >&2
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++
  fi
fi

if [ ! -x "$here/.tools/sharpfuzz" ]; then
  echo "fuzz: installing SharpFuzz.CommandLine 2.3.0 into .tools/" >&2
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$here/.tools"
fi

rm -rf "$here/bin/fuzz"
dotnet build "$here/Attribution.Fuzz.csproj" -c Release -o "$here/bin/fuzz" -nologo -v quiet
"$here/.tools/sharpfuzz" "$here/bin/fuzz/Attribution.dll"

# dotnet is not an AFL-instrumented binary (the instrumentation is in Attribution.dll), it reserves far more
# virtual memory than AFL's default limit, and the machine is shared: no CPU binding, no governor checks.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_NO_UI=1 AFL_FORKSRV_INIT_TMOUT=60000 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_TieredPGO=0

resume=()
if [ -d "$out/default/queue" ]; then
  resume=(-i -)   # continue a previous run's queue
else
  resume=(-i "$here/corpus")
fi

echo "fuzz: running afl-fuzz for $minutes minutes, findings in $out" >&2
nice -n 15 afl-fuzz "${resume[@]}" -o "$out" -t 5000 -m none -V "$((minutes * 60))" \
  -- dotnet "$here/bin/fuzz/Attribution.Fuzz.dll" || true

stats="$out/default/fuzzer_stats"
if [ -f "$stats" ]; then
  grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|unique_crashes|unique_hangs|bitmap_cvg)' "$stats" || true
fi
crashes=$(find "$out/default/crashes" -type f ! -name README.txt 2>/dev/null | wc -l)
hangs=$(find "$out/default/hangs" -type f 2>/dev/null | wc -l)
echo "fuzz: $crashes crash input(s), $hangs hang input(s) in $out/default" >&2
