import { describe, expect, it } from 'vitest';
import { extractAnswer, hasRegistryHost, learnerSolution, parseSolution, rewriteImage, rewritePulls } from './solution.js';

describe('parseSolution', () => {
  it('types the lines that are not comments, presses keys, and keeps one answer pattern', () => {
    const { solution, problems } = parseSolution(
      [
        '#!/bin/sh',
        '# Inside the container:',
        'docker run -it ubuntu',
        '',
        '  print("indented stays indented")   ',
        '# key: C-d',
        '# Read the address after "inet", then:',
        '#   docker-kata answer 172.17.0.2',
        '# answer: inet ([\\d.]+)/',
        'docker ps',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(solution.steps).toEqual([
      { kind: 'type', text: 'docker run -it ubuntu', line: 3 },
      { kind: 'type', text: '  print("indented stays indented")', line: 5 },
      { kind: 'key', key: 'C-d', line: 6 },
      { kind: 'type', text: 'docker ps', line: 10 },
    ]);
    expect(solution.answer?.text).toBe('inet ([\\d.]+)/');
    expect(solution.answer?.pattern.flags).toBe('m');
    expect(solution.answer?.line).toBe(9);
  });

  it('treats indented comments and CRLF line ends like any other', () => {
    const { solution } = parseSolution('docker ps\r\n   # a note\r\n  #key:   Escape  \r\n');
    expect(solution.steps).toEqual([
      { kind: 'type', text: 'docker ps', line: 1 },
      { kind: 'key', key: 'Escape', line: 3 },
    ]);
  });

  it('reports a broken regex, a second answer and a key line without one key', () => {
    const { problems } = parseSolution(['# answer: (unclosed', '# answer: a', '# answer: b', '# key:'].join('\n'));
    expect(problems.map((problem) => problem.line)).toEqual([1, 3, 4]);
    expect(problems[0].message).toMatch(/not a valid regular expression/);
    expect(problems[1].message).toMatch(/second "# answer:".*line 2/);
    expect(problems[2].message).toMatch(/takes key names/);
  });

  it('applies the answer pattern line by line (^ and $ are line ends)', () => {
    const { solution } = parseSolution('# answer: ^ubuntu\\s+latest\\s+([0-9a-f]{12})');
    const output = 'learner$ docker images\nREPOSITORY TAG IMAGE ID\nalpine latest 0123456789ab\nubuntu   latest   17aea4d73131   9 minutes ago\n';
    expect(extractAnswer(solution.answer!.pattern, output)).toBe('17aea4d73131');
  });
});

describe('extractAnswer', () => {
  it('takes capture group 1, else the whole match, trimmed; nothing when nothing matches', () => {
    expect(extractAnswer(/inet (\S+)\//, 'inet 172.17.0.2/16 scope global eth0')).toBe('172.17.0.2');
    expect(extractAnswer(/\d+\.\d+\.\d+\.\d+/, 'inet 172.17.0.2/16')).toBe('172.17.0.2');
    expect(extractAnswer(/^ *(Up)/m, 'nothing here')).toBeUndefined();
    expect(extractAnswer(/(\s*)/, 'x')).toBeUndefined();
  });

  it('reads the answers of the built-in track off typical screens', () => {
    const ps = [
      'CONTAINER ID   IMAGE     COMMAND       CREATED          STATUS                      PORTS     NAMES',
      '5f2c3a4b5c6d   ubuntu    "/bin/bash"   3 seconds ago    Up 2 seconds                          jolly_lamport',
      '723bc0f4085c   ubuntu    "/bin/bash"   3 minutes ago    Exited (0) 3 minutes ago              affectionate_rubin',
    ].join('\n');
    expect(extractAnswer(/^[0-9a-f]{12} +ubuntu +.* Up .* (\S+) *$/m, ps)).toBe('jolly_lamport');
    expect(extractAnswer(/^[0-9a-f]{12} +ubuntu +.* (Up)\b/m, ps)).toBe('Up');
    expect(extractAnswer(/^[0-9a-f]{12} +ubuntu +.* Exited \(\d+\) .* (\S+) *$/m, ps)).toBe('affectionate_rubin');
    const top = ['  PID  PPID USER     STAT   VSZ %VSZ %CPU COMMAND', '    1     0 root     S     2296   0%   0% {bash} sh -i', '   10     1 root     R     2296   0%   0% top -b -n 1'].join('\n');
    expect(extractAnswer(/^ *1 .*?\{?(\w+)\}?(?: sh -i)? *$/m, top)).toBe('bash');
    expect(extractAnswer(/^ *1 .*?\{?(\w+)\}?(?: sh -i)? *$/m, '      1 root      20   0    4588   3840   3200 S   0.0   0.1   0:00.03 bash')).toBe('bash');
  });
});

describe('rewritePulls', () => {
  const registry = '127.0.0.1:5000';

  it('points an image without a registry host at the local registry', () => {
    expect(rewritePulls('docker pull alpine', registry)).toBe('docker pull 127.0.0.1:5000/library/alpine');
    expect(rewritePulls('docker pull alpine:3.20', registry)).toBe('docker pull 127.0.0.1:5000/library/alpine:3.20');
    expect(rewritePulls('docker pull bitnami/nginx', registry)).toBe('docker pull 127.0.0.1:5000/bitnami/nginx');
    expect(rewritePulls('docker image pull -q --platform linux/amd64 ubuntu', registry)).toBe(
      'docker image pull -q --platform linux/amd64 127.0.0.1:5000/library/ubuntu',
    );
  });

  it('leaves images with a registry host, and lines that do not pull, alone', () => {
    for (const line of [
      'docker pull localhost:5000/kata/ubuntu:1',
      'docker pull quay.io/podman/hello',
      'docker pull 127.0.0.1:5000/library/alpine',
      'docker run -it alpine',
      'echo docker pull alpine',
      'docker pull $IMAGE',
    ]) {
      expect(rewritePulls(line, registry)).toBe(line);
    }
  });

  it('rewrites pulls inside a longer command line', () => {
    expect(rewritePulls('docker pull alpine && docker pull python; docker images', registry)).toBe(
      'docker pull 127.0.0.1:5000/library/alpine && docker pull 127.0.0.1:5000/library/python; docker images',
    );
  });

  it('decides a registry host as Docker does', () => {
    expect(hasRegistryHost('alpine')).toBe(false);
    expect(hasRegistryHost('library/alpine')).toBe(false);
    expect(hasRegistryHost('localhost/alpine')).toBe(true);
    expect(hasRegistryHost('example.com/alpine')).toBe(true);
    expect(hasRegistryHost('host:5000/alpine')).toBe(true);
    expect(rewriteImage('alpine@sha256:abc', registry)).toBe('127.0.0.1:5000/library/alpine@sha256:abc');
  });
});

describe('variants and near misses in a solution file', () => {
  const text = [
    '#!/bin/sh',
    '# Start ubuntu with a terminal:',
    'docker run -it ubuntu',
    '# key: C-d',
    '# answer: (\\w+)',
    '',
    '# variant: long flags',
    'docker run --interactive --tty ubuntu',
    '',
    '# near miss: -i without -t',
    'docker run -i ubuntu',
    '# no prompt follows',
    '# expect: started without a terminal',
    '# needs docker: Podman keeps no Attach settings',
    '',
    '# near miss: before the exercise',
    'docker run -it ubuntu',
    '# key: C-p C-q',
    '# exercise starts here',
    '# after: own-name, run-detached',
    'docker-kata answer x',
    '# expect: before you started this exercise',
  ].join('\n');

  it('reads the reference, then each case with its own steps, answer, phrase and replays', () => {
    const { solution, problems } = parseSolution(text);
    expect(problems).toEqual([]);
    expect(solution.steps.map((step) => step.line)).toEqual([3, 4]);
    expect(solution.cases.map(({ kind, title, line }) => ({ kind, title, line }))).toEqual([
      { kind: 'variant', title: 'long flags', line: 7 },
      { kind: 'near miss', title: '-i without -t', line: 10 },
      { kind: 'near miss', title: 'before the exercise', line: 16 },
    ]);
    const [, noTerminal, before] = solution.cases;
    expect(noTerminal.steps).toEqual([{ kind: 'type', text: 'docker run -i ubuntu', line: 11, noPrompt: true }]);
    expect(noTerminal.expect).toBe('started without a terminal');
    expect(noTerminal.needsDocker).toBe('Podman keeps no Attach settings');
    expect(before.before).toEqual([
      { kind: 'type', text: 'docker run -it ubuntu', line: 17 },
      { kind: 'key', key: 'C-p C-q', line: 18 },
    ]);
    expect(before.steps).toEqual([{ kind: 'type', text: 'docker-kata answer x', line: 21 }]);
    expect(before.after).toEqual(['own-name', 'run-detached']);
  });

  it('wants a phrase for every near miss, and case directives only inside a case', () => {
    const { problems } = parseSolution(['docker ps', '# expect: early', '# near miss: no phrase', 'docker ps'].join('\n'));
    expect(problems.map((problem) => problem.line)).toEqual([2, 3]);
    expect(problems[0].message).toMatch(/belongs to a variant or near miss/);
    expect(problems[1].message).toMatch(/needs "# expect: <phrase>"/);
  });

  it('shows a learner the reference only, with keys in words and no directives', () => {
    expect(learnerSolution(text)).toEqual(['# Start ubuntu with a terminal:', 'docker run -it ubuntu', '# press Ctrl-D']);
    expect(learnerSolution('docker run -itd ubuntu\n# key: C-p C-q\n', (key) => `trykk ${key}`)).toEqual(['docker run -itd ubuntu', '# trykk Ctrl-P Ctrl-Q']);
  });
});
