import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { composeScreen, fitLines, frame, rowsOf } from './screen.js';

const numbered = (count: number, prefix = 'line') => Array.from({ length: count }, (_, index) => `${prefix} ${index + 1}`);

describe('fitLines', () => {
  it('leaves lines that fit alone', () => {
    expect(fitLines(numbered(5), 5, 80)).toEqual(numbered(5));
  });

  it('cuts from the end, with a mark, when the focus is at the top', () => {
    const fitted = fitLines(numbered(20), 6, 80).map((line) => stripVTControlCharacters(line));
    expect(fitted).toHaveLength(6);
    expect(fitted.slice(0, 5)).toEqual(numbered(5));
    expect(fitted[5]).toContain('…');
  });

  it('keeps the focus line in sight (the current exercise in the list)', () => {
    const fitted = fitLines(numbered(50), 10, 80, 30).map((line) => stripVTControlCharacters(line));
    expect(fitted).toHaveLength(10);
    expect(fitted).toContain('line 31');
    expect(fitted[0]).toContain('…');
    expect(fitted[9]).toContain('…');
  });

  it('counts wrapped lines as the rows they take', () => {
    expect(rowsOf('x'.repeat(81), 80)).toBe(2);
    expect(fitLines(['x'.repeat(200), 'a', 'b'], 4, 80).map((line) => stripVTControlCharacters(line))).toEqual(['x'.repeat(200), '… (a taller terminal shows the rest)']);
  });
});

describe('composeScreen', () => {
  const parts = {
    status: 'docker-kata watch',
    banner: ['✓ Passed: one'],
    main: numbered(60, 'page'),
    verdict: ['✗ Not yet: two', '  ✗ a container'],
    panel: ['Hint 1 of 2', 'Look closer.'],
    notice: ['The Docker daemon went away (gone). Reconnecting in 1 s…'],
    legend: 'h hint · q quit',
  };

  it('fits the terminal: the page gives way, verdict, hint, notice and keys stay', () => {
    const lines = composeScreen(parts, 30, 80).map((line) => stripVTControlCharacters(line));
    expect(lines.length).toBeLessThanOrEqual(30);
    for (const wanted of ['✓ Passed: one', '✗ Not yet: two', 'Hint 1 of 2', 'Reconnecting in 1 s…', 'h hint · q quit', 'page 1']) {
      expect(lines.some((line) => line.includes(wanted))).toBe(true);
    }
    expect(lines.at(-1)).toBe('h hint · q quit');
  });

  it('draws over the previous frame without scrolling', () => {
    expect(frame(['a', 'b'])).toBe('\x1b[Ha\x1b[K\nb\x1b[K\x1b[J');
  });
});
