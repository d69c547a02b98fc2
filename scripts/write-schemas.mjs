// Writes schemas/*.json from the compiled schema source (npm run build runs it): the JSON Schemas editors use are
// generated from the very definitions the validator uses. A unit test fails when the committed files are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { schemaFiles } from '../dist/track/schema-files.js';

const folder = new URL('../schemas/', import.meta.url);
mkdirSync(folder, { recursive: true });
for (const [name, schema] of Object.entries(schemaFiles())) {
  writeFileSync(new URL(name, folder), `${JSON.stringify(schema, null, 2)}\n`);
}
