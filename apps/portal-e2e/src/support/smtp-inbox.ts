import { writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

/**
 * The mail server the API sends to during the run, on loopback: it writes every message it accepts, as received, to
 * `dir` as an .eml file, where the journeys read their emails (support/mailbox.ts).
 */
export async function startSmtpInbox(dir: string): Promise<{ server: SMTPServer; url: string }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, _session, done) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', done);
      stream.on('end', () => {
        received += 1;
        writeFile(join(dir, `${String(received).padStart(5, '0')}.eml`), Buffer.concat(chunks)).then(
          () => done(),
          done,
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return { server, url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}` };
}

export function stopSmtpInbox(server: SMTPServer): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
