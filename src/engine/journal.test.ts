import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  eventChecksOf,
  journaledReader,
  journalSelection,
  JournalWriter,
  mergeEvents,
  readJournal,
} from './journal.js';
import type { EngineEvent, EngineReader } from './reader.js';

const made: string[] = [];
const journalIn = () => {
  const dir = mkdtempSync(join(tmpdir(), 'docker-kata-journal-'));
  made.push(dir);
  return join(dir, 'events.jsonl');
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const daemon = 'ABCD:EFGH:IJKL';
const at = (iso: string) => Date.parse(iso) * 1e6;
const web = 'c0ffee'.padEnd(64, '1');
const db = 'deadbe'.padEnd(64, '2');
function event(action: string, time: string, id = web, type = 'container', attributes: Record<string, string> = { name: 'web', image: 'ubuntu' }): EngineEvent {
  return { Type: type, Action: action, Actor: { ID: id, Attributes: attributes }, timeNano: at(time) };
}
const exec = event('exec_start: bash ', '2025-03-01T10:01:00Z');
const die = event('die', '2025-03-01T10:02:00Z');
const window = { since: new Date('2025-03-01T10:00:00Z'), until: new Date('2025-03-01T10:05:00Z') };

describe('journalSelection', () => {
  it('keeps what checks ask about and leaves out the noise', () => {
    const wanted = journalSelection();
    expect(wanted(exec)).toBe(true);
    expect(wanted(die)).toBe(true);
    expect(wanted(event('pull', '2025-03-01T10:00:00Z', 'alpine:latest', 'image'))).toBe(true);
    expect(wanted(event('archive-path', '2025-03-01T10:00:00Z'))).toBe(false);
    expect(wanted(event('health_status: healthy', '2025-03-01T10:00:00Z'))).toBe(false);
    expect(wanted(event('mount', '2025-03-01T10:00:00Z', 'data', 'volume'))).toBe(false);
  });

  it("adds what a track's event checks name", () => {
    const extra = eventChecksOf([
      { kind: 'event', actions: ['health_status'] },
      { kind: 'event', type: 'volume', actions: ['mount'] },
      { kind: 'container', image: 'ubuntu' },
    ]);
    expect(extra).toEqual([
      { type: 'container', action: 'health_status' },
      { type: 'volume', action: 'mount' },
    ]);
    const wanted = journalSelection(extra);
    expect(wanted(event('health_status: healthy', '2025-03-01T10:00:00Z'))).toBe(true);
    expect(wanted(event('mount', '2025-03-01T10:00:00Z', 'data', 'volume'))).toBe(true);
  });
});

describe('JournalWriter and readJournal', () => {
  it('appends one line per wanted event, timeNano first, and reads back the window for this daemon', () => {
    const file = journalIn();
    const writer = new JournalWriter(file, daemon);
    expect(writer.append(exec)).toBe(true);
    expect(writer.append(event('archive-path', '2025-03-01T10:01:30Z'))).toBe(false);
    expect(writer.append(die)).toBe(true);
    expect(writer.append(event('start', '2025-03-01T11:00:00Z'))).toBe(true); // after the window
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\{"timeNano":\d+,"daemon":"ABCD:EFGH:IJKL","Type":"container"/);
    expect(readJournal(file, window, daemon)).toEqual([exec, die]);
    expect(readJournal(file, window, 'another daemon')).toEqual([]);
  });

  it('does not write an event twice, also across writers (a reconnect that replays history)', () => {
    const file = journalIn();
    new JournalWriter(file, daemon).append(exec);
    const again = new JournalWriter(file, daemon);
    expect(again.newestTimeNano).toBe(exec.timeNano);
    expect(again.append(exec)).toBe(false);
    expect(again.append(die)).toBe(true);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('skips a damaged line', () => {
    const file = journalIn();
    new JournalWriter(file, daemon).append(exec);
    writeFileSync(file, `${readFileSync(file, 'utf8')}{"timeNano":${die.timeNano},"daem\n`);
    expect(readJournal(file, window, daemon)).toEqual([exec]);
  });

  it('keeps the newest lines when over its cap, and none older than the age limit', () => {
    const file = journalIn();
    const now = Date.parse('2025-03-01T12:00:00Z');
    const writer = new JournalWriter(file, daemon, journalSelection(), { lines: 10, maxAgeMs: 60 * 60 * 1000 }, () => now);
    // One old event, then 11 recent ones: the 12th line is over 110 % of the cap and the file is rewritten.
    writer.append(event('create', '2025-03-01T10:00:00Z', db));
    for (let index = 0; index < 11; index++) writer.append(event('start', `2025-03-01T11:30:${String(index).padStart(2, '0')}Z`));
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines.every((line) => !line.includes(db))).toBe(true);
    expect(JSON.parse(lines[9]).timeNano).toBe(at('2025-03-01T11:30:10Z'));
  });
});

describe('mergeEvents', () => {
  it('puts the two histories in time order and keeps each event once', () => {
    const start = event('start', '2025-03-01T10:00:30Z');
    const destroy = event('destroy', '2025-03-01T10:03:00Z');
    expect(mergeEvents([die, destroy], [start, exec, die])).toEqual([start, exec, die, destroy]);
  });

  it('tells apart events at the same moment on other objects or with other actions', () => {
    const other = { ...die, Actor: { ID: db, Attributes: { name: 'db' } } };
    const kill = { ...die, Action: 'kill' };
    expect(mergeEvents([die], [other, kill, die])).toEqual([die, other, kill]);
  });
});

describe('journaledReader', () => {
  const readerWith = (events: EngineEvent[]) =>
    ({ events: vi.fn(async () => events), engineId: vi.fn(async () => daemon) }) as unknown as EngineReader & {
      events: ReturnType<typeof vi.fn>;
      engineId: ReturnType<typeof vi.fn>;
    };
  const query = { ...window, filters: { type: ['container'], event: ['exec_start'] } };

  it("sees an exec the daemon has forgotten (its 256 events rolled over) in the journal", async () => {
    const file = journalIn();
    new JournalWriter(file, daemon).append(exec);
    new JournalWriter(file, daemon).append(die);
    const reader = readerWith([]);
    expect(await journaledReader(reader, file).events(query)).toEqual([exec]);
    expect(reader.events).toHaveBeenCalledWith(query);
  });

  it('without a journal file asks only the daemon, as before', async () => {
    const file = journalIn();
    const reader = readerWith([exec]);
    expect(await journaledReader(reader, file).events(query)).toEqual([exec]);
    expect(existsSync(file)).toBe(false);
    expect(reader.engineId).not.toHaveBeenCalled();
  });

  it("leaves the journal out for a filter it cannot apply, and another daemon's events always", async () => {
    const file = journalIn();
    new JournalWriter(file, daemon).append(exec);
    expect(await journaledReader(readerWith([]), file).events({ ...window, filters: { scope: ['swarm'] } })).toEqual([]);
    const other = readerWith([]);
    other.engineId.mockResolvedValue('another daemon');
    expect(await journaledReader(other, file).events(query)).toEqual([]);
  });
});
