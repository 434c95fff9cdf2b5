import { useTranslation } from '../i18n';
import { describeStorageError } from '../db';

export function useStorageErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    const kind = describeStorageError(error);
    if (kind === 'unknown') {
      return t('errors.unknown', { message: error instanceof Error ? error.message : String(error) });
    }
    return t(`errors.${kind}`);
  };
}

/** A write refused because the stored value changed since the change started (see StaleWriteError). */
export function isStaleWrite(error: unknown): boolean {
  return describeStorageError(error) === 'stale';
}
