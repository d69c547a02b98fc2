/**
 * Removes a plan's targets, in its removal order, one at a time, and says for each what happened: removed, only
 * untagged, already gone, or why not ("network app is still in use by your container xyz — not removed").
 * A refusal never stops the rest.
 */
import { isEngineHttpError } from '../engine/http-error.js';
import type { EngineReader } from '../engine/reader.js';
import { messages } from '../ui/messages.js';
import type { ObjectKind } from './declared.js';
import type { CleanPlan, CleanTarget } from './plan.js';
import type { EngineWriter } from './writer.js';

export type Outcome = 'removed' | 'untagged' | 'gone' | 'failed';

export interface RemovalResult {
  kind: ObjectKind;
  name: string;
  outcome: Outcome;
  /** One line for the learner. */
  message: string;
}

const bare = (name: string) => name.replace(/^\//, '');

/** The containers that keep an object in use, read after the daemon refused (GET only). */
async function holders(target: CleanTarget, reader: EngineReader): Promise<string[]> {
  try {
    switch (target.kind) {
      case 'network': {
        const network = await reader.inspectNetwork(target.id);
        return Object.values(network?.Containers ?? {}).map((member) => bare(member.Name));
      }
      case 'volume':
        return (await reader.listContainers({ volume: [target.name] })).map((container) => bare(container.Names[0] ?? container.Id.slice(0, 12)));
      case 'image': {
        const image = await reader.inspectImage(target.name);
        if (!image) return [];
        return (await reader.listContainers({ ancestor: [image.Id] })).map((container) => bare(container.Names[0] ?? container.Id.slice(0, 12)));
      }
      default:
        return [];
    }
  } catch {
    return [];
  }
}

async function removeOne(target: CleanTarget, writer: EngineWriter, reader: EngineReader): Promise<Omit<RemovalResult, 'kind' | 'name'>> {
  const what = messages.cleanWhat(target.kind, target.name);
  try {
    switch (target.kind) {
      case 'service':
        await writer.removeService(target.id);
        break;
      case 'container':
        await writer.removeContainer(target.id);
        break;
      case 'network':
        await writer.removeNetwork(target.id);
        break;
      case 'volume':
        await writer.removeVolume(target.id);
        break;
      case 'image': {
        // The listing showed which image the tag named; if the tag has moved since, it is no longer that one.
        const now = await reader.inspectImage(target.name);
        if (!now || !(now.RepoTags ?? []).includes(target.name)) return { outcome: 'gone', message: messages.cleanGone(what) };
        if (target.imageId && now.Id !== target.imageId) return { outcome: 'failed', message: messages.cleanTagMoved(target.name) };
        const { imageDeleted } = await writer.removeImageTag(target.name);
        return imageDeleted
          ? { outcome: 'removed', message: messages.cleanRemoved(what) }
          : { outcome: 'untagged', message: messages.cleanUntagged(target.name, (now.RepoTags ?? []).filter((tag) => tag !== target.name)) };
      }
    }
    return { outcome: 'removed', message: messages.cleanRemoved(what) };
  } catch (error) {
    if (!isEngineHttpError(error)) throw error;
    if (error.statusCode === 404) return { outcome: 'gone', message: messages.cleanGone(what) };
    const said = error.json?.message ?? error.message;
    if (error.statusCode === 409 || error.statusCode === 403) {
      const users = await holders(target, reader);
      if (users.length) return { outcome: 'failed', message: messages.cleanInUse(what, users) };
    }
    return { outcome: 'failed', message: messages.cleanRefused(what, said) };
  }
}

/** Removes every target of the plan, in removal order; errors other than the daemon's answers propagate. */
export async function applyClean(plan: CleanPlan, writer: EngineWriter, reader: EngineReader): Promise<RemovalResult[]> {
  const results: RemovalResult[] = [];
  for (const target of plan.removal) {
    results.push({ kind: target.kind, name: target.name, ...(await removeOne(target, writer, reader)) });
  }
  return results;
}

export const allRemoved = (results: readonly RemovalResult[]) => results.every((result) => result.outcome !== 'failed');
