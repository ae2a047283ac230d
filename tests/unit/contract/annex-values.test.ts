import { describe, expect, it } from 'vitest';
import { checkContract } from '../../../src/domain/contract/check';
import { contractRequirements, textDocument } from './fixtures';

describe('values stated in an annex', () => {
  it('takes the deadline an annex names over "without undue delay" in the body', () => {
    const text = [
      'Clause 9 Notification of personal data breach',
      '9.1 The processor shall notify the controller of a personal data breach without undue delay after having become aware of it.',
      'ANNEX II INSTRUCTIONS',
      'Personal data breach: the processor shall notify the controller of any breach within 24 hours.',
    ].join('\n');
    const r = checkContract(textDocument('scc.txt', text), contractRequirements('en'), { id: 'a', createdAt: '2026-11-22T12:00:00.000Z' });
    const f = r.findings.find((x) => x.requirementUid === 'breach-notification')!;
    expect(f.status).toBe('met');
    expect(f.found).toMatchObject({ kind: 'duration', amount: 24 });
    expect(f.evidence.map((e) => e.location.number)).toEqual(['ANNEX II', '9.1']);
  });
});
