import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../../ui/PlaceholderPage';

export function DashboardView() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('placeholder.dashboardTitle')} body={t('placeholder.dashboardBody')} />;
}
