import { useId, useState, type ReactNode } from 'react';

interface EditableFieldProps {
  label: string;
  value: string;
  /** Returns an error message, or null after saving the value. */
  onCommit: (value: string) => string | null;
  isMultiline?: boolean;
  rows?: number;
  help?: string;
  type?: 'text' | 'date';
  list?: string;
  placeholder?: string;
  className?: string;
  children?: ReactNode;
}

/**
 * A labelled field saved when it loses focus (or on Enter in a single-line field). An invalid value
 * keeps the draft, shows the message beside the field and saves nothing.
 */
export function EditableField({
  label,
  value,
  onCommit,
  isMultiline = false,
  rows = 4,
  help,
  type = 'text',
  list,
  placeholder,
  className,
}: EditableFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [isEditing, setIsEditing] = useState(false);
  const [shownValue, setShownValue] = useState(value);

  // Follow changes made elsewhere (undo, another tab) unless the user is typing here.
  if (value !== shownValue && !isEditing) {
    setShownValue(value);
    setDraft(value);
    setError(null);
  }

  const commit = () => {
    setIsEditing(false);
    if (draft === value) {
      setError(null);
      return;
    }
    const message = onCommit(draft);
    setError(message);
    // Saving: expect the draft back as the value. If the save fails and the value never changes
    // (the change and its rollback can arrive together), the field still returns to the value.
    if (message === null) setShownValue(draft);
  };

  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: draft,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onFocus: () => setIsEditing(true),
    onBlur: commit,
  };

  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {isMultiline ? (
        <textarea {...common} rows={rows} onChange={(event) => setDraft(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          list={list}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commit();
            }
          }}
        />
      )}
      {help && (
        <p id={`${id}-help`} className="field__help">
          {help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
