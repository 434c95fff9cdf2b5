import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isStatus, statusKey, type HistoryEntry } from '../../../domain';
import { useLineHistory } from '../../../data';
import { IsolatedMessage, formatDateTime } from '../../../i18n';
import { i18nHistoryField } from './historyLabels';

function formatWhen(iso: string, language: string): string {
  return formatDateTime(iso, language, 'medium');
}

export function LineHistory({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { data: entries = [] } = useLineHistory(code);

  const value = (entry: HistoryEntry, raw: string | null) => {
    if (raw === null) return t('history.none');
    if (isStatus(raw)) return t(`status.${statusKey(raw)}`);
    if (entry.field === 'health' && (raw === 'on-track' || raw === 'at-risk' || raw === 'off-track')) return t(`health.${raw}`);
    return raw;
  };

  return (
    <section className="panel__section" aria-labelledby={`${id}-history`}>
      <h3 id={`${id}-history`} className="panel__section-title">
        {t('history.title')}
      </h3>
      {entries.length === 0 ? (
        <p className="panel__empty">{t('history.empty')}</p>
      ) : (
        <ol className="history">
          {entries.map((entry) => (
            <li key={entry.id} className="history__entry">
              <time className="history__when" dateTime={entry.at}>
                {formatWhen(entry.at, i18n.language)}
              </time>
              <span className="history__what">
                <IsolatedMessage
                  render={(placeholders) => t('history.entry', placeholders)}
                  values={{ field: i18nHistoryField(t, entry.field), from: value(entry, entry.from), to: value(entry, entry.to) }}
                />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
