import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bidderBurden, followUpRoleInBefore, MUST_COUNT_HIGH, MUST_COUNT_WARN, type BurdenReport, type NotFollowedUpGroup } from '../../../domain/burden/burden';
import type { Language } from '../../../domain/model';
import { updateRequirement } from '../../../domain/project/requirements';
import { localized } from '../../../domain/requirement/localized';
import { resolveRequirement } from '../../../domain/requirement/resolve';
import { useCatalogue, useProject, useUpdateProject } from '../../../store';
import { Loading } from '../../common/Loading';
import { useAnalysedProject } from './use-settled';

/**
 * The burden analysis of the whole specification (near-duplicates make it the costliest), once per
 * settled project for both the panel and the rows' flags; null until the first analysis is done.
 */
export function useBurden(): BurdenReport | null {
  const project = useAnalysedProject();
  const catalogue = useCatalogue()!;
  return useMemo(() => (project ? bidderBurden(project, catalogue) : null), [project, catalogue]);
}

// One array per distinct flag set, so a row's props keep their identity between analyses.
const interned = new Map<string, readonly string[]>();
function intern(codes: string[]): readonly string[] {
  const key = codes.join('|');
  let v = interned.get(key);
  if (!v) interned.set(key, (v = Object.freeze([...codes])));
  return v;
}

/** Burden findings per requirement uid, as short codes for the rows' badges. */
export function useBurdenFlags(report: BurdenReport | null): ReadonlyMap<string, readonly string[]> {
  return useMemo(() => {
    const raw = new Map<string, string[]>();
    for (const f of report?.findings ?? []) {
      const code = f.code.slice(7);
      for (const uid of f.uids) raw.set(uid, [...(raw.get(uid) ?? []), code]);
    }
    return new Map([...raw].map(([uid, codes]) => [uid, intern([...new Set(codes)].sort())]));
  }, [report]);
}

/** What the specification asks of bidders: too many musts cost bids (one tender carried 499). */
export function BurdenPanel({ report }: { report: BurdenReport | null }) {
  const { t } = useTranslation('during');
  const update = useUpdateProject();
  if (!report) {
    return (
      <section className="card" aria-labelledby="burden-title">
        <h2 id="burden-title">{t('burden.title')}</h2>
        <Loading />
      </section>
    );
  }
  const level = report.level;
  return (
    <section className="card" aria-labelledby="burden-title">
      <h2 id="burden-title">{t('burden.title')}</h2>
      <p className={level === 'ok' ? 'notice' : 'notice notice-warn'} role="status">
        {t(`burden.level.${level}`, { count: report.mustCount, warn: MUST_COUNT_WARN, high: MUST_COUNT_HIGH })}
      </p>
      {report.findings.length > 0 && (
        <ul className="warnings">
          {report.findings.map((f, i) => (
            <li key={i}>
              {t(`burden.finding.${f.code.slice(7)}`, {
                count: f.uids.length,
                similarity: 'similarity' in f ? Math.round(f.similarity * 100) : 0,
                templateId: 'templateId' in f ? f.templateId : '',
              })}
              {f.code === 'burden.notFollowedUp' && (
                <ul>
                  {f.groups.map((g) => (
                    <NotFollowedUpReason key={`${g.reason}-${'itemId' in g ? g.itemId : ''}`} group={g} />
                  ))}
                </ul>
              )}
              {f.code === 'burden.mustCouldBeShould' && (
                <button type="button" className="link" onClick={() => update((p) => f.uids.reduce((acc, uid) => updateRequirement(acc, uid, { kind: 'should', weight: 1 }), p))}>
                  {t('burden.makeShould', { count: f.uids.length })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A role's name inside a sentence: lower case unless it starts with an acronym (IT-pedagogue). */
function inSentence(name: string): string {
  return name.length > 1 && name[1] === name[1]!.toLowerCase() ? name[0]!.toLowerCase() + name.slice(1) : name;
}

/** Why some musts are not followed up, what to do about it, and which requirements they are. */
function NotFollowedUpReason({ group: g }: { group: NotFollowedUpGroup }) {
  const { t, i18n } = useTranslation('during');
  const project = useProject();
  const catalogue = useCatalogue()!;
  const lang = i18n.language as Language;
  const item = 'itemId' in g ? localized(catalogue.checklist.find((c) => c.id === g.itemId)?.text, lang) : '';
  const key = g.reason === 'noOwner' && !followUpRoleInBefore(g.role) ? 'noOwnerItem' : g.reason;
  const titles = g.uids.map((uid) => {
    const sel = project.requirements.find((r) => r.uid === uid);
    return { uid, title: sel ? resolveRequirement(sel, catalogue, lang).title : uid };
  });
  return (
    <li>
      {t(`burden.notFollowedUpWhy.${key}`, { count: g.uids.length, item, role: g.reason === 'noOwner' ? inSentence(t(`checklist:role.${g.role}`)) : '' })}
      <details>
        <summary>{t('burden.notFollowedUpWhy.which')}</summary>
        <ul>
          {titles.map((x) => (
            <li key={x.uid}>{x.title}</li>
          ))}
        </ul>
      </details>
    </li>
  );
}
