/**
 * The days a report submitted on the given day (a UTC date: year, month from 0, day) has waited,
 * counted in Stockholm as the review queue counts them: a day ends at midnight there.
 */
export function daysWaitedSince(year: number, monthIndex: number, day: number) {
  const [todayYear, todayMonth, today] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(new Date()).split('-').map(Number);
  return Math.round((Date.UTC(todayYear, todayMonth - 1, today) - Date.UTC(year, monthIndex, day)) / 86_400_000);
}
