import { useTranslation } from '../../i18n';
import { useStorageErrorMessage } from '../../data';
import { useUiStore } from '../../state/uiStore';

/** What the list says when a change to a stored snapshot fails, given the reason. */
export function useListFailureMessage(): (reason: string) => string {
  const { t } = useTranslation();
  return (reason) => t('snapshots.list.failed', { reason });
}

export function useSnapshotErrorToast() {
  const failureMessage = useListFailureMessage();
  const describeError = useStorageErrorMessage();
  const showToast = useUiStore((state) => state.showToast);
  return (error: unknown) => showToast({ kind: 'error', message: failureMessage(describeError(error)) });
}
