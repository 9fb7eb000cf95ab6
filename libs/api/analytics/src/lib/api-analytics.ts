export function apiAnalytics(): string {
  return 'api-analytics';
}
