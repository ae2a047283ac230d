import { lazy, Suspense } from 'react';

// The export buttons pull in the docx writer only when pressed; the buttons themselves are small.
const ExportButtons = lazy(() => import('../features/export/ExportButtons').then((m) => ({ default: m.ExportButtons ?? m.default })));

type What = 'specification' | 'response-form' | 'checklists';

/** One slot, one status line: several kinds given together share it (During: the specification and the form alone). */
export function ExportSlot({ what }: { what: What | readonly What[] }) {
  return (
    <Suspense fallback={null}>
      <ExportButtons what={what} />
    </Suspense>
  );
}
