import { useId, useState, type FormEvent } from 'react';
import { isolate, useTranslation } from '../../../i18n';
import { TEXT_LIMITS, ulid, validateTarget, validateText } from '../../../domain';
import { useRecordedApply } from '../../../data';
import { useValidationMessage } from './useValidationMessage';

export function AddMilestoneForm({ lineCode, nextRank }: { lineCode: string; nextRank: string }) {
  const { t } = useTranslation();
  const id = useId();
  const record = useRecordedApply();
  const message = useValidationMessage();
  const [title, setTitle] = useState('');
  const [target, setTarget] = useState('');
  const [errors, setErrors] = useState<{ title?: string; target?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const titleResult = validateText(title, TEXT_LIMITS.title, true);
    const targetResult = validateTarget(target, '');
    const nextErrors = {
      title: titleResult.ok ? undefined : message(titleResult.error, t('milestones.titleField')),
      target: targetResult.ok ? undefined : message(targetResult.error),
    };
    setErrors(nextErrors);
    if (!titleResult.ok || !targetResult.ok) return;
    // Clear at once so the next milestone can be typed while this one saves; restore on failure.
    setTitle('');
    setTarget('');
    const milestone = {
      id: ulid(),
      lineCode,
      title: titleResult.value,
      target: targetResult.value,
      status: 'To be started' as const,
      completedOn: null,
      rank: nextRank,
      // The write stamps when and by whom.
      updatedAt: null,
      updatedBy: null,
    };
    record({ kind: 'milestone', before: null, after: milestone }, t('milestones.added', { title: isolate(milestone.title) }), { confirm: true })
      .catch(() => {
        setTitle((current) => current || title);
        setTarget((current) => current || target);
      });
  };

  return (
    <form className="milestone-add" onSubmit={submit} noValidate aria-label={t('milestones.add')}>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-title`}>
          {t('milestones.newTitle')}
        </label>
        <input
          id={`${id}-title`}
          value={title}
          maxLength={TEXT_LIMITS.title}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? `${id}-title-error` : undefined}
          onChange={(event) => setTitle(event.target.value)}
        />
        {errors.title && (
          <p id={`${id}-title-error`} className="field__error">
            {errors.title}
          </p>
        )}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-target`}>
          {t('milestones.newTarget')}
        </label>
        <input
          id={`${id}-target`}
          value={target}
          placeholder={t('milestones.targetExample')}
          aria-invalid={errors.target ? true : undefined}
          aria-describedby={errors.target ? `${id}-target-error` : undefined}
          onChange={(event) => setTarget(event.target.value)}
        />
        {errors.target && (
          <p id={`${id}-target-error`} className="field__error">
            {errors.target}
          </p>
        )}
      </div>
      <button type="submit" className="button">
        {t('milestones.add')}
      </button>
    </form>
  );
}
