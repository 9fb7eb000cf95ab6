import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

/**
 * The JavaScript a first visit must load before any route: the scripts and module preloads index.html names
 * (lazy routes are not among them), each gzipped at the default level as a server would send it.
 */
export function initialJavaScript(browserDir: string): BundleSize {
  const html = readFileSync(join(browserDir, 'index.html'), 'utf8');
  const names = new Set<string>();
  for (const match of html.matchAll(
    /<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g,
  )) {
    const name = match[1] ?? match[2];
    if (name) names.add(name);
  }
  const files = [...names];
  const contents = files.map((file) => readFileSync(join(browserDir, file)));
  return {
    files,
    rawBytes: contents.reduce((sum, c) => sum + c.length, 0),
    gzipBytes: contents.reduce((sum, c) => sum + gzipSync(c).length, 0),
  };
}
