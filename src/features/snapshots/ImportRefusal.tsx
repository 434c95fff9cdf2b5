import { IsolatedMessage, useTranslation } from '../../i18n';
import type { SnapshotIssue } from '../../domain';
import { useIssueMessage } from './useIssueMessage';

const SHOWN_ISSUES = 5;

/** Why a file was refused, announced at once; nothing has been written. */
export function ImportRefusal({ sourceName, issues }: { sourceName: string; issues: SnapshotIssue[] }) {
  const { t } = useTranslation();
  const message = useIssueMessage();
  const hidden = issues.length - SHOWN_ISSUES;
  return (
    <div className="snapshots__alert" role="alert">
      <p className="snapshots__alert-title"><IsolatedMessage render={(values) => t('snapshots.import.refusedTitle', values)} values={{ fileName: sourceName }} /></p>
      <ul>
        {issues.slice(0, SHOWN_ISSUES).map((issue) => (
          <li key={`${issue.code}:${issue.path}`}>{message(issue)}</li>
        ))}
      </ul>
      {hidden > 0 && <p>{t('snapshots.import.more', { count: hidden })}</p>}
    </div>
  );
}
