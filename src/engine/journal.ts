/**
 * The event journal: the daemon keeps only its last 256 events in memory, so `docker-kata watch`, while it runs,
 * appends the events a check may ask about to `events.jsonl` in the state folder, one event per line. Event
 * checks then see the daemon's own history and the journal's for the same window, merged (journaledReader):
 * a `docker exec` still counts after hundreds of other events.
 *
 * Each line is an Engine event as `GET /events` sends it (Type, Action, Actor, timeNano), plus `daemon`: the ID
 * of the daemon that reported it (`GET /info`), so events from one daemon never count on another.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stateDirectory } from '../progress/state.js';
import type { EngineEvent, EngineReader } from './reader.js';
import { baseAction, matchesFilters } from './wire.js';

export const journalFileName = 'events.jsonl';

/** `events.jsonl` in the state folder (DOCKER_KATA_HOME, …). */
export const journalFile = (directory = stateDirectory()) => join(directory, journalFileName);

/** How much the journal keeps: the newest lines, none older than a week. Rewritten when 10 % over. */
export const journalLimits = { lines: 10_000, maxAgeMs: 7 * 24 * 60 * 60 * 1000 };

/** A journal line. */
export interface JournalEntry extends EngineEvent {
  daemon: string;
}

/**
 * What is journaled: the actions a check can ask about (create/start/die/kill/stop/destroy, exec, pull, push,
 * tag, untag, …), never the noise of a busy daemon (health checks, resizes, archive reads, volume mounts).
 */
export const journaledActions: Record<string, readonly string[]> = {
  container: [
    'create', 'start', 'restart', 'die', 'kill', 'stop', 'destroy', 'rename', 'pause', 'unpause', 'oom', 'commit',
    'exec_create', 'exec_start', 'exec_die',
  ],
  image: ['pull', 'push', 'tag', 'untag', 'delete', 'import', 'load', 'save'],
  network: ['create', 'destroy', 'remove', 'connect', 'disconnect'],
  volume: ['create', 'destroy'],
};

/** Whether an event goes into the journal: the default actions, plus any a track's event checks name. */
export function journalSelection(extra: Array<{ type: string; action: string }> = []): (event: EngineEvent) => boolean {
  const wanted = new Set(Object.entries(journaledActions).flatMap(([type, actions]) => actions.map((action) => `${type} ${action}`)));
  for (const { type, action } of extra) wanted.add(`${type} ${baseAction(action)}`);
  return (event) => wanted.has(`${event.Type} ${baseAction(event.Action)}`);
}

/** The type and actions every `event` check of a track asks about. */
export function eventChecksOf(checks: Array<{ kind: string; [key: string]: unknown }>): Array<{ type: string; action: string }> {
  return checks
    .filter((check) => check.kind === 'event' && Array.isArray(check.actions))
    .flatMap((check) => (check.actions as string[]).map((action) => ({ type: typeof check.type === 'string' ? check.type : 'container', action })));
}

const keyOf = (event: EngineEvent) => `${event.timeNano} ${event.Actor?.ID} ${event.Action}`;

/** A line's timeNano, read without parsing the whole line (the writer puts it first). */
const leadingTime = /^\{"timeNano":(-?[\d.e+]+)[,}]/;

/** Appends events to the journal, one line each, and keeps it within its limits. */
export class JournalWriter {
  private lines = 0;
  private readonly recent = new Set<string>();
  /** The newest event time (ns) journaled from this daemon: where to resume after a reconnect. */
  newestTimeNano = 0;

  constructor(
    readonly file: string,
    readonly daemon: string,
    private readonly wanted: (event: EngineEvent) => boolean = journalSelection(),
    private readonly limits = journalLimits,
    private readonly now: () => number = Date.now,
  ) {
    const lines = readLines(file);
    this.lines = lines.length;
    // The journal's tail, so events the daemon sends again (after a reconnect with `since`) are not doubled.
    for (const line of lines.slice(-500)) {
      const entry = parseLine(line);
      if (entry?.daemon !== daemon) continue;
      this.recent.add(keyOf(entry));
      this.newestTimeNano = Math.max(this.newestTimeNano, entry.timeNano);
    }
    if (this.lines > this.limits.lines) this.rotate(lines);
  }

