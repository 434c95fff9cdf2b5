import type { TFunction } from 'i18next';
import { en } from '../../../i18n/locales/en';

type HistoryField = keyof typeof en.history.fields;

function isKnownField(field: string): field is HistoryField {
  return Object.hasOwn(en.history.fields, field);
}

/** The translated name of a history entry's field ("milestone.status" -> key "milestone_status"). */
export function i18nHistoryField(t: TFunction, field: string): string {
  const key = field.replace('.', '_');
  return isKnownField(key) ? t(`history.fields.${key}`) : field;
}
