import { useTranslation } from 'react-i18next';
import { localized } from '../../domain/requirement/localized';
import type { Area, Language } from '../../domain/model';

/**
 * The two national lenses on an area of the school's ecosystem, as lines of text: where it sits
 * on the Swedish edtech map (main area and processes) and which building block of the Danish
 * user-portal initiative it is. Empty when the pack gives neither.
 */
export function useAreaLenses(): (area: Area) => string[] {
  const { t, i18n } = useTranslation('library');
  const lang = i18n.language as Language;
  return (area) => {
    const lines: string[] = [];
    if (area.edtechMap) {
      const processes = area.edtechMap.processes.map((p) => localized(p, lang)).filter((p) => p !== '');
      const main = t('lens.edtechMap', { mainArea: t(`mainArea.${area.edtechMap.mainArea}`) });
      lines.push(processes.length > 0 ? `${main}; ${t('lens.processes', { list: processes.join(', ') })}` : main);
    }
    if (area.dkBuildingBlock !== undefined) lines.push(t('lens.dkBlock', { n: area.dkBuildingBlock, name: t(`dkBlock.${area.dkBuildingBlock}`) }));
    return lines;
  };
}

/** An area's name with its lenses underneath, for a template's detail. */
export function AreaWithLenses({ area }: { area: Area }) {
  const { i18n } = useTranslation('library');
  const lenses = useAreaLenses()(area);
  return (
    <li>
      {localized(area.name, i18n.language as Language) || area.id}
      {lenses.length > 0 && (
        <ul className="area-lenses hint">
          {lenses.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
