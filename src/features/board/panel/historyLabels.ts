import type { TFunction } from 'i18next';
import type { Messages } from '../../../i18n/locales/en';

type HistoryField = keyof Messages['history']['fields'];

/**
 * The translated name of a history entry's field ("milestone.status" -> key "milestone_status").
 * A field this version has no name for shows as stored. Only the type of the English messages is
 * imported: the messages themselves load per language.
 */
export function i18nHistoryField(t: TFunction, field: string): string {
  const key = field.replace('.', '_') as HistoryField;
  return t(`history.fields.${key}`, { defaultValue: field });
}
