import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migratePersisted, STORE_VERSION } from '../../../src/store/persistence';
import { CURRENT_FORMAT } from '../../../src/domain/files/envelope';
import { MIGRATIONS } from '../../../src/domain/files/migrations';

const project = JSON.parse(readFileSync('tests/fixtures/files/project-v1.json', 'utf8')).project;

describe('the persisted store and its migrations', () => {
  it('keeps the store version equal to the project file format, so both migrate one way', () => {
    expect(STORE_VERSION).toBe(CURRENT_FORMAT['kravkit.project']);
    // zustand drops saved state on a version bump without a migration: each version above 1
    // must have its migration step.
    expect(MIGRATIONS['kravkit.project'].length).toBe(STORE_VERSION - 1);
  });

  it('keeps a project saved at every earlier version when it is loaded', () => {
    for (let v = 1; v <= STORE_VERSION; v++) {
      const migrated = migratePersisted({ project }, v);
      expect(migrated.project?.id).toBe(project.id);
      expect(migrated.project?.requirements.length).toBe(project.requirements.length);
    }
  });

  it('treats missing saved state as no open project rather than failing', () => {
    expect(migratePersisted(undefined, 1)).toEqual({ project: null });
  });
});