  /** Appends the event when it is one checks may ask about and not in the journal yet; true when written. */
  append(event: EngineEvent): boolean {
    if (!this.wanted(event) || typeof event.timeNano !== 'number') return false;
    const key = keyOf(event);
    if (this.recent.has(key)) return false;
    this.recent.add(key);
    if (this.recent.size > 2000) this.recent.delete(this.recent.values().next().value as string);
    const entry: JournalEntry = {
      timeNano: event.timeNano,
      daemon: this.daemon,
      Type: event.Type,
      Action: event.Action,
      Actor: { ID: event.Actor?.ID, Attributes: event.Actor?.Attributes ?? {} },
    };
    mkdirSync(dirname(this.file), { recursive: true });
    appendFileSync(this.file, `${JSON.stringify(entry)}\n`);
    this.newestTimeNano = Math.max(this.newestTimeNano, event.timeNano);
    if (++this.lines > this.limits.lines * 1.1) this.rotate(readLines(this.file));
    return true;
  }

  /** Keeps the newest `limits.lines` lines that are younger than `limits.maxAgeMs`: a new file, renamed over the old. */
  private rotate(lines: string[]): void {
    const oldest = (this.now() - this.limits.maxAgeMs) * 1e6;
    const kept = lines.slice(-this.limits.lines).filter((line) => {
      const time = line.match(leadingTime);
      return time !== null && Number(time[1]) >= oldest;
    });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, kept.length ? `${kept.join('\n')}\n` : '');
    renameSync(temporary, this.file);
    this.lines = kept.length;
  }
}

function readLines(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

function parseLine(line: string): JournalEntry | undefined {
  try {
    const entry = JSON.parse(line) as JournalEntry;
    return entry && typeof entry.timeNano === 'number' && entry.Actor ? entry : undefined;
  } catch {
    return undefined; // a line cut short (a full disk, a crash while writing) is skipped
  }
}

/** The journal's events from this daemon within the window, oldest first. */
export function readJournal(file: string, window: { since: Date; until: Date }, daemon: string): EngineEvent[] {
  const since = window.since.getTime() * 1e6;
  const until = window.until.getTime() * 1e6;
  const events: EngineEvent[] = [];
  for (const line of readLines(file)) {
    const time = line.match(leadingTime);
    if (!time || Number(time[1]) < since || Number(time[1]) > until) continue;
    const entry = parseLine(line);
    if (!entry || entry.daemon !== daemon) continue;
    const { daemon: _daemon, ...event } = entry;
    events.push(event);
  }
  return events.sort((a, b) => a.timeNano - b.timeNano);
}

/** The daemon's events and the journal's, oldest first, each event once (same timeNano, actor and action). */
export function mergeEvents(fromDaemon: EngineEvent[], fromJournal: EngineEvent[]): EngineEvent[] {
  const seen = new Set(fromDaemon.map(keyOf));
  const merged = [...fromDaemon];
  for (const event of fromJournal) {
    if (seen.has(keyOf(event))) continue;
    seen.add(keyOf(event));
    merged.push(event);
  }
  // A stable sort: events at the same moment keep the daemon's order.
  return merged.sort((a, b) => a.timeNano - b.timeNano);
}

/**
 * A reader whose events() also reads the journal: the daemon's own history and the journaled events for the same
 * window and filters, merged. Without a journal file nothing changes (and nothing more is asked of the daemon).
 */
export function journaledReader(reader: EngineReader, file: string): EngineReader {
  return {
    ...reader,
    async events(query) {
      if (!existsSync(file)) return reader.events(query);
      const [fromDaemon, daemon] = await Promise.all([reader.events(query), reader.engineId()]);
      // A filter this cannot apply (undefined) leaves the journal out: never a wrong pass.
      const fromJournal = readJournal(file, query, daemon).filter((event) => matchesFilters(event, query.filters) === true);
      return mergeEvents(fromDaemon, fromJournal);
    },
  };
}
