"""Content-addressed photo files beside the database: photos/ab/abcdef….

The name is the SHA-256 of the bytes, so the same photo added twice (or used by ten releases) is
stored once, and a file that exists is complete: bytes go to a temporary file in the same folder,
are flushed to disk and only then renamed into place.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Collection
from pathlib import Path

HEX = frozenset("0123456789abcdef")


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
        # Fresh again: the garbage collector spares files this young, and this one is about to
        # be used by a release that is not saved yet.
        os.utime(target)
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


def remove_unused(photos_dir: Path, keep: Collection[str], older_than: float) -> list[str]:
    """Delete photo files whose hash is not in `keep` and last modified before `older_than`
    (a time.time() value), and leftover temporary files as old; return the deleted hashes.

    Files that are not ours (other names) are left alone; empty shard folders are removed.
    """
    removed: list[str] = []
    if not photos_dir.is_dir():
        return removed
    for shard in photos_dir.iterdir():
        if not (shard.is_dir() and len(shard.name) == 2 and set(shard.name) <= HEX):
            continue
        for path in shard.iterdir():
            name = path.name
            ours = len(name) == 64 and set(name) <= HEX and name.startswith(shard.name)
            leftover = name.startswith(".tmp-")
            if not (ours or leftover) or not path.is_file():
                continue
            if (ours and name in keep) or path.stat().st_mtime >= older_than:
                continue
            path.unlink(missing_ok=True)
            if ours:
                removed.append(name)
        with contextlib.suppress(OSError):
            shard.rmdir()  # only succeeds when empty
    return removed
