#!/usr/bin/env bash
# Build the PyInstaller one-folder bundle and run the bundled program the way a user's machine would:
#   1. dist/zaplecze/zaplecze --version
#   2. migrate an old database file with the bundled alembic scripts (zaplecze check on a file at revision 0001)
#   3. open the main window offscreen on a fresh demo shop, then quit (--demo --quit-after)
# Any failure, or an error in the bundle's log file, fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen

echo "== bundle: installing PyInstaller (uv dependency group 'build')"
# PyInstaller reads the libraries' dependencies with ldd and objdump (binutils) on Linux.
if [[ "$(uname)" == Linux ]] && ! command -v objdump >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq --no-install-recommends binutils >/dev/null
fi
uv sync --quiet --group build

echo "== bundle: building dist/zaplecze/ (takes a few minutes)"
start=$(date +%s)
uv run --group build pyinstaller --noconfirm --clean --log-level WARN build.spec
echo "   built in $(( $(date +%s) - start )) s, size $(du -sh dist/zaplecze | cut -f1)"

exe=dist/zaplecze/zaplecze
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The bundle writes its log into its own data folder, away from the user's.
export ZAPLECZE_DATA_DIR="$work/data"

echo "== bundle: --version"
version=$(timeout 120 "$exe" --version)
echo "   $version"
[[ "$version" == zaplecze\ * ]] || { echo "unexpected --version output: $version"; exit 1; }

echo "== bundle: migrating a database made at revision 0001 with the bundled alembic scripts"
uv run python - "$work/old.db" <<'EOF'
import sys
from alembic import command
from app.db import make_engine
from app.migrations.runner import alembic_config
engine = make_engine(f"sqlite:///{sys.argv[1]}")
command.upgrade(alembic_config(engine), "0001")
engine.dispose()
EOF
timeout 300 "$exe" migrate --db "$work/old.db"
timeout 300 "$exe" check --db "$work/old.db"
rev=$(uv run python -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select version_num from alembic_version').fetchone()[0])" "$work/old.db")
head=$(uv run python -c "from app.migrations import HEAD; print(HEAD)")
[[ "$rev" == "$head" ]] || { echo "bundle did not migrate the old file: at $rev, head is $head"; exit 1; }
ls "$work"/backups/old-*-before-migration-from-0001.db >/dev/null || { echo "no backup before the migration"; exit 1; }
echo "   migrated 0001 -> $rev, backup made"

echo "== bundle: demo data, XLSX export and a label PDF with the bundled libraries and fonts"
timeout 300 "$exe" demo-data --db "$work/demo.db" --orders 300
timeout 120 "$exe" export orders --db "$work/demo.db" --out "$work/orders.xlsx"
# Every order of the shop (the 300 asked for and the complaints' free replacement orders) and the header row.
uv run python -c "import openpyxl, sqlite3, sys; rows = openpyxl.load_workbook(sys.argv[1]).active.max_row; \
orders = sqlite3.connect(sys.argv[2]).execute('SELECT COUNT(*) FROM \"order\"').fetchone()[0]; \
assert 300 < orders < 310 and rows == orders + 1, (rows, orders)" "$work/orders.xlsx" "$work/demo.db"
timeout 120 "$exe" export complaints --db "$work/demo.db" --out "$work/complaints.xlsx"
uv run python -c "import openpyxl, sys; assert openpyxl.load_workbook(sys.argv[1]).worksheets[0].max_row > 20" \
  "$work/complaints.xlsx"
number=$(uv run python -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(
  \"SELECT number FROM 'order' WHERE status = 'shipped' AND tracking_number IS NOT NULL\").fetchone()[0])" "$work/demo.db")
timeout 120 "$exe" label "$number" --db "$work/demo.db" --out "$work/label.pdf"
if command -v pdftotext >/dev/null 2>&1; then
  pdftotext "$work/label.pdf" - | grep -q "$number" || { echo "the label PDF does not show order $number"; exit 1; }
else
  head -c 4 "$work/label.pdf" | grep -q "%PDF" || { echo "the label is no PDF"; exit 1; }
fi
echo "   300 orders, export and label for $number OK"

echo "== bundle: opening the main window offscreen on a demo shop"
timeout 300 "$exe" --demo --quit-after 1500
if grep -E "ERROR|CRITICAL|Traceback" "$ZAPLECZE_DATA_DIR"/zaplecze.log; then
  echo "the bundle logged errors (above)"
  exit 1
fi
ls "$(dirname "$exe")"/_internal/PySide6/Qt/translations/qtbase_pl.qm >/dev/null \
  || { echo "the bundle lacks Qt's own Polish (qtbase_pl.qm)"; exit 1; }
ls "$(dirname "$exe")"/_internal/resources/translations/qt_extra_pl.qm >/dev/null \
  || { echo "the bundle lacks resources/translations/qt_extra_pl.qm"; exit 1; }
# The packing station's parts, imported only when its tab opens: Qt's multimedia and serial modules and the sounds.
for part in PySide6/QtMultimedia.abi3.so PySide6/QtMultimediaWidgets.abi3.so PySide6/QtSerialPort.abi3.so \
            resources/sounds/right.wav resources/sounds/wrong.wav; do
  ls "$(dirname "$exe")"/_internal/$part >/dev/null || { echo "the bundle lacks $part (the packing station needs it)"; exit 1; }
done
echo "== bundle: OK"
