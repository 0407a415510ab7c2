import { PNG } from 'pngjs';

/**
 * The app's two icons, drawn from geometry so the package is the same every time it is built: a speech bubble with
 * a check mark. Teams wants a 192×192 full-colour icon and a 32×32 outline, white on transparent.
 */

type Shape = (x: number, y: number) => boolean;

const ACCENT = { r: 0x0f, g: 0x5b, b: 0xa7 };
const WHITE = { r: 255, g: 255, b: 255 };
const SAMPLES = 4;

function roundedRect(left: number, top: number, right: number, bottom: number, radius: number): Shape {
  return (x, y) => {
    if (x < left || x > right || y < top || y > bottom) return false;
    const cx = Math.min(Math.max(x, left + radius), right - radius);
    const cy = Math.min(Math.max(y, top + radius), bottom - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
}

function triangle(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Shape {
  const side = (px: number, py: number, qx: number, qy: number, x: number, y: number) =>
    (qx - px) * (y - py) - (qy - py) * (x - px);
  return (x, y) => {
    const d1 = side(ax, ay, bx, by, x, y);
    const d2 = side(bx, by, cx, cy, x, y);
    const d3 = side(cx, cy, ax, ay, x, y);
    return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  };
}

/** A stroke of the given width along the polyline. */
function stroke(points: readonly (readonly [number, number])[], width: number): Shape {
  return (x, y) =>
    points.slice(1).some(([bx, by], i) => {
      const [ax, ay] = points[i] ?? [bx, by];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      return (x - (ax + t * dx)) ** 2 + (y - (ay + t * dy)) ** 2 <= (width / 2) ** 2;
    });
}

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y));
const minus =
  (a: Shape, b: Shape): Shape =>
  (x, y) =>
    a(x, y) && !b(x, y);

/** Coverage of each pixel by the shape, from SAMPLES×SAMPLES points inside it (smooth edges). */
function coverage(shape: Shape, size: number, unit: number, x: number, y: number): number {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      if (shape(((x + (sx + 0.5) / SAMPLES) / size) * unit, ((y + (sy + 0.5) / SAMPLES) / size) * unit))
        hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

// The drawing on a 32-unit grid.
const bubble = union(roundedRect(3, 5, 29, 23, 5), triangle(8, 21, 15, 21, 7, 29));
const bubbleInside = union(roundedRect(5, 7, 27, 21, 3.2), triangle(9.6, 20, 13, 20, 9, 25.4));
const check = stroke(
  [
    [10, 14.5],
    [14, 18],
    [22, 10],
  ],
  2.6,
);

/** 192×192: white bubble with an accent-coloured check on an accent-coloured square. */
export function drawColorIcon(): Buffer {
  const size = 192;
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const white = coverage(minus(bubble, check), size, 32, x, y);
      const i = (y * size + x) * 4;
      png.data[i] = Math.round(ACCENT.r + (WHITE.r - ACCENT.r) * white);
      png.data[i + 1] = Math.round(ACCENT.g + (WHITE.g - ACCENT.g) * white);
      png.data[i + 2] = Math.round(ACCENT.b + (WHITE.b - ACCENT.b) * white);
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/** 32×32: the bubble's outline and the check in white, everything else transparent. */
export function drawOutlineIcon(): Buffer {
  const size = 32;
  const png = new PNG({ width: size, height: size });
  const lines = union(minus(bubble, bubbleInside), check);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      png.data[i] = 255;
      png.data[i + 1] = 255;
      png.data[i + 2] = 255;
      png.data[i + 3] = Math.round(255 * coverage(lines, size, 32, x, y));
    }
  }
  return PNG.sync.write(png);
}
