import { createHmac } from 'node:crypto';
import { newSecret, secretHash, signatureMatches } from './integration-secret';

describe('integration secrets', () => {
  const body = Buffer.from('{"status":"firing"}');
  const hmac = createHmac('sha256', 's3cret').update(body).digest('hex');

  it('are new each time, and hashed for lookup', () => {
    expect(newSecret()).not.toBe(newSecret());
    expect(secretHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('check a hex HMAC-SHA256 signature with or without its sha256= prefix', () => {
    expect(signatureMatches('s3cret', body, hmac)).toBe(true);
    expect(signatureMatches('s3cret', body, `sha256=${hmac}`)).toBe(true);
    expect(signatureMatches('other', body, hmac)).toBe(false);
    expect(signatureMatches('s3cret', Buffer.from('{}'), hmac)).toBe(false);
    expect(signatureMatches('s3cret', body, 'not-hex')).toBe(false);
  });
});
