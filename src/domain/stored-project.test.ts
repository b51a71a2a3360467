import { describe, expect, it } from 'vitest';
import { build } from './build';
import seed from './fixtures/seed-000-request.json';
import { parse } from './parse';
import { migrateStoredProject } from './stored-project';

describe('stored project migrations', () => {
  it('opens a version 1 record (request only) as version 2 with the same request', () => {
    const result = migrateStoredProject({
      key: 'p1',
      version: 1,
      name: 'Old',
      savedAt: 10,
      request: seed,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migrated).toBe(true);
    expect(result.record).toMatchObject({
      key: 'p1',
      version: 2,
      title: 'Old',
      createdAt: 10,
      updatedAt: 10,
    });
    expect(build(result.record.project)).toStrictEqual(seed);
    expect(result.record.project.scenes[0]!.id).toBe('p1-scene-0');
  });

  it('reads a current record as it is', () => {
    const parsed = parse(seed);
    if (!parsed.ok) throw parsed.error;
    const record = {
      key: 'p2',
      version: 2,
      title: 'T',
      createdAt: 1,
      updatedAt: 2,
      project: parsed.project,
    };
    const result = migrateStoredProject(record);
    expect(result).toEqual({ ok: true, record, migrated: false });
  });

  it('refuses records from the future, broken ones and non-objects, without throwing', () => {
    expect(migrateStoredProject({ version: 99 }).ok).toBe(false);
    expect(
      migrateStoredProject({ key: 'x', version: 1, savedAt: 1, request: { scenes: 'no' } }).ok,
    ).toBe(false);
    expect(migrateStoredProject(null).ok).toBe(false);
    expect(migrateStoredProject('text').ok).toBe(false);
  });
});
