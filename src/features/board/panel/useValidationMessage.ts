import { useTranslation } from '../../../i18n';
import type { ValidationError } from '../../../domain';

/** Turns a domain validation error into a translated message; `field` names the field for "required". */
export function useValidationMessage(): (error: ValidationError, field?: string) => string {
  const { t } = useTranslation();
  return (error, field = '') => {
    switch (error.kind) {
      case 'required':
        return t('validation.required', { field: field.toLocaleLowerCase() });
      case 'tooLong':
        return t('validation.tooLong', { max: error.max });
      case 'quarter':
        return t('validation.quarter');
      case 'phaseWithoutTarget':
        return t('validation.phaseWithoutTarget');
      case 'phaseColon':
        return t('validation.phaseColon');
      case 'phaseWithPeriod':
        return t('validation.phaseWithPeriod');
      case 'date':
        return t('validation.date');
      case 'year':
        return t('validation.year');
      case 'hiddenCharacter':
        return t('validation.hiddenCharacter', { position: error.position, codePoint: error.codePoint });
    }
  };
}
