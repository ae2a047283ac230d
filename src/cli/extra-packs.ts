import { readFile } from 'node:fs/promises';
import type { TemplatePackFile } from '../domain/model';
import { readFileOfKind } from '../io/files/read-file';
import { describeFileError } from '../i18n/file-errors';
import type { CliContext } from './context';

/** `--pack FILE` options: extra template packs, validated like any import. undefined on error. */
export async function readExtraPacks(files: string[], ctx: CliContext): Promise<TemplatePackFile[] | undefined> {
  const packs: TemplatePackFile[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      ctx.err(ctx.t('cli:cannotRead', { file, reason: e instanceof Error ? e.message : String(e) }));
      return undefined;
    }
    const r = readFileOfKind(text, 'kravkit.template-pack');
    if (!r.ok) {
      const { headline, details } = describeFileError(r.error, ctx.t);
      ctx.err(ctx.t('files:invalidFile', { file }));
      ctx.err(`  ${headline}`);
      for (const d of details) ctx.err(`  ${d}`);
      return undefined;
    }
    packs.push(r.value);
  }
  return packs;
}
