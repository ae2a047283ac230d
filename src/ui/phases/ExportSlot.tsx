import { lazy, Suspense } from 'react';

// The export buttons pull in the docx writer only when pressed; the buttons themselves are small.
const ExportButtons = lazy(() => import('../features/export/ExportButtons').then((m) => ({ default: m.ExportButtons ?? m.default })));

export function ExportSlot({ what }: { what: 'specification' | 'checklists' }) {
  return (
    <Suspense fallback={null}>
      <ExportButtons what={what} />
    </Suspense>
  );
}
