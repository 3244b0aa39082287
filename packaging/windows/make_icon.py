"""Write packaging/windows/humas.ico from the program's own icon, resources/icons/humas-desktop.svg.

One drawing serves the window, the taskbar, the Start menu and the installer. Each size is
rendered from the vector drawing (Qt's SVG renderer) rather than shrunk from one bitmap, so the
16 and 24 pixel icons stay sharp; Pillow writes the multi-size .ico.

    .venv/bin/python packaging/windows/make_icon.py      (QT_QPA_PLATFORM=offscreen is set here)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "resources" / "icons" / "humas-desktop.svg"
ICO = Path(__file__).resolve().parent / "humas.ico"
SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128, 256)


def render(size: int) -> Image.Image:
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_RGBA8888_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)  # straight alpha for Pillow
    return Image.frombuffer(
        "RGBA", (size, size), bytes(image.constBits()), "raw", "RGBA", image.bytesPerLine(), 1
    ).copy()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs an application object
    images = [render(size) for size in SIZES]
    largest = images[-1]
    largest.save(ICO, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    print(f"wrote {ICO} ({ICO.stat().st_size} bytes, sizes {', '.join(map(str, SIZES))})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
