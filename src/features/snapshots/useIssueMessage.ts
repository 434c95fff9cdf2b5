import { useTranslation } from 'react-i18next';
import type { SnapshotIssue, ValueKind } from '../../domain';
import { intlLocale } from '../../i18n';

function megabytes(bytes: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
}

/** The message for one problem in a snapshot file, with where in the file it is. */
export function useIssueMessage(): (issue: SnapshotIssue) => string {
  const { t, i18n } = useTranslation();
  return ({ code, path, params }) => {
    const where = path || t('snapshots.issues.topLevel');
    const kind = (value: string | number | undefined) => t(`snapshots.kinds.${(value ?? 'nothing') as ValueKind}`);
    switch (code) {
      case 'tooLarge':
        return t('snapshots.issues.tooLarge', {
          size: megabytes(Number(params.size), i18n.language),
          limit: megabytes(Number(params.limit), i18n.language),
        });
      case 'notObject':
        return t('snapshots.issues.notObject', { found: kind(params.found) });
      case 'wrongType':
        return t('snapshots.issues.wrongType', { path: where, expected: kind(params.expected), found: kind(params.found) });
      default:
        return t(`snapshots.issues.${code}`, { ...params, path: where });
    }
  };
}
