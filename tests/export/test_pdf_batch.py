from __future__ import annotations

import os
import threading
from dataclasses import replace

import docx
import pytest

from humas_desktop.export import pdf
from humas_desktop.export.batch import export_batch
from humas_desktop.export.errors import ExportError, PdfUnavailable
from humas_desktop.export.formats import export_release

needs_libreoffice = pytest.mark.skipif(not pdf.pdf_available(),
                                       reason="LibreOffice (soffice) not installed")


@needs_libreoffice
def test_pdf_export(tmp_path, release, office, photo_store):
    out = tmp_path / "siaran.pdf"
    result = export_release(release, out, "pdf", office=office, photo_resolver=photo_store.get)
    assert result.warnings == ()
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photos", "siaran.pdf"]


def test_pdf_without_libreoffice_names_what_to_install(tmp_path, release, monkeypatch):
    monkeypatch.setenv("HUMAS_SOFFICE", str(tmp_path / "no-such-soffice"))
    assert not pdf.pdf_available()
    with pytest.raises(PdfUnavailable) as info:
        export_release(release, tmp_path / "x.pdf", "pdf")
    assert "LibreOffice" in str(info.value)
    assert not (tmp_path / "x.pdf").exists()


def test_batch_docx_with_progress_and_unique_names(tmp_path, release, office, photo_store):
    releases = [replace(release, id=f"id-{i}", title=f"Rakor Stunting {i % 3}") for i in range(7)]
    (tmp_path / "2023-11-28 Rakor Stunting 0.docx").write_text("milik orang lain")
    seen: list[tuple[int, int]] = []
    result = export_batch(releases, tmp_path, "docx", office=office,
                          photo_resolver=photo_store.get,
                          progress=lambda done, total, title: seen.append((done, total)))
    assert seen == [(i, 7) for i in range(1, 8)]
    assert not result.failed and not result.cancelled
    assert len(result.written) == 7 and len({p.name for p in result.written}) == 7
    assert (tmp_path / "2023-11-28 Rakor Stunting 0.docx").read_text() == "milik orang lain"
    # Same title in the batch: (2), (3); the existing file pushes release 0 to (2), so its
    # namesakes go on with (3) and (4).
    assert sorted(p.name for p in result.written if "Stunting 0" in p.name) == [
        "2023-11-28 Rakor Stunting 0 (2).docx", "2023-11-28 Rakor Stunting 0 (3).docx",
        "2023-11-28 Rakor Stunting 0 (4).docx"]
    assert [(a.name, b.name) for a, b in result.renamed] == [
        ("2023-11-28 Rakor Stunting 0.docx", "2023-11-28 Rakor Stunting 0 (2).docx")]
    assert docx.Document(str(result.written[0])).core_properties.title == "Rakor Stunting 0"


def test_batch_cancel_stops_between_releases(tmp_path, release):
    releases = [replace(release, id=f"id-{i}", photos=()) for i in range(50)]
    stop = threading.Event()

    def progress(done, total, title):
        if done == 5:
            stop.set()

    result = export_batch(releases, tmp_path, "txt", progress=progress, cancel=stop.is_set)
    assert result.cancelled
    assert len(result.written) == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in result.written)


def test_batch_continues_after_a_failure(tmp_path, release, monkeypatch):
    releases = [replace(release, id=f"id-{i}", title=f"Siaran {i}", photos=()) for i in range(4)]
    real = export_release

    def flaky(rel, out, *args, **kwargs):
        if rel.id == "id-1":
            out.mkdir()  # a folder in the way: the write must fail
        if rel.id == "id-2":
            raise KeyError("a bug")
        return real(rel, out, *args, **kwargs)

    monkeypatch.setattr("humas_desktop.export.batch.export_release", flaky)
    result = export_batch(releases, tmp_path, "txt", force=True)
    assert [rid for rid, _ in result.failed] == ["id-1", "id-2"]
    assert "Siaran 1" in result.failed[0][1] and "KeyError" in result.failed[1][1]
    assert len(result.written) == 2


@needs_libreoffice
def test_batch_pdf(tmp_path, release, office, photo_store):
    releases = [replace(release, id=f"id-{i}", title=f"Siaran {i}") for i in range(3)]
    out = tmp_path / "pdf"
    out.mkdir()
    result = export_batch(releases, out, "pdf", office=office, photo_resolver=photo_store.get)
    assert not result.failed
    assert sorted(p.name for p in out.iterdir()) == [
        f"2023-11-28 Siaran {i}.pdf" for i in range(3)]
    assert all(p.read_bytes().startswith(b"%PDF") for p in result.written)


def test_batch_pdf_isolates_a_file_libreoffice_cannot_convert(tmp_path, release, monkeypatch):
    from humas_desktop.export import batch
    from humas_desktop.export.errors import ExportError

    def fake_convert(files, out_dir, timeout=0):
        if any(f.name == "001.docx" for f in files):
            raise ExportError("LibreOffice gagal")
        results = []
        for f in files:
            pdf_path = out_dir / (f.stem + ".pdf")
            pdf_path.write_bytes(b"%PDF-1.7 fake")
            results.append(pdf_path)
        return results

    monkeypatch.setattr(batch, "find_soffice", lambda: tmp_path)
    monkeypatch.setattr(batch, "convert_to_pdf", fake_convert)
    out = tmp_path / "pdf"
    out.mkdir()
    releases = [replace(release, id=f"id-{i}", title=f"Siaran {i}", photos=()) for i in range(4)]
    result = export_batch(releases, out, "pdf")
    assert [rid for rid, _ in result.failed] == ["id-1"]
    assert sorted(p.name for p in out.iterdir()) == [
        "2023-11-28 Siaran 0.pdf", "2023-11-28 Siaran 2.pdf", "2023-11-28 Siaran 3.pdf"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs a folder the test cannot write to (root writes anywhere)")
def test_unwritable_pdf_target_does_not_mention_word(tmp_path, release):
    from humas_desktop.export.output import write_atomic

    folder = tmp_path / "terkunci"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError) as err:
            write_atomic(folder / "rilis.pdf", b"%PDF-1.4")
    finally:
        folder.chmod(0o700)
    assert "pembaca PDF" in str(err.value) and "Word" not in str(err.value)
