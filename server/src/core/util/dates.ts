/** Calendar dates as `YYYY-MM-DD` strings: compared as text, differenced in whole days (UTC). */
import { isRealDate } from '../schema';

export function daysBetween(from: string, to: string): number {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}

/** A date string if the value is a real `YYYY-MM-DD` date. */
export function asDate(value: string | undefined): string | undefined {
  return value !== undefined && isRealDate(value) ? value : undefined;
}

/** Today in the local calendar of the machine, for the default clock. */
export function localToday(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
