"""`humas-desktop check` on files and archived releases, through the real entry point."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from humas_desktop.cli import main
from humas_desktop.i18n import set_language
from humas_desktop.model.office import GlossaryEntry, GlossaryKind
from humas_desktop.model.release import Block, new_release
from tests.checks.test_languagetool import ENGLISH as ENGLISH_TEXT
from tests.checks.test_languagetool import lt_server  # noqa: F401  (fixture)

TEXT = "Rapat Humas\r\n\r\nMAKASSAR – Rapat koordinasi denga humas OPD.\r\nAda umpang balik.\r\n"


@pytest.fixture(autouse=True)
def _indonesian():
    set_language("id")
    yield
    set_language("id")


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("HUMAS_DATA_DIR", str(folder))
    monkeypatch.delenv("HUMAS_LT_URL", raising=False)
    return folder


@pytest.fixture
def release_file(tmp_path: Path) -> Path:
    path = tmp_path / "siaran.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    return path


def test_text_format_gives_file_line_col(data: Path, release_file: Path, capsys) -> None:
    assert main(["check", str(release_file)]) == 0
    out = capsys.readouterr().out.splitlines()
    typos = [line for line in out if " typo: " in line]
    assert len(typos) == 2
    assert typos[0].startswith(
        f"{release_file}:3:29: error typo: Kemungkinan salah ketik: “denga”. (dengan, "
    )
    assert typos[1].startswith(
        f"{release_file}:4:5: error typo: Kemungkinan salah ketik: “umpang”. (umpan, "
    )
    assert not data.exists()  # checking a file does not create an archive


def test_json_for_one_file_is_a_list_with_python_offsets(data, release_file, capsys) -> None:
    assert main(["--lang", "en", "check", str(release_file), "--format", "json"]) == 0
    findings = json.loads(capsys.readouterr().out)
    typos = [f for f in findings if f["category"] == "typo"]
    assert [TEXT[f["start"] : f["end"]] for f in typos] == ["denga", "umpang"]
    assert typos[0]["message"] == "Possible typo: “denga”."
    assert typos[0]["suggestions"][0] == "dengan"
    assert set(typos[0]) == {
        "start", "end", "category", "rule", "message", "suggestions", "severity"
    }


def test_json_for_several_files_is_keyed_by_path(data, release_file, tmp_path, capsys) -> None:
    clean = tmp_path / "bersih.txt"
    clean.write_text("Rapat koordinasi digelar hari ini.", encoding="utf-8")
    assert main(["check", str(release_file), str(clean), "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {str(release_file), str(clean)}
    assert result[str(clean)] == []


def test_bad_input_exits_2_with_one_line(data: Path, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "rusak.txt"
    bad.write_bytes(b"Rapat \xff\xfe koordinasi")
    assert main(["check", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bukan teks UTF-8" in err[0] and "6" in err[0]
    assert main(["check", str(tmp_path / "tidak-ada.txt")]) == 2
    assert "Tidak ada berkas" in capsys.readouterr().err


def test_empty_file_and_bom(data: Path, tmp_path: Path, capsys) -> None:
    empty = tmp_path / "kosong.txt"
    empty.write_bytes(b"")
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeffdenga".encode())
    assert main(["check", str(empty), str(bom), "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result[str(empty)] == []
    typos = [f for f in result[str(bom)] if f["category"] == "typo"]
    assert [(f["start"], f["end"]) for f in typos] == [(1, 6)]  # the BOM counts as one


def test_archived_release_by_id_with_the_office_glossary(data: Path, capsys) -> None:
    from humas_desktop.archive import Archive

    release = new_release(
        title="Rakor Kehumasan",
        body=(Block.plain("Kepala Diskominfo Sukarniaty meminta umpang balik, Selasa (28/11)."),),
        release_date=date(2023, 11, 28),
    )
    with Archive.open(data) as archive:
        archive.save(release)
        archive.add_glossary_entry(GlossaryEntry("Sukarniaty", GlossaryKind.PERSON))
    assert main(["check", release.id, "--format", "json"]) == 0
    findings = json.loads(capsys.readouterr().out)
    text = "Rakor Kehumasan\n\n" + release.body[0].text
    assert [text[f["start"] : f["end"]] for f in findings if f["category"] == "typo"] == [
        "umpang"
    ]
    assert not [f for f in findings if f["rule"] == "spelling.unknown_name"]
    assert main(["check", "00000000-0000-0000-0000-000000000000"]) == 2
    assert "Tidak ada berkas atau siaran pers" in capsys.readouterr().err


def test_a_rule_switched_off_in_settings_applies_to_check(data: Path, capsys) -> None:
    from humas_desktop.archive import Archive
    from humas_desktop.checks.office_settings import DISABLED_RULES_KEY

    release = new_release(title="Rapat", body=(Block.plain("Warga menghadiri rapat senin pagi."),),
                          release_date=date(2023, 11, 27))
    with Archive.open(data) as archive:
        archive.save(release)
    assert main(["check", release.id, "--format", "json"]) == 0
    assert "kapital.hari-bulan" in {f["rule"] for f in json.loads(capsys.readouterr().out)}
    with Archive.open(data) as archive:  # what Settings › Pemeriksa writes
        archive.set_setting(DISABLED_RULES_KEY, ["kapital.hari-bulan"])
    assert main(["check", release.id, "--format", "json"]) == 0
    assert "kapital.hari-bulan" not in {f["rule"] for f in json.loads(capsys.readouterr().out)}


def test_languagetool_url_for_english_passages(data, tmp_path, capsys) -> None:
    from tests.checks.test_languagetool import ENGLISH, _free_port

    path = tmp_path / "campuran.txt"
    path.write_text("Rapat denga humas.\n" + ENGLISH, encoding="utf-8")
    url = f"http://127.0.0.1:{_free_port()}"  # nothing listens there
    assert main(["check", str(path), "--languagetool-url", url, "--format", "json"]) == 0
    captured = capsys.readouterr()
    findings = json.loads(captured.out)
    assert [f["rule"] for f in findings if f["category"] == "typo"] == ["spelling.typo"]
    assert "LanguageTool" in captured.err and url in captured.err


def test_languagetool_server_answers(data, tmp_path, capsys, lt_server) -> None:  # noqa: F811
    path = tmp_path / "english.txt"
    path.write_text(ENGLISH_TEXT, encoding="utf-8")
    assert main(["check", str(path), "--languagetool-url", lt_server, "--format", "json"]) == 0
    findings = json.loads(capsys.readouterr().out)
    assert any(f["rule"].startswith("languagetool.") for f in findings)
