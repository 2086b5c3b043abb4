/**
 * A 5×7 bitmap font for the few characters a chart image needs (digits, %, .). Thai text is
 * not drawn into images: charts carry numbers, and the document prints the Thai legend.
 */
const GLYPHS: Readonly<Record<string, readonly string[]>> = {
  '0': ['.###.', '#...#', '#..##', '#.#.#', '##..#', '#...#', '.###.'],
  '1': ['..#..', '.##..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  '2': ['.###.', '#...#', '....#', '...#.', '..#..', '.#...', '#####'],
  '3': ['#####', '...#.', '..#..', '...#.', '....#', '#...#', '.###.'],
  '4': ['...#.', '..##.', '.#.#.', '#..#.', '#####', '...#.', '...#.'],
  '5': ['#####', '#....', '####.', '....#', '....#', '#...#', '.###.'],
  '6': ['..##.', '.#...', '#....', '####.', '#...#', '#...#', '.###.'],
  '7': ['#####', '....#', '...#.', '..#..', '.#...', '.#...', '.#...'],
  '8': ['.###.', '#...#', '#...#', '.###.', '#...#', '#...#', '.###.'],
  '9': ['.###.', '#...#', '#...#', '.####', '....#', '...#.', '.##..'],
  '%': ['##...', '##..#', '...#.', '..#..', '.#...', '#..##', '...##'],
  '.': ['..', '..', '..', '..', '..', '##', '##'],
  '-': ['.....', '.....', '.....', '#####', '.....', '.....', '.....'],
};

export const GLYPH_HEIGHT = 7;
const SPACING = 1;

/** Characters the font cannot draw are skipped. */
function glyphsOf(text: string): (readonly string[])[] {
  return [...text].map((ch) => GLYPHS[ch]).filter((g): g is readonly string[] => g !== undefined);
}

/** Width in pixels of `text` drawn at `scale`. */
export function textWidth(text: string, scale: number): number {
  const glyphs = glyphsOf(text);
  const units = glyphs.reduce((w, g) => w + g[0].length, 0) + Math.max(0, glyphs.length - 1) * SPACING;
  return units * scale;
}

/** Calls `dot(x, y, size)` for every lit square of `text` with its top-left corner at (x, y). */
export function drawText(text: string, x: number, y: number, scale: number, dot: (x: number, y: number, size: number) => void): void {
  let left = x;
  for (const glyph of glyphsOf(text)) {
    glyph.forEach((line, row) => {
      for (let col = 0; col < line.length; col++) if (line[col] === '#') dot(left + col * scale, y + row * scale, scale);
    });
    left += (glyph[0].length + SPACING) * scale;
  }
}
