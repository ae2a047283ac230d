import { describe, expect, it } from 'vitest';
import { evaluatedRequirements } from '../../../src/domain/evaluation/model';
import { readResponseAnswers } from '../../../src/domain/evaluation/response-form';
import type { Language } from '../../../src/domain/model';
import { assembleSpecification } from '../../../src/domain/specification/assemble';
import { cliI18n } from '../../../src/cli/node-i18n';
import { specificationDocument } from '../../../src/io/docx/specification';
import { toBuffer } from '../../../src/io/docx/pack';
import { readResponseForm } from '../../../src/io/response-form/read-response-form';
import { fillResponseForm } from './tick-response-form';
import { miniCatalogue as catalogue, miniProject as project } from '../../support/fixtures';

describe.each(['sv', 'da', 'en'] as Language[])('the exported response form, filled in and read back (%s)', (lang) => {
  it('reads every ticked answer by its K-number, skipping the summary table', async () => {
    const t = (await cliI18n(lang)).getFixedT(lang);
    const specification = assembleSpecification(project, catalogue, lang);
    const bytes = await toBuffer(specificationDocument({ project, specification, catalogue, lang, t }));
    const choice = specification.requirements.map((_, i) => i % 3);
    const read = readResponseForm(fillResponseForm(bytes, t, choice));
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const requirements = evaluatedRequirements(project, specification);
    const result = readResponseAnswers(read.tables, requirements);
    expect(result.problems).toEqual([]);
    expect(requirements.map((r) => result.answers[r.uid]?.answer)).toEqual(choice.map((c) => ['fulfilled', 'partly', 'not'][c]));
  });
});
