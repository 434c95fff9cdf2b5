import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../../ui/PlaceholderPage';

export function SnapshotsView() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('placeholder.snapshotsTitle')} body={t('placeholder.snapshotsBody')} />;
}
