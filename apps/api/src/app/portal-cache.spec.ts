import { portalCacheControl } from './portal-cache';

describe('portalCacheControl', () => {
  it('lets browsers keep content-hashed scripts and styles for a year', () => {
    expect(portalCacheControl('/srv/dist/apps/portal/browser/main-5YG5OS7B.js')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(portalCacheControl('/srv/browser/chunk-QBT6OWOC.js')).toBe('public, max-age=31536000, immutable');
    expect(portalCacheControl('/srv/browser/styles-VC7V33VJ.css')).toBe('public, max-age=31536000, immutable');
  });

  it('has every other file checked again on each visit', () => {
    expect(portalCacheControl('/srv/browser/index.html')).toBe('no-cache');
    expect(portalCacheControl('/srv/browser/favicon.ico')).toBe('no-cache');
    expect(portalCacheControl('/srv/browser/first-page-chunk.js')).toBe('no-cache');
  });
});
