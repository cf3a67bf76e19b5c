#!/usr/bin/env bash
# Whole-process throughput of the command line, as a user sees it (start-up, JIT and GC included), against
# a JavaScript baseline (wink-nlp tokenizer + sentence splitter) on the same documents in the same run:
#
#   tests/Attribution.Benchmarks/whole-process/whole-process.sh [--megabytes N] [--runs N] [--cli build,publish,tool,aot] [--no-wink]
#
# It builds about 10 MB of news text as JSONL (the GUM documents of the test data, repeated), then times, RUNS
# times each (default 3):
#   extract --jsonl-input  pinned to one core (taskset -c 1) and on all cores,
#   sentences --jsonl-input pinned to one core,
#   wink-nlp (node wink-baseline.js) pinned to one core,
# and prints wall time, CPU time, MB/s (10^6 bytes of UTF-8 text per wall second) and peak RSS (/usr/bin/time -v),
# then the medians and the ratios the performance issue asks for. CLI variants (comma-separated, default
# build,publish,aot): `build` is the `dotnet build -c Release` output (what `dotnet run -c Release` starts), `publish`
# is `dotnet publish -c Release` (ReadyToRun), `tool` is the packed .NET tool installed with `dotnet tool install
# --tool-path` from a local feed (Native AOT for this machine's RID when clang or gcc is present, otherwise the
# framework-dependent fallback; about 3 minutes to pack), `aot` is the Native AOT publish profile
# (`-p:PublishProfile=native`; needs clang or gcc; a few minutes to build). Scratch files (corpus, node_modules, outputs) go to
# ${ATTRIBUTION_BENCH_DIR:-/tmp/attribution-whole-process}; nothing is written in the repository but bin/obj.
set -euo pipefail

megabytes=10
runs=3
cli=build,publish,aot
wink=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --megabytes) megabytes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --cli) cli="$2"; shift 2 ;;
    --no-wink) wink=0; shift ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 1 ;;
  esac
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
work="${ATTRIBUTION_BENCH_DIR:-/tmp/attribution-whole-process}"
mkdir -p "$work"

# --- What the script needs: install what Debian packages provide (as root), else say what is missing. ---
need_apt=()
command -v taskset >/dev/null || need_apt+=(util-linux)
[[ -x /usr/bin/time ]] || need_apt+=(time)
if [[ $wink == 1 ]]; then
  command -v node >/dev/null || need_apt+=(nodejs)
  command -v npm >/dev/null || need_apt+=(npm)
fi
command -v node >/dev/null || need_apt+=(nodejs)   # the corpus builder is a node script
if [[ ${#need_apt[@]} -gt 0 ]]; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    echo "installing ${need_apt[*]} ..." >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "missing: ${need_apt[*]} (install them with your package manager)" >&2
    exit 1
  fi
fi
command -v dotnet >/dev/null || { echo "missing: the .NET 10 SDK (dotnet)" >&2; exit 1; }

# --- The input. ---
corpus="$work/news-${megabytes}MB.jsonl"
node "$here/make-news-jsonl.js" "$repo/tests/Attribution.Tests/Data/gum/gum-attribution.jsonl" "$megabytes" > "$corpus" 2> "$work/corpus.log"
text_bytes=$(sed -E 's/.* ([0-9]+) bytes of text/\1/' "$work/corpus.log")
documents=$(wc -l < "$corpus")

# --- The programs. ---
variants=()
for v in ${cli//,/ }; do
  case "$v" in
    build) dotnet build "$repo/samples/Attribution.Cli" -c Release -o "$work/cli-build" -v q -nologo > "$work/build.log" 2>&1 || { tail -20 "$work/build.log"; exit 1; } ;;
    publish) dotnet publish "$repo/samples/Attribution.Cli" -c Release -o "$work/cli-publish" -v q -nologo > "$work/publish.log" 2>&1 || { tail -20 "$work/publish.log"; exit 1; } ;;
    tool)  # what `dotnet tool install` gives: the packed tool (Native AOT on this RID when a C tool chain is present)
      rm -rf "$work/tool-feed" "$work/tool" "$work/cli-tool" && mkdir -p "$work/cli-tool"
      dotnet pack "$repo/samples/Attribution.Cli" -c Release -o "$work/tool-feed" --artifacts-path "$work/tool-artifacts" -v q -nologo > "$work/tool.log" 2>&1 || { tail -20 "$work/tool.log"; exit 1; }
      NUGET_PACKAGES="$work/tool-packages" dotnet tool install Attribution.Cli --tool-path "$work/tool" --add-source "$work/tool-feed" \
        --version "$(ls "$work/tool-feed" | sed -nE 's/^Attribution\.Cli\.([0-9].*)\.nupkg$/\1/p')" >> "$work/tool.log" 2>&1 || { tail -20 "$work/tool.log"; exit 1; }
      rm -rf "$work/tool-packages"
      ln -s "$work/tool/attribution" "$work/cli-tool/Attribution.Cli" ;;
    aot)   # the documented fast path: the project's Native AOT publish profile (it links with gcc when clang is missing)
      dotnet publish "$repo/samples/Attribution.Cli" -p:PublishProfile=native -o "$work/cli-aot" -v q -nologo > "$work/aot.log" 2>&1 || { tail -20 "$work/aot.log"; exit 1; } ;;
    *) echo "unknown CLI variant: $v (build, publish, tool or aot)" >&2; exit 1 ;;
  esac
  variants+=("$v")
