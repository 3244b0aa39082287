"""Which data files the frozen program needs, worked out from the source tree at build time.

The spec and tests/packaging/test_spec.py both call these functions, so a resource folder added
by anyone is shipped without touching the spec, and the test proves nothing under resources/ is
left behind. Paths are computed, never listed.

Layout inside the bundle (PyInstaller's `_internal/` folder, i.e. `sys._MEIPASS`):
  resources/...                              found by humas_desktop/resources.py, which looks
                                             beside the humas_desktop package
  humas_desktop/archive/migrations/...       Alembic loads env.py and versions/*.py by path
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
MIGRATIONS = ROOT / "humas_desktop" / "archive" / "migrations"

# Sources the program never opens: Qt translation sources (compiled to .qm before the build).
SOURCE_SUFFIXES = frozenset({".ts"})
# Never shipped from any data folder.
JUNK_NAMES = frozenset({"__pycache__", ".DS_Store", "Thumbs.db"})
JUNK_SUFFIXES = frozenset({".pyc", ".pyo", ".orig", ".rej", ".swp"})


def _is_junk(path: Path, base: Path) -> bool:
    rel = path.relative_to(base)
    return (
        any(part in JUNK_NAMES or part.startswith(".") for part in rel.parts)
        or path.suffix in JUNK_SUFFIXES
        or path.name.endswith("~")
    )


def shipped_resources(root: Path = ROOT) -> list[Path]:
    """Every file under resources/ the program may read: all but sources and editor junk."""
    base = root / "resources"
    return sorted(
        p for p in base.rglob("*")
        if p.is_file() and not _is_junk(p, base) and p.suffix not in SOURCE_SUFFIXES
    )


def migration_files(root: Path = ROOT) -> list[Path]:
    """Alembic's script directory: env.py, script.py.mako and versions/*.py, as plain files."""
    base = root / "humas_desktop" / "archive" / "migrations"
    return sorted(p for p in base.rglob("*") if p.is_file() and not _is_junk(p, base))


def _entries(files: list[Path], root: Path) -> list[tuple[str, str]]:
    # PyInstaller datas: (source file, destination folder relative to the bundle root).
    return [(str(p), p.parent.relative_to(root).as_posix()) for p in files]


def datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """The `datas` list for Analysis(): resources and migrations at their source-relative places."""
    return _entries(shipped_resources(root), root) + _entries(migration_files(root), root)


def missing_translations(root: Path = ROOT) -> list[Path]:
    """.ts sources whose .qm is absent or older: the build stops rather than ship stale text."""
    stale = []
    for ts in sorted((root / "resources").rglob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            stale.append(ts)
    return stale


def project_version(root: Path = ROOT) -> str:
    """The version from pyproject.toml (the one number the installer and exe resources show)."""
    import tomllib

    with (root / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])
