import { answerCheck } from './answer.js';
import { containerCheck } from './container.js';
import { eventCheck } from './event.js';
import { fileCheck } from './file.js';
import { imageCheck } from './image.js';
import { networkCheck } from './network.js';
import type { CheckContext, Verdict } from './types.js';
import { volumeCheck } from './volume.js';
import { httpCheck } from './http.js';
import { daemonCheck } from './daemon.js';
import { serviceCheck } from './service.js';

/** Every check kind, in one table: the exercise schema, the runner and the docs all read it from here. */
export const checkKinds = {
  container: containerCheck,
  image: imageCheck,
  network: networkCheck,
  volume: volumeCheck,
  event: eventCheck,
  file: fileCheck,
  answer: answerCheck,
  http: httpCheck,
  daemon: daemonCheck,
  service: serviceCheck,
} as const;

export type CheckKindName = keyof typeof checkKinds;

/** A check kind seen from the runner, which hands it a definition the schema has already validated. */
export interface RunnableCheck {
  kind: string;
  summary: string;
  run(definition: unknown, context: CheckContext): Promise<Verdict>;
}
export const checkKindOf = (kind: string): RunnableCheck => checkKinds[kind as CheckKindName] as unknown as RunnableCheck;
