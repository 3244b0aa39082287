from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from humas_desktop.cli import main
from humas_desktop.cli.common import Progress
from humas_desktop.i18n import set_language
from humas_desktop.model.interchange import dumps, loads, to_dict
from humas_desktop.model.release import Block, new_release
from humas_desktop.model.workflow import Status


@pytest.fixture(autouse=True)
def _indonesian():
    set_language("id")
    yield
    set_language("id")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def write_json(folder: Path, name: str, **fields) -> tuple[Path, str]:
    release = new_release(body=(Block.plain("Isi siaran pers tentang stunting di desa."),),
                          **fields)
    path = folder / name
    path.write_text(dumps(release), encoding="utf-8")
    return path, release.id


def test_import_list_search_show(data: Path, tmp_path: Path, capsys) -> None:
    a, a_id = write_json(tmp_path, "a.json", title="Rapat Stunting Pidie Jaya",
                         status=Status.PUBLISHED, tags=("kesehatan",))
    txt = tmp_path / "b.txt"
    txt.write_text("Peresmian Café Literasi\n\nBupati meresmikan kafe.\n\nParagraf dua.\n",
                   encoding="utf-8")
    assert run(data, "import", str(a), str(txt)) == 0
    ids = capsys.readouterr().out.split()
    assert ids[0] == a_id and len(ids) == 2

    assert run(data, "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert {item["id"] for item in listed} == set(ids)
    assert run(data, "list", "--status", "published") == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and out[0].startswith(a_id) and "Terbit" in out[0]

    assert run(data, "search", "cafe", "--json") == 0
    hits = json.loads(capsys.readouterr().out)
    assert [h["id"] for h in hits] == [ids[1]] and "[" in hits[0]["snippet"]
    assert run(data, "search", "stunt") == 0
    captured = capsys.readouterr()
    assert captured.out.startswith(a_id) and "[Stunting]" in captured.out
    assert "1 dari 1 hasil" in captured.err

    assert run(data, "show", a_id, "--json") == 0
    shown = loads(capsys.readouterr().out)
    assert shown.title == "Rapat Stunting Pidie Jaya" and shown.revision == 1
    assert run(data, "show", ids[1][:8]) == 0
    text = capsys.readouterr().out
    assert "Peresmian Café Literasi" in text and "Bupati meresmikan kafe." in text
    assert "revisi 1" in text


def test_history_restore_delete_backup_check(data: Path, tmp_path: Path, capsys) -> None:
    path, rid = write_json(tmp_path, "a.json", title="Versi Satu")
    assert run(data, "import", str(path)) == 0
    changed = to_dict(loads(path.read_text(encoding="utf-8")))
    changed["title"] = "Versi Dua"
    path.write_text(json.dumps(changed), encoding="utf-8")
    assert run(data, "import", str(path)) == 0  # same id: a new revision, not a copy
    capsys.readouterr()
    assert run(data, "history", rid) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["2", "1"] and "Versi Dua" in lines[0]
    assert run(data, "restore", rid, "1") == 0
    assert "revisi 3" in capsys.readouterr().out
    assert run(data, "show", rid, "--json") == 0
    assert loads(capsys.readouterr().out).title == "Versi Satu"

    out = tmp_path / "cadangan.sqlite"
    assert run(data, "backup", "--out", str(out)) == 0
    assert capsys.readouterr().out.strip() == str(out) and out.exists()
    assert run(data, "check-db") == 0
    assert "utuh" in capsys.readouterr().out

    assert run(data, "delete", rid) == 0
    assert "tempat sampah" in capsys.readouterr().out
    assert run(data, "list") == 0
    assert capsys.readouterr().out == ""
    assert run(data, "list", "--trash") == 0
    assert capsys.readouterr().out.startswith(rid)


def test_malformed_file_imports_nothing(data: Path, tmp_path: Path, capsys) -> None:
    good, _ = write_json(tmp_path, "baik.json", title="Baik")
    bad_data = json.loads(good.read_text(encoding="utf-8"))
    bad_data["id"] = "bukan-uuid"
    bad = tmp_path / "buruk.json"
    bad.write_text(json.dumps(bad_data), encoding="utf-8")
    assert run(data, "import", str(good), str(bad)) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err.strip()
    assert len(err.splitlines()) == 1 and "buruk.json" in err and '"id"' in err
    assert "Tidak ada yang diimpor" in err
    assert run(data, "list") == 0 and capsys.readouterr().out == ""


def test_errors_are_one_line_in_the_chosen_language(data: Path, tmp_path: Path, capsys) -> None:
    assert run(data, "list", "--status", "terbit") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Status tidak dikenal: terbit" in err
    assert run(data, "--lang", "en", "show", "00000000") == 2
    assert "is not in the archive" in capsys.readouterr().err
    pdf = tmp_path / "rilis.pdf"
    pdf.write_bytes(b"%PDF")
    assert run(data, "--lang", "en", "import", str(pdf)) == 2
    err = capsys.readouterr().err
    assert "cannot be imported" in err and ".json" in err and ".txt" in err
    assert run(data, "restore", "00000000-0000-4000-8000-000000000000", "1") == 2
    assert run(data, "import", str(tmp_path / "hilang.txt")) == 2
    assert "hilang.txt" in capsys.readouterr().err


def test_recovery_is_told_on_stderr(data: Path, tmp_path: Path, capsys) -> None:
    path, rid = write_json(tmp_path, "a.json", title="Selamat")
    assert run(data, "import", str(path)) == 0
    assert run(data, "backup") == 0
    capsys.readouterr()
    with (data / "arsip.sqlite").open("r+b") as fh:
        fh.write(b"rusak" * 20)
    assert run(data, "list") == 0
    captured = capsys.readouterr()
    assert captured.out.startswith(rid)
    assert "dipindahkan ke" in captured.err and "rusak-" in captured.err


def test_data_dir_from_environment(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("HUMAS_DATA_DIR", str(tmp_path / "env-data"))
    path, rid = write_json(tmp_path, "a.json", title="Lewat Variabel")
    assert main(["import", str(path)]) == 0
    assert (tmp_path / "env-data" / "arsip.sqlite").exists()
    assert capsys.readouterr().out.strip() == rid


def test_progress_bar_only_on_a_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty, pipe = Tty(), io.StringIO()
    for stream in (tty, pipe):
        progress = Progress(100, "Membaca", stream=stream)
        for done in range(1, 101):
            progress(done)
        progress.finish()
    assert "Membaca [" in tty.getvalue() and "100/100" in tty.getvalue()
    assert pipe.getvalue() == ""


def test_python_dash_m_subprocess(tmp_path: Path) -> None:
    path, rid = write_json(tmp_path, "a.json", title="Lewat Proses")
    env = {**os.environ, "HUMAS_DATA_DIR": str(tmp_path / "d")}
    done = subprocess.run([sys.executable, "-m", "humas_desktop", "import", str(path)],
                          capture_output=True, text=True, env=env, timeout=60)
    assert (done.returncode, done.stdout.strip()) == (0, rid), done.stderr
    done = subprocess.run([sys.executable, "-m", "humas_desktop", "--lang", "en", "show", "zzz"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip() == "humas-desktop: Press release zzz is not in the archive."


def test_word_files_import_through_the_registry(data: Path, tmp_path: Path, capsys) -> None:
    """`.docx` goes to the export layer's Word importer; its photos land in the photo store."""
    import docx
    from PIL import Image

    from humas_desktop.cli.archive_cmds import importers

    assert {".json", ".txt", ".docx"} <= set(importers())
    picture = tmp_path / "foto.png"
    Image.new("RGB", (64, 48), (200, 30, 30)).save(picture)
    document = docx.Document()
    document.add_paragraph("SIARAN PERS")
    document.add_paragraph("Bupati Resmikan Pasar Rakyat Meureudu")
    document.add_paragraph("MEUREUDU – Bupati Pidie Jaya meresmikan pasar rakyat, Selasa (28/11).")
    document.add_paragraph("Pasar itu menampung 200 pedagang kecil.")
    document.add_picture(str(picture))
    document.add_paragraph("Foto: Bupati memotong pita peresmian. (Humas)")
    path = tmp_path / "rilis.docx"
    document.save(path)
    assert run(data, "import", str(path)) == 0
    (rid,) = capsys.readouterr().out.split()
    assert run(data, "show", rid, "--json") == 0
    release = loads(capsys.readouterr().out)
    assert "Pasar Rakyat" in release.title
    assert any("200 pedagang" in block.text for block in release.body)
    from humas_desktop.archive import Archive

    assert len(release.photos) == 1
    with Archive.open(data) as archive:
        for photo in release.photos:
            assert archive.photo_path(photo.sha256).exists()


def test_progress_bar_on_a_real_terminal(tmp_path: Path) -> None:
    """Importing many files under a pseudo-terminal draws the bar on stderr; stdout stays ids."""
    import pty

    files = [write_json(tmp_path, f"r{i}.json", title=f"Rilis {i}")[0] for i in range(25)]
    leader, follower = pty.openpty()
    env = {**os.environ, "HUMAS_DATA_DIR": str(tmp_path / "d")}
    done = subprocess.run([sys.executable, "-m", "humas_desktop", "import", *map(str, files)],
                          stdout=subprocess.PIPE, stderr=follower, env=env, timeout=120)
    os.close(follower)
    drawn = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        drawn += chunk
    os.close(leader)
    assert done.returncode == 0
    assert len(done.stdout.split()) == 25
    assert b"Membaca [" in drawn and b"25/25" in drawn and b"Menyimpan [" in drawn
