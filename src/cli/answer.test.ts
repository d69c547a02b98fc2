import { describe, expect, it } from 'vitest';
import { buildProgram, withAnswerText } from '../cli.js';

const node = ['node', 'docker-kata'];

describe('withAnswerText', () => {
  it.each<{ args: string[]; expected: string[] }>([
    { args: ['answer', 'sh', '-i'], expected: ['answer', '--', 'sh', '-i'] },
    { args: ['answer', '-x'], expected: ['answer', '--', '-x'] },
    { args: ['answer', '--', '-x'], expected: ['answer', '--', '-x'] },
    { args: ['answer', '--json', 'ls', '-l'], expected: ['answer', '--json', '--', 'ls', '-l'] },
    { args: ['-t', 'my-track', 'answer', '--host', 'unix:///d.sock', '--lang=nb', 'x'], expected: ['-t', 'my-track', 'answer', '--host', 'unix:///d.sock', '--lang=nb', '--', 'x'] },
    { args: ['answer', '--help'], expected: ['answer', '--help'] },
    { args: ['verify', '-x'], expected: ['verify', '-x'] },
    { args: ['--track', 'answer', 'list'], expected: ['--track', 'answer', 'list'] },
  ])('$args', ({ args, expected }) => {
    expect(withAnswerText([...node, ...args])).toEqual([...node, ...expected]);
  });
});

describe('docker-kata answer, as commander parses it', () => {
  /** The text and options the answer command would save and use, without opening a session. */
  async function parse(args: string[]): Promise<{ text: string; json: boolean; host?: string }> {
    const program = await buildProgram('answer');
    let parsed: { text: string; json: boolean; host?: string } | undefined;
    program.commands[0].action((words: string[], options: { json?: boolean }, command) => {
      parsed = { text: words.join(' '), json: options.json ?? false, host: command.optsWithGlobals().host };
    });
    await program.parseAsync(withAnswerText([...node, ...args]));
    return parsed!;
  }

  it.each<{ args: string[]; text: string; json?: boolean; host?: string }>([
    { args: ['answer', 'sh', '-i'], text: 'sh -i' },
    { args: ['answer', '-x'], text: '-x' },
    { args: ['answer', '--', '-x'], text: '-x' },
    { args: ['answer', 'ls', '-l'], text: 'ls -l' },
    { args: ['answer', 'uname', '-v'], text: 'uname -v' },
    { args: ['answer', 'sh', '--json'], text: 'sh --json' },
    { args: ['answer', '--json', 'sh', '-i'], text: 'sh -i', json: true },
    { args: ['--host', 'unix:///d.sock', 'answer', '--json', '172.17.0.2'], text: '172.17.0.2', json: true, host: 'unix:///d.sock' },
    { args: ['answer', '-H', 'unix:///d.sock', 'jolly_lamport'], text: 'jolly_lamport', host: 'unix:///d.sock' },
  ])('$args saves "$text"', async ({ args, text, json = false, host }) => {
    expect(await parse(args)).toEqual({ text, json, host });
  });
});
