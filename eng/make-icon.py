#!/usr/bin/env python3
"""Draws eng/icon.png, the packages' 128x128 icon: a check mark on a rounded square, above a rule line.

Standard library only (zlib, struct). Run it again after changing a colour or a shape: python3 eng/make-icon.py
"""
import math
import os
import struct
import zlib

SIZE = 128
BACKGROUND = (15, 118, 110)  # teal
MARK = (255, 255, 255)


def rounded_square(x, y):
    """Signed distance to a square with rounded corners (negative inside)."""
    half, radius = 60.0, 22.0
    qx = abs(x - 64.0) - (half - radius)
    qy = abs(y - 64.0) - (half - radius)
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    return outside + min(max(qx, qy), 0.0) - radius


def segment(x, y, ax, ay, bx, by):
    """Distance from (x, y) to the segment from a to b."""
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (ax + t * dx), y - (ay + t * dy))


def coverage(distance):
    """Anti-aliasing: 1 well inside, 0 well outside, linear over one pixel."""
    return max(0.0, min(1.0, 0.5 - distance))


def pixel(x, y):
    cx, cy = x + 0.5, y + 0.5
    square = coverage(rounded_square(cx, cy))
    check = min(segment(cx, cy, 34, 62, 54, 82), segment(cx, cy, 54, 82, 94, 40)) - 8.0
    rule = segment(cx, cy, 36, 100, 92, 100) - 3.0
    mark = coverage(min(check, rule))
    colour = tuple(round(b + (m - b) * mark) for b, m in zip(BACKGROUND, MARK))
    return colour + (round(255 * square),)


def png(width, height, rows):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(v for p in row for v in p) for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    rows = [[pixel(x, y) for x in range(SIZE)] for y in range(SIZE)]
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png")
    with open(target, "wb") as f:
        f.write(png(SIZE, SIZE, rows))
    print(target)
