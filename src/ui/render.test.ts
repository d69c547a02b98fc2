import chalk from 'chalk';
import { describe, expect, it } from 'vitest';
import { progressBar, renderMarkdown, wrap } from './render.js';

/** chalk follows the terminal; compare text without its colour codes. */
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

describe('wrap', () => {
  it.each([
    { text: 'Run `docker run -it ubuntu bash` and look around.', width: 12, code: '`docker run -it ubuntu bash`' },
    { text: 'Then type `exit` or press `Ctrl-D` to leave.', width: 8, code: '`Ctrl-D`' },
    { text: 'List them with `docker ps --all`, then stop.', width: 10, code: '`docker ps --all`,' },
  ])('keeps $code on one line at width $width', ({ text, width, code }) => {
    const lines = wrap(text, width);
    expect(lines).toContain(code);
    expect(lines.join(' ')).toBe(text);
  });

  it.each([
    { text: 'one two three four', width: 9, lines: ['one two', 'three', 'four'] },
    { text: 'a  lot   of    spaces', width: 80, lines: ['a lot of spaces'] },
    { text: 'unbreakable-long-word here', width: 5, lines: ['unbreakable-long-word', 'here'] },
    { text: '', width: 10, lines: [''] },
  ])('wraps "$text" at $width → $lines', ({ text, width, lines }) => {
    expect(wrap(text, width)).toEqual(lines);
  });

  it('keeps code in parentheses on one line', () => {
    expect(wrap('See every container (`docker ps -a`) now.', 12)).toContain('(`docker ps -a`)');
  });
});

describe('renderMarkdown', () => {
  it('keeps fenced code lines exactly as written, indented, even when longer than the width', () => {
    const markdown = ['Run this:', '', '```sh', 'docker run --name web -d -p 8080:80 nginx:1.27-alpine', '  echo   "spaces kept"', '```', '', 'Then look.'].join('\n');
    expect(plain(renderMarkdown(markdown, 20)).split('\n')).toEqual([
      'Run this:',
      '',
      '    docker run --name web -d -p 8080:80 nginx:1.27-alpine',
      '      echo   "spaces kept"',
      '',
      'Then look.',
    ]);
  });

  it('renders bullets with a hanging indent', () => {
    const rendered = plain(renderMarkdown('- a bullet that is long enough to wrap twice\n  1. a numbered one that also wraps', 20));
    expect(rendered.split('\n')).toEqual([
      '- a bullet that is',
      '  long enough to',
      '  wrap twice',
      '  1. a numbered one',
      '     that also wraps',
    ]);
    for (const line of rendered.split('\n')) expect(line.length).toBeLessThanOrEqual(20);
  });

  it.each([
    { colours: 1 as const, paragraph: 'Start one with docker run.' },
    { colours: 0 as const, paragraph: 'Start **one** with `docker run`.' }, // no colours: the marks carry the emphasis
  ])('joins paragraph lines and drops heading marks (chalk level $colours)', ({ colours, paragraph }) => {
    const level = chalk.level;
    chalk.level = colours;
    try {
      const rendered = plain(renderMarkdown('# Your first container\n\nStart **one**\nwith `docker run`.', 80));
      expect(rendered.split('\n')).toEqual(['Your first container', '', paragraph]);
    } finally {
      chalk.level = level;
    }
  });
});

describe('progressBar', () => {
  it.each([
    { done: 3, total: 10, bar: '#########>--------------------', count: '3/10' },
    { done: 0, total: 4, bar: '>-----------------------------', count: '0/4' },
    { done: 7, total: 7, bar: '##############################', count: '7/7' },
    { done: 0, total: 0, bar: '>-----------------------------', count: '0/0' },
  ])('$done of $total', ({ done, total, bar, count }) => {
    const text = plain(progressBar(done, total));
    expect(text).toContain(count);
    expect(text).toBe(`Progress: [${bar}] ${count}`);
  });
});
