/**
 * Watch's full-screen view, as plain functions of what there is to show: a status line, a success banner after a
 * pass, the exercise page (or the list), the last verdict, hints, notices and the key legend, fitted to the
 * terminal's height so the verdict and the keys stay in sight; the page gives way first.
 */
import chalk from 'chalk';
import { stripVTControlCharacters } from 'node:util';
import { watchWords } from './words.js';

export interface ScreenParts {
  status: string;
  banner: string[];
  /** The exercise page or the list. */
  main: string[];
  /** The line of `main` that must stay visible when it has to be cut (the current exercise in the list). */
  mainFocus?: number;
  verdict: string[];
  panel: string[];
  notice: string[];
  legend: string;
}

/** How many terminal rows a line takes at this width. */
export const rowsOf = (line: string, columns: number) => Math.max(1, Math.ceil(stripVTControlCharacters(line).length / Math.max(1, columns)));

const rowsOfAll = (lines: string[], columns: number) => lines.reduce((sum, line) => sum + rowsOf(line, columns), 0);

/** The lines of the screen, at most `rows` rows tall (unless even the fixed parts do not fit). */
export function composeScreen(parts: ScreenParts, rows: number, columns: number): string[] {
  const rule = chalk.dim('─'.repeat(Math.max(10, Math.min(columns, 88))));
  const before = [parts.status, '', ...(parts.banner.length ? [...parts.banner, ''] : [])];
  const after = [
    '',
    rule,
    ...parts.verdict,
    ...(parts.panel.length ? ['', ...parts.panel] : []),
    ...(parts.notice.length ? ['', ...parts.notice] : []),
    '',
    parts.legend,
  ];
  const available = rows - rowsOfAll(before, columns) - rowsOfAll(after, columns);
  return [...before, ...fitLines(parts.main, available, columns, parts.mainFocus ?? 0), ...after];
}

/** The lines, cut to `available` rows around `focus`, with a mark where something was left out. */
export function fitLines(lines: string[], available: number, columns: number, focus = 0): string[] {
  if (rowsOfAll(lines, columns) <= available) return lines;
  if (available < 2) return [];
  const more = chalk.dim(watchWords.moreLines);
  // Grow a window around the focus line until it fills the rows left, keeping one for each mark.
  let start = Math.min(Math.max(0, focus), lines.length - 1);
  let end = start + 1;
  let used = rowsOf(lines[start], columns);
  const budget = () => available - (start > 0 ? 1 : 0) - (end < lines.length ? 1 : 0);
  for (let grew = true; grew; ) {
    grew = false;
    if (end < lines.length && used + rowsOf(lines[end], columns) <= budget()) {
      used += rowsOf(lines[end++], columns);
      grew = true;
    }
    if (start > 0 && used + rowsOf(lines[start - 1], columns) <= budget()) {
      used += rowsOf(lines[--start], columns);
      grew = true;
    }
  }
  while (used > budget() && end - start > 1) used -= rowsOf(lines[--end], columns);
  return [...(start > 0 ? [more] : []), ...lines.slice(start, end), ...(end < lines.length ? [more] : [])];
}

/** Draws a frame over the previous one: home, each line cleared to its end, everything below cleared. */
export const frame = (lines: string[]) => `\x1b[H${lines.map((line) => `${line}\x1b[K`).join('\n')}\x1b[J`;

export const terminalCodes = {
  enter: '\x1b[?1049h\x1b[?25l', // the alternate screen (the shell's screen comes back on exit), cursor hidden
  leave: '\x1b[?25h\x1b[?1049l',
};
