import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useKravkitStore } from '../../../src/store/project-store';

const title = () => useKravkitStore.getState().project?.title;
const org = () => useKravkitStore.getState().project?.organisation;

describe('undo and redo of edits to the open project', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-28T09:00:00Z'));
    await useKravkitStore.getState().createProject({ title: 'Start', language: 'sv' });
  });
  afterEach(async () => {
    await useKravkitStore.getState().flush();
    vi.useRealTimers();
  });

  it('coalesces typing in one field into one undo step, and redo brings the typing back', () => {
    const { update } = useKravkitStore.getState();
    for (const typed of ['S', 'St', 'Sta', 'Star', 'Start 2']) {
      vi.advanceTimersByTime(150); // keystrokes a moment apart
      update((p) => ({ ...p, title: typed }), 'facts');
    }
    expect(title()).toBe('Start 2');
    expect(useKravkitStore.getState().past).toHaveLength(1);

    useKravkitStore.getState().undo();
    expect(title()).toBe('Start');
    expect(useKravkitStore.getState().past).toHaveLength(0);
    useKravkitStore.getState().redo();
    expect(title()).toBe('Start 2');
    expect(useKravkitStore.getState().future).toHaveLength(0);
  });

  it('keeps separate steps for another field, for a pause in typing, and for edits without a key', () => {
    const { update } = useKravkitStore.getState();
    update((p) => ({ ...p, title: 'A' }), 'facts');
    update((p) => ({ ...p, organisation: 'Kommun' }), 'organisation');
    vi.advanceTimersByTime(5_000); // the user stopped typing
    update((p) => ({ ...p, organisation: 'Kommun B' }), 'organisation');
    update((p) => ({ ...p, title: 'B' }));
    update((p) => ({ ...p, title: 'C' }));
    expect(useKravkitStore.getState().past).toHaveLength(5);

    const { undo, redo } = useKravkitStore.getState();
    undo();
    expect(title()).toBe('B');
    undo();
    undo();
    expect([title(), org()]).toEqual(['A', 'Kommun']);
    undo();
    undo();
    expect([title(), org()]).toEqual(['Start', '']);
    undo(); // nothing more to undo: no change
    expect(title()).toBe('Start');
    for (let i = 0; i < 5; i++) redo();
    expect([title(), org()]).toEqual(['C', 'Kommun B']);
  });

  it('forgets what was undone once a new edit is made', () => {
    const { update, undo, redo } = useKravkitStore.getState();
    update((p) => ({ ...p, title: 'A' }));
    undo();
    update((p) => ({ ...p, title: 'B' }));
    redo();
    expect(title()).toBe('B');
    expect(useKravkitStore.getState().future).toEqual([]);
  });
});
