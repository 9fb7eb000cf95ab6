export function apiProcedures(): string {
  return 'api-procedures';
}
