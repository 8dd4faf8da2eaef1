// Draws the add-in icons (a red emulation flag on a pole, "TĐ" in gold) as PNG files.
// Run with `node assets/drawIcons.mjs` after changing the drawing; the PNGs are committed.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 8;

const RED = [218, 37, 29];
const GOLD = [255, 205, 0];
const POLE = [94, 94, 100];

// Shapes live in a 100×100 square; each is a point test (x, y) → boolean.
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const union = (...shapes) => (x, y) => shapes.some((s) => s(x, y));
const minus = (a, b) => (x, y) => a(x, y) && !b(x, y);

/** Convex-or-not polygon by the even-odd rule. */
const polygon = (points) => (x, y) => {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};

/** A "D": straight back at x0, round belly reaching x1, between y0 and y1. */
const dShape = (x0, y0, x1, y1) => {
  const ry = (y1 - y0) / 2;
  const cy = y0 + ry;
  const cx = Math.max(x0, x1 - ry);
  const rx = x1 - cx;
  return (x, y) => {
    if (y < y0 || y > y1 || x < x0) return false;
    if (x <= cx) return true;
    return ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
  };
};

const stroke = 10;
const top = 22;
const bottom = 62;
const letterT = union(rect(22, top, 50, top + stroke), rect(36 - stroke / 2, top, 36 + stroke / 2, bottom));
const dLeft = 59;
const letterD = union(
  minus(dShape(dLeft, top, 88, bottom), dShape(dLeft + stroke, top + stroke, 88 - stroke, bottom - stroke)),
  // the bar that makes D into Đ
  rect(dLeft - 4, 39, dLeft + stroke + 6, 46),
);

const layers = [
  { color: POLE, shape: rect(6, 8, 13, 97) },
  { color: GOLD, shape: circle(9.5, 7, 5.5) },
  { color: RED, shape: polygon([[13, 12], [98, 12], [88, 42], [98, 72], [13, 72]]) },
  { color: GOLD, shape: union(letterT, letterD) },
];

function draw(size) {
  const rgba = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = ((px + (sx + 0.5) / n) / size) * 100;
          const y = ((py + (sy + 0.5) / n) / size) * 100;
          // the topmost layer that covers the sample wins
          for (let i = layers.length - 1; i >= 0; i--) {
            const layer = layers[i];
            if (layer.shape(x, y)) {
              r += layer.color[0];
              g += layer.color[1];
              b += layer.color[2];
              a += 1;
              break;
            }
          }
        }
      }
      const o = (py * size + px) * 4;
      // colours are averaged over covered samples only, so edges do not darken
      rgba[o] = a ? Math.round(r / a) : 0;
      rgba[o + 1] = a ? Math.round(g / a) : 0;
      rgba[o + 2] = a ? Math.round(b / a) : 0;
      rgba[o + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return encodePng(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    // each row starts with filter type 0 (none)
    Buffer.from(rgba.subarray(y * width * 4, (y + 1) * width * 4)).copy(rows, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const folder = dirname(fileURLToPath(import.meta.url));
for (const size of SIZES) {
  writeFileSync(join(folder, `icon-${size}.png`), draw(size));
}
