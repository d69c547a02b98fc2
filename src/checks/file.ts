import { object, oneOf, optional, required, string } from '../track/schema.js';
import { containerSelectorSchema, nameOf, recordContainer, selectContainers, selectorWords, tooOldMessage } from './select.js';
import { defineCheck, fail, pass } from './types.js';
import { words } from './words.js';

/** Files larger than this are not read for `contains`/`matches`; existence is still checked. */
const maxReadBytes = 1024 * 1024;

/** A path in a container's filesystem, read through the archive endpoint: works on stopped containers, never execs. */
export const fileCheck = defineCheck({
  kind: 'file',
  summary: 'A path in a container (running or stopped), its type and content, read without exec.',
  schema: object({
    container: required(containerSelectorSchema),
    path: required(string({ minLength: 1, description: 'Absolute path inside the container.' })),
    type: optional(oneOf(['file', 'directory'] as const)),
    contains: optional(string({ description: 'Text the file must contain.' })),
    matches: optional(string({ regex: true, description: 'A regular expression the content must match.' })),
  }),
  async run(definition, context) {
    const { path, type, contains, matches } = definition;
    const expected = words.file.expected(type ?? 'something', path, selectorWords(definition.container, false, context), contains, matches);
    const selection = await selectContainers(definition.container, context);
    if (selection.matching.length === 0) {
      if (selection.removed) return fail(expected, words.removed(selection.removed.name ?? selection.removed.id, context.exerciseName(selection.removed.exercise!)));
      if (selection.tooOld.length > 0) return fail(expected, tooOldMessage(selection, definition.container));
      return fail(expected, words.file.noContainer(selectorWords(definition.container, false, context)));
    }
    const findings: string[] = [];
    for (const container of selection.matching) {
      const reading = await context.engine.readPath(container.Id, path, maxReadBytes);
      const name = `\`${nameOf(container)}\``;
      if (!reading.exists) {
        findings.push(words.file.missing(path, name));
        continue;
      }
      if (type && reading.type !== type) {
        findings.push(words.file.wrongKind(path, name, reading.type, type));
        continue;
      }
      if (contains !== undefined || matches) {
        const text = reading.content?.toString('utf8');
        if (text === undefined) {
          findings.push(words.file.tooLarge(path, name));
          continue;
        }
        if ((contains !== undefined && !text.includes(contains)) || (matches && !new RegExp(matches).test(text))) {
          findings.push(words.file.holds(path, name, JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text)));
          continue;
        }
      }
      return pass(expected, words.file.found(path, name), [recordContainer(container)]);
    }
    return fail(expected, findings.join('; '));
  },
});
