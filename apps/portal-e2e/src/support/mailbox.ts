import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { inboxDir } from './e2e-env';

/** Every email the API has sent so far in this run, oldest first. */
async function receivedMails(): Promise<ParsedMail[]> {
  const files = (await readdir(inboxDir())).filter((name) => name.endsWith('.eml')).sort();
  return Promise.all(files.map(async (file) => simpleParser(await readFile(join(inboxDir(), file)))));
}

/** Waits for the first email that `matches`; fails the test after `timeoutMs`. */
export async function waitForMail(
  what: string,
  matches: (mail: ParsedMail) => boolean,
  timeoutMs = 30_000,
): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await receivedMails()).find(matches);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No email ${what} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Whether the email went to `address`. */
export function sentTo(mail: ParsedMail, address: string): boolean {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.some((list) => list.value.some((entry) => entry.address === address));
}

/** The path of the first link in the email's text that starts with `prefix` (e.g. "/survey/"). */
export function linkPath(mail: ParsedMail, prefix: string): string {
  const match = new RegExp(`https?://[^/\\s]+(${prefix}[A-Za-z0-9_-]+)`).exec(mail.text ?? '');
  if (!match?.[1]) throw new Error(`The email "${mail.subject ?? ''}" holds no ${prefix} link`);
  return match[1];
}
