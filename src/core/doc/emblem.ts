import { encodePng } from '../chart/png';
import type { PngImage } from '../image/pngImage';
import type { Emblem } from './tree';

/**
 * The built-in emblem: a simple Garuda (ครุฑ) drawn here from circles and polygons, so it is our
 * own licence-free picture rather than a copy of the state's artwork. It stands in until the
 * organisation sets its own, and prints clean in black on white at the sizes ระเบียบงานสารบรรณ
 * gives: 3 cm on a ประกาศ, 1.5 cm on a บันทึกข้อความ.
 */

export const EMBLEM_PIXELS = { width: 330, height: 200 } as const;
/** Printed heights (cm): ประกาศ and covers / บันทึกข้อความ. */
export const EMBLEM_HEIGHT = { announcement: 3, memo: 1.5, cover: 4 } as const;

type Point = readonly [number, number];
type Shape = { readonly kind: 'circle'; readonly c: Point; readonly r: number } | { readonly kind: 'ellipse'; readonly c: Point; readonly rx: number; readonly ry: number } | { readonly kind: 'poly'; readonly pts: readonly Point[] };

/** A wing of feathers fanning up and out from the shoulder; `side` is -1 (left) or 1 (right). */
function wing(side: number): Shape[] {
  const feathers: Shape[] = [];
  const shoulder: Point = [side * 0.18, 0.55];
  for (let i = 0; i < 7; i++) {
    const angle = (20 + i * 13) * (Math.PI / 180); // from just above horizontal to steep
    const len = 0.78 - i * 0.05;
    const tip: Point = [shoulder[0] + side * Math.cos(angle) * len, shoulder[1] - Math.sin(angle) * len];
    const half = 0.045;
    const nx = Math.sin(angle) * half;
    const ny = Math.cos(angle) * half;
    feathers.push({ kind: 'poly', pts: [[shoulder[0] - side * nx, shoulder[1] - ny], [tip[0] - side * nx * 0.3, tip[1] - ny * 0.3], [tip[0] + side * nx * 0.3, tip[1] + ny * 0.3], [shoulder[0] + side * nx, shoulder[1] + ny]] });
  }
  // The wing's inner web joining the feathers' roots.
  feathers.push({ kind: 'poly', pts: [shoulder, [shoulder[0] + side * 0.42, 0.36], [shoulder[0] + side * 0.5, 0.5], [shoulder[0] + side * 0.1, 0.72]] });
  return feathers;
}

const SHAPES: readonly Shape[] = [
  ...wing(-1),
  ...wing(1),
  { kind: 'circle', c: [0, 0.3], r: 0.13 }, // head
  { kind: 'poly', pts: [[-0.09, 0.2], [0, 0.02], [0.09, 0.2]] }, // crown
  { kind: 'poly', pts: [[0.1, 0.28], [0.22, 0.33], [0.1, 0.36]] }, // beak
  { kind: 'ellipse', c: [0, 0.62], rx: 0.2, ry: 0.24 }, // body
  { kind: 'poly', pts: [[-0.16, 0.8], [-0.3, 1.05], [-0.12, 1.0], [0, 1.12], [0.12, 1.0], [0.3, 1.05], [0.16, 0.8]] }, // legs and tail
];

function inPoly(pts: readonly Point[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i];
    const [xj, yj] = pts[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inked(x: number, y: number): boolean {
  return SHAPES.some((s) => {
    switch (s.kind) {
      case 'circle':
        return (x - s.c[0]) ** 2 + (y - s.c[1]) ** 2 <= s.r ** 2;
      case 'ellipse':
        return ((x - s.c[0]) / s.rx) ** 2 + ((y - s.c[1]) / s.ry) ** 2 <= 1;
      case 'poly':
        return inPoly(s.pts, x, y);
    }
  });
}

/** Supersampled 2×2 per pixel: 5 grey levels smooth the edges; more would cost seconds in Apps Script. */
const SAMPLES = 2;

let cached: PngImage | undefined;

/** The built-in emblem as a PNG image (drawn once per process). */
export function builtInEmblem(): PngImage {
  if (cached) return cached;
  const { width, height } = EMBLEM_PIXELS;
  const palette = Array.from({ length: SAMPLES * SAMPLES + 1 }, (_, i) => {
    const v = Math.round(255 - (255 * i) / (SAMPLES * SAMPLES)).toString(16).padStart(2, '0');
    return `#${v}${v}${v}`;
  });
  const pixels = new Uint8Array(width * height);
  // Unit drawing space: x in −1.05…1.05 across, y −0.1…1.14 down (the wing tips rise above the crown).
  const scale = Math.min(width / 2.1, height / 1.24);
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      let ink = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES - width / 2) / scale;
          const y = (py + (sy + 0.5) / SAMPLES) / scale - 0.1;
          if (inked(x, y)) ink++;
        }
      }
      pixels[py * width + px] = ink;
    }
  }
  cached = { png: encodePng({ width, height, palette, pixels }), pixels: EMBLEM_PIXELS };
  return cached;
}

/**
 * An emblem block at a printed height: the organisation's own picture when it set one (ข้อมูลหน่วยงาน
 * → ตราหน่วยงาน, read by the CLI into Plan.emblem), else the built-in Garuda. The width follows
 * from the picture's pixels, so any proportions print undistorted.
 */
export function emblemBlock(image: PngImage | undefined, heightCm: number, align: Emblem['align']): Emblem {
  const { png, pixels } = image ?? builtInEmblem();
  return { kind: 'emblem', png, pixels, heightCm, align };
}
