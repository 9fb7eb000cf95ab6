export function apiTesting(): string {
  return 'api-testing';
}
