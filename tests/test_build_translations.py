"""Refreshing and compiling the Qt translation sources, on copies of the shipped ones."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from humas_desktop.build_translations import compile_all, update_sources
from humas_desktop.resources import resource_path

UI_DIR = Path(__file__).resolve().parent.parent / "humas_desktop" / "ui"


def _messages(ts: Path) -> dict[str, ET.Element]:
    return {m.findtext("source") or "": m.find("translation")  # type: ignore[misc]
            for m in ET.parse(ts).getroot().iter("message")}


def test_update_refreshes_our_sources_and_leaves_qt_catalogue_alone(tmp_path: Path) -> None:
    shipped = resource_path("translations")
    for ts in shipped.glob("*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    qt_before = (tmp_path / "qt_id.ts").read_bytes()

    update_sources(UI_DIR, tmp_path)

    assert (tmp_path / "qt_id.ts").read_bytes() == qt_before
    english = _messages(tmp_path / "humas_en.ts")
    current = {s: t for s, t in english.items() if t is not None and t.get("type") != "vanished"
               and t.get("type") != "obsolete"}
    assert "&Berkas" in current and current["&Berkas"].text == "&File"
    unfinished = [s for s, t in current.items() if t.get("type") == "unfinished"]
    assert unfinished == [], f"strings of the ui with no English yet: {unfinished[:10]}"

    written = compile_all(tmp_path)
    sizes = {qm.name: qm.stat().st_size for qm in written}
    assert set(sizes) == {"humas_en.qm", "qt_id.qm"}
    assert sizes["qt_id.qm"] > 4000, "Qt's own buttons kept their Indonesian"
