export function apiEscalations(): string {
  return 'api-escalations';
}
