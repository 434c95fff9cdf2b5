import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUS_SOURCES, isStatus, statusKey, type HistoryEntry, type StatusSource } from '../../../domain';
import { useLineHistory } from '../../../data';
import { IsolatedMessage, formatDateTime } from '../../../i18n';
import { i18nHistoryField } from './historyLabels';

function formatWhen(iso: string, language: string): string {
  return formatDateTime(iso, language, 'medium');
}

export function LineHistory({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { data: entries, isError } = useLineHistory(code);

  const value = (entry: HistoryEntry, raw: string | null) => {
    if (raw === null) return t('history.none');
    if (isStatus(raw)) return t(`status.${statusKey(raw)}`);
    if (entry.field === 'statusConfirmed' && (STATUS_SOURCES as readonly string[]).includes(raw)) return t(`statusSource.${raw as StatusSource}`);
    if (entry.field === 'health' && (raw === 'on-track' || raw === 'at-risk' || raw === 'off-track')) return t(`health.${raw}`);
    return raw;
  };

  return (
    <section className="panel__section" aria-labelledby={`${id}-history`}>
      <h3 id={`${id}-history`} className="panel__section-title">
        {t('history.title')}
      </h3>
      {!entries ? (
        // Until the history is read, saying "no changes" would be untrue.
        <p className="panel__empty" role={isError ? 'alert' : 'status'}>
          {t(isError ? 'history.failed' : 'history.loading')}
        </p>
      ) : entries.length === 0 ? (
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
