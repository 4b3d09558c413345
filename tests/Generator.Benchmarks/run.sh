#!/usr/bin/env bash
# Whole-build benchmark: our generator (Native AOT) against Hugo on the same synthetic reports, side by side.
#
#   bash tests/Generator.Benchmarks/run.sh                 # 27, 1,000 and 10,000 events, 5 clean builds each
#   bash tests/Generator.Benchmarks/run.sh 100000          # other sizes
#   RUNS=3 STAGES=1 bash tests/Generator.Benchmarks/run.sh # fewer runs; also BenchmarkDotNet's per-stage figures
#
# Prints, per size, the median wall time, the median CPU time (user + system) and the largest peak memory
# (maximum resident set) of a clean build (into a new folder, see below), from process start to exit, with the load
# average of the machine while it ran, and the same for Hugo when it is
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

# Every timed build writes into a folder of its own that did not exist before ("$runs_dir/<label>-<i>"), and nothing is
# deleted until every run of every tool is over (the EXIT trap removes "$work"). The reason is ext4: its inode
# allocator skips inodes freed in the last minutes (recently_deleted() in find_inode_bit), so a build started right
# after "rm -rf" of the previous output spends most of its system time searching for inodes it may use, and more in
# each run (0.55, 3.45, 6.64 s of system time at 10,000 events in a loop of rm -rf; build). That cost belongs to the
# deletion, not to the generator, and Hugo pays it the same way, so neither side is measured after a deletion.
runs_dir="$work/runs"
mkdir -p "$runs_dir"

# Runs a command once under /usr/bin/time, adding "wall user sys peak_kb" to the timings file. The one timing
# function: every figure of the table comes from it.
time_once() {
  /usr/bin/time -f "%e %U %S %M" -a -o "$work/times.txt" "$@" >/dev/null 2>&1
}

