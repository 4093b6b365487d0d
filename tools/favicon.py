"""Writes the app's favicons: static/favicon.svg's design (a white check mark on a rounded square in the
stylesheet's accent colour, #0b5cad) drawn as a 32x32 PNG inside an ICO, for browsers that ask /favicon.ico.
Python 3 standard library only. Run from the project root: python3 tools/favicon.py"""
import math
import struct
import zlib

SIZE = 32
SAMPLES = 4  # per axis, for anti-aliased edges
ACCENT = (0x0b, 0x5c, 0xad)
WHITE = (0xff, 0xff, 0xff)
# the same shapes as favicon.svg, on its 32-unit grid
RADIUS = 6
CHECK = [(8, 16.5), (13.5, 22), (24, 10.5)]
STROKE = 4


def in_square(x, y):
    cx = min(max(x, RADIUS), SIZE - RADIUS)
    cy = min(max(y, RADIUS), SIZE - RADIUS)
    return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2


def near_segment(x, y, a, b, half):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - ax - t * dx, y - ay - t * dy) <= half


def pixel(px, py):
    square = check = 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            x, y = px + (sx + .5) / SAMPLES, py + (sy + .5) / SAMPLES
            if in_square(x, y):
                square += 1
                if any(near_segment(x, y, CHECK[i], CHECK[i + 1], STROKE / 2) for i in range(len(CHECK) - 1)):
                    check += 1
    if square == 0:
        return (0, 0, 0, 0)
    share = check / square
    rgb = tuple(round(w * share + a * (1 - share)) for w, a in zip(WHITE, ACCENT))
    return rgb + (round(255 * square / SAMPLES ** 2),)


def png():
    rows = b"".join(b"\0" + bytes(c for x in range(SIZE) for c in pixel(x, y)) for y in range(SIZE))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def ico(image):
    # ICONDIR, one ICONDIRENTRY, then the PNG (browsers and Windows Vista+ read PNG entries)
    return struct.pack("<HHH", 0, 1, 1) + struct.pack("<BBBBHHII", SIZE, SIZE, 0, 0, 1, 32, len(image), 22) + image


with open("src/main/resources/META-INF/resources/favicon.ico", "wb") as out:
    out.write(ico(png()))
