"""Content-addressed photo files beside the database: photos/ab/abcdef….

The name is the SHA-256 of the bytes, so the same photo added twice (or used by ten releases) is
stored once, and a file that exists is complete: bytes go to a temporary file in the same folder,
are flushed to disk and only then renamed into place.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def photo_path(photos_dir: Path, sha256: str) -> Path:
    sha256 = sha256.lower()
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
    return photos_dir / sha256[:2] / sha256


def store_bytes(photos_dir: Path, data: bytes) -> tuple[str, Path]:
    """Write `data` into the store unless already there; return (sha256, path)."""
    digest = hashlib.sha256(data).hexdigest()
    target = photo_path(photos_dir, digest)
    if target.exists() and target.stat().st_size == len(data):
        return digest, target
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return digest, target