# The one-minute load average, which says how much other work shared the machine during a row.
load() {
  cut -d' ' -f1 /proc/loadavg
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

# Runs a build $runs times, each into a new output folder (see above); prints "wall cpu peak_mb load" (medians, max,
# the load averages at the start and the end). The command's word OUT stands for the output folder: "$runs_dir/$label-1"
# to "$runs_dir/$label-$runs".
measure() {
  local label=$1; shift
  local before out i word
  local -a command
  : > "$work/times.txt"
  before=$(load)
  for i in $(seq "$runs"); do
    out="$runs_dir/$label-$i"
    command=()
    for word in "$@"; do
      [ "$word" = OUT ] && command+=("$out") || command+=("$word")
    done
    sync
    time_once "${command[@]}"
  done
  echo "$(summarise) $before–$(load)"
}

# Builds once into a new folder, then $runs times changes one event file (a new sentence each time) and builds again
# into that same output: a rebuild, as a user makes one after saving a file. Prints "wall cpu peak_mb load" of the
# rebuilds. Unlike a clean build, a rebuild pays the ext4 penalty for what it replaces, as a user's rebuild does:
# the files that changed (the event's page, the report page, the data files) are removed from the staging folder
# and new inodes allocated for them; the unchanged ones are kept or hard-linked, not written.
measure_rebuild() {
  local label=$1 event=$2; shift 2
  local out="$runs_dir/$label" before i word
  local -a command=()
  for word in "$@"; do
    [ "$word" = OUT ] && command+=("$out") || command+=("$word")
  done
  "${command[@]}" >/dev/null 2>&1
  : > "$work/times.txt"
  before=$(load)
  for i in $(seq "$runs"); do
    printf '\nNog een zin, nummer %s.\n' "$i" >> "$event"
    sync
    time_once "${command[@]}"
  done
  echo "$(summarise) $before–$(load)"
}

# One row of the table: "label n load" then our command's and Hugo's figures (Hugo's load after its ratio columns).
row() {
  local label=$1 n=$2 ow=$3 oc=$4 om=$5 ol=$6 hw=${7:-} hc=${8:-} hm=${9:-} hl=${10:-}
  if [ -n "$hw" ]; then
    printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %.2f | %.2f |\n" "$label" "$n" "$ol" "$ow" "$oc" "$om" "$hl" "$hw" "$hc" "$hm" "$(echo "$ow / $hw" | bc -l)" "$(echo "$om / $hm" | bc -l)"
  else
    printf "| %s | %s | %s | %s | %s | %s | – | – | – | – | – | – |\n" "$label" "$n" "$ol" "$ow" "$oc" "$om"
  fi
}

echo
hugo_version="not installed"
[ -z "$hugo" ] || hugo_version=$("$hugo" version | cut -d' ' -f2)
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr); Hugo $hugo_version; clean builds, median of $runs."
echo "Load: the one-minute load average when a row's runs started and when they ended (on $(nproc) cores)."
printf "\n| build | events | ours load | ours wall s | ours CPU s | ours peak MB | Hugo load | Hugo wall s | Hugo CPU s | Hugo peak MB | wall ratio | memory ratio |\n"
printf "|-------|-------:|------|------:|------:|------:|------|------:|------:|------:|------:|------:|\n"
for n in "${sizes[@]}"; do
  for kind in like-for-like full; do
    if [ "$kind" = full ]; then corpus=corpus-full; else corpus=corpus; fi
    ours_site="$work/ours-$kind-$n" hugo_site="$work/hugo-$kind-$n"
    $bench $corpus "$n" "$ours_site" "$hugo_site" >/dev/null
    ours=("$generator" build --input "$ours_site/input" --theme "$ours_site/theme" --output OUT)
    hugo_build=("$hugo" --quiet -s "$hugo_site" -d OUT)
    read -r ow oc om ol < <(measure "ours-$kind-$n" "${ours[@]}")
    hw="" hc="" hm="" hl=""
    [ -z "$hugo" ] || read -r hw hc hm hl < <(measure "hugo-$kind-$n" "${hugo_build[@]}")
    row "$kind, clean" "$n" "$ow" "$oc" "$om" "$ol" "$hw" "$hc" "$hm" "$hl"
    pages=$(find "$runs_dir/ours-$kind-$n-$runs" -name index.html | wc -l)
    [ "$pages" -eq $((n + 2)) ] || { echo "expected $((n + 2)) pages (the overview, the report, one per event), found $pages" >&2; exit 1; }
    if [ "$kind" = full ]; then
      event=$(find "$ours_site/input/2024/events" -name '*.md' | sort | sed -n "$(( n / 2 ))p")
      read -r ow oc om ol < <(measure_rebuild "ours-rebuild-$n" "$event" "${ours[@]}")
      hw="" hc="" hm="" hl=""
      if [ -n "$hugo" ]; then
        read -r hw hc hm hl < <(measure_rebuild "hugo-rebuild-$n" "$hugo_site/content/events/$(basename "$event")" "${hugo_build[@]}")
      fi
      row "full, one event changed" "$n" "$ow" "$oc" "$om" "$ol" "$hw" "$hc" "$hm" "$hl"
      read -r ow oc om ol < <(measure "jit-$n" dotnet "$work/jit/Generator.dll" build --input "$ours_site/input" --theme "$ours_site/theme" --output OUT)
      row "full, clean, JIT (dotnet)" "$n" "$ow" "$oc" "$om" "$ol"
    fi
  done
done

echo
read -r rw rc rm_ rl < <(measure real "$generator" build --input "$root/input" --theme "$root/theme" --output OUT)
echo "The real 2022 report (24 events, full theme, data files): wall $rw s, CPU $rc s, peak $rm_ MB (load $rl)."
chromium=${CHROMIUM:-$(command -v chromium || true)}
if [ -n "$chromium" ]; then
  read -r pw pc pm pl < <(measure real-pdf "$generator" build --pdf --input "$root/input" --theme "$root/theme" --output OUT)
  echo "The same with build --pdf (Chromium prints twice: once to find the pages, once with them in the contents): wall $pw s, CPU $pc s, peak $pm MB (the generator's own process; load $pl)."
  "$generator" build --pdf --input "$root/input" --theme "$root/theme" --output "$runs_dir/real-pdf-timed" --timings | grep -E '^  (pdf|writing) ' | sed 's/^/  /'
else
  echo "build --pdf: not measured (no Chromium; apt-get install chromium)."
fi
echo "Where the time goes in one build of 10,000 events, full theme and open data (build --timings; load $(load)):"
$bench corpus-full 10000 "$work/timed" >/dev/null
"$generator" build --input "$work/timed/input" --theme "$work/timed/theme" --output "$runs_dir/timed" --timings | sed 's/^/  /'
$bench reload 1000

if [ "${STAGES:-0}" = 1 ]; then
  $bench stages --filter '*'
fi
