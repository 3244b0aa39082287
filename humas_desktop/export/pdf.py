"""PDF through LibreOffice in headless mode, when it is installed.

Writing PDF by hand would mean a second layout engine that never quite matches the Word file;
LibreOffice renders the very .docx we export. It runs with a private, throw-away user profile so
it neither clashes with a LibreOffice window the officer has open nor leaves settings behind.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from humas_desktop.export.errors import ExportError, PdfUnavailable
from humas_desktop.export.output import write_atomic
from humas_desktop.i18n import tr

TIMEOUT_SECONDS = 180

_WINDOWS_PLACES = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)
_MAC_PLACES = ("/Applications/LibreOffice.app/Contents/MacOS/soffice",)


def find_soffice() -> Path | None:
    """The LibreOffice program, or None. $HUMAS_SOFFICE overrides the search."""
    override = os.environ.get("HUMAS_SOFFICE")
    if override:
        return Path(override) if Path(override).is_file() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    places = _WINDOWS_PLACES if sys.platform == "win32" else _MAC_PLACES
    for place in places:
        if Path(place).is_file():
            return Path(place)
    return None


def pdf_available() -> bool:
    return find_soffice() is not None


def unavailable_message() -> str:
    """What the disabled menu item says; names what to install."""
    return tr("export.pdf_missing")


def convert_to_pdf(docx_files: Sequence[Path], out_dir: Path,
                   timeout: float = TIMEOUT_SECONDS) -> list[Path]:
    """Convert .docx files into `out_dir` with one LibreOffice run; return the PDF paths."""
    soffice = find_soffice()
    if soffice is None:
        raise PdfUnavailable(unavailable_message())
    names = ", ".join(p.name for p in docx_files)
    with tempfile.TemporaryDirectory(prefix="humas-lo-") as profile:
        command = [
            str(soffice), f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless", "--norestore", "--nolockcheck", "--nodefault",
            "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(out_dir),
            *[str(p) for p in docx_files],
        ]
        try:
            done = subprocess.run(command, capture_output=True, timeout=timeout, check=False,
                                  stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise ExportError(tr("export.pdf_timeout", file=names, seconds=int(timeout))) from None
        except OSError as exc:
            raise ExportError(tr("export.pdf_failed", file=names, reason=str(exc))) from None
    results = [out_dir / (p.stem + ".pdf") for p in docx_files]
    missing = [p for p in results if not p.is_file() or p.stat().st_size == 0]
    if done.returncode != 0 or missing:
        reason = (done.stderr or done.stdout).decode(errors="replace").strip().splitlines()
        detail = reason[-1] if reason else f"exit {done.returncode}"
        raise ExportError(tr("export.pdf_failed", file=names, reason=detail))
    return results


def docx_bytes_to_pdf(data: bytes, out: Path, *, force: bool = False) -> None:
    """Convert Word bytes and write the PDF atomically at `out`."""
    with tempfile.TemporaryDirectory(prefix="humas-pdf-") as work:
        source = Path(work) / "siaran-pers.docx"
        source.write_bytes(data)
        (pdf,) = convert_to_pdf([source], Path(work))
        write_atomic(out, pdf.read_bytes(), force=force)
