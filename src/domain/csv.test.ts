import { describe, expect, it } from 'vitest';
import { CSV_BOM, buildCsv, csvCell, isCsvSeparatorChoice, localeCsvSeparator, resolveCsvSeparator } from './csv';

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks per RFC 4180', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@']) {
      expect(csvCell(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    }
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
  });

  it('quotes a cell holding a semicolon, the separator of French, Spanish and Russian spreadsheets', () => {
    expect(csvCell('Ignore;=HYPERLINK(CHAR(104)&CHAR(116))')).toBe(`"Ignore;'=HYPERLINK(CHAR(104)&CHAR(116))"`);
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a\tb')).toBe('"a\tb"');
  });

  it('defuses a formula at the start of every piece a spreadsheet could split off', () => {
    expect(csvCell('Note, =1+1')).toBe(`"Note, '=1+1"`);
    expect(csvCell('Note;@SUM(A1)')).toBe(`"Note;'@SUM(A1)"`);
    expect(csvCell('first line\n-2+3')).toBe(`"first line\n'-2+3"`);
    expect(csvCell('Phase 1: Q2 2026 - done')).toBe('Phase 1: Q2 2026 - done');
  });

  it('keeps numbers as numbers and empties empty', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });
});

describe('buildCsv', () => {
  it('starts with a BOM and ends every row with CRLF', () => {
    expect(buildCsv(['Code', 'Text'], [['M1', 'Café, été']], ',')).toBe(`${CSV_BOM}Code,Text\r\nM1,"Café, été"\r\n`);
  });

  it('splits cells with the separator given, still quoting a cell that holds any separator', () => {
    expect(buildCsv(['Code', 'Text'], [['M1', 'Café, été'], ['M2', 'a;b']], ';')).toBe(
      `${CSV_BOM}Code;Text\r\nM1;"Café, été"\r\nM2;"a;b"\r\n`,
    );
    expect(buildCsv(['Code', 'Count'], [['M1', 2]], '\t')).toBe(`${CSV_BOM}Code\tCount\r\nM1\t2\r\n`);
  });
});

describe('localeCsvSeparator', () => {
  it('takes the semicolon where the decimal mark is a comma, the comma elsewhere', () => {
    expect(['en-GB', 'zh', 'ar-u-nu-latn', 'fr', 'es', 'ru', 'fr-CH', 'de-CH'].map(localeCsvSeparator)).toEqual([
      ',',
      ',',
      ',',
      ';',
      ';',
      ';',
      ';',
      ',',
    ]);
  });
});

describe('resolveCsvSeparator', () => {
  it('follows the locale when automatic and the choice otherwise', () => {
    expect(resolveCsvSeparator('automatic', 'fr')).toBe(';');
    expect(resolveCsvSeparator('automatic', 'en-GB')).toBe(',');
    expect(resolveCsvSeparator('comma', 'fr')).toBe(',');
    expect(resolveCsvSeparator('semicolon', 'en-GB')).toBe(';');
    expect(resolveCsvSeparator('tab', 'ru')).toBe('\t');
  });

  it('recognises only the four choices, so a stored preference from elsewhere is ignored', () => {
    expect(isCsvSeparatorChoice('tab')).toBe(true);
    expect(isCsvSeparatorChoice('pipe')).toBe(false);
    expect(isCsvSeparatorChoice(undefined)).toBe(false);
  });
});
