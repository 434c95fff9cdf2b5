interface RecordFormButtonsProps {
  saveLabel: string;
  cancelLabel: string;
  onCancel: () => void;
  /** Why the last save failed: said above the buttons, the form keeping what was typed. */
  failure?: string | null;
}

/** The end of a form that adds or edits a record: why a save failed, if it did, then Save and Cancel. */
export function RecordFormButtons({ saveLabel, cancelLabel, onCancel, failure = null }: RecordFormButtonsProps) {
  return (
    <>
      {failure && (
        <p role="alert" className="record-form__summary">
          {failure}
        </p>
      )}
      <div className="record-form__buttons">
        <button type="submit" className="report-button report-button--primary">
          {saveLabel}
        </button>
        <button type="button" className="report-button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </>
  );
}
