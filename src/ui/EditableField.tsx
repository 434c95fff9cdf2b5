import { useId, useState, type ClipboardEvent, type ReactNode } from 'react';
import { validateIsoDate } from '../domain';
import { formatDate, useTranslation } from '../i18n';
import { FieldStatus } from './FieldStatus';
import { useFieldDraft, type FieldCommit } from './useFieldDraft';

interface EditableFieldProps {
  label: string;
  value: string;
  onCommit: FieldCommit;
  /** The most characters the field holds; typing and pasting stop there, and a cut paste is told. */
  maxLength?: number;
  isMultiline?: boolean;
  rows?: number;
  help?: string;
  type?: 'text' | 'date';
  list?: string;
  placeholder?: string;
  className?: string;
  children?: ReactNode;
  /** Shown but not editable; `help` then says why. */
  disabled?: boolean;
}

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/**
 * A labelled field saved when it loses focus (or on Enter in a single-line field). An invalid value
 * or a failed save keeps the user's text, marked unsaved, with the reason beside the field.
 */
export function EditableField({
  label,
  value,
  onCommit,
  maxLength,
  isMultiline = false,
  rows = 4,
  help,
  type = 'text',
  list,
  placeholder,
  className,
  disabled,
}: EditableFieldProps) {
  const { i18n } = useTranslation();
  const id = useId();
  const field = useFieldDraft(value, onCommit);
  const [pasteCutTo, setPasteCutTo] = useState<number | null>(null);
  const { phase } = field;
  const hasProblem = phase.kind === 'invalid' || phase.kind === 'unsaved' || phase.kind === 'conflict';
  // A date input shows the browser's format, whatever the interface language (Chromium ignores the
  // input's lang attribute), so the date is written out beside it in the interface language.
  const date = type === 'date' ? validateIsoDate(field.draft) : null;
  const dateShown = date?.ok && date.value ? formatDate(date.value, i18n.language) : null;

  const onPaste = (event: ClipboardEvent<TextControl>) => {
    if (maxLength === undefined) return;
    const control = event.currentTarget;
    const selected = (control.selectionEnd ?? 0) - (control.selectionStart ?? 0);
    const room = maxLength - (control.value.length - selected);
    setPasteCutTo(event.clipboardData.getData('text').length > room ? maxLength : null);
  };

  const describedBy =
    [dateShown && `${id}-date`, help && `${id}-help`, hasProblem && `${id}-error`, pasteCutTo !== null && `${id}-paste`].filter(Boolean).join(' ') ||
    undefined;
  const common = {
    id,
    value: field.draft,
    placeholder,
    maxLength,
    disabled,
    'aria-invalid': hasProblem ? true : undefined,
    'aria-describedby': describedBy,
    onBlur: field.commit,
    onPaste,
    onChange: (event: { target: TextControl }) => field.edit(event.target.value),
  };

  return (
    <div className={['field', field.isDirty && 'field--unsaved', className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {isMultiline ? (
        <textarea {...common} rows={rows} />
      ) : (
        <input
          {...common}
          type={type}
          list={list}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              field.commit();
            }
          }}
        />
      )}
      {dateShown && (
        <p id={`${id}-date`} className="field__date">
          {dateShown}
        </p>
      )}
      {help && (
        <p id={`${id}-help`} className="field__help">
          {help}
        </p>
      )}
      <FieldStatus
        id={id}
        phase={phase}
        storedValue={value}
        pasteCutTo={pasteCutTo}
        onKeepDraft={field.keepDraft}
        onTakeStored={field.takeStored}
      />
    </div>
  );
}
