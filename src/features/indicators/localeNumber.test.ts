import { describe, expect, it } from 'vitest';
import { formatForInput, parseLocaleNumber } from './localeNumber';

describe('parseLocaleNumber', () => {
  it('reads numbers as each language writes them', () => {
    expect(parseLocaleNumber('7,600,000', 'en')).toBe(7_600_000);
    expect(parseLocaleNumber('9.7', 'en')).toBe(9.7);
    expect(parseLocaleNumber('7 600 000', 'fr')).toBe(7_600_000);
    expect(parseLocaleNumber('7\u202f600\u202f000', 'fr')).toBe(7_600_000);
    expect(parseLocaleNumber('9,7', 'fr')).toBe(9.7);
    expect(parseLocaleNumber('9.7', 'fr')).toBe(9.7);
    expect(parseLocaleNumber('175908', 'ru')).toBe(175_908);
    expect(parseLocaleNumber('٧٦', 'ar')).toBe(76);
    expect(parseLocaleNumber('٩٫٧', 'ar')).toBe(9.7);
  });

  it('gives null for an empty field and NaN for text that is not a number', () => {
    expect(parseLocaleNumber('  ', 'en')).toBeNull();
    expect(parseLocaleNumber('about 10', 'en')).toBeNaN();
    expect(parseLocaleNumber('1.2.3', 'en')).toBeNaN();
  });

  it('writes a number back for an input that reads it again', () => {
    for (const language of ['en', 'fr', 'es', 'ru', 'zh', 'ar']) {
      expect(parseLocaleNumber(formatForInput(7_612_345.5, language), language)).toBe(7_612_345.5);
    }
    expect(formatForInput(null, 'en')).toBe('');
  });
});

describe('formatForInput', () => {
  it('keeps every digit, so a figure saved untouched is the same number', () => {
    const share = 15 / 76;
    for (const language of ['en', 'fr', 'ru', 'ar']) expect(parseLocaleNumber(formatForInput(share, language), language)).toBe(share);
    expect(formatForInput(9.7, 'fr')).toBe('9,7');
  });
});
