import { describe, expect, it } from 'vitest';
import { CSV_BOM, buildCsv, csvCell } from './csv';

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

  it('keeps numbers as numbers and empties empty', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });
});

describe('buildCsv', () => {
  it('starts with a BOM and ends every row with CRLF', () => {
    expect(buildCsv(['Code', 'Text'], [['M1', 'Café, été']])).toBe(`${CSV_BOM}Code,Text\r\nM1,"Café, été"\r\n`);
  });
});
