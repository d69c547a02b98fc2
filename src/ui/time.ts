// Times as docker-kata shows them, in the learner's local time zone. Formatted by hand: the first
// toLocaleTimeString in a process starts ICU, which costs more than a whole verification (see README, Performance).

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** 14:03:09: a time of day, to the second. */
export function clock(moment: string | number | Date): string {
  const date = new Date(moment);
  return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}:${twoDigits(date.getSeconds())}`;
}

/** 2026-11-23 14:03:09: a day and a time of day, in the order every language here reads. */
export function dateAndClock(moment: string | number | Date): string {
  const date = new Date(moment);
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())} ${clock(date)}`;
}
