import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '../../../domain/requirement/localized';
import type { Language } from '../../../domain/model';
import { useCatalogue, useProject } from '../../../store';
import { RequirementRow } from './RequirementRow';
import { useSpecification } from './use-specification';

type Item = { kind: 'heading'; key: string; text: string } | { kind: 'requirement'; key: string; number: string; uid: string };

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
        ...s.categories.flatMap((c) => c.requirements.map((n) => ({ kind: 'requirement' as const, key: n.requirement.uid, number: n.number, uid: n.requirement.uid }))),
      ]),
    [spec, catalogue, uiLang, t],
  );
  const byUid = useMemo(() => new Map(spec.requirements.map((n) => [n.requirement.uid, n.requirement])), [spec]);
  const indexOf = useMemo(() => new Map(project.requirements.map((r, i) => [r.uid, i])), [project.requirements]);
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => parentRef.current,
    estimateSize: (i) => (items[i].kind === 'heading' ? 48 : 110),
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
              ) : (
                <RequirementRow
                  number={item.number}
                  requirement={byUid.get(item.uid)!}
                  index={indexOf.get(item.uid) ?? 0}
                  count={project.requirements.length}
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
