from __future__ import annotations

import re
import tomllib
from pathlib import Path

from humas_desktop.resources import resource_path

PREFIXES = ("export.", "word_import.", "doc.", "cli.export.", "cli.import_word.")
SOURCES = [*Path(__file__).resolve().parents[2].joinpath("humas_desktop", "export").glob("*.py"),
           Path(__file__).resolve().parents[2] / "humas_desktop" / "cli" / "export_cmds.py"]


def _catalogue(lang: str) -> dict[str, str]:
    with resource_path("messages", f"{lang}.toml").open("rb") as fh:
        return tomllib.load(fh)


def test_every_key_used_exists_in_both_languages_with_the_same_fields():
    used: set[str] = set()
    for source in SOURCES:
        text = source.read_text(encoding="utf-8")
        used |= set(re.findall(r'\btr\(\s*"([a-z_.]+)"', text))
        used |= {f"doc.{k}" for k in re.findall(r'\bdoc_text\(\s*"([a-z_]+)"', text)}
    assert len(used) > 40
    ids, ens = _catalogue("id"), _catalogue("en")
    for key in sorted(used):
        assert key.startswith(PREFIXES), key
        assert key in ids and key in ens, key
        fields_id = set(re.findall(r"\{(\w+)\}", ids[key]))
        fields_en = set(re.findall(r"\{(\w+)\}", ens[key]))
        assert fields_id == fields_en, key


def test_locked_file_message_names_the_program_of_its_format(tmp_path):
    from humas_desktop.export.output import os_error_message

    locked = PermissionError(13, "Permission denied")
    word = os_error_message(locked, tmp_path / "rilis.docx")
    pdf = os_error_message(locked, tmp_path / "rilis.PDF")
    text = os_error_message(locked, tmp_path / "rilis.txt")
    assert "tutup dulu di Word" in word and "rilis.docx" in word
    assert "tutup dulu di pembaca PDF" in pdf and "Word" not in pdf
    assert "tutup dulu berkas itu di program lain" in text and "Word" not in text
    ids, ens = _catalogue("id"), _catalogue("en")
    for key in ("export.permission", "export.permission_word", "export.permission_pdf"):
        assert set(re.findall(r"\{(\w+)\}", ids[key])) == {"path"} == set(
            re.findall(r"\{(\w+)\}", ens[key])), key
