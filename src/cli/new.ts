import { Command } from 'commander';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { solutionsFolderOf, trackFolder } from '../session.js';
import { formatVersion } from '../track/exercise-schema.js';
import { schemaBaseUrl } from '../track/schema-files.js';
import { messages } from '../ui/messages.js';

const numbered = /^(\d+)[-_]/;
const validId = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The next number in a folder of numbered entries, with the width its neighbours use (01, 02 … or 1, 2 …). */
export function nextNumbered(names: string[]): string {
  const numbers = names.map((name) => name.match(numbered)).filter((match): match is RegExpMatchArray => match !== null);
  const next = numbers.reduce((highest, match) => Math.max(highest, Number(match[1])), 0) + 1;
  const width = numbers.length ? Math.max(...numbers.map((match) => match[1].length)) : 2;
  return String(next).padStart(width, '0');
}

export function exerciseTemplate(id: string): string {
  return `# yaml-language-server: $schema=${schemaBaseUrl}exercise.schema.json
format: ${formatVersion}
id: ${id}
title: ${id.replace(/-/g, ' ').replace(/^./, (first) => first.toUpperCase())}
instructions: |
  What the learner does, and why. Show the command:

  \`\`\`
  docker run -d --name ${id} nginx:latest
  \`\`\`
hints:
  - A first nudge in the right direction.
  - Nearly the answer, e.g. \`docker run -d --name ${id} nginx:latest\`.
checks:
  - kind: container
    name: ${id}
    image: nginx:latest
    expect:
      state: running
creates:
  containers: [${id}]
uses:
  images: [nginx:latest]
`;
}

const solutionTemplate = (id: string) => `#!/bin/sh
# What a learner types, line by line (see "Solution files" in the README).
docker run -d --name ${id} nginx:latest
`;

export const newCommand = new Command('new')
  .description(messages.help.commands.new.description)
  .argument('<id>', messages.help.commands.new.arguments.id)
  .option('--module <folder>', messages.help.commands.new.options.module)
  .action((id: string, options: { module?: string }, command: Command) => {
    if (!validId.test(id)) throw new UsageError(messages.newBadId(id));
    const track = trackFolder(command.optsWithGlobals());
    mkdirSync(track, { recursive: true });
    const modules = readdirSync(track).filter((name) => numbered.test(name) && statSync(join(track, name)).isDirectory());
    const module = options.module ?? modules.sort((a, b) => Number(a.match(numbered)![1]) - Number(b.match(numbered)![1])).pop() ?? '01-basics';
    const moduleFolder = join(track, module);
    mkdirSync(moduleFolder, { recursive: true });
    const taken = readdirSync(moduleFolder).some((name) => name.replace(numbered, '').replace(/\.ya?ml$/, '') === id);
    if (taken) throw new UsageError(messages.newExists(id, relative(process.cwd(), moduleFolder)));
    const fileName = `${nextNumbered(readdirSync(moduleFolder).filter((name) => /\.ya?ml$/.test(name)))}-${id}`;
    const exerciseFile = join(moduleFolder, `${fileName}.yaml`);
    const solutionFile = join(solutionsFolderOf(track), module, `${fileName}.sh`);
    if (existsSync(exerciseFile) || existsSync(solutionFile)) throw new UsageError(messages.newExists(id, relative(process.cwd(), moduleFolder)));
    writeFileSync(exerciseFile, exerciseTemplate(id));
    mkdirSync(join(solutionsFolderOf(track), module), { recursive: true });
    writeFileSync(solutionFile, solutionTemplate(id), { mode: 0o755 });
    console.log(messages.newCreated(relative(process.cwd(), exerciseFile), relative(process.cwd(), resolve(solutionFile))));
  });
