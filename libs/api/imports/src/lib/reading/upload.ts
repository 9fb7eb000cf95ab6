import type { IncomingMessage } from 'node:http';
import { DomainException } from '@ladder/api/common';
import { IMPORT_CONTENT_TYPES, type ImportFormat } from '@ladder/contracts';

/** 100,000 escalations with their histories come to about 100 MB of JSON lines. */
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;

/** An uploaded file, decoded. */
export interface Upload {
  format: ImportFormat;
  text: string;
}

const FORMAT_OF: Readonly<Record<string, ImportFormat>> = {
  [IMPORT_CONTENT_TYPES.jsonl]: 'jsonl',
  'application/jsonl': 'jsonl',
  [IMPORT_CONTENT_TYPES.csv]: 'csv',
};

/**
 * The request body as the file it is (the app parses only JSON bodies, so this one is still unread), in UTF-8
 * without a byte-order mark. A 400 for any other Content-Type, or past MAX_UPLOAD_BYTES.
 */
export async function readUpload(request: IncomingMessage, limit = MAX_UPLOAD_BYTES): Promise<Upload> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const format = FORMAT_OF[type];
  if (!format) {
    throw new DomainException(
      'validation_failed',
      `send the file as the body with Content-Type ${IMPORT_CONTENT_TYPES.jsonl} (JSON lines) or ${IMPORT_CONTENT_TYPES.csv}`,
      { contentType: type || null },
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  // Read to the end even past the limit (keeping nothing), so the client gets the answer rather than a reset.
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  if (size > limit)
    throw new DomainException('validation_failed', `the file is larger than ${limit / 1024 / 1024} MiB`);
  const text = Buffer.concat(chunks, size).toString('utf8');
  return { format, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}
