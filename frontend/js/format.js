// How people read dates and counts in the office: 2023年2月28日, 185 名. Moments are read in Beijing
// time wherever the browser is, so a sign-in at 00:30 Beijing time is that day, not the day before.

const BEIJING = 'Asia/Shanghai';
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

const dayParts = new Intl.DateTimeFormat('en-CA', { timeZone: BEIJING, year: 'numeric', month: '2-digit', day: '2-digit' });
const clockParts = new Intl.DateTimeFormat('en-GB', { timeZone: BEIJING, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The named parts of a moment as Intl formats them: { year, month, day } or { hour, minute }. */
function parts(format, moment) {
  return Object.fromEntries(format.formatToParts(moment).map((p) => [p.type, p.value]));
}

/** How far the office's clock (getOfficeClock) is from this device's, so "today" is the service's today. */
let officeOffsetMs = 0;

/** Takes the office's now (an ISO timestamp) at sign-in; a demonstration may run on another date. */
export function setOfficeNow(iso) {
  officeOffsetMs = Date.parse(iso) - Date.now();
}

/** The office's now as a Date. */
export const officeNow = () => new Date(Date.now() + officeOffsetMs);

/** The Beijing day of a moment (an ISO timestamp, a Date or the office's now) as YYYY-MM-DD, days later when asked. */
export function beijingDay(moment = officeNow(), days = 0) {
  const { year, month, day } = parts(dayParts, new Date(new Date(moment).getTime() + days * 86_400_000));
  return `${year}-${month}-${day}`;
}

/** A date (2026-03-01) as it is, or the Beijing day of a timestamp: 2026年3月1日. */
export function chineseDate(iso) {
  if (!iso) return '';
  const day = PLAIN_DATE.test(iso) ? iso : beijingDay(iso);
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return `${year}年${month}月${dayOfMonth}日`;
}

/** A month (2026-03) as people write it: 2026年3月. */
export function chineseMonth(yearMonth) {
  if (!yearMonth) return '';
  const [year, month] = yearMonth.split('-').map(Number);
  return `${year}年${month}月`;
}

/** This month in Beijing time, as YYYY-MM. */
export const beijingMonth = () => beijingDay().slice(0, 7);

/** A timestamp in Beijing time to the minute: 2026年3月1日 16:05. */
export function chineseDateTime(iso) {
  if (!iso) return '';
  const { hour, minute } = parts(clockParts, new Date(iso));
  return `${chineseDate(beijingDay(iso))} ${hour}:${minute}`;
}

/** Whether a value is an ISO timestamp with a time of day (not a plain date). */
export const isTimestamp = (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value));

export function count(n, unit) {
  return `${Number(n).toLocaleString('zh-CN')} ${unit}`;
}
