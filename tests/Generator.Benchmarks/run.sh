#!/usr/bin/env bash
# Whole-build benchmark: our generator (Native AOT) against Hugo on the same synthetic reports, side by side.
#
#   bash tests/Generator.Benchmarks/run.sh                 # 27, 1,000 and 10,000 events, 5 clean builds each
#   bash tests/Generator.Benchmarks/run.sh 100000          # other sizes
#   RUNS=3 STAGES=1 bash tests/Generator.Benchmarks/run.sh # fewer runs; also BenchmarkDotNet's per-stage figures
#
# Prints, per size, the median wall time, the median CPU time (user + system) and the largest peak memory
# (maximum resident set) of a clean build, from process start to exit, and the same for Hugo when it is
# installed (apt-get install hugo), with the ratios: like for like (a minimal theme, no data files, as the Hugo
# site) and with our full theme and open data (what a user gets). Then a rebuild after one changed event
# file, the same build under the JIT (dotnet Generator.dll), the real 2022 report, without and with --pdf
# (when Chromium is installed), and the preview's reload time.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(27 1000 10000)
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"

echo "Publishing the generator (Native AOT) and the benchmark tools..."
dotnet publish "$root/Generator.csproj" -c Release -r linux-x64 -p:PublishAot=true -o "$work/generator" >/dev/null
dotnet build "$root/tests/Generator.Benchmarks" -c Release -o "$work/bench" >/dev/null
dotnet build "$root/Generator.csproj" -c Release -o "$work/jit" >/dev/null
generator="$work/generator/Generator"
bench="dotnet $work/bench/Generator.Benchmarks.dll"
hugo=$(command -v hugo || true)

# Runs a command once under /usr/bin/time, adding "wall user sys peak_kb" to the timings file.
time_once() {
  /usr/bin/time -f "%e %U %S %M" -a -o "$work/times.txt" "$@" >/dev/null 2>&1
}

# Prints the timings file as "wall cpu peak_mb": the median wall time, the median CPU time (user + system), the
# largest peak memory.
summarise() {
  local times="$work/times.txt"
  local middle=$(( (runs + 1) / 2 ))
  local wall cpu mem
  wall=$(awk '{ print $1 }' "$times" | sort -n | sed -n "${middle}p")
  cpu=$(awk '{ printf "%.2f\n", $2 + $3 }' "$times" | sort -n | sed -n "${middle}p")
  mem=$(awk '$4 > max { max = $4 } END { printf "%.0f", max / 1024 }' "$times")
  echo "$wall $cpu $mem"
}

# Wipes an output folder and the staging folder beside it.
wipe() {
  rm -rf "$1" "$(dirname "$1")/.$(basename "$1").staging"
}

# Runs a command $runs times after wiping its output folder; prints "wall cpu peak_mb" (medians, max).
measure() {
  local out=$1; shift
  : > "$work/times.txt"
  for _ in $(seq "$runs"); do
    wipe "$out"
    sync
    time_once "$@"
  done
  summarise
}

# Builds once, then $runs times changes one event file (a new sentence each time) and rebuilds into the same
# output; prints "wall cpu peak_mb" of the rebuilds (medians, max).
measure_rebuild() {
  local out=$1 event=$2; shift 2
  wipe "$out"
  "$@" >/dev/null 2>&1
  : > "$work/times.txt"
  for i in $(seq "$runs"); do
    printf '\nNog een zin, nummer %s.\n' "$i" >> "$event"
    sync
    time_once "$@"
  done
  summarise
}

# One row of the table: "label n" then our command's and Hugo's figures.
row() {
  local label=$1 n=$2 ow=$3 oc=$4 om=$5 hw=${6:-} hc=${7:-} hm=${8:-}
  if [ -n "$hw" ]; then
    printf "| %s | %s | %s | %s | %s | %s | %s | %s | %.2f | %.2f |\n" "$label" "$n" "$ow" "$oc" "$om" "$hw" "$hc" "$hm" "$(echo "$ow / $hw" | bc -l)" "$(echo "$om / $hm" | bc -l)"
  else
    printf "| %s | %s | %s | %s | %s | – | – | – | – | – |\n" "$label" "$n" "$ow" "$oc" "$om"
  fi
}

