/**
 * Reference solutions as `dev check` reads them: what a learner types, line by line.
 *
 *   docker run -it ubuntu        a typed line (Enter follows); blank lines are skipped
 *   # key: C-d                   keys pressed (tmux key names: C-d, C-c, Escape, q; C-p C-q for two in a row)
 *   # answer: inet ([\d.]+)/     after the lines: the answer, read off the terminal with this regex
 *   # anything else              a note for people
 *
 * After the reference, the same file may hold cases, each from its header to the next:
 *
 *   # variant: long flags        another correct way: verify must pass after it
 *   # near miss: no -it          a common mistake: verify must fail after it,
 *   # expect: without a terminal   and its output must contain this phrase (case ignored)
 *   # exercise starts here       lines above it in a case are typed before the exercise is opened
 *   # after: own-name            also replay this earlier exercise first (those its checks refer to always are)
 *   # no prompt follows          after a typed line: it shows no prompt (`docker run -i ubuntu`), so only wait a moment
 *   # needs docker: <reason>     the case cannot be judged on Podman (say why): skipped there
 *
 * Pure: no terminal, no daemon.
 */

export type SolutionStep =
  | { kind: 'type'; text: string; line: number; /** Set by `# no prompt follows`: typed, then a moment's wait. */ noPrompt?: boolean }
  | { kind: 'key'; key: string; line: number };

export interface SolutionAnswer {
  pattern: RegExp;
  text: string;
  line: number;
}

export interface Solution {
  steps: SolutionStep[];
  /** From `# answer: <regex>`: applied, multi-line, to what the terminal showed during the solution. */
  answer?: SolutionAnswer;
  /** Variants and near misses, in file order. */
  cases: SolutionCase[];
}

export const caseKinds = ['variant', 'near miss'] as const;
export type CaseKind = (typeof caseKinds)[number];

/** Another correct way (a variant) or a common mistake (a near miss), proven from a clean start of the exercise. */
export interface SolutionCase {
  kind: CaseKind;
  title: string;
  line: number;
  /** Typed before the exercise is opened (the lines above `# exercise starts here`). */
  before: SolutionStep[];
  steps: SolutionStep[];
  answer?: SolutionAnswer;
  /** For a near miss: a phrase verify's output must contain. */
  expect?: string;
  /** Earlier exercises to replay first, beyond those the exercise's checks refer to. */
  after: string[];
  /** Why the case cannot be judged on Podman's Docker-compatible API: there it is skipped. */
  needsDocker?: string;
}

export interface SolutionProblem {
  line: number;
  message: string;
}

const keyDirective = /^#\s*key:\s*(.*?)\s*$/;
const answerDirective = /^#\s*answer:\s*(.*?)\s*$/;
const caseHeader = /^#\s*(variant|near miss):\s*(.*?)\s*$/i;
const expectDirective = /^#\s*expect:\s*(.*?)\s*$/;
const afterDirective = /^#\s*after:\s*(.*?)\s*$/;
const startsHereDirective = /^#\s*exercise starts here\s*$/i;
const noPromptDirective = /^#\s*no prompt follows\s*$/i;
const needsDockerDirective = /^#\s*needs docker:\s*(.*?)\s*$/i;

