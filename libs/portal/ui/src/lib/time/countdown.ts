const pad = (n: number) => String(n).padStart(2, '0');

/** A span of seconds as a countdown: "0:59", "12:05", "2:05:09", "1d 2:05:09". The sign is the caller's. */
export function formatCountdown(seconds: number): string {
  const total = Math.floor(Math.abs(seconds));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3_600);
  const minutes = Math.floor((total % 3_600) / 60);
  const rest = total % 60;
  if (days > 0) return `${days}d ${hours}:${pad(minutes)}:${pad(rest)}`;
  if (hours > 0) return `${hours}:${pad(minutes)}:${pad(rest)}`;
  return `${minutes}:${pad(rest)}`;
}
