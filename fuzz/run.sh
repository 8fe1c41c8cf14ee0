#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 5: the CI smoke run).
# Development runs use 300 or more; SECURITY.md has the figures.
# Needs cargo-fuzz (`cargo install cargo-fuzz`); runs on stable with RUSTC_BOOTSTRAP=1.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-5}
export RUSTC_BOOTSTRAP=1
cargo fuzz build -O
for target in $(cargo fuzz list); do
    mkdir -p "corpus/$target"
    # seeds/ (committed) starts the search from valid inputs; corpus/ is what it learns.
    seeds=()
    [ -d "seeds/$target" ] && seeds=("seeds/$target")
    echo "fuzz: $target for ${seconds}s"
    cargo fuzz run -O "$target" "corpus/$target" "${seeds[@]}" -- -max_total_time="$seconds" -max_len=4096 2>&1 \
        | grep -E "^(#[0-9]+.*DONE|==|SUMMARY|thread|panicked)|Done [0-9]+ runs" || true
    # cargo fuzz exits non-zero on a crash; PIPESTATUS keeps that through the grep.
    [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "fuzz: $target found a crash (see fuzz/artifacts/$target)"; exit 1; }
done
