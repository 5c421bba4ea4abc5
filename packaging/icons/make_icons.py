"""Draw the application icon: packaging/icons/lapor-desktop.png (256x256) and .ico (16..256).

Run once with the project's venv (``python packaging/icons/make_icons.py``); the outputs are
committed, so builds never need this script. The .ico stores PNG images (valid since Windows
Vista), written by hand so no Qt image plugin is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen, QPolygonF  # noqa: E402

HERE = Path(__file__).resolve().parent
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    """The icon at ``size`` pixels: a red rounded square, a white speech bubble with "!"."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256.0
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#c62828"))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    # speech bubble
    p.setBrush(QColor("white"))
    p.drawRoundedRect(QRectF(44 * s, 48 * s, 168 * s, 124 * s), 28 * s, 28 * s)
    p.drawPolygon(QPolygonF([QPointF(80 * s, 166 * s), QPointF(124 * s, 166 * s),
                             QPointF(72 * s, 212 * s)]))
    # exclamation mark
    p.setBrush(QColor("#c62828"))
    p.drawRoundedRect(QRectF(116 * s, 66 * s, 24 * s, 64 * s), 10 * s, 10 * s)
    p.drawEllipse(QRectF(115 * s, 138 * s, 26 * s, 26 * s))
    if size >= 64:
        p.setPen(QPen(QColor("white")))
        font = QFont("DejaVu Sans")
        font.setBold(True)
        font.setPixelSize(int(30 * s))
        p.setFont(font)
        p.drawText(QRectF(96 * s, 180 * s, 150 * s, 56 * s), Qt.AlignmentFlag.AlignCenter, "LAPOR!")
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data)


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    """An ICO container holding PNG-compressed entries."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, payload = b"", b""
    for size, data in images:
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + entries + payload


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    (HERE / "lapor-desktop.png").write_bytes(png_bytes(draw(256)))
    (HERE / "lapor-desktop.ico").write_bytes(
        ico_bytes([(size, png_bytes(draw(size))) for size in ICO_SIZES]))
    print("wrote", HERE / "lapor-desktop.png", HERE / "lapor-desktop.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
