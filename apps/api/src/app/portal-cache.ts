import { basename } from 'node:path';

/** The build names its scripts and styles after their content (`main-5YG5OS7B.js`): such a file never changes. */
const CONTENT_HASHED = /-[A-Z0-9]{8}\.(js|css)$/;

/**
 * How long a browser may keep a file of the built portal: a content-hashed file a year without asking again, so a
 * returning manager's reports start from the cache; everything else (index.html, the icon) is checked each time, so
 * a new release is picked up at once.
 */
export function portalCacheControl(path: string): string {
  return CONTENT_HASHED.test(basename(path)) ? 'public, max-age=31536000, immutable' : 'no-cache';
}
