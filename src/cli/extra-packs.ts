import type { TemplatePackFile } from '../domain/model';
import type { CliContext } from './context';
import { readKravkitArg } from './input-files';

/** `--pack FILE` options: extra template packs, validated like any import. undefined on error. */
export async function readExtraPacks(files: string[], ctx: CliContext): Promise<TemplatePackFile[] | undefined> {
  const packs: TemplatePackFile[] = [];
  for (const file of files) {
    const pack = await readKravkitArg(file, 'kravkit.template-pack', ctx);
    if (!pack) return undefined;
    packs.push(pack);
  }
  return packs;
}
