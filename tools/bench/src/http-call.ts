import { type Agent, request } from 'node:http';

export interface Answer {
  status: number;
  body: string;
}

/** One request on a keep-alive agent with a bearer token; a JSON body makes it a POST. */
export function httpCall(agent: Agent, origin: URL, path: string, token: string, json?: string): Promise<Answer> {
  const headers: Record<string, string | number> = { authorization: `Bearer ${token}` };
  if (json !== undefined)
    Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: origin.hostname, port: origin.port, path, method: json === undefined ? 'GET' : 'POST', headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(json);
  });
}
