#!/bin/sh
# Build the PyInstaller bundle on Linux from the same spec the Windows installer uses, then prove
# it works without the source tree: version, a spelling/style check as JSON, import + list +
# export + re-import on a throw-away archive, and the GUI starting and closing offscreen.
#
#   ./packaging/build_bundle.sh            build into build/bundle/humas-desktop and smoke-test
#   ./packaging/build_bundle.sh --test     smoke-test an existing bundle only
#   HUMAS_BUNDLE_TIMES=0 ...               skip the start-up timing (bundle vs python -m)
#
# Needs .venv with PyInstaller (pip install -e ".[packaging]").
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PY="$ROOT/.venv/bin/python"
DIST="$ROOT/build/bundle"
BUNDLE="$DIST/humas-desktop"
CLI="$BUNDLE/humas-desktop"
GUI="$BUNDLE/HumasDesktop"

fail() { echo "FAIL: $*" >&2; exit 1; }

if [ "${1:-}" != "--test" ]; then
    "$PY" -c "import PyInstaller" 2>/dev/null ||
        fail "PyInstaller is not installed in .venv (pip install -e \".[packaging]\")"
    "$PY" -m humas_desktop.build_translations
    "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath "$DIST" --workpath "$ROOT/build/pyinstaller-work" \
        packaging/pyinstaller/humas-desktop.spec
fi
[ -x "$CLI" ] || fail "$CLI was not built"

# Run the bundle away from the checkout so it cannot fall back on the source tree's files.
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$WORK"
unset HUMAS_RESOURCES_DIR HUMAS_DATA_DIR PYTHONPATH PYTHONHOME
export QT_QPA_PLATFORM=offscreen HOME="$WORK/home"
mkdir -p "$HOME"
DATA="$WORK/data"

echo "== version"
version=$("$CLI" --version)
expected=$("$PY" -c "import humas_desktop; print(humas_desktop.__version__)")
[ "$version" = "humas-desktop $expected" ] || fail "--version printed '$version'"
echo "$version"

echo "== check (JSON findings)"
printf '%s\n\n%s\n' "Bupati Meresmikan Jembatan" \
    "Bupati meresmikan jembatan pada hari senin , dan mengucapkan terimakasih atas pemerdayaan warga." \
    > "$WORK/contoh.txt"
"$CLI" --lang id check --format json "$WORK/contoh.txt" > "$WORK/findings.json"
"$PY" - "$WORK/findings.json" <<'PYEOF'
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
# The sample has a misspelling (Hunspell dictionary + lexicon), a lower-case day name and a
# joined compound (rule packs), and a space before a comma.
rules = {f["rule"] for f in data}
want = {"spelling.typo", "kapital.hari-bulan", "gabung.pisah", "spasi.sebelum-tanda"}
assert want <= rules, f"expected findings {sorted(want - rules)} missing; got {sorted(rules)}"
print("findings ok:", ", ".join(sorted(rules)))
PYEOF

echo "== import, list, export, re-import"
id=$("$CLI" --data-dir "$DATA" import "$WORK/contoh.txt")
[ -n "$id" ] || fail "import printed no id"
"$CLI" --data-dir "$DATA" list --json > "$WORK/list.json"
"$PY" - "$WORK/list.json" "$id" <<'PYEOF'
import json, sys
items = json.load(open(sys.argv[1], encoding="utf-8"))
assert [i["id"] for i in items] == [sys.argv[2]], items
print("list ok:", items[0]["title"])
PYEOF
"$CLI" --data-dir "$DATA" export "$id" --format docx --out "$WORK/siaran.docx"
[ -s "$WORK/siaran.docx" ] || fail "export wrote no .docx"
"$CLI" --data-dir "$WORK/data2" import "$WORK/siaran.docx" > /dev/null
echo "export + .docx import ok"

echo "== GUI starts and exits (offscreen)"
for lang in id en; do
    "$GUI" --data-dir "$DATA" --lang "$lang" --exit-after-start || fail "GUI ($lang) exited with $?"
done
LOG="$DATA/logs/humas-desktop.log"
if [ -f "$LOG" ] && grep -E "Traceback|not found" "$LOG"; then
    fail "the GUI log reports a missing file or an error (above)"
fi
echo "GUI ok"

echo "== size"
du -sh "$BUNDLE" | cut -f1
if [ "${HUMAS_BUNDLE_TIMES:-1}" = 1 ]; then
    echo "== start-up"
    "$PY" "$ROOT/packaging/pyinstaller/startup_times.py" "$BUNDLE" "$PY"
fi
echo "ALL SMOKE TESTS PASSED"
