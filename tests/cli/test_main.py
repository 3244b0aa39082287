import subprocess
import sys

import pytest

from humas_desktop.cli import main
from humas_desktop.i18n import set_language


@pytest.fixture(autouse=True)
def _indonesian() -> None:
    set_language("id")


def test_usage_error_is_one_indonesian_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["list", "--tidak-ada"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "humas-desktop: argumen tidak dikenal: --tidak-ada (lihat: humas-desktop --help)"
    ]


def test_usage_error_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", "en", "list", "--nope"])
    assert exit_info.value.code == 2
    assert "unrecognized arguments: --nope" in capsys.readouterr().err
    set_language("id")


def test_help_in_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("pemakaian: humas-desktop")
    assert "tampilkan bantuan ini lalu keluar" in out


def test_module_entry_point_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "humas_desktop", "--version"], capture_output=True, text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("humas-desktop ")
