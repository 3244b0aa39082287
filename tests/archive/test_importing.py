from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from humas_desktop.archive.importing import ImportFileError, read_json, read_txt
from humas_desktop.model.interchange import dumps, to_dict

from .conftest import make_release


def test_txt_title_and_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "rilis.txt"
    path.write_text("\n\n  Bupati Tinjau Banjir  \nMEUREUDU – Bupati meninjau\nlokasi banjir.\n"
                    "\n \n\nWarga diminta waspada.\n", encoding="utf-8")
    release = read_txt(path)
    assert release.title == "Bupati Tinjau Banjir"
    assert [b.text for b in release.body] == ["MEUREUDU – Bupati meninjau lokasi banjir.",
                                              "Warga diminta waspada."]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-8"])
def test_txt_encodings_windows_editors_write(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "rilis.txt"
    path.write_bytes("Peresmian Café\r\n\r\nIsi “kutipan”.\r\n".encode(encoding))
    release = read_txt(path)
    assert release.title == "Peresmian Café"
    assert [b.text for b in release.body] == ["Isi “kutipan”."]


def test_txt_not_utf8_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "lama.txt"
    path.write_bytes("Judul\n\nCaf\u00e9 di pasar".encode("cp1252"))
    with pytest.raises(ImportFileError) as caught:
        read_txt(path)
    assert str(path) in str(caught.value) and "UTF-8" in str(caught.value)
    assert "baris 3" in str(caught.value)


def test_txt_empty_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "kosong.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"  \n\n")
    with pytest.raises(ImportFileError):
        read_txt(path)


def test_json_round_trip(tmp_path: Path) -> None:
    release = make_release("Dari JSON", tags=("a",))
    path = tmp_path / "rilis.json"
    path.write_text(dumps(release), encoding="utf-8")
    assert read_json(path) == release


def test_json_malformed_names_file_and_field(tmp_path: Path) -> None:
    data = to_dict(make_release())
    data["status"] = "terbit-sekarang"
    path = tmp_path / "rusak.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_json(path)
    assert caught.value.field == "status"
    assert str(path) in str(caught.value) and "status" in str(caught.value)
    broken = tmp_path / "potong.json"
    broken.write_text('{"format": "humas-release/1", "title": ', encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_json(broken)
    assert str(broken) in str(caught.value)
    with pytest.raises(ImportFileError):
        read_json(tmp_path / "tidak-ada.json")
