import type { Locator } from 'playwright-core';

/**
 * Pixels of a canvas that are neither transparent nor white: 0 means Chart.js drew nothing. (The charts paint a
 * white background under themselves, so counting non-transparent pixels alone would count a blank chart.)
 */
export function paintedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const context = element.getContext('2d');
    if (!context) return 0;
    const { data } = context.getImageData(0, 0, element.width, element.height);
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      const white = (data[i] ?? 0) > 250 && (data[i + 1] ?? 0) > 250 && (data[i + 2] ?? 0) > 250;
      if (data[i + 3] !== 0 && !white) painted += 1;
    }
    return painted;
  });
}

/** How far a pixel's channels may be from a chart colour and still be that colour (rounding, not antialiasing). */
const TOLERANCE = 2;

/**
 * Waits until at least `minimum` pixels of the canvas are painted in a colour: Chart.js has drawn a dataset of that
 * colour (its canvas is marked rendered on the first draw only, so a redraw is waited for by what it paints).
 */
export async function waitForColour(canvas: Locator, hexColour: string, minimum: number): Promise<void> {
  const element = await canvas.elementHandle();
  const drawn = canvas.page().waitForFunction(
    ({ element, hex, minimum, tolerance }) => {
      const target = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
      const drawn = element as HTMLCanvasElement;
      const context = drawn.getContext('2d');
      if (!context) return false;
      const { data } = context.getImageData(0, 0, drawn.width, drawn.height);
      let count = 0;
      for (let i = 0; i < data.length && count < minimum; i += 4) {
        if (target.every((channel, c) => Math.abs((data[i + c] ?? -99) - channel) <= tolerance)) count += 1;
      }
      return count >= minimum;
    },
    { element, hex: hexColour, minimum, tolerance: TOLERANCE },
    { polling: 250, timeout: 10_000 },
  );
  await drawn.catch(() => {
    throw new Error(`The chart did not draw ${minimum} pixels of ${hexColour} within 10 s`);
  });
}

interface CanvasPoint {
  x: number;
  y: number;
  /** How many pixels of the colour there are around the point in every direction. */
  depth: number;
}

/**
 * The point of the canvas (in CSS pixels from its top left) deepest inside an area of one colour: the centre of the
 * widest bar drawn in it, away from edges, lines and points drawn over it. Null when the colour is nowhere.
 */
function deepestPointOf(canvas: Locator, hexColour: string): Promise<CanvasPoint | null> {
  return canvas.evaluate(
    (element: HTMLCanvasElement, { hex, tolerance }) => {
      const context = element.getContext('2d');
      if (!context) return null;
      const { width, height } = element;
      const { data } = context.getImageData(0, 0, width, height);
      const target = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
      // Antialiased edges blend the colour; only its own pixels (give or take rounding) count.
      const matches = (x: number, y: number) => {
        if (x < 0 || y < 0 || x >= width || y >= height) return false;
        const at = (y * width + x) * 4;
        return target.every((channel, c) => Math.abs((data[at + c] ?? -99) - channel) <= tolerance);
      };
      const MAX_DEPTH = 24;
      // How far the colour reaches around a point in every direction (the square of that half-size is all of it).
      const depthAt = (x: number, y: number) => {
        let depth = 0;
        while (depth < MAX_DEPTH) {
          const r = depth + 1;
          for (let d = -r; d <= r; d++) {
            if (!matches(x + d, y - r) || !matches(x + d, y + r) || !matches(x - r, y + d) || !matches(x + r, y + d))
              return depth;
          }
          depth = r;
        }
        return depth;
      };
      let best: { x: number; y: number; depth: number } | null = null;
      for (let y = 0; y < height; y += 2) {
        for (let x = 0; x < width; x += 2) {
          if (!matches(x, y)) continue;
          const depth = depthAt(x, y);
          if (!best || depth > best.depth) best = { x, y, depth };
        }
      }
      if (!best) return null;
      const box = element.getBoundingClientRect();
      return { x: (best.x * box.width) / width, y: (best.y * box.height) / height, depth: best.depth };
    },
    { hex: hexColour, tolerance: TOLERANCE },
  );
}

/**
 * Clicks the chart where it is painted in one of the colours, as a user clicks a bar: inside the widest bar of any of
 * them. Returns the colour clicked.
 */
export async function clickColour(canvas: Locator, hexColours: readonly string[]): Promise<string> {
  let best: { colour: string; point: CanvasPoint } | null = null;
  for (const colour of hexColours) {
    const point = await deepestPointOf(canvas, colour);
    if (point && (!best || point.depth > best.point.depth)) best = { colour, point };
  }
  if (!best) throw new Error(`None of ${hexColours.join(', ')} is on the canvas`);
  await canvas.click({ position: { x: best.point.x, y: best.point.y } });
  return best.colour;
}
