import type { TFunction } from 'i18next';
import type { CatalogueProblem } from '../domain/catalogue/catalogue';

export function describeCatalogueProblem(p: CatalogueProblem, t: TFunction): string {
  switch (p.code) {
    case 'catalogue.idClash':
      return t('library:problem.idClash', { kind: p.kind, id: p.id, a: p.packs[0], b: p.packs[1] });
    case 'catalogue.packClash':
      return t('library:problem.packClash', { id: p.id });
    case 'catalogue.unknownArea':
      return t('library:problem.unknownArea', { owner: p.ownerId, id: p.id });
    case 'catalogue.unknownStandard':
      return t('library:problem.unknownStandard', { owner: p.ownerId, id: p.id });
    case 'catalogue.unknownTemplate':
      return t('library:problem.unknownTemplate', { owner: p.ownerId, id: p.id });
    case 'catalogue.templateProblem':
      return t('library:problem.template', { id: p.problem.templateId, code: p.problem.code, detail: p.problem.detail });
  }
}
