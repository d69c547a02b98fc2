import { describe, expect, it } from 'vitest';
import { clean, isRightAnswer, matchModes } from './answer.js';

type Mode = (typeof matchModes)[number];
const imageId = 'sha256:2b7412e6465c3c7fc5bb21d3e6f1917c167358449fecac8176c6e496e5c1f05f';

describe('clean', () => {
  it.each([
    { text: '  Jolly_Lamport ', cleaned: 'jolly_lamport' },
    { text: '"jolly_lamport"', cleaned: 'jolly_lamport' },
    { text: "'/bin/bash'", cleaned: '/bin/bash' },
    { text: '`docker ps`', cleaned: 'docker ps' },
    { text: 'Up   2\tminutes', cleaned: 'up 2 minutes' },
    { text: '["/bin/bash"]', cleaned: '["/bin/bash"]' },
  ])('$text → $cleaned', ({ text, cleaned }) => {
    expect(clean(text)).toBe(cleaned);
  });
});

describe('isRightAnswer', () => {
  it.each<{ what: string; values: unknown[]; mode: Mode; right: string[]; wrong: string[] }>([
    {
      what: 'Config.Cmd ["/bin/bash"] as a command',
      values: [['/bin/bash']],
      mode: 'command',
      right: ['/bin/bash', 'bash', '["/bin/bash"]', '[/bin/bash]', '`bash`', 'BASH'],
      wrong: ['sh', '/bin/sh', 'bash -l', ''],
    },
    {
      what: 'a command with arguments (its program alone also counts)',
      values: [['/usr/local/bin/python3', '-m', 'http.server']],
      mode: 'command',
      right: ['python3', 'python3 -m http.server', '/usr/local/bin/python3 -m http.server', '["/usr/local/bin/python3","-m","http.server"]', '[/usr/local/bin/python3, -m, http.server]'],
      wrong: ['http.server', '-m http.server', 'python'],
    },
    {
      what: 'a container Name, which the Engine writes with a leading /',
      values: ['/jolly_lamport'],
      mode: 'text',
      right: ['jolly_lamport', '"jolly_lamport"', '/jolly_lamport', 'Jolly_Lamport'],
      wrong: ['jolly', 'lamport', 'jolly-lamport'],
    },
    {
      what: 'State.Status running, the way docker ps words it',
      values: ['running'],
      mode: 'state',
      right: ['running', 'Running', 'up', 'Up 2 minutes', 'Up About an hour', 'started'],
      wrong: ['exited', 'Exited (0) 5 seconds ago', 'created', 'upp'],
    },
    {
      what: 'State.Status exited',
      values: ['exited'],
      mode: 'state',
      right: ['exited', 'Exited (0) 5 seconds ago', 'stopped'],
      wrong: ['running', 'Up 2 minutes'],
    },
    {
      what: 'an image ID',
      values: [imageId],
      mode: 'id',
      right: ['2b7412e6465c', 'sha256:2b7412e6465c', '2B7412E6465C3C7F', imageId, imageId.slice(7)],
      wrong: ['2b7412e6', 'sha256:2b7412e6', '2b7412e6465d', 'latest'],
    },
    {
      what: 'an IP address as text',
      values: ['172.17.0.2'],
      mode: 'text',
      right: ['172.17.0.2', ' 172.17.0.2 ', '"172.17.0.2"', '172.17.0.2/16'],
      wrong: ['172.17.0.3', '172.17.0', '172.17.0.3/16'],
    },
    {
      what: 'any one of several values (a wildcard path)',
      values: ['172.17.0.2', '172.18.0.5'],
      mode: 'text',
      right: ['172.18.0.5', '172.17.0.2'],
      wrong: ['172.19.0.1'],
    },
    {
      what: 'no values at all',
      values: [null, undefined],
      mode: 'text',
      right: [],
      wrong: ['null', 'undefined', ''],
    },
  ])('$what', ({ values, mode, right, wrong }) => {
    for (const answer of right) expect(isRightAnswer(answer, values, mode), `"${answer}" should be right`).toBe(true);
    for (const answer of wrong) expect(isRightAnswer(answer, values, mode), `"${answer}" should be wrong`).toBe(false);
  });
});
