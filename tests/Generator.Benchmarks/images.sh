#!/usr/bin/env bash
# Image benchmark: N events (100 by default), each with its own 4,000 × 3,000 JPEG, built into the published
# widths (480, 800, 1200, 1600; WebP and JPEG). Prints wall time, CPU time and peak memory of a clean build
# with an empty image cache, and of a rebuild with the cache kept (and the output and its staging folder removed).
#
#   bash tests/Generator.Benchmarks/images.sh        # 100 photos
#   bash tests/Generator.Benchmarks/images.sh 20     # fewer
#   JIT=1 bash tests/Generator.Benchmarks/images.sh  # run the generator under the JIT instead of Native AOT
#   GENERATOR=/path/to/Generator bash …/images.sh    # an already published generator
#   HUGO=0 bash tests/Generator.Benchmarks/images.sh # ours only (Hugo's encode takes about 13 minutes)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-100}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"

if [ -n "${GENERATOR:-}" ]; then
  generator=("$GENERATOR")
elif [ "${JIT:-0}" = 1 ]; then
  dotnet build "$root/Generator.csproj" -c Release -o "$work/generator" >/dev/null
  generator=(dotnet "$work/generator/Generator.dll")
else
  dotnet publish "$root/Generator.csproj" -c Release -r linux-x64 -p:PublishAot=true -o "$work/generator" >/dev/null
  generator=("$work/generator/Generator")
fi
dotnet build "$root/tests/Generator.Benchmarks" -c Release -o "$work/bench" >/dev/null

echo "Making $n photos of 4,000 × 3,000 pixels..."
dotnet "$work/bench/Generator.Benchmarks.dll" photos "$n" "$work/site"
du -sh "$work/site/input/2024/images" | awk '{ print "photos: " $1 }'

run() {
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "${generator[@]}" build --input "$work/site/input" --theme "$work/site/theme" --output "$work/site/output" >/dev/null
  awk -v what="$1" '{ printf "%-28s wall %6.2f s   CPU %6.2f s   peak %5.0f MB\n", what, $1, $2 + $3, $4 / 1024 }' "$work/time.txt"
}

rm -rf "$work/site/.cache" "$work/site/output" "$work/site/.output.staging"
run "clean build, empty cache"
rm -rf "$work/site/output" "$work/site/.output.staging"
run "rebuild, cache kept"
run "rebuild, output kept too"
touch "$work/site/input/2024/images/"*
run "rebuild, every photo touched"
find "$work/site/output/images" -type f | wc -l | awk '{ print "published image files: " $1 }'
du -sh "$work/site/output/images" | awk '{ print "published size: " $1 }'

# Hugo (apt-get install hugo), on the same photos with the same widths, formats and qualities.
hugo=$([ "${HUGO:-1}" = 0 ] || command -v hugo || true)
if [ -n "$hugo" ]; then
  cp -r "$root/tests/Generator.Benchmarks/hugo-images" "$work/hugo"
  mkdir -p "$work/hugo/assets"
  cp -r "$work/site/input/2024/images" "$work/hugo/assets/images"
  hugo_run() {
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$hugo" --quiet --source "$work/hugo" --destination "$work/hugo/public" >/dev/null
    awk -v what="$1" '{ printf "%-28s wall %6.2f s   CPU %6.2f s   peak %5.0f MB\n", what, $1, $2 + $3, $4 / 1024 }' "$work/time.txt"
  }
  echo "Hugo $("$hugo" version | awk '{ print $2 }'):"
  rm -rf "$work/hugo/resources" "$work/hugo/public"
  hugo_run "Hugo, empty cache"
  rm -rf "$work/hugo/public"
  hugo_run "Hugo, resources/_gen kept"
  find "$work/hugo/public" -type f \( -name '*.webp' -o -name '*.jpg' \) | wc -l | awk '{ print "Hugo image files: " $1 }'
  du -sh "$work/hugo/public" | awk '{ print "Hugo published size: " $1 }'
fi
