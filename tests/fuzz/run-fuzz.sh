#!/usr/bin/env bash
# Builds the readers' fuzz targets with clang and fuzzes one for a bounded time.
#   run-fuzz.sh SOURCE_DIR BUILD_DIR SECONDS [TARGET]
# TARGET is fuzz_csvreader (the default), fuzz_planreader or fuzz_listpage; its seed corpus is
# tests/fuzz/corpus/<csvreader|planreader|listpage>. Exits 77 (CTest: skipped) when clang is not installed.
set -euo pipefail
src=$1 build=$2 seconds=$3 target=${4:-fuzz_csvreader}
if ! command -v clang++ >/dev/null; then
    echo "clang++ is not installed: the fuzz target is skipped (packaging/install-deps.sh installs it)"
    exit 77
fi
# Both CTest entries may start at once: one builds at a time.
exec 9>"$build.lock"
flock 9
cmake -S "$src/tests/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
# A target that does not build says why (the core's sources it compiles may need new ones).
if ! built=$(cmake --build "$build" --target "$target" 2>&1); then
    echo "$built" | tail -n 30
    echo "run-fuzz: $target did not build: add what it needs in tests/fuzz/CMakeLists.txt" >&2
    exit 1
fi
flock -u 9
name=${target#fuzz_}
mkdir -p "$build/corpus-$name"
# Findings go to the build directory; the seed corpus in the source tree stays untouched.
"$build/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$build/$name-" -print_final_stats=1 \
    "$build/corpus-$name" "$src/tests/fuzz/corpus/$name" 2>&1 |
    tail -n 12
