import { useTranslation } from '../../i18n';
import type { SnapshotIssue, ValueKind } from '../../domain';
import { describeSizeAgainstLimit } from './fileSizes';

/** The message for one problem in a snapshot file, with where in the file it is. */
export function useIssueMessage(): (issue: SnapshotIssue) => string {
  const { t, i18n } = useTranslation();
  return ({ code, path, params }) => {
    const where = path || t('snapshots.issues.topLevel');
    const kind = (value: string | number | undefined) => t(`snapshots.kinds.${(value ?? 'nothing') as ValueKind}`);
    switch (code) {
      case 'tooLarge':
        return t('snapshots.issues.tooLarge', describeSizeAgainstLimit(Number(params.size), Number(params.limit), i18n.language));
      case 'notObject':
        return t('snapshots.issues.notObject', { found: kind(params.found) });
      case 'wrongType':
        return t('snapshots.issues.wrongType', { path: where, expected: kind(params.expected), found: kind(params.found) });
      default:
        return t(`snapshots.issues.${code}`, { ...params, path: where });
    }
  };
}
