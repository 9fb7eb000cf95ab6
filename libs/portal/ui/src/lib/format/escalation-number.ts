export function escalationNumber(number: number): string {
  return `ESC-${number}`;
}
