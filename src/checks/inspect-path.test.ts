import { describe, expect, it } from 'vitest';
import { conditionMismatch, describeCondition, parsePath, valuesAtPath, type Condition } from './inspect-path.js';

/** A trimmed `docker container inspect` result. */
const container = {
  Name: '/web',
  RestartCount: 2,
  Config: {
    Cmd: ['nginx', '-g', 'daemon off;'],
    Env: ['PATH=/usr/bin', 'NGINX_VERSION=1.27'],
    Labels: { 'com.docker.compose.project': 'shop', maintainer: 'NGINX' },
    Healthcheck: null,
  },
  NetworkSettings: {
    Networks: {
      bridge: { IPAddress: '172.17.0.2' },
      backend: { IPAddress: '172.18.0.5' },
    },
  },
  Mounts: [{ Destination: '/usr/share/nginx/html' }, { Destination: '/data' }],
};

describe('parsePath', () => {
  it.each([
    { path: 'Config.Cmd', segments: ['Config', 'Cmd'] },
    { path: 'NetworkSettings.Networks.*.IPAddress', segments: ['NetworkSettings', 'Networks', '*', 'IPAddress'] },
    { path: 'Config.Labels["com.docker.compose.project"]', segments: ['Config', 'Labels', 'com.docker.compose.project'] },
  ])('$path → $segments', ({ path, segments }) => {
    expect(parsePath(path)).toEqual(segments);
  });
});

describe('valuesAtPath', () => {
  it.each([
    { path: 'Name', values: ['/web'] },
    { path: 'Config.Cmd', values: [['nginx', '-g', 'daemon off;']] },
    { path: 'NetworkSettings.Networks.*.IPAddress', values: ['172.17.0.2', '172.18.0.5'] },
    { path: 'Mounts.*.Destination', values: ['/usr/share/nginx/html', '/data'] },
    { path: 'Config.Cmd.0', values: ['nginx'] },
    { path: 'Config.Labels["com.docker.compose.project"]', values: ['shop'] },
    { path: 'Config.Healthcheck', values: [null] },
    { path: 'Config.Healthcheck.Test', values: [] },
    { path: 'Config.Missing.Deeper', values: [] },
    { path: 'Name.length', values: [] },
  ])('$path → $values', ({ path, values }) => {
    expect(valuesAtPath(container, path)).toEqual(values);
  });
});

describe('conditionMismatch', () => {
  it.each<{ condition: Condition; mismatch: string | undefined }>([
    // equals: scalars, and lists or mappings as a whole (key order ignored)
    { condition: { path: 'Name', equals: '/web' }, mismatch: undefined },
    { condition: { path: 'Name', equals: '/api' }, mismatch: 'Name is "/web"' },
    { condition: { path: 'Config.Cmd', equals: ['nginx', '-g', 'daemon off;'] }, mismatch: undefined },
    { condition: { path: 'Config.Cmd', equals: ['nginx'] }, mismatch: 'Config.Cmd is ["nginx","-g","daemon off;"]' },
    { condition: { path: 'Config.Labels', equals: { maintainer: 'NGINX', 'com.docker.compose.project': 'shop' } }, mismatch: undefined },
    // with a wildcard, any value may satisfy it
    { condition: { path: 'NetworkSettings.Networks.*.IPAddress', equals: '172.18.0.5' }, mismatch: undefined },
    { condition: { path: 'NetworkSettings.Networks.*.IPAddress', equals: '10.0.0.1' }, mismatch: 'NetworkSettings.Networks.*.IPAddress is "172.17.0.2", "172.18.0.5"' },
    // matches: the value as text
    { condition: { path: 'Config.Labels["com.docker.compose.project"]', matches: '^sh' }, mismatch: undefined },
    { condition: { path: 'Config.Cmd', matches: 'daemon off' }, mismatch: undefined },
    { condition: { path: 'Config.Missing', matches: '.*' }, mismatch: 'Config.Missing is nothing' },
    // contains: an item of a list, a substring of text, a key of a mapping
    { condition: { path: 'Config.Env', contains: 'NGINX_VERSION=1.27' }, mismatch: undefined },
    { condition: { path: 'Config.Env', contains: 'NGINX_VERSION' }, mismatch: 'Config.Env is ["PATH=/usr/bin","NGINX_VERSION=1.27"]' },
    { condition: { path: 'Name', contains: 'we' }, mismatch: undefined },
    { condition: { path: 'Config.Labels', contains: 'maintainer' }, mismatch: undefined },
    // exists: null counts as not set
    { condition: { path: 'Config.Labels.maintainer', exists: true }, mismatch: undefined },
    { condition: { path: 'Config.Healthcheck', exists: true }, mismatch: 'Config.Healthcheck is not set' },
    { condition: { path: 'Config.Healthcheck', exists: false }, mismatch: undefined },
    { condition: { path: 'Name', exists: false }, mismatch: 'Name is "/web"' },
    // atLeast / atMost: numbers only
    { condition: { path: 'RestartCount', atLeast: 2, atMost: 2 }, mismatch: undefined },
    { condition: { path: 'RestartCount', atLeast: 3 }, mismatch: 'RestartCount is 2' },
    { condition: { path: 'RestartCount', atMost: 1 }, mismatch: 'RestartCount is 2' },
    { condition: { path: 'Name', atLeast: 0 }, mismatch: 'Name is "/web"' },
  ])('$condition → $mismatch', ({ condition, mismatch }) => {
    expect(conditionMismatch(container, condition)).toBe(mismatch);
  });
});

describe('describeCondition', () => {
  it('names every part of the condition', () => {
    expect(describeCondition({ path: 'RestartCount', exists: true, atLeast: 1, atMost: 3 })).toBe(
      'RestartCount is set and is at least 1 and is at most 3',
    );
    expect(describeCondition({ path: 'Config.Cmd', matches: 'bash$', contains: 'bash' })).toBe(
      'Config.Cmd matches /bash$/ and contains "bash"',
    );
  });
});
