#!/usr/bin/env bash
# `preview --json` on 10,000 article files, the whole command as the README gives it, against chrono-node
# parsing the dates of the same files (issue 20). Best of RUNS wall times; the outputs of every AlertBot run
# must be byte-identical (and identical to BASELINE, a jsonl file from an earlier build, when given).
#
#   dotnet build AlertBot.sln -c Release && tests/AlertBot.Benchmarks/preview-10k.sh
#
# Environment: RUNS (3), FILES (10000), WORK (a temp folder), DLL (the built AlertBot.dll), BASELINE (optional),
# BEFORE (optional: another build's AlertBot.dll, timed alongside), CHRONO (chrono-node's version: the one the
# npm registry serves here; installed in WORK/chrono, outside the repo).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
RUNS="${RUNS:-3}"
FILES="${FILES:-10000}"
WORK="${WORK:-$(mktemp -d /tmp/alertbot-preview-10k.XXXXXX)}"
DLL="${DLL:-$repo/src/AlertBot/bin/Release/net10.0/AlertBot.dll}"
CHRONO="${CHRONO:-2.10.3}"

# The distinct held-out articles (not their .expected.json), copied to FILES names, one fixed modification time
# (the publication time of last resort) so that every run and every machine sees the same input.
articles="$WORK/articles"
mapfile -t sources < <(find "$repo/tests/AlertBot.Core.Tests/HeldOut5" "$repo/tests/AlertBot.Core.Tests/HeldOut6" -maxdepth 1 -type f ! -name '*.expected.json' | sort)
if [ ! -d "$articles" ]; then
    mkdir -p "$articles"
    for ((i = 0; i < FILES; i++)); do
        src="${sources[i % ${#sources[@]}]}"
        cp "$src" "$articles/$(printf %05d "$i")_$(basename "$src")"
    done
    find "$articles" -type f -exec touch -d '2026-12-01T12:00:00Z' {} +
fi
echo "input: $(ls "$articles" | wc -l) files ($(du -sh "$articles" | cut -f1)) from ${#sources[@]} distinct articles in $articles"

if [ ! -d "$WORK/chrono/node_modules/chrono-node" ]; then
    mkdir -p "$WORK/chrono"
    (cd "$WORK/chrono" && npm init -y >/dev/null && npm install --silent "chrono-node@$CHRONO" >/dev/null)
fi
cat > "$WORK/chrono/parse.js" <<'JS'
// Every file in the folder, in name order: its text through chrono.parse (the file's time as the reference), one JSON line each.
const fs = require('fs'), path = require('path'), chrono = require('chrono-node');
const dir = process.argv[2], out = [];
for (const name of fs.readdirSync(dir).sort()) {
  const file = path.join(dir, name);
  const found = chrono.parse(fs.readFileSync(file, 'utf8'), fs.statSync(file).mtime);
  out.push(JSON.stringify({ file, keyTimes: found.map(r => ({ text: r.text, utc: r.start.date().toISOString() })) }));
}
process.stdout.write(out.join('\n') + '\n');
JS

best() { sort -n | head -1; }
seconds() { # label run command...: the wall time of one run, its output kept as WORK/label.run.out
    local label="$1" run="$2"; shift 2
    local start end
    start=$(date +%s.%N)
    "$@" > "$WORK/$label.$run.out"
    end=$(date +%s.%N)
    echo "$end - $start" | bc >> "$WORK/$label.times"
}

labels=(alertbot chrono)
[ -n "${BEFORE:-}" ] && labels=(before "${labels[@]}")
for label in "${labels[@]}"; do rm -f "$WORK/$label.times"; done
# Interleaved, so that a busy machine weighs on each alike.
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 1; r <= RUNS; r++)); do
    [ -n "${BEFORE:-}" ] && seconds before "$r" dotnet "$BEFORE" preview --json "$articles"
    seconds alertbot "$r" dotnet "$DLL" preview --json "$articles"
    seconds chrono "$r" node "$WORK/chrono/parse.js" "$articles"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for label in "${labels[@]}"; do
    echo "$label: runs $(paste -sd' ' "$WORK/$label.times") s; best $(best < "$WORK/$label.times") s"
done

for ((r = 2; r <= RUNS; r++)); do
    cmp -s "$WORK/alertbot.1.out" "$WORK/alertbot.$r.out" || { echo "run $r printed something else than run 1" >&2; exit 1; }
done
if [ -n "${BASELINE:-}" ]; then
    cmp "$WORK/alertbot.1.out" "$BASELINE" && echo "output byte-identical to $BASELINE"
fi
a=$(best < "$WORK/alertbot.times"); c=$(best < "$WORK/chrono.times")
echo "AlertBot / chrono-node (best of $RUNS): $a / $c = $(echo "scale=2; $a / $c" | bc); $(wc -l < "$WORK/alertbot.1.out") lines, md5 $(md5sum < "$WORK/alertbot.1.out" | cut -c1-12)"
