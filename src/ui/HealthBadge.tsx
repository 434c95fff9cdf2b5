import { useTranslation } from '../i18n';
import type { Health } from '../domain';
import './badges.css';

const HEALTH_SYMBOLS: Record<Health, string> = { 'on-track': '✓', 'at-risk': '!', 'off-track': '✕' };

/**
 * RAG health as a word and a shape; the colour only repeats what the text says. Where no column
 * heading says what the word is (a card), `isLabelled` adds the field's name for screen readers.
 */
export function HealthBadge({ health, isLabelled = false }: { health: Health | null; isLabelled?: boolean }) {
  const { t } = useTranslation();
  const label = isLabelled && <span className="visually-hidden">{t('board.healthPrefix')} </span>;
  if (!health) {
    return (
      <span className="health-badge health-badge--none">
        {label}
        {t('health.none')}
      </span>
    );
  }
  return (
    <span className={`health-badge health-badge--${health}`}>
      {label}
      <span className="health-badge__symbol" aria-hidden="true">
        {HEALTH_SYMBOLS[health]}
      </span>
      {t(`health.${health}`)}
    </span>
  );
}
