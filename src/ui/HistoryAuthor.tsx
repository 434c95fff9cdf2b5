import { IMPORTED_DEVICE, type HistoryEntry } from '../domain';
import { IsolatedMessage, useTranslation } from '../i18n';

/** Who made a history entry and where: by name when one was set, else "this browser", "another device" or "an imported file". */
export function HistoryAuthor({ entry, thisDevice }: { entry: Pick<HistoryEntry, 'author' | 'device'>; thisDevice: string | null }) {
  const { t } = useTranslation();
  const where = entry.device === IMPORTED_DEVICE ? 'FromFile' : entry.device === thisDevice ? '' : 'OnOtherDevice';
  if (entry.author === null) {
    return <>{t(where === '' ? 'history.byThisBrowser' : where === 'FromFile' ? 'history.fromFile' : 'history.onOtherDevice')}</>;
  }
  return <IsolatedMessage render={(placeholders) => t(`history.by${where}`, placeholders)} values={{ author: entry.author }} />;
}
