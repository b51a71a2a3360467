// Writes public/schema/editor-project.json from the zod request schema (src/domain/schema).
// Run: node --import tsx scripts/write-schema.mjs (plain `node` works too: tsx is registered here).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(root, 'public/schema/editor-project.json');

const unregister = register();
try {
  const { editorProjectJsonSchemaText } = await import('../src/domain/preflight/json-schema.ts');
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, editorProjectJsonSchemaText());
  console.log(`wrote ${target.slice(root.length + 1)}`);
} finally {
  await unregister();
}
