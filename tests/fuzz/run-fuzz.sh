#!/usr/bin/env bash
# Builds the CSV reader's fuzz target with clang and fuzzes it for a bounded time.
#   run-fuzz.sh SOURCE_DIR BUILD_DIR SECONDS
# Exits 77 (CTest: skipped) when clang is not installed.
set -euo pipefail
src=$1 build=$2 seconds=$3
if ! command -v clang++ >/dev/null; then
    echo "clang++ is not installed: the fuzz target is skipped (packaging/install-deps.sh installs it)"
    exit 77
fi
cmake -S "$src/tests/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" >/dev/null
mkdir -p "$build/corpus"
# Findings go to the build directory; the seed corpus in the source tree stays untouched.
"$build/fuzz_csvreader" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$build/" -print_final_stats=1 "$build/corpus" "$src/tests/fuzz/corpus" 2>&1 |
    tail -n 12
