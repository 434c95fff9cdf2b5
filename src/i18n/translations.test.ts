import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from './languages';
import { loadMessages, type MessageTree } from './loadMessages';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Keys whose value may read the same as English in every language: stored syntax and file names. */
const SAME_IN_EVERY_LANGUAGE = ['milestones.targetExample', 'dashboard.csvFileName', 'report.docxFileName', 'priorities.csvFileName', 'indicators.csvExport.fileName', 'snapshots.kinds.null'];

/** Words that are spelled the same in a language and in English, checked one by one. */
const SAME_WORD: Partial<Record<Language, string[]>> = {
  fr: ['toast.region', 'panel.notes', 'history.fields.notes', 'dashboard.columns.notes', 'dashboard.columns.code', 'priorities.columns.actions', 'snapshots.list.actions', 'snapshots.csv.section', 'snapshots.lineFields.notes', 'indicators.columns.source', 'indicators.sourcePage'],
};

function flatten(tree: MessageTree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [child, text] of flatten(value, path)) flat.set(child, text);
  }
  return flat;
}

function variables(text: string): Set<string> {
  return new Set([...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1] ?? ''));
}

/** A value with no words of its own, such as "{{code}}. {{name}}", needs no translation. */
function hasWords(text: string): boolean {
  return /\p{L}{2,}/u.test(text.replace(/{{\s*\w+\s*}}/g, ''));
}

const english = flatten(await loadMessages('en'));
const pluralBases = new Set([...english.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, '')));
const singularKeys = [...english.keys()].filter((key) => !PLURAL_SUFFIX.test(key));
const others = LANGUAGES.map((language) => language.code).filter((code): code is Exclude<Language, 'en'> => code !== 'en');

describe.each(others)('%s messages', (language) => {
  it('translate every English message with the same variables', async () => {
    const messages = flatten(await loadMessages(language));
    const sameAsEnglish = new Set([...SAME_IN_EVERY_LANGUAGE, ...(SAME_WORD[language] ?? [])]);
    const problems: string[] = [];
    for (const key of singularKeys) {
      const text = messages.get(key);
      const source = english.get(key) ?? '';
      if (text === undefined) problems.push(`${key}: missing`);
      else if (text.trim() === '') problems.push(`${key}: empty`);
      else if ([...variables(source)].sort().join() !== [...variables(text)].sort().join()) problems.push(`${key}: variables differ`);
      else if (text === source && hasWords(source) && !sameAsEnglish.has(key)) problems.push(`${key}: same as English`);
    }
    expect(problems).toEqual([]);
  });

  it('have every plural form the language needs, and no stray keys', async () => {
    const messages = flatten(await loadMessages(language));
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const expected = new Set(singularKeys);
    for (const base of pluralBases) for (const category of categories) expected.add(`${base}_${category}`);
    const problems: string[] = [];
    for (const key of expected) if (!messages.has(key)) problems.push(`${key}: missing`);
    for (const key of messages.keys()) if (!expected.has(key)) problems.push(`${key}: not an English key`);
    for (const base of pluralBases) {
      const allowed = new Set([...english].filter(([key]) => key.startsWith(`${base}_`)).flatMap(([, text]) => [...variables(text)]));
      for (const category of categories) {
        const extra = [...variables(messages.get(`${base}_${category}`) ?? '')].filter((name) => !allowed.has(name));
        if (extra.length > 0) problems.push(`${base}_${category}: unknown variables ${extra.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('English messages', () => {
  it('have an "other" plural form wherever they have a "one"', () => {
    for (const base of pluralBases) expect(english.has(`${base}_other`)).toBe(true);
  });
});
