/**
 * Validates template packs against the schema and combines them with the built-in packs to find
 * clashes, dangling references and template content problems. Used while writing packs:
 *   npx tsx scripts/check-packs.ts [templates/FILE.json ...]   (default: every built-in pack)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateTemplatePack } from '../src/io/validators/generated/validators.js';
import { buildCatalogue } from '../src/domain/catalogue/catalogue';
import type { TemplatePackFile } from '../src/domain/model';

const dir = 'templates';
const builtIn = readdirSync(dir).filter((f) => f.startsWith('kravkit-') && f.endsWith('.json')).map((f) => join(dir, f));
const files = process.argv.slice(2).length ? [...new Set([...builtIn, ...process.argv.slice(2)])] : builtIn;
let bad = 0;
const packs: TemplatePackFile[] = [];
for (const file of files) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  if (!validateTemplatePack(data)) {
    bad++;
    for (const e of (validateTemplatePack.errors ?? []).slice(0, 30)) console.log(`${file}: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
    continue;
  }
  packs.push(data as TemplatePackFile);
  const p = data as TemplatePackFile;
  console.log(`${file}: ok — ${p.areas.length} areas, ${p.standards.length} standards, ${p.templates.length} templates (${p.templates.filter((t) => t.contractEvidence).length} with contract evidence), ${p.checklist.length} checklist items`);
}
const { problems } = buildCatalogue(packs);
for (const p of problems) console.log(JSON.stringify(p));
console.log(problems.length || bad ? `PROBLEMS: ${problems.length} catalogue, ${bad} schema` : 'all packs valid');
process.exit(problems.length || bad ? 1 : 0);
