"""The PyInstaller spec ships every resource the program reads, without running a build.

The spec is executed with stand-ins for PyInstaller's build steps (Analysis, PYZ, EXE, COLLECT)
that record what they are given, so the test sees the exact `datas` the real build would pack,
after the spec's own filtering. A new folder under resources/ is covered automatically; this
test fails if the spec ever stops covering one.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "pyinstaller" / "humas-desktop.spec"
SPEC_DIR = SPEC.parent


def load_datas_module() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("humas_packaging_datas", SPEC_DIR / "datas.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


datas_mod = load_datas_module()


class Recorder:
    """Stands in for one PyInstaller build step and keeps its arguments."""

    def __init__(self, kind: str, log: dict[str, list[Any]], *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        log.setdefault(kind, []).append(self)


class FakeAnalysis(Recorder):
    # Entries PySide6's hooks would add, to prove the spec's trimming keeps what Qt needs.
    QT_EXTRA_BINARIES = (
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt6Widgets.dll",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt6Qml.dll",
        "PySide6/opengl32sw.dll",
        "PySide6/Qt/qml/QtQuick/libqtquick2plugin.so",
    )
    QT_EXTRA_DATAS = (
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qtbase_en.qm",
    )

    def __init__(self, log: dict[str, list[Any]], scripts: list[str], **kwargs: Any) -> None:
        super().__init__("Analysis", log, scripts, **kwargs)
        # PyInstaller's TOC form: (destination name, source path, type code).
        self.datas = [
            (f"{dest}/{Path(src).name}", src, "DATA") for src, dest in kwargs["datas"]
        ] + [(name, name, "DATA") for name in self.QT_EXTRA_DATAS]
        self.binaries = [(name, name, "BINARY") for name in self.QT_EXTRA_BINARIES]
        self.scripts = [("pyi_rth_pyside6", "x", "PYSOURCE"), ("launch", scripts[0], "PYSOURCE")]
        self.pure: list[Any] = []


def run_spec(monkeypatch: pytest.MonkeyPatch, platform: str = sys.platform) -> dict[str, Any]:
    """Execute the spec with recording stand-ins; return its globals and the recorded steps."""
    log: dict[str, list[Any]] = {}
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_dynamic_libs = lambda package: []  # type: ignore[attr-defined]
    hooks.collect_submodules = lambda package: [package]  # type: ignore[attr-defined]
    if importlib.util.find_spec("PyInstaller") is None:
        for name in ("PyInstaller", "PyInstaller.utils"):
            monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    # The spec's `import datas`, with the stale-translation guard off (tested on its own below).
    datas_for_spec = types.ModuleType("datas")
    datas_for_spec.__dict__.update(datas_mod.__dict__)
    datas_for_spec.missing_translations = lambda root=ROOT: []  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "datas", datas_for_spec)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.syspath_prepend(str(SPEC_DIR))
    namespace: dict[str, Any] = {
        "__file__": str(SPEC),
        "__name__": "__main__",
        "SPECPATH": str(SPEC_DIR),
        "Analysis": lambda scripts, **kw: FakeAnalysis(log, scripts, **kw),
        "PYZ": lambda *a, **kw: Recorder("PYZ", log, *a, **kw),
        "EXE": lambda *a, **kw: Recorder("EXE", log, *a, **kw),
        "COLLECT": lambda *a, **kw: Recorder("COLLECT", log, *a, **kw),
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    namespace["_log"] = log
    return namespace


@pytest.fixture(scope="module")
def built() -> Any:
    with pytest.MonkeyPatch.context() as mp:
        yield run_spec(mp)


def shipped(built: dict[str, Any]) -> dict[str, str]:
    """Destination path -> source path of every data file the bundle will contain."""
    collect = built["_log"]["COLLECT"][0]
    datas = collect.args[3]
    return {dest: src for dest, src, _ in datas}


def test_every_resource_file_the_program_reads_is_shipped(built: dict[str, Any]) -> None:
    packed = shipped(built)
    resources = ROOT / "resources"
    expected = [
        p for p in resources.rglob("*")
        if p.is_file() and p.suffix != ".ts" and "__pycache__" not in p.parts
        and not any(part.startswith(".") for part in p.relative_to(resources).parts)
    ]
    assert expected, "resources/ is empty?"
    missing = [
        str(p.relative_to(ROOT)) for p in expected
        if packed.get(p.relative_to(ROOT).as_posix()) != str(p)
    ]
    assert not missing, f"not shipped by the spec: {missing}"
    # Each folder the code opens through resource_path() is there.
    folders = {d.split("/")[1] for d in packed if d.startswith("resources/")}
    top_level = {p.name for p in resources.iterdir() if p.is_dir()}
    assert top_level <= folders


def test_sources_and_junk_are_not_shipped(built: dict[str, Any]) -> None:
    packed = shipped(built)
    assert not [d for d in packed if d.endswith((".ts", ".pyc")) or "/__pycache__/" in d]


def test_alembic_migrations_ship_as_files_beside_the_archive_package(
    built: dict[str, Any],
) -> None:
    # humas_desktop/archive/migrate.py points Alembic at Path(__file__).parent / "migrations".
    packed = shipped(built)
    base = "humas_desktop/archive/migrations"
    assert f"{base}/env.py" in packed and f"{base}/script.py.mako" in packed
    versions = sorted((ROOT / base / "versions").glob("*.py"))
    assert len(versions) >= 2
    for version in versions:
        assert packed[f"{base}/versions/{version.name}"] == str(version)


def test_two_executables_share_one_folder(built: dict[str, Any]) -> None:
    exes = {exe.kwargs["name"]: exe.kwargs for exe in built["_log"]["EXE"]}
    assert exes["HumasDesktop"]["console"] is False
    assert exes["humas-desktop"]["console"] is True
    assert all(kw["exclude_binaries"] for kw in exes.values())  # one-folder, not one-file
    collect = built["_log"]["COLLECT"][0]
    assert collect.kwargs["name"] == "humas-desktop"
    assert {exe.kwargs["name"] for exe in collect.args[:2]} == set(exes)


def test_unused_qt_and_test_tools_are_left_out(built: dict[str, Any]) -> None:
    analysis = built["_log"]["Analysis"][0]
    excludes = set(analysis.kwargs["excludes"])
    assert {"pytest", "hypothesis", "mypy", "ruff", "PySide6.QtQuick", "PySide6.QtQml",
            "PySide6.Qt3DCore", "PySide6.QtWebEngineCore"} <= excludes
    assert not excludes & {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"}
    binaries = {name for name, _, _ in built["_log"]["COLLECT"][0].args[2]}
    assert binaries == {
        "PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so", "PySide6/Qt6Widgets.dll",
    }
    qt_translations = {d for d in shipped(built) if d.startswith("PySide6/")}
    assert qt_translations == {"PySide6/Qt/translations/qtbase_en.qm"}


def test_lazy_qt_hook_replaces_pyinstallers(built: dict[str, Any]) -> None:
    analysis = built["_log"]["Analysis"][0]
    assert [Path(h).name for h in analysis.kwargs["runtime_hooks"]] == ["rthook_lazy_qt.py"]
    assert [name for name, _, _ in analysis.scripts] == ["launch"]


def test_windows_build_gets_icon_and_version_resource(monkeypatch: pytest.MonkeyPatch) -> None:
    # PyInstaller's version-info classes are pure Python but their module imports Windows-only
    # helpers (pywin32, pefile) that building the resource text does not use: stand in for them.
    compat = pytest.importorskip("PyInstaller.compat")
    monkeypatch.setattr(compat, "win32api", None, raising=False)
    if importlib.util.find_spec("pefile") is None:
        monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    sys.modules.pop("PyInstaller.utils.win32.versioninfo", None)
    importlib.import_module("PyInstaller.utils.win32.versioninfo")
    namespace = run_spec(monkeypatch, platform="win32")
    exes = {exe.kwargs["name"]: exe.kwargs for exe in namespace["_log"]["EXE"]}
    for name, exe in exes.items():
        assert Path(exe["icon"]) == ROOT / "packaging" / "windows" / "humas.ico"
        assert Path(exe["icon"]).is_file()
        text = str(exe["version"])
        assert f"{name}.exe" in text and datas_mod.project_version() in text
    assert set(exes) == {"HumasDesktop", "humas-desktop"}


def test_datas_helper_skips_sources_and_junk(tmp_path: Path) -> None:
    (tmp_path / "resources" / "baru" / "__pycache__").mkdir(parents=True)
    (tmp_path / "resources" / "baru" / "aturan.toml").write_text("x")
    (tmp_path / "resources" / "baru" / "__pycache__" / "x.pyc").write_text("x")
    (tmp_path / "resources" / "baru" / ".aturan.toml.swp").write_text("x")
    (tmp_path / "resources" / "baru" / "humas_en.ts").write_text("x")
    (tmp_path / "humas_desktop" / "archive" / "migrations").mkdir(parents=True)
    assert datas_mod.datas(tmp_path) == [
        (str(tmp_path / "resources" / "baru" / "aturan.toml"), "resources/baru"),
    ]


def test_stale_translation_stops_the_build(tmp_path: Path) -> None:
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    ts = folder / "humas_en.ts"
    ts.write_text("x")
    assert datas_mod.missing_translations(tmp_path) == [ts]
    (folder / "humas_en.qm").write_bytes(b"x")
    import os

    os.utime(ts, (1, 1))
    assert datas_mod.missing_translations(tmp_path) == []
