import { describe, expect, it } from 'vitest';
import { buildProgram, commandToRun, withDefaultCommand } from './cli.js';

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

describe('commandToRun', () => {
  it.each<{ args: string[]; expected: string | undefined }>([
    { args: ['verify'], expected: 'verify' },
    { args: ['verify', '--json'], expected: 'verify' },
    { args: ['--track', 'my-track', '-H', 'unix:///d.sock', 'list'], expected: 'list' },
    { args: ['--host=unix:///d.sock', '-lfr', 'next'], expected: 'next' },
    { args: ['-t', 'verify'], expected: undefined },
    { args: ['help', 'verify'], expected: undefined },
    { args: ['--help'], expected: undefined },
    { args: ['-v'], expected: undefined },
    { args: ['verfy'], expected: undefined },
    { args: ['toString'], expected: undefined },
    { args: [], expected: undefined },
  ])('$args: $expected', ({ args, expected }) => {
    expect(commandToRun([...node, ...args])).toBe(expected);
  });
});

describe('buildProgram', () => {
  it('gives a command loaded alone the same help as in the full program', async () => {
    const full = await buildProgram();
    expect(full.commands.map((command) => command.name())).toEqual([
      'next', 'verify', 'answer', 'hint', 'list', 'solution', 'reset', 'goto', 'watch', 'validate', 'new', 'clean', 'doctor', 'dev', 'lang',
    ]);
    // The command objects are shared: read every text before building the programs with one command.
    const texts = full.commands.map((command) => [command.name(), command.helpInformation()] as const);
    for (const [name, text] of texts) {
      const alone = await buildProgram(name);
      expect(alone.commands).toHaveLength(1);
      expect(alone.commands[0].helpInformation()).toBe(text);
    }
  });
});
