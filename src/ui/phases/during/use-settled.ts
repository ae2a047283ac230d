import { useEffect, useState } from 'react';

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