done
if [[ $wink == 1 ]]; then
  if [[ ! -d "$work/node/node_modules/wink-nlp" || ! -d "$work/node/node_modules/wink-eng-lite-web-model" ]]; then
    mkdir -p "$work/node" && cp "$here/package.json" "$work/node/"
    (cd "$work/node" && npm install --no-package-lock --no-audit --no-fund --silent) || { echo "npm install of wink-nlp failed" >&2; exit 1; }
  fi
  cp "$here/wink-baseline.js" "$work/node/"
fi

cpus=$(nproc)
echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $cpus CPUs, $(free -g | awk '/Mem:/ {print $2}') GiB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "input: $documents documents, $text_bytes bytes of UTF-8 text ($(stat -c %s "$corpus") bytes of JSONL)"
echo

# time_run NAME COMMAND... : runs the command with /usr/bin/time -v, checks one output line per document, prints a row
declare -A walls cpus_used
time_run() {
  local name="$1"; shift
  local out="$work/out-$name.jsonl" stats="$work/time-$name.txt"
  /usr/bin/time -v -o "$stats" "$@" > "$out" 2> "$work/stderr-$name.txt" || { echo "$name failed:" >&2; tail -5 "$work/stderr-$name.txt" >&2; tail -5 "$stats" >&2; exit 1; }
  local lines; lines=$(wc -l < "$out")
  [[ $lines == "$documents" ]] || { echo "$name wrote $lines lines for $documents documents" >&2; exit 1; }
  local wall user sys rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$stats")
  user=$(awk -F': ' '/User time/ {print $2}' "$stats")
  sys=$(awk -F': ' '/System time/ {print $2}' "$stats")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$stats")
  walls[$name]+="$wall "
  cpus_used[$name]+="$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }') "
  awk -v n="$name" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v b="$text_bytes" \
    'BEGIN { printf "%-28s wall %6.2f s  cpu %6.2f s  %6.2f MB/s  peak RSS %5.0f MB\n", n, w, u + s, b / 1e6 / w, r / 1024 }'
}

for run in $(seq 1 "$runs"); do
  echo "run $run"
  for v in "${variants[@]}"; do
    exe="$work/cli-$v/Attribution.Cli"
    time_run "extract-$v-1core" taskset -c 1 "$exe" extract --jsonl-input "$corpus"
    time_run "extract-$v-allcores" "$exe" extract --jsonl-input "$corpus"
    time_run "sentences-$v-1core" taskset -c 1 "$exe" sentences --jsonl-input "$corpus"
  done
  if [[ $wink == 1 ]]; then
    # wink-baseline.js writes to its second argument; /dev/stdout keeps time_run's line check.
    time_run "wink-nlp-1core" taskset -c 1 node "$work/node/wink-baseline.js" "$corpus" /dev/stdout
  fi
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
echo
echo "medians of $runs runs (MB/s = 10^6 bytes of text per wall second; CPU = user + system seconds, which other"
echo "processes on a busy machine disturb far less than the wall clock)"
for name in "${!walls[@]}"; do
  m=$(echo "${walls[$name]}" | median)
  c=$(echo "${cpus_used[$name]}" | median)
  awk -v n="$name" -v m="$m" -v c="$c" -v b="$text_bytes" 'BEGIN { printf "  %-28s wall %6.2f s  %6.2f MB/s   cpu %6.2f s\n", n, m, b / 1e6 / m, c }'
done | sort
for v in "${variants[@]}"; do
  one=$(echo "${walls[extract-$v-1core]}" | median)
  all=$(echo "${walls[extract-$v-allcores]}" | median)
  awk -v v="$v" -v o="$one" -v a="$all" -v c="$cpus" 'BEGIN { printf "  %s: all %d cores / one core = %.2fx\n", v, c, o / a }'
  if [[ $wink == 1 ]]; then
    w=$(echo "${walls[wink-nlp-1core]}" | median)
    awk -v v="$v" -v o="$one" -v w="$w" 'BEGIN { printf "  %s: extract one core / wink-nlp one core = %.2fx (wall)\n", v, w / o }'
    oc=$(echo "${cpus_used[extract-$v-1core]}" | median)
    wc=$(echo "${cpus_used[wink-nlp-1core]}" | median)
    awk -v v="$v" -v o="$oc" -v w="$wc" 'BEGIN { printf "  %s: extract one core / wink-nlp one core = %.2fx (CPU time)\n", v, w / o }'
  fi
done
