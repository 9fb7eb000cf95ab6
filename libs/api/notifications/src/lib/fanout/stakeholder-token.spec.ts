import { createSecretKey } from 'node:crypto';
import { linkToken, stakeholderToken, tokenHash } from './stakeholder-token';

const secret = createSecretKey(Buffer.from('a-secret-of-at-least-thirty-two-characters', 'utf8'));
const ID = '0b6c3f4e-8d2a-4c1b-9e7f-5a4d3c2b1a09';

describe('stakeholder token', () => {
  it('is the base64url HMAC-SHA256 of status:<escalation>:<email>', () => {
    expect(stakeholderToken(secret, ID, 'pat@client.test')).toBe('BOxf5RW4nJGvDUp_04wWdykLvGBU0g5rvaHasMRE8aY');
  });

  it('is the link token of the key status:<escalation>:<email>', () => {
    expect(linkToken(secret, `status:${ID}:pat@client.test`)).toBe(stakeholderToken(secret, ID, 'pat@client.test'));
    expect(linkToken(secret, `survey:${ID}`)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('differs per stakeholder and per escalation', () => {
    const tokens = new Set([
      stakeholderToken(secret, ID, 'pat@client.test'),
      stakeholderToken(secret, ID, 'kim@client.test'),
      stakeholderToken(secret, '1b6c3f4e-8d2a-4c1b-9e7f-5a4d3c2b1a09', 'pat@client.test'),
    ]);
    expect(tokens.size).toBe(3);
  });

  it('is stored as its sha256 in hex', () => {
    expect(tokenHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