echo
hugo_version="not installed"
[ -z "$hugo" ] || hugo_version=$("$hugo" version | cut -d' ' -f2)
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr); Hugo $hugo_version; clean builds, median of $runs."
printf "\n| build | events | ours wall s | ours CPU s | ours peak MB | Hugo wall s | Hugo CPU s | Hugo peak MB | wall ratio | memory ratio |\n"
printf "|-------|-------:|------:|------:|------:|------:|------:|------:|------:|------:|\n"
for n in "${sizes[@]}"; do
  for kind in like-for-like full; do
    if [ "$kind" = full ]; then corpus=corpus-full; else corpus=corpus; fi
    $bench $corpus "$n" "$work/ours-$n" "$work/hugo-$n" >/dev/null
    ours=("$generator" build --input "$work/ours-$n/input" --theme "$work/ours-$n/theme" --output "$work/ours-$n/output")
    hugo_build=("$hugo" --quiet -s "$work/hugo-$n" -d "$work/hugo-$n/public")
    read -r ow oc om < <(measure "$work/ours-$n/output" "${ours[@]}")
    hw="" hc="" hm=""
    [ -z "$hugo" ] || read -r hw hc hm < <(measure "$work/hugo-$n/public" "${hugo_build[@]}")
    row "$kind, clean" "$n" "$ow" "$oc" "$om" "$hw" "$hc" "$hm"
    pages=$(find "$work/ours-$n/output" -name index.html | wc -l)
    [ "$pages" -eq $((n + 1)) ] || { echo "expected $((n + 1)) pages, found $pages" >&2; exit 1; }
    if [ "$kind" = full ]; then
      event=$(find "$work/ours-$n/input/2024/events" -name '*.md' | sort | sed -n "$(( n / 2 ))p")
      read -r ow oc om < <(measure_rebuild "$work/ours-$n/output" "$event" "${ours[@]}")
      hw="" hc="" hm=""
      if [ -n "$hugo" ]; then
        read -r hw hc hm < <(measure_rebuild "$work/hugo-$n/public" "$work/hugo-$n/content/events/$(basename "$event")" "${hugo_build[@]}")
      fi
      row "full, one event changed" "$n" "$ow" "$oc" "$om" "$hw" "$hc" "$hm"
      read -r ow oc om < <(measure "$work/ours-$n/output" dotnet "$work/jit/Generator.dll" build --input "$work/ours-$n/input" --theme "$work/ours-$n/theme" --output "$work/ours-$n/output")
      row "full, clean, JIT (dotnet)" "$n" "$ow" "$oc" "$om"
    fi
    rm -rf "$work/ours-$n" "$work/hugo-$n"
  done
done

echo
read -r rw rc rm_ < <(measure "$work/real" "$generator" build --input "$root/input" --theme "$root/theme" --output "$work/real")
echo "The real 2022 report (24 events, full theme, data files): wall $rw s, CPU $rc s, peak $rm_ MB."
chromium=${CHROMIUM:-$(command -v chromium || true)}
if [ -n "$chromium" ]; then
  read -r pw pc pm < <(measure "$work/real-pdf" "$generator" build --pdf --input "$root/input" --theme "$root/theme" --output "$work/real-pdf")
  echo "The same with build --pdf (Chromium prints twice: once to find the pages, once with them in the contents): wall $pw s, CPU $pc s, peak $pm MB (the generator's own process)."
  "$generator" build --pdf --input "$root/input" --theme "$root/theme" --output "$work/real-pdf" --force --timings | grep -E '^  (pdf|writing) ' | sed 's/^/  /'
else
  echo "build --pdf: not measured (no Chromium; apt-get install chromium)."
fi
echo "Where the time goes in one build of 10,000 events, full theme and open data (build --timings):"
$bench corpus-full 10000 "$work/timed" >/dev/null
"$generator" build --input "$work/timed/input" --theme "$work/timed/theme" --output "$work/timed/output" --timings | sed 's/^/  /'
rm -rf "$work/timed"
$bench reload 1000

if [ "${STAGES:-0}" = 1 ]; then
  $bench stages --filter '*'
fi
