import { useDeferredValue, useEffect, useState } from 'react';
import type { Project } from '../../../domain/model';
import { useProject } from '../../../store';

/**
 * A value that follows its source once edits pause. The whole-spec analyses (coverage, burden,
 * near-duplicates) then run between keystrokes, not in them, so typing stays under a frame.
 */
export function useSettled<T>(value: T, delayMs = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(id);
  }, [value, delayMs]);
  return settled;
}

/**
 * The project for the whole-spec analyses: settled after typing, and null on the first render, so
 * opening a project paints the specification first and the analyses follow in a background render.
 */
export function useAnalysedProject(): Project | null {
  return useDeferredValue(useSettled(useProject()), null);
}
