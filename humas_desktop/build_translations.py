"""Compile the Qt translation sources (`resources/translations/*.ts`) into `.qm` files.

Run by the set-up script before the program or the tests start; `--update` first refreshes our
own `.ts` sources (`humas_*.ts`) from the strings marked with `tr()` in `humas_desktop/ui/`
(pyside6-lupdate). `qt_id.ts`, Indonesian for Qt's own widgets, is written by hand: lupdate
would mark all of it obsolete and compile it to an empty catalogue. Both tools come with the
PySide6 wheel, so no system Qt is needed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from humas_desktop.resources import resource_path

OWN_SOURCES = "humas_*.ts"  # ours, from the ui's tr() calls; qt_*.ts are hand-written


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6 into this environment")
    return found


def update_sources(ui_dir: Path, ts_dir: Path) -> None:
    sources = sorted(str(p) for p in ui_dir.rglob("*.py"))
    for ts in sorted(ts_dir.glob(OWN_SOURCES)):
        subprocess.run([_tool("pyside6-lupdate"), "-silent", *sources, "-ts", str(ts)],
                       check=True)


def compile_all(ts_dir: Path) -> list[Path]:
    """Compile every .ts whose .qm is missing or older; return the .qm files written."""
    written = []
    for ts in sorted(ts_dir.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="refresh .ts from the ui sources")
    args = parser.parse_args()
    ts_dir = resource_path("translations")
    if args.update:
        update_sources(Path(__file__).parent / "ui", ts_dir)
    compile_all(ts_dir)


if __name__ == "__main__":
    main()
