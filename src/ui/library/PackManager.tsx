import { useTranslation } from 'react-i18next';
import { packFitProblems } from '../../domain/catalogue/pack-fit';
import { fileNameFor } from '../../domain/files/project-file';
import { localized } from '../../domain/requirement/localized';
import type { Language, TemplatePackFile } from '../../domain/model';
import { describeCatalogueProblem } from '../../i18n/catalogue-problems';
import { loadCatalogue } from '../../io/packs/catalogue-loader';
import { projectRepository } from '../../io/storage/project-repository';
import { useCatalogue, useKravkitStore } from '../../store';
import { downloadJson } from '../common/download';
import { KravkitFileImport, type ImportOutcome } from '../common/KravkitFileImport';

/** The packs in the library: where each came from, import a neighbour's, export your own. */
export function PackManager() {
  const { t, i18n } = useTranslation('library');
  const lang = i18n.language as Language;
  const catalogue = useCatalogue()!;
  const userPacks = useKravkitStore((s) => s.userPacks);

  const replaceUserPacks = async (packs: TemplatePackFile[]) => {
    await projectRepository.setUserPacks(packs);
    useKravkitStore.getState().setCatalogue(await loadCatalogue(packs), packs);
  };

  const importPack = async (pack: TemplatePackFile): Promise<ImportOutcome> => {
    const problems = packFitProblems(catalogue.packs, pack);
    if (problems.length) return { error: { code: 'file.catalogue', problems: problems.map((p) => describeCatalogueProblem(p, t)) } };
    await replaceUserPacks([...userPacks, { ...pack, pack: { ...pack.pack, builtIn: false } }]);
    return { message: t('packs.imported', { title: localized(pack.pack.title, lang), publisher: pack.pack.publisher, licence: pack.pack.licence }) };
  };

  return (
    <section className="card" aria-labelledby="packs-title">
      <h2 id="packs-title">{t('packs.title')}</h2>
      <table>
        <caption className="visually-hidden">{t('packs.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('packs.pack')}</th>
            <th scope="col">{t('packs.publisher')}</th>
            <th scope="col">{t('packs.licence')}</th>
            <th scope="col">{t('packs.content')}</th>
            <th scope="col">{t('packs.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {catalogue.packs.map((p) => {
            const own = userPacks.some((u) => u.pack.id === p.pack.id);
            return (
              <tr key={p.pack.id}>
                <td>
                  {localized(p.pack.title, lang)} <span className="meta">{p.pack.version}</span>
                  {!own && <span className="badge">{t('packs.builtIn')}</span>}
                </td>
                <td>{p.pack.publisher}</td>
                <td>{p.pack.licence}</td>
                <td>{t('packs.counts', { templates: p.templates.length, standards: p.standards.length, checklist: p.checklist.length })}</td>
                <td className="row-actions">
                  <button type="button" onClick={() => downloadJson(p, fileNameFor(p.pack.id, 'json'))}>
                    {t('packs.export')}
                  </button>
                  {own && (
                    <button type="button" className="danger" onClick={() => void replaceUserPacks(userPacks.filter((u) => u.pack.id !== p.pack.id))}>
                      {t('packs.remove')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <KravkitFileImport kind="kravkit.template-pack" label={t('packs.import')} onRead={importPack} />
    </section>
  );
}
