import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Track } from './load.js';

/**
 * A cache of parsed, validated tracks, so that `verify`, `next` and `list` neither load the yaml package nor
 * parse and validate every exercise file on each run. One JSON file per track folder in the state folder, keyed
 * by a fingerprint of every entry in the track folder and its numbered folders (name, type, size, times, inode),
 * of the solutions folder used, and of docker-kata itself (its version and its loader and schema code). Any
 * doubt (a link in the track, an unreadable or malformed cache, a fingerprint that moved during the load) means
 * reading the YAML again.
 */

const cacheFormat = 2;
const here = dirname(fileURLToPath(import.meta.url));
const numbered = /^(\d+)[-_]/;

/** docker-kata's version, and the code that turns YAML into a track: a change to either is a different cache. */
function codeStamp(): string[] {
  const parts: string[] = [];
  try {
    parts.push(String((JSON.parse(readFileSync(join(here, '..', '..', 'package.json'), 'utf8')) as { version?: string }).version));
  } catch {
    parts.push('?');
  }
  for (const folder of [here, join(here, '..', 'checks')]) {
    for (const name of readdirSync(folder).sort()) {
      const stat = statSync(join(folder, name));
      parts.push(`${name}\t${stat.size}\t${stat.mtimeMs}`);
    }
  }
  return parts;
}

/**
 * Every entry the loader could read, one line each; undefined when there is a link (where it leads may move).
 * The whole text is the cache key, compared as it is: no hash to trust, and no node:crypto to load.
 */
export function trackFingerprint(dir: string, solutionsDir: string): string | undefined {
  const lines = [`format ${cacheFormat}`, resolve(dir), solutionsDir, ...codeStamp()];
  const entry = (path: string, name: string): ReturnType<typeof lstatSync> | undefined => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return undefined;
    lines.push(`${name}\t${stat.isDirectory() ? 'd' : 'f'}\t${stat.size}\t${stat.mtimeMs}\t${stat.ctimeMs}\t${stat.ino}`);
    return stat;
  };
  if (!entry(dir, '.')) return undefined;
  for (const name of readdirSync(dir).sort()) {
    const stat = entry(join(dir, name), name);
    if (!stat) return undefined;
    if (!stat.isDirectory() || !numbered.test(name)) continue;
    for (const inner of readdirSync(join(dir, name)).sort()) {
      if (!entry(join(dir, name, inner), `${name}/${inner}`)) return undefined;
    }
  }
  return lines.join('\n');
}

/** FNV-1a over UTF-16 code units, as 8 hex digits: a short file name for a path, not a guard of any content. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Where the cache of a track folder lives. Two folders whose names hash alike share a file and take turns
 * replacing it; the key inside tells whose it is.
 */
export const trackCacheFile = (stateDir: string, dir: string, solutionsDir: string) =>
  join(stateDir, 'track-cache', `${fnv1a(`${resolve(dir)}\0${solutionsDir}`)}.json`);

function readCache(file: string, key: string, dir: string): Track | undefined {
  try {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; key?: unknown; track?: Track };
    const track = cached.track;
    if (cached.format !== cacheFormat || cached.key !== key || !track || track.dir !== dir || !Array.isArray(track.exercises)) return undefined;
    return track;
  } catch {
    return undefined;
  }
}

function writeCache(file: string, key: string, track: Track): void {
  try {
    const text = JSON.stringify({ format: cacheFormat, key, track });
    // Only what JSON gives back as it was: a value JSON cannot carry (Infinity, say) leaves the track uncached.
    if (!jsonSafe(track)) return;
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    try {
      renameSync(temporary, file);
    } catch {
      rmSync(temporary, { force: true });
    }
  } catch {
    // A cache that cannot be written is only a slower next run.
  }
}

/** Plain objects, arrays, strings, finite numbers, booleans and null; undefined only as an object's value. */
function jsonSafe(value: unknown, inArray = false): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (value === undefined) return !inArray;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => jsonSafe(item, true));
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every((item) => jsonSafe(item));
}

const loadTrack = async (dir: string, solutionsDir: string) => (await import('./load.js')).loadTrack(dir, solutionsDir);

/**
 * loadTrack, through the cache in `stateDir`; the same track, or the same TrackError, as loadTrack. The loader (the
 * YAML parser, the validator, every check kind's schema) is imported only on a miss: `next` and `list` need none.
 */
export async function loadTrackCached(dir: string, solutionsDir: string, stateDir: string): Promise<Track> {
  let key: string | undefined;
  try {
    key = trackFingerprint(dir, solutionsDir);
  } catch {
    key = undefined; // no such folder, say: loadTrack says so properly
  }
  if (!key) return await loadTrack(dir, solutionsDir);
  const file = trackCacheFile(stateDir, dir, solutionsDir);
  const cached = readCache(file, key, dir);
  if (cached) return cached;
  const track = await loadTrack(dir, solutionsDir);
  // A file edited while it was read: keep no cache of a mix.
  let after: string | undefined;
  try {
    after = trackFingerprint(dir, solutionsDir);
  } catch {
    after = undefined;
  }
  if (after === key) writeCache(file, key, track);
  return track;
}
