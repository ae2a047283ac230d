import { localized } from '../../domain/requirement/localized';
import { loadCatalogue } from '../../io/packs/catalogue-loader';
import { catalogueCounts } from '../../domain/catalogue/counts';
import type { CliCommand } from '../context';
import { readExtraPacks } from '../extra-packs';
import { parseArgs } from '../context';

/** catalog [--json] [--pack FILE]…: the areas, standards and templates of the library. */
export const run: CliCommand = async (args, ctx) => {
  const { options } = parseArgs(args, ['json']);
  const extra = await readExtraPacks(options.get('pack') ?? [], ctx);
  if (!extra) return 1;
  const catalogue = await loadCatalogue(extra);
  const lang = ctx.lang;
  const counts = catalogueCounts(catalogue);
  if (options.has('json')) {
    ctx.out(
      JSON.stringify(
        {
          counts,
          packs: catalogue.packs.map((p) => ({ id: p.pack.id, version: p.pack.version, publisher: p.pack.publisher, licence: p.pack.licence })),
          areas: [...catalogue.areas.values()].map((a) => ({ id: a.id, name: a.name, crossCutting: a.crossCutting ?? false, dkBuildingBlock: a.dkBuildingBlock })),
          standards: [...catalogue.standards.values()].map((s) => ({ id: s.id, name: s.name, title: s.title, body: s.body, version: s.version, category: s.category, areas: s.areas })),
          templates: [...catalogue.templates.values()].map(({ template: t, packId }) => ({
            id: t.id,
            version: t.version,
            pack: packId,
            title: t.title,
            kind: t.kind,
            category: t.category,
            phase: t.phase,
            areas: t.areas,
            standards: t.standards,
            contractEvidence: t.contractEvidence !== undefined,
          })),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  ctx.out(ctx.t('library:cli.counts', { ...counts }));
  for (const { template: t } of catalogue.templates.values()) ctx.out(`${t.id.padEnd(48)} ${t.kind.padEnd(6)} ${localized(t.title, lang)}`);
  return 0;
};
