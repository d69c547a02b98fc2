import { exerciseSchema, moduleSchema, trackSchema } from './exercise-schema.js';
import { jsonSchemaDocument } from './json-schema.js';

/** Where editors find the schemas: in the package, and on the npm CDN for files outside a project. */
export const schemaBaseUrl = 'https://unpkg.com/docker-kata/schemas/';

/** The JSON Schemas docker-kata ships, by file name: one per kind of YAML file in a track. */
export function schemaFiles(): Record<string, object> {
  return {
    'exercise.schema.json': jsonSchemaDocument(exerciseSchema, `${schemaBaseUrl}exercise.schema.json`, 'docker-kata exercise'),
    'module.schema.json': jsonSchemaDocument(moduleSchema, `${schemaBaseUrl}module.schema.json`, 'docker-kata module'),
    'track.schema.json': jsonSchemaDocument(trackSchema, `${schemaBaseUrl}track.schema.json`, 'docker-kata track'),
  };
}
