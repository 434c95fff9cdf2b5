import { useTranslation } from 'react-i18next';
import type { Health } from '../../domain';

const HEALTH_SYMBOLS: Record<Health, string> = { 'on-track': '✓', 'at-risk': '!', 'off-track': '✕' };

/** RAG health as a word and a shape; the colour only repeats what the text says. */
export function HealthBadge({ health }: { health: Health | null }) {
  const { t } = useTranslation();
  if (!health) return <span className="health-badge health-badge--none">{t('dashboard.health.none')}</span>;
  return (
    <span className={`health-badge health-badge--${health}`}>
      <span className="health-badge__symbol" aria-hidden="true">
        {HEALTH_SYMBOLS[health]}
      </span>
      {t(`dashboard.health.${health}`)}
    </span>
  );
}
