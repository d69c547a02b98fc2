/** The words docker-kata says, in one place, ready for translation. */
export const messages = {
  exerciseHeading: (number: number, total: number, module: string) => `Exercise ${number} of ${total} · ${module}`,
  howToVerify: 'When you have done it, check it with:  docker-kata verify',
  howToAnswer: 'Answer with:  docker-kata answer <your answer>',
  hintsAvailable: (left: number) => (left > 0 ? `Stuck? docker-kata hint (${left} ${left === 1 ? 'hint' : 'hints'} left)` : 'All hints shown; docker-kata solution shows the reference solution.'),
  passed: (title: string) => `✓ Passed: ${title}`,
  notYet: (title: string) => `✗ Not yet: ${title}`,
  expected: 'expected',
  actual: 'actual',
  stillPassed: (when: string) => `You passed this exercise before (${when}); it stays marked as done.`,
  afterFailure: 'Fix what is marked ✗ and run docker-kata verify again.',
  allDone: 'You have done every exercise of this track. Well done!',
  noQuestion: (number: number) =>
    `Exercise ${number} asks no question, so there is nothing to answer: do the task and run docker-kata verify.`,
  answerSaved: (answer: string) => `Your answer: "${answer}"`,
  startedNow:
    'You had not opened this exercise yet, so it starts now: anything you did before now does not count for it.',
  hintHeading: (number: number, total: number) => `Hint ${number} of ${total}`,
  lastHint: 'That was the last hint. docker-kata solution shows the reference solution.',
  solutionAsk: (number: number) => `You have not solved exercise ${number} yet. Show its solution anyway? [y/N] `,
  solutionNeedsYes: (number: number) =>
    `You have not solved exercise ${number} yet. To see its solution anyway, run: docker-kata solution --yes`,
  solutionMissing: (file: string) => `This exercise has no reference solution (${file} is missing).`,
  unknownExercise: (wanted: string, total: number) =>
    `There is no exercise "${wanted}". Give a number from 1 to ${total} or an exercise id; docker-kata list shows them all.`,
  resetDone: (number: number, title: string) => `Exercise ${number} (${title}) starts afresh: progress, hints and answer forgotten.`,
  resetAllDone: (name: string) => `All progress on "${name}" is forgotten; you start at exercise 1.`,
  resetAllAsk: (name: string) => `Forget all your progress on "${name}"? [y/N] `,
  resetAllNeedsYes: 'This forgets all your progress. To do it without a question, run: docker-kata reset --all --yes',
  cancelled: 'Nothing changed.',
  nextUp: 'Next up:',
  newBadId: (id: string) => `"${id}" cannot be an exercise id: use lower-case letters and digits, words joined by -, e.g. run-nginx.`,
  newExists: (id: string, folder: string) => `An exercise "${id}" already exists in ${folder}.`,
  newCreated: (exercise: string, solution: string) =>
    `Created ${exercise}\nand its solution ${solution}.\nEdit both, then: docker-kata validate, and docker-kata dev check to prove it.`,
  validateSummary: (exercises: number, errors: number, warnings: number) =>
    `${exercises} exercise${exercises === 1 ? '' : 's'}: ${errors === 0 ? 'no errors' : `${errors} error${errors === 1 ? '' : 's'}`}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
} as const;