/** Parses a solution file's text; problems (an empty key, a broken regex, two answers) are returned, not thrown. */
export function parseSolution(text: string): { solution: Solution; problems: SolutionProblem[] } {
  const solution: Solution = { steps: [], cases: [] };
  const problems: SolutionProblem[] = [];
  // Where lines go: the reference, or the case being read (before or after its start).
  let current: Solution | SolutionCase = solution;
  let startSeen = false;
  const finishCase = () => {
    if (current === solution) return;
    const open = current as SolutionCase;
    if (!startSeen) {
      open.steps = open.before;
      open.before = [];
    }
    if (open.steps.length === 0 && open.before.length === 0 && !open.answer) problems.push({ line: open.line, message: `the ${open.kind} "${open.title}" has nothing to type after the exercise starts` });
    if (open.kind === 'near miss' && !open.expect) {
      problems.push({ line: open.line, message: `the near miss "${open.title}" needs "# expect: <phrase>": what verify should tell the learner` });
    }
  };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.trimEnd();
    const trimmed = content.trimStart();
    if (trimmed === '') return;
    const inCase = current !== solution ? (current as SolutionCase) : undefined;
    const steps = inCase ? (startSeen ? inCase.steps : inCase.before) : solution.steps;
    if (!trimmed.startsWith('#')) {
      // Leading spaces are kept: they matter at a Python prompt.
      steps.push({ kind: 'type', text: content, line });
      return;
    }
    const header = trimmed.match(caseHeader);
    if (header) {
      finishCase();
      const kind = header[1].toLowerCase() as CaseKind;
      if (!header[2]) problems.push({ line, message: `"# ${kind}:" needs a title, e.g. # ${kind}: long flags` });
      const opened: SolutionCase = { kind, title: header[2], line, before: [], steps: [], after: [] };
      solution.cases.push(opened);
      current = opened;
      startSeen = false;
      return;
    }
    const key = trimmed.match(keyDirective);
    if (key) {
      if (!key[1]) problems.push({ line, message: '"# key:" takes key names, like C-d, or C-p C-q pressed one after the other' });
      else steps.push({ kind: 'key', key: key[1], line });
      return;
    }
    const answer = trimmed.match(answerDirective);
    if (answer) {
      if (current.answer) {
        problems.push({ line, message: `a second "# answer:" line (the first is on line ${current.answer.line}); a solution or case has one answer` });
        return;
      }
      if (!answer[1]) {
        problems.push({ line, message: '"# answer:" needs a regular expression, e.g. # answer: inet ([\\d.]+)/' });
        return;
      }
      try {
        current.answer = { pattern: new RegExp(answer[1], 'm'), text: answer[1], line };
      } catch (error) {
        problems.push({ line, message: `"# answer:" is not a valid regular expression: ${(error as Error).message}` });
      }
      return;
    }
    if (noPromptDirective.test(trimmed)) {
      const previous = steps[steps.length - 1];
      if (previous?.kind === 'type') previous.noPrompt = true;
      else problems.push({ line, message: '"# no prompt follows" goes right after the typed line it is about' });
      return;
    }
    const caseOnly = [
      [expectDirective, (value: string) => (inCase!.expect = value)],
      [afterDirective, (value: string) => inCase!.after.push(...value.split(/[\s,]+/).filter(Boolean))],
      [startsHereDirective, () => (startSeen = true)],
      [needsDockerDirective, (value: string) => (inCase!.needsDocker = value)],
    ] as const;
    for (const [pattern, apply] of caseOnly) {
      const match = trimmed.match(pattern);
      if (!match) continue;
      if (!inCase) problems.push({ line, message: `"${trimmed}" belongs to a variant or near miss: put it after a "# variant:" or "# near miss:" line` });
      else if (match[1] === '') problems.push({ line, message: `"${trimmed}" needs a value` });
      else apply(match[1] ?? '');
      return;
    }
    // Any other line starting with # is a note for people (the #!/bin/sh line too).
  });
  finishCase();
  return { solution, problems };
}

/** tmux key names as a person says them: C-d → Ctrl-D. */
export const spokenKey = (keys: string) =>
  keys
    .split(/\s+/)
    .map((key) => key.replace(/^C-(.)$/, (_whole, letter: string) => `Ctrl-${letter.toUpperCase()}`).replace(/^Escape$/, 'Esc'))
    .join(' ');

/**
 * The reference solution as `docker-kata solution` shows it to a learner: what to type and the notes, without the
 * first line, the cases and `dev check`'s directives (`# key: C-d` reads "# press Ctrl-D").
 */
export function learnerSolution(text: string, press: (key: string) => string = (key) => `press ${key}`): string[] {
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const trimmed = raw.trim();
    if (caseHeader.test(trimmed)) break;
    if (trimmed.startsWith('#!') || answerDirective.test(trimmed) || noPromptDirective.test(trimmed)) continue;
    const key = trimmed.match(keyDirective);
    lines.push(key ? `# ${press(spokenKey(key[1]))}` : raw.trimEnd());
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  while (lines.length > 0 && lines[0] === '') lines.shift();
  return lines;
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
