import { request } from 'node:http';
import { integer, object, optional, string } from '../track/schema.js';
import { containerSelectorSchema, describeContainer, recordContainer, selectContainers, selectorWords, tooOldMessage } from './select.js';
import { defineCheck, fail, pass, type Verdict } from './types.js';
import { words } from './words.js';

/** How long a port may take to answer; a learner's web server on this machine answers at once. */
const timeoutMs = 3000;
const maxBodyBytes = 64 * 1024;

/**
 * A real HTTP request to a published port on this machine. Only ever 127.0.0.1: a track cannot make docker-kata
 * reach anywhere else. The port is fixed, or the one Docker published for a container's port.
 */
export const httpCheck = defineCheck({
  kind: 'http',
  summary: 'A GET request to 127.0.0.1 on a published port, with the status and text expected in the answer.',
  schema: object(
    {
      port: optional(integer({ minimum: 1, description: 'Host port on 127.0.0.1.' })),
      container: optional(containerSelectorSchema),
      containerPort: optional(integer({ minimum: 1, description: 'With container: the container port whose published host port to use.' })),
      path: optional(string({ description: 'Default /.' })),
      expect: optional(
        object({
          status: optional(integer({ minimum: 100, description: 'Default 200.' })),
          contains: optional(string({ description: 'Text the response body must contain.' })),
        }),
      ),
    },
    { requireOneOf: ['port', 'container'] },
  ),
  async run(definition, context) {
    const path = definition.path ?? '/';
    const status = definition.expect?.status ?? 200;
    const contains = definition.expect?.contains;
    const answer = words.http.answer(status, contains);
    let port = definition.port;
    let where = `http://127.0.0.1:${port}${path}`;
    if (definition.container) {
      const selection = await selectContainers(definition.container, context);
      const containerPort = definition.containerPort ?? 80;
      const expected = words.http.fromContainer(answer, containerPort, selectorWords(definition.container, false, context));
      if (selection.matching.length === 0) {
        if (selection.removed) return fail(expected, words.removed(selection.removed.name ?? selection.removed.id, context.exerciseName(selection.removed.exercise!)));
        return fail(
          expected,
          selection.tooOld.length ? tooOldMessage(selection, definition.container) : words.http.noContainer(selectorWords(definition.container, false, context)),
        );
      }
      const container = selection.matching[0];
      const bindings = container.NetworkSettings.Ports?.[`${containerPort}/tcp`] ?? [];
      const hostPort = bindings.map((binding) => Number(binding.HostPort)).find((candidate) => candidate > 0);
      if (!hostPort) {
        const state = container.State.Running ? undefined : container.State.Status;
        return fail(expected, words.http.notPublished(describeContainer(container), containerPort, state));
      }
      port = hostPort;
      where = `http://127.0.0.1:${port}${path}`;
      const verdict = judge(expected, where, await get(port, path), status, contains);
      return verdict.passed ? { ...verdict, objects: [recordContainer(container)] } : verdict;
    }
    return judge(words.http.fromAddress(answer, where), where, await get(port!, path), status, contains);
  },
});

function judge(expected: string, where: string, response: Response, status: number, contains: string | undefined): Verdict {
  if ('error' in response) return fail(expected, words.http.noAnswer(where, response.error));
  if (response.status !== status) return fail(expected, words.http.answered(where, response.status));
  if (contains !== undefined && !response.body.includes(contains)) {
    const start = response.body.replace(/\s+/g, ' ').trim().slice(0, 60);
    return fail(expected, words.http.answeredWithout(where, response.status, contains, start));
  }
  return pass(expected, words.http.answered(where, response.status));
}

type Response = { status: number; body: string } | { error: string; dropped?: boolean };

/**
 * A GET, tried again a few times when the connection is dropped: docker-proxy accepts before the server inside
 * the container listens, so a server started a moment ago answers "socket hang up" once or twice.
 */
async function get(port: number, path: string): Promise<Response> {
  let response = await getOnce(port, path);
  for (let attempt = 1; attempt < dropRetries && 'error' in response && response.dropped; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    response = await getOnce(port, path);
  }
  return response;
}

const dropRetries = 4;

function getOnce(port: number, path: string): Promise<Response> {
  return new Promise((resolve) => {
    const call = request({ host: '127.0.0.1', port, path, method: 'GET', timeout: timeoutMs }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        if (body.length < maxBodyBytes) body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      response.on('error', (error) => resolve({ error: error.message }));
    });
    call.on('timeout', () => call.destroy(new Error(words.http.timeout(timeoutMs / 1000))));
    call.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ error: error.code === 'ECONNREFUSED' ? words.http.refused : error.message, dropped: error.code === 'ECONNRESET' }),
    );
    call.end();
  });
}
