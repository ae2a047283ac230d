import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '../../../domain/requirement/localized';
import type { Language } from '../../../domain/model';
import { useCatalogue, useProject } from '../../../store';
import { RequirementRow } from './RequirementRow';
import { useSpecification } from './use-specification';
import { neighbours } from '../../../domain/specification/assemble';

type Item =
  | { kind: 'heading'; key: string; text: string }
  | { kind: 'category'; key: string; text: string }
  | { kind: 'requirement'; key: string; number: string; uid: string; areaId: string };

const NO_FLAGS: readonly string[] = [];

/**
 * The specification as an editable list, in document order with area headings. Virtualised: only
 * the rows in view are in the page, so a thousand requirements stay responsive.
 */
export function RequirementList({ flags }: { flags: ReadonlyMap<string, readonly string[]> }) {
  const { t, i18n } = useTranslation('during');
  const project = useProject();
  const catalogue = useCatalogue()!;
  const spec = useSpecification(project, catalogue, project.language as Language);
  const uiLang = i18n.language as Language;
  const items = useMemo<Item[]>(
    () =>
      spec.sections.flatMap((s) => [
        { kind: 'heading' as const, key: `h-${s.areaId}`, text: `${s.index}. ${s.areaId ? localized(catalogue.areas.get(s.areaId)?.name, uiLang) : t('noArea')}` },
        // The category is shown because moving up and down stays inside it: the list's order across categories is fixed.
        ...s.categories.flatMap((c) => [
          { kind: 'category' as const, key: `c-${s.areaId}-${c.category}`, text: t(`library:category.${c.category}`, { defaultValue: c.category }) },
          ...c.requirements.map((n) => ({ kind: 'requirement' as const, key: n.requirement.uid, number: n.number, uid: n.requirement.uid, areaId: s.areaId })),
        ]),
      ]),
    [spec, catalogue, uiLang, t],
  );
  const byUid = useMemo(() => new Map(spec.requirements.map((n) => [n.requirement.uid, n.requirement])), [spec]);
  const around = useMemo(() => neighbours(spec), [spec]);
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => parentRef.current,
    estimateSize: (i) => (items[i].kind === 'heading' ? 48 : items[i].kind === 'category' ? 32 : 110),
    overscan: 8,
    getItemKey: (i) => items[i].key,
  });

  if (spec.requirements.length === 0) return <p className="empty">{t('noRequirements')}</p>;
  return (
    <div ref={parentRef} className="requirement-scroller" role="region" aria-label={t('specTitle', { count: spec.requirements.length })} tabIndex={0}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((v) => {
          const item = items[v.index];
          return (
            <div key={v.key} data-index={v.index} ref={virtualizer.measureElement} className="virtual-row" style={{ transform: `translateY(${v.start}px)` }}>
              {item.kind === 'heading' ? (
                <h3>{item.text}</h3>
              ) : item.kind === 'category' ? (
                <p className="category-heading">{item.text}</p>
              ) : (
                <RequirementRow
                  number={item.number}
                  requirement={byUid.get(item.uid)!}
                  areaId={item.areaId}
                  prevUid={around.get(item.uid)?.prev}
                  nextUid={around.get(item.uid)?.next}
                  flags={flags.get(item.uid) ?? NO_FLAGS}
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
