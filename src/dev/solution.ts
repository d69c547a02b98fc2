/**
 * Reference solutions as `dev check` reads them: what a learner types, line by line.
 *
 *   docker run -it ubuntu        a typed line (Enter follows); blank lines are skipped
 *   # key: C-d                   a key pressed (a tmux key name: C-d, C-c, Escape, q …)
 *   # answer: inet ([\d.]+)/     after the lines: the answer, read off the terminal with this regex
 *   # anything else              a note for people
 *
 * Pure: no terminal, no daemon.
 */

export type SolutionStep = { kind: 'type'; text: string; line: number } | { kind: 'key'; key: string; line: number };

export interface Solution {
  steps: SolutionStep[];
  /** From `# answer: <regex>`: applied, multi-line, to what the terminal showed during the solution. */
  answer?: { pattern: RegExp; text: string; line: number };
}

export interface SolutionProblem {
  line: number;
  message: string;
}

const keyDirective = /^#\s*key:\s*(.*?)\s*$/;
const answerDirective = /^#\s*answer:\s*(.*?)\s*$/;

/** Parses a solution file's text; problems (an empty key, a broken regex, two answers) are returned, not thrown. */
export function parseSolution(text: string): { solution: Solution; problems: SolutionProblem[] } {
  const solution: Solution = { steps: [] };
  const problems: SolutionProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.trimEnd();
    const trimmed = content.trimStart();
    if (trimmed === '') return;
    if (!trimmed.startsWith('#')) {
      // Leading spaces are kept: they matter at a Python prompt.
      solution.steps.push({ kind: 'type', text: content, line });
      return;
    }
    const key = trimmed.match(keyDirective);
    if (key) {
      if (!key[1] || /\s/.test(key[1])) problems.push({ line, message: `"# key:" takes one key name, like C-d (got "${key[1]}")` });
      else solution.steps.push({ kind: 'key', key: key[1], line });
      return;
    }
    const answer = trimmed.match(answerDirective);
    if (answer) {
      if (solution.answer) {
        problems.push({ line, message: `a second "# answer:" line (the first is on line ${solution.answer.line}); a solution has one answer` });
        return;
      }
      if (!answer[1]) {
        problems.push({ line, message: '"# answer:" needs a regular expression, e.g. # answer: inet ([\\d.]+)/' });
        return;
      }
      try {
        solution.answer = { pattern: new RegExp(answer[1], 'm'), text: answer[1], line };
      } catch (error) {
        problems.push({ line, message: `"# answer:" is not a valid regular expression: ${(error as Error).message}` });
      }
    }
    // Any other line starting with # is a note for people (the #!/bin/sh line too).
  });
  return { solution, problems };
}

/** The answer a learner would give: capture group 1 of the pattern, else the whole match; undefined if nothing matches. */
export function extractAnswer(pattern: RegExp, output: string): string | undefined {
  const match = output.match(pattern);
  if (!match) return undefined;
  const answer = (match[1] ?? match[0]).trim();
  return answer === '' ? undefined : answer;
}

/** `docker pull` options that take a value, so the value is not mistaken for the image. */
const pullOptionsWithValue = new Set(['--platform']);

/**
 * Points `docker pull <image>` at a local registry, for machines that cannot reach Docker Hub: an image without a
 * registry host becomes HOST:PORT/library/<image> (HOST:PORT/<user>/<repo> for user images). Images that name a
 * registry (a first part with a dot or a colon, or localhost) are left alone, as is everything else on the line.
 */
export function rewritePulls(line: string, registry: string): string {
  // `docker pull …` and `docker image pull …`, at the start of the line or after ; && || | $( or `.
  return line.replace(
    /(^|[;&|(`]\s*)(docker\s+(?:image\s+)?pull)((?:\s+[^\s;&|)`]+)+)/g,
    (_whole, before: string, command: string, args: string) => `${before}${command}${rewritePullArguments(args, registry)}`,
  );
}

function rewritePullArguments(args: string, registry: string): string {
  let takesValue = false;
  let done = false;
  return args.replace(/\S+/g, (word) => {
    if (done) return word;
    if (takesValue) {
      takesValue = false;
      return word;
    }
    if (word.startsWith('-')) {
      takesValue = pullOptionsWithValue.has(word);
      return word;
    }
    done = true;
    return rewriteImage(word, registry);
  });
}

/** alpine → HOST:PORT/library/alpine, bitnami/nginx:1 → HOST:PORT/bitnami/nginx:1, quay.io/x/y → unchanged. */
export function rewriteImage(image: string, registry: string): string {
  if (hasRegistryHost(image) || /^["'$]/.test(image)) return image;
  return `${registry}/${image.includes('/') ? '' : 'library/'}${image}`;
}

/** As Docker decides it: the part before the first slash is a registry when it has a dot or a colon, or is localhost. */
export function hasRegistryHost(image: string): boolean {
  const slash = image.indexOf('/');
  if (slash < 0) return false;
  const first = image.slice(0, slash);
  return first.includes('.') || first.includes(':') || first === 'localhost';
}
