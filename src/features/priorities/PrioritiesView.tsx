import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../../ui/PlaceholderPage';

export function PrioritiesView() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('placeholder.prioritiesTitle')} body={t('placeholder.prioritiesBody')} />;
}
