import { describe, expect, it } from 'vitest';
import { SEED_PRIORITY_ITEMS } from '../../domain';
import { i18n, loadViewMessages } from '../../i18n';
import { buildPrioritiesCsv } from './priorityCsv';

describe('buildPrioritiesCsv', () => {
  it('says for each item whether the report names its line or the link was inferred', async () => {
    await loadViewMessages('en');
    const rows = buildPrioritiesCsv(SEED_PRIORITY_ITEMS, '2026-01-15', i18n.getFixedT('en'), ',').slice(1).trimEnd().split('\r\n');
    expect(rows[0]).toBe('No.,Action line,Link to the action line,Action item,Milestone,Target,Schedule,Reporting date');
    expect(rows.map((row) => row.split(',').slice(1, 3).join(','))).toEqual([
      'Action line,Link to the action line',
      'M1b,Named by the report',
      'M3,Named by the report',
      'M2,Named by the report',
      'M7,Named by the report',
      'V1,Inferred: verify',
      'V6,Inferred: verify',
      'M8,Named by the report',
    ]);
    expect(rows.slice(1).every((row) => row.endsWith(',2026-01-15'))).toBe(true);
  });

  it('splits the cells with the separator given', async () => {
    await loadViewMessages('fr');
    const rows = buildPrioritiesCsv(SEED_PRIORITY_ITEMS, '2026-01-15', i18n.getFixedT('fr'), ';').slice(1).trimEnd().split('\r\n');
    expect(rows[0]?.split(';')).toHaveLength(8);
    expect(rows[1]).toMatch(/^1;M1b;/);
  });
});
