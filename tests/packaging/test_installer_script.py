"""Static checks of the Inno Setup script: the promises docs/packaging.md makes to users.

Inno Setup does not run here, so these read the script: installing needs no administrator,
both languages are there, nothing is associated, and the uninstaller can never reach the
user's archive folder.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "installer.iss"


def sections() -> dict[str, list[str]]:
    """Section name (lower case) -> its non-comment lines."""
    found: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="ascii").splitlines():
        line = raw.strip()
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1).lower()
            found.setdefault(current, [])
        elif current and line and not line.startswith(";"):
            found[current].append(line)
    return found


def setup_values() -> dict[str, str]:
    lines = [line for line in sections()["setup"] if "=" in line and not line.startswith("#")]
    return dict(line.split("=", 1) for line in lines)


def test_per_user_install_without_admin_with_override() -> None:
    setup = setup_values()
    assert setup["PrivilegesRequired"] == "lowest"
    assert set(setup["PrivilegesRequiredOverridesAllowed"].split()) == {"dialog", "commandline"}
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert setup["OutputBaseFilename"] == "HumasDesktop-Setup-{#AppVersion}"


def test_indonesian_and_english() -> None:
    names = [re.match(r'Name: "(\w+)"', line).group(1)  # type: ignore[union-attr]
             for line in sections()["languages"]]
    assert names == ["id", "en"]
    messages = sections()["custommessages"]
    for key in ("DataKeptFinish", "DataKeptUninstall", "HumasDesktopIcon", "HumasShortcuts"):
        assert any(m.startswith(f"id.{key}=") for m in messages), key
        assert any(m.startswith(f"en.{key}=") for m in messages), key


def test_nothing_associated_and_archive_never_deleted() -> None:
    found = sections()
    assert "registry" not in found and "uninstalldelete" not in found
    assert setup_values()["ChangesAssociations"] == "no"
    # Only the program's own _internal folder is ever deleted, never a data folder.
    assert found["installdelete"] == ['Type: filesandordirs; Name: "{app}\\_internal"']
    for line in found["files"] + found["icons"]:
        assert "{localappdata}" not in line.lower() and "{userappdata}" not in line.lower()


def test_shortcuts_start_the_windowed_exe_desktop_one_optional() -> None:
    icons = sections()["icons"]
    assert any(i.startswith('Name: "{autoprograms}') for i in icons)
    desktop = [i for i in icons if i.startswith('Name: "{autodesktop}')]
    assert len(desktop) == 1 and "Tasks: desktopicon" in desktop[0]
    assert all("{#GuiExe}" in i for i in icons)
    assert '#define GuiExe "HumasDesktop.exe"' in ISS.read_text(encoding="ascii")
    assert '#define CliExe "humas-desktop.exe"' in ISS.read_text(encoding="ascii")


def test_data_folder_named_as_the_program_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # platformdirs puts user_data_dir(<name>, appauthor=False) in %LOCALAPPDATA%\<name> on
    # Windows; the messages Setup and the uninstaller show must name the same folder.
    from humas_desktop.archive.paths import ENV_DATA_DIR, default_data_dir

    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    name = default_data_dir().name
    assert f'#define DataFolder "{{localappdata}}\\{name}"' in ISS.read_text(encoding="ascii")
