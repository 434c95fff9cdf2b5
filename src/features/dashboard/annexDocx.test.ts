import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { Packer } from 'docx';
import { SEED_AREAS, SEED_PRIORITY_ITEMS, buildAnnex, buildSeedActionLines } from '../../domain';
import { changeLanguage, i18n } from '../../i18n';
import { buildAnnexDocx, type AnnexDocxInput } from './annexDocx';

const REPORTING_DATE = '2026-03-31';

function input(overrides: Partial<AnnexDocxInput> = {}): AnnexDocxInput {
  const lines = buildSeedActionLines('2026-01-01T00:00:00.000Z').map((line) =>
    line.code === 'M2' ? { ...line, leadUnit: 'Membership Division', notes: 'Fees paper due in May', healthReason: 'Waiting for Council', health: 'at-risk' as const } : line,
  );
  return {
    title: 'ITU Resource Mobilization Strategy: implementation as of 31 March 2026',
    caveat: '',
    annex: buildAnnex(SEED_AREAS, lines, [], REPORTING_DATE),
    priorities: SEED_PRIORITY_ITEMS,
    isDetailShown: false,
    isRightToLeft: false,
    t: i18n.t,
    formatTarget: (target) => target,
    ...overrides,
  };
}

/** word/document.xml of the packed file, as Word and LibreOffice read it. */
async function documentXml(overrides: Partial<AnnexDocxInput> = {}): Promise<string> {
  const file = await Packer.toArrayBuffer(buildAnnexDocx(input(overrides)));
  const entries = unzipSync(new Uint8Array(file));
  const xml = entries['word/document.xml'];
  if (!xml) throw new Error('No word/document.xml in the file');
  return strFromU8(xml);
}

/** The text of each cell of each table, row by row. */
function tables(xml: string): string[][][] {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return [...document.getElementsByTagNameNS(W, 'tbl')].map((table) =>
    [...table.getElementsByTagNameNS(W, 'tr')].map((row) =>
      [...row.getElementsByTagNameNS(W, 'tc')].map((cell) =>
        [...cell.getElementsByTagNameNS(W, 'p')].map((paragraph) => paragraph.textContent).join('\n'),
      ),
    ),
  );
}

describe('buildAnnexDocx', () => {
  it('writes one real table per area and one for the priorities, with the Annex 2 columns', async () => {
    const xml = await documentXml();
    const [m, e, v, priorities] = tables(xml);
    expect(tables(xml)).toHaveLength(4);
    expect(m?.[0]).toEqual(['Code', 'Action line', 'Progress', 'Target', 'Health']);
    expect(m).toHaveLength(11);
    expect(e).toHaveLength(8);
    expect(v).toHaveLength(8);
    const m2 = m?.find((row) => row[0] === 'M2');
    expect(m2).toEqual(['M2', expect.stringContaining('Review Sector membership benefits and fees'), 'Ongoing', 'Q2 2026', 'At risk']);
    expect(e?.find((row) => row[0] === 'E1')?.slice(2)).toEqual(['To be started', '2026-2028', 'Not assessed']);
    expect(priorities?.[0]).toEqual(['No.', 'Action item', 'Milestone', 'Target']);
    expect(priorities).toHaveLength(SEED_PRIORITY_ITEMS.length + 1);
    expect(xml).toContain('ITU Resource Mobilization Strategy: implementation as of 31 March 2026');
  });

  it('adds the lead unit, notes and health reason only when asked', async () => {
    expect(await documentXml()).not.toContain('Membership Division');
    const [m] = tables(await documentXml({ isDetailShown: true }));
    const m2 = m?.find((row) => row[0] === 'M2');
    expect(m2?.[1]).toContain('Lead unit: Membership Division');
    expect(m2?.[1]).toContain('Notes: Fees paper due in May');
    expect(m2?.[4]).toBe('At risk\nWaiting for Council');
  });

  it('carries the caveat only when there is one', async () => {
    const caveat = "10 of 24 statuses inferred from the report's totals; verify against Annex 2";
    expect(await documentXml({ caveat })).toContain('verify against Annex 2');
    expect(await documentXml()).not.toContain('verify against Annex 2');
  });

  it('writes in the interface language, right to left in Arabic', async () => {
    await changeLanguage('ar');
    try {
      const xml = await documentXml({ isRightToLeft: true });
      expect(tables(xml)[0]?.[0]).toEqual([
        i18n.t('dashboard.columns.code'),
        i18n.t('dashboard.columns.line'),
        i18n.t('dashboard.columns.progress'),
        i18n.t('dashboard.columns.target'),
        i18n.t('dashboard.columns.health'),
      ]);
      expect(i18n.t('dashboard.columns.code')).not.toBe('Code');
      expect(xml).toContain('<w:bidiVisual/>');
      expect(xml).toContain('<w:bidi/>');
    } finally {
      await changeLanguage('en');
    }
  });
});
