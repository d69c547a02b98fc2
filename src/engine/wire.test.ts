import { describe, expect, it } from 'vitest';
import type { EngineEvent } from './reader.js';
import { dockerEventOf, matchesFilters, podmanEventQuery, podmanEventWindow } from './wire.js';

const at = (iso: string) => Date.parse(iso) * 1e6;
const web = 'c0ffee'.padEnd(64, '1');
function event(action: string, time: string, id = web, type = 'container', attributes: Record<string, string> = { name: 'web', image: 'ubuntu' }): EngineEvent {
  return { Type: type, Action: action, Actor: { ID: id, Attributes: attributes }, timeNano: at(time) };
}
const exec = event('exec_start: bash ', '2025-03-01T10:01:00Z');

describe('matchesFilters', () => {
  it.each<{ name: string; filters: Record<string, string[]>; expected: boolean | undefined }>([
    { name: 'no filters', filters: {}, expected: true },
    { name: 'type', filters: { type: ['container'] }, expected: true },
    { name: 'another type', filters: { type: ['image'] }, expected: false },
    { name: 'an action with its command, as the daemon matches it', filters: { event: ['exec_start'] }, expected: true },
    { name: 'another action', filters: { event: ['die', 'destroy'] }, expected: false },
    { name: 'container by name', filters: { container: ['web'] }, expected: true },
    { name: 'container by ID prefix', filters: { container: ['c0ffee'] }, expected: true },
    { name: 'another container', filters: { container: ['db'] }, expected: false },
    { name: 'label present', filters: { label: ['image'] }, expected: true },
    { name: 'label with value', filters: { label: ['image=ubuntu'] }, expected: true },
    { name: 'label with another value', filters: { label: ['image=nginx'] }, expected: false },
    { name: 'a filter it cannot apply', filters: { scope: ['local'] }, expected: undefined },
  ])('$name', ({ filters, expected }) => {
    expect(matchesFilters(exec, filters)).toBe(expected);
  });

  it('volume: by the volume name, which is its Actor.ID', () => {
    const created = event('create', '2025-03-01T10:01:00Z', 'pgdata', 'volume', { driver: 'local' });
    expect(matchesFilters(created, { volume: ['pgdata'] })).toBe(true);
    expect(matchesFilters(created, { volume: ['other'] })).toBe(false);
  });
});

describe("Podman's events, in Docker's words", () => {
  it.each([
    ['remove', 'destroy'],
    ['exec', 'exec_start'],
    ['exec_died', 'exec_die'],
    ['died', 'die'],
    ['start', 'start'],
  ])('container %s is %s', (podman, docker) => {
    expect(dockerEventOf(event(podman, '2025-03-01T10:01:00Z')).Action).toBe(docker);
  });

  it('keeps what follows the action, and renames nothing of other types (a network is removed on Docker too)', () => {
    expect(dockerEventOf(event('exec: bash -l', '2025-03-01T10:01:00Z')).Action).toBe('exec_start: bash -l');
    expect(dockerEventOf(event('remove', '2025-03-01T10:01:00Z', 'n1', 'network')).Action).toBe('remove');
  });

  it('fills an empty Actor.ID (pull, push, volumes) from Attributes.name, as Docker reports them', () => {
    const pull = event('pull', '2025-03-01T10:01:00Z', '', 'image', { name: 'localhost:5000/kata/ubuntu:1' });
    expect(dockerEventOf(pull).Actor).toEqual({ ID: 'localhost:5000/kata/ubuntu:1', Attributes: { name: 'localhost:5000/kata/ubuntu:1' } });
    expect(dockerEventOf(exec)).toEqual(exec);
  });

  it('asks Podman by type only, and for no live stream', () => {
    expect(podmanEventQuery({ type: ['volume'], event: ['create'], volume: ['pgdata'] })).toEqual({ stream: false, filters: '{"type":["volume"]}' });
    expect(podmanEventQuery()).toEqual({ stream: false, filters: undefined });
  });

  it('cuts the window at `until` and applies the filters Podman ignores or names otherwise', () => {
    const events = [
      event('create', '2025-03-01T10:01:00Z'),
      event('remove', '2025-03-01T10:02:00Z'),
      event('remove', '2025-03-01T10:09:00Z'),
      event('create', '2025-03-01T10:03:00Z', '', 'volume', { name: 'pgdata' }),
    ];
    const window = podmanEventWindow(events, new Date('2025-03-01T10:05:00Z'), { type: ['container'], event: ['destroy'] });
    expect(window.map((found) => [found.Action, found.timeNano])).toEqual([['destroy', at('2025-03-01T10:02:00Z')]]);
    expect(podmanEventWindow(events, new Date('2025-03-01T10:05:00Z'), { type: ['volume'], event: ['create'], volume: ['pgdata'] })).toHaveLength(1);
    expect(podmanEventWindow(events, new Date('2025-03-01T10:05:00Z'), { scope: ['local'] })).toEqual([]);
  });
});
