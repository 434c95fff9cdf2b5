import { useState } from 'react';
import { Link } from 'wouter';
import { useQueryClient } from '@tanstack/react-query';
import { intlLocale, useTranslation } from '../../i18n';
import { useAuthorSettings } from '../../data';
import { AuthorNameForm } from './AuthorNameForm';
import { requestPersistentStorage } from './storagePersistence';
import { useStorageStatus } from './useStorageStatus';
import './settings.css';
import { PageHeader } from '../../ui/PageHeader';
import { TeamSyncSection } from '../teamSync';

function formatBytes(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit: units[unit], maximumFractionDigits: 1 }).format(value);
}

export function SettingsView() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { data: status } = useStorageStatus();
  const { data: author } = useAuthorSettings();
  const [answer, setAnswer] = useState<'granted' | 'refused' | null>(null);

  const askToPersist = async () => {
    setAnswer((await requestPersistentStorage()) ? 'granted' : 'refused');
    await queryClient.invalidateQueries({ queryKey: ['browserStorage'] });
  };

  return (
    <section className="page settings" aria-labelledby="settings-title">
      <PageHeader titleId="settings-title" title={t('settings.title')} intro={t('settings.intro')} />
      <section className="settings__card" aria-labelledby="settings-author">
        <h2 id="settings-author">{t('settings.authorTitle')}</h2>
        {/* Mounted once the stored name is read, so the field starts from it. */}
        {author && <AuthorNameForm storedName={author.name} />}
      </section>
      <TeamSyncSection />
      <section className="settings__card" aria-labelledby="settings-storage">
        <h2 id="settings-storage">{t('settings.storageTitle')}</h2>
        {status && !status.isSupported && <p>{t('settings.unsupported')}</p>}
        {status?.isSupported && (
          <>
            <p className={status.isPersisted ? 'settings__state settings__state--ok' : 'settings__state settings__state--warn'}>
              <span aria-hidden="true">{status.isPersisted ? '✔ ' : '⚠ '}</span>
              {t(status.isPersisted ? 'settings.persisted' : 'settings.notPersisted')}
            </p>
            {status.usageBytes !== null && status.quotaBytes !== null && (
              <p>
                {t('settings.usage', {
                  used: formatBytes(status.usageBytes, i18n.language),
                  quota: formatBytes(status.quotaBytes, i18n.language),
                })}
              </p>
            )}
            {!status.isPersisted && (
              <>
                <p>{t('settings.notPersistedAdvice')}</p>
                <div className="settings__actions">
                  <button type="button" className="button" onClick={() => void askToPersist()}>
                    {t('settings.persist')}
                  </button>
                  <Link className="button button--secondary" to="/snapshots">
                    {t('settings.exportLink')}
                  </Link>
                </div>
              </>
            )}
          </>
        )}
        {answer && (
          <p role="status" className="settings__answer">
            {t(answer === 'granted' ? 'settings.persistGranted' : 'settings.persistRefused')}
          </p>
        )}
      </section>
      <section className="settings__card" aria-labelledby="settings-offline">
        <h2 id="settings-offline">{t('settings.offlineTitle')}</h2>
        <p>{t('settings.offline')}</p>
      </section>
    </section>
  );
}
