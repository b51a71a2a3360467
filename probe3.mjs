import { PGlite } from '@electric-sql/pglite';
let t = Date.now();
const a = await PGlite.create();
console.log('first', Date.now() - t); t = Date.now();
const c = await a.clone();
console.log('clone', Date.now() - t);
