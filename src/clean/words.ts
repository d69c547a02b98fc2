/**
 * How `clean` describes what it found (plan.ts): one line per object in the listing, and why an object is left
 * alone. The listing's frame, the question and the report are in src/ui/messages.ts. Docker's own words (a
 * container's state, a driver's name) are shown as Docker says them.
 */
import { localized } from '../i18n/catalogue.js';

const en = {
  container: (image: string, state: string, running: boolean) => `from ${image}, ${state}${running ? ' (it is stopped first)' : ''}`,
  service: (image?: string, replicas?: number) =>
    `swarm service${image ? ` from ${image}` : ''}${replicas === undefined ? '' : `, ${replicas} ${replicas === 1 ? 'replica' : 'replicas'}`}`,
  network: (driver: string, members: string[]) => `${driver} network${members.length ? `, connected: ${members.join(', ')}` : ''}`,
  /** `driver` is absent for the usual local driver. */
  volume: (driver: string | undefined, usedBy: string[]) => `${driver ? `${driver} ` : ''}volume${usedBy.length ? `, mounted by ${usedBy.join(', ')}` : ''}`,
  image: (id: string, otherTags: string[]) =>
    `tag of image ${id}; ${
      otherTags.length ? `only the tag goes, the image stays as ${otherTags.join(', ')}` : 'its only tag: the image goes too, unless a container still uses it'
    }`,
  keptImage: 'the track uses it as an image to run or build on',
  keptNetwork: 'it is one of the networks Docker itself makes',
};

export const cleanWords = localized({
  en,
  nb: {
    container: (image, state, running) => `fra ${image}, ${state}${running ? ' (stoppes først)' : ''}`,
    service: (image, replicas) =>
      `swarm-tjeneste${image ? ` fra ${image}` : ''}${replicas === undefined ? '' : `, ${replicas} ${replicas === 1 ? 'replika' : 'replikaer'}`}`,
    network: (driver, members) => `${driver}-nettverk${members.length ? `, tilkoblet: ${members.join(', ')}` : ''}`,
    volume: (driver, usedBy) => `${driver ? `${driver}-volum` : 'volum'}${usedBy.length ? `, montert av ${usedBy.join(', ')}` : ''}`,
    image: (id, otherTags) =>
      `tag på imaget ${id}; ${
        otherTags.length
          ? `bare taggen fjernes, imaget blir værende som ${otherTags.join(', ')}`
          : 'den eneste taggen: imaget fjernes også, med mindre en container fortsatt bruker det'
      }`,
    keptImage: 'kurset bruker det som image å kjøre eller bygge videre på',
    keptNetwork: 'det er et av nettverkene Docker lager selv',
  },
  nl: {
    container: (image, state, running) => `van ${image}, ${state}${running ? ' (wordt eerst gestopt)' : ''}`,
    service: (image, replicas) =>
      `swarm-service${image ? ` van ${image}` : ''}${replicas === undefined ? '' : `, ${replicas} ${replicas === 1 ? 'replica' : "replica's"}`}`,
    network: (driver, members) => `${driver}-netwerk${members.length ? `, verbonden: ${members.join(', ')}` : ''}`,
    volume: (driver, usedBy) => `${driver ? `${driver}-volume` : 'volume'}${usedBy.length ? `, gemount door ${usedBy.join(', ')}` : ''}`,
    image: (id, otherTags) =>
      `tag van image ${id}; ${
        otherTags.length
          ? `alleen de tag verdwijnt, de image blijft bestaan als ${otherTags.join(', ')}`
          : 'de enige tag: de image verdwijnt ook, tenzij een container hem nog gebruikt'
      }`,
    keptImage: 'de cursus gebruikt hem als image om te draaien of op voort te bouwen',
    keptNetwork: 'het is een van de netwerken die Docker zelf aanmaakt',
  },
});
