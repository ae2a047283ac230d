import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../src/domain/catalogue/catalogue';
import { evaluatedRequirements } from '../../../src/domain/evaluation/model';
import { readResponseAnswers } from '../../../src/domain/evaluation/response-form';
import type { Language } from '../../../src/domain/model';
import { assembleSpecification } from '../../../src/domain/specification/assemble';
import { cliI18n } from '../../../src/cli/node-i18n';
import { specificationDocument } from '../../../src/io/docx/specification';
import { toBuffer } from '../../../src/io/docx/pack';
import { readResponseForm } from '../../../src/io/response-form/read-response-form';
import { tick } from './tick-response-form';
import { miniPack, miniProject } from '../../support/fixtures';

const pack = miniPack;
const project = miniProject;
const catalogue = buildCatalogue([pack]).catalogue;

describe.each(['sv', 'da', 'en'] as Language[])('the exported response form, filled in and read back (%s)', (lang) => {
  it('reads every ticked answer by its K-number, skipping the summary table', async () => {
    const t = (await cliI18n(lang)).getFixedT(lang);
    const specification = assembleSpecification(project, catalogue, lang);
    const bytes = await toBuffer(specificationDocument({ project, specification, catalogue, lang, t }));
    const zip = unzipSync(bytes);
    const options = (['fulfilled', 'partly', 'not'] as const).map((a) => t(`export:annex.answerOption.${a}`)) as [string, string, string];
    const choice = specification.requirements.map((_, i) => i % 3);
    zip['word/document.xml'] = strToU8(tick(new TextDecoder().decode(zip['word/document.xml']), options, choice));
    const read = readResponseForm(zipSync(zip));
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const requirements = evaluatedRequirements(project, specification);
    const result = readResponseAnswers(read.tables, requirements);
    expect(result.problems).toEqual([]);
    expect(requirements.map((r) => result.answers[r.uid]?.answer)).toEqual(choice.map((c) => ['fulfilled', 'partly', 'not'][c]));
  });
});
