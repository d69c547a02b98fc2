import { describe, expect, it } from 'vitest';
import { withDefaultCommand } from './cli.js';

const node = ['node', 'docker-kata'];

describe('withDefaultCommand', () => {
  it.each<{ args: string[]; terminal: boolean; expected: string[] }>([
    { args: [], terminal: true, expected: ['watch'] },
    { args: ['--track', 'my-track', '-H', 'unix:///d.sock'], terminal: true, expected: ['--track', 'my-track', '-H', 'unix:///d.sock', 'watch'] },
    { args: ['--host=unix:///d.sock'], terminal: true, expected: ['--host=unix:///d.sock', 'watch'] },
    { args: [], terminal: false, expected: [] },
    { args: ['verify'], terminal: true, expected: ['verify'] },
    { args: ['--help'], terminal: true, expected: ['--help'] },
    { args: ['--host'], terminal: true, expected: ['--host'] },
  ])('$args in a terminal: $terminal', ({ args, terminal, expected }) => {
    expect(withDefaultCommand([...node, ...args], terminal)).toEqual([...node, ...expected]);
  });
});
