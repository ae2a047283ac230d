import { buildCatalogue } from '../../domain/catalogue/catalogue';
import { readKravkitFile } from '../../io/files/read-file';
import { loadBuiltInPacks } from '../../io/packs/built-in';
import { describeCatalogueProblem } from '../../i18n/catalogue-problems';
import type { CliCommand } from '../context';
import { readTextArg, reportFileError } from '../input-files';

/** validate FILE: exit 0 for a valid Kravkit file, 1 with each error's JSON path and message. */
export const run: CliCommand = async (args, ctx) => {
  const { t, out, err } = ctx;
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    err(t('cli:missingArgument', { name: 'FILE' }));
    return 2;
  }
  const text = await readTextArg(file, ctx);
  if (text === null) return 1;
  const result = readKravkitFile(text);
  if (!result.ok) {
    reportFileError(file, result.error, ctx);
    return 1;
  }
  if (result.value.kind === 'kravkit.template-pack') {
    // A pack must also fit with the built-in packs: no clashing ids, no unknown areas or standards.
    const pack = result.value.file;
    const builtIn = (await loadBuiltInPacks()).filter((p) => p.pack.id !== pack.pack.id);
    const { problems } = buildCatalogue([...builtIn, pack]);
    if (problems.length) {
      err(t('files:invalidFile', { file }));
      for (const p of problems) err(`  ${describeCatalogueProblem(p, t)}`);
      return 1;
    }
  }
  out(t('files:valid', { file, kind: t(`files:kind.${result.value.kind}`) }));
  return 0;
};
