/**
 * One Idempotency-Key per distinct submission: sending the same payload again (a double click, a retry after a
 * network error) reuses the key so the API creates one escalation; an edited payload gets a new key.
 */
export class SubmissionKeys {
  private last: { payload: string; key: string } | null = null;

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  keyFor(payload: unknown): string {
    const json = JSON.stringify(payload);
    if (this.last?.payload !== json) this.last = { payload: json, key: this.newKey() };
    return this.last.key;
  }
}
