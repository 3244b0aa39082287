"""Photos prepared for embedding in Word: any format Pillow opens, scaled, JPEG or PNG.

Phone photos are 3-12 megapixels; embedding them as they are makes a release too big to send by
e-mail over a slow line, so they are scaled to the width the page can show. The scaled bytes are
cached by file identity so a batch or a repeated export does the work once.
"""

from __future__ import annotations

import contextlib
import io
import os
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from humas_desktop.i18n import tr

# ~165 dpi across a 16 cm text column: sharp on screen and in print, small in e-mail.
PHOTO_MAX_PX = 1024
# Refuse to decode more pixels than this (a decompression bomb or a scan at absurd dpi).
MAX_PIXELS = 60_000_000
JPEG_QUALITY = 85


class ImageProblem(Exception):
    """A photo that cannot be used; str() is a user message."""


@dataclass(frozen=True)
class PreparedImage:
    data: bytes
    width: int  # pixels
    height: int
    ext: str  # "jpg" or "png"


def check_pixels(im: Image.Image, name: str) -> None:
    width, height = im.size
    if width * height > MAX_PIXELS:
        raise ImageProblem(tr("export.image_too_large", file=name, width=width, height=height,
                              limit=MAX_PIXELS // 1_000_000))


def _exif_orientation(im: Image.Image) -> int:
    try:
        return int(im.getexif().get(0x0112, 1) or 1)
    except Exception:  # a broken EXIF block is not worth refusing the photo
        return 1


def _encode(im: Image.Image, keep_alpha: bool) -> tuple[bytes, str]:
    out = io.BytesIO()
    if keep_alpha:
        im.save(out, "PNG", optimize=False, compress_level=3)
        return out.getvalue(), "png"
    if im.mode not in ("RGB", "L"):
        im = im.convert("RGB")
    im.save(out, "JPEG", quality=JPEG_QUALITY)
    return out.getvalue(), "jpg"


def prepare_bytes(data: bytes, name: str, max_px: int = PHOTO_MAX_PX) -> PreparedImage:
    """Scale an image held in memory to at most `max_px` wide; raise ImageProblem if unusable."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            im: Image.Image = Image.open(io.BytesIO(data))
            check_pixels(im, name)
            fmt = getattr(im, "format", None) or ""
            orientation = _exif_orientation(im)
            width, height = im.size
            if orientation in (5, 6, 7, 8):
                width, height = height, width
            fits = width <= max_px
            if fmt == "JPEG" and fits and orientation == 1 and im.mode in ("RGB", "L"):
                return PreparedImage(data, width, height, "jpg")  # already right: no re-encode
            if fmt == "PNG" and fits and orientation == 1:
                return PreparedImage(data, width, height, "png")
            if fmt == "JPEG" and not fits:
                # Let libjpeg decode at 1/2, 1/4 or 1/8 size directly: far faster than a resize.
                box = (max_px, max_px * height // width) if orientation == 1 else (
                    max_px * height // width, max_px)
                im.draft("RGB", box)
            im.load()
            if getattr(im, "n_frames", 1) > 1:
                im.seek(0)
            im = ImageOps.exif_transpose(im)
            keep_alpha = im.mode in ("RGBA", "LA", "PA") or (
                im.mode == "P" and "transparency" in im.info)
            if keep_alpha and im.mode != "RGBA":
                im = im.convert("RGBA")
            if im.width > max_px:
                new_height = max(1, round(im.height * max_px / im.width))
                im = im.resize((max_px, new_height), Image.Resampling.BICUBIC, reducing_gap=2.0)
            payload, ext = _encode(im, keep_alpha)
            return PreparedImage(payload, im.width, im.height, ext)
        except ImageProblem:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageProblem(tr("export.image_bomb", file=name)) from None
        except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
            raise ImageProblem(tr("export.image_unreadable", file=name)) from None


@lru_cache(maxsize=48)  # ~10 MB of scaled photos at most
def _prepare_cached(path: str, mtime_ns: int, size: int, max_px: int, name: str) -> PreparedImage:
    data = Path(path).read_bytes()
    return prepare_bytes(data, name, max_px)


def prepare_file(path: Path, max_px: int = PHOTO_MAX_PX, name: str = "") -> PreparedImage:
    """Like prepare_bytes, for a file; cached while the file is unchanged.

    `name` is what the user knows the photo as (the archive stores it under its hash).
    """
    name = name or path.name
    try:
        stat = path.stat()
    except OSError:
        raise ImageProblem(tr("export.image_missing", file=name)) from None
    try:
        return _prepare_cached(str(path), stat.st_mtime_ns, stat.st_size, max_px, name)
    except OSError:
        raise ImageProblem(tr("export.image_unreadable", file=name)) from None


_pool: ThreadPoolExecutor | None = None


def prefetch(items: list[tuple[Path, str]], max_px: int = PHOTO_MAX_PX) -> None:
    """Prepare several photos at once (Pillow decodes and encodes outside the GIL).

    Results land in the cache for the export that follows; problems are left for it to report.
    """
    global _pool
    if len(items) < 2:
        return
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1),
                                   thread_name_prefix="humas-photo")
    futures = [_pool.submit(prepare_file, path, max_px, name) for path, name in items]
    for future in futures:
        with contextlib.suppress(ImageProblem):
            future.result()


def clear_cache() -> None:
    _prepare_cached.cache_clear()
