import { useTranslation } from './useTranslation';
import { STATUSES, statusKey } from '../domain';

/** The `<option>`s of the status vocabulary, in the source's order, labelled in the active language. */
export function StatusOptions() {
  const { t } = useTranslation();
  return STATUSES.map((status) => (
    <option key={status} value={status}>
      {t(`status.${statusKey(status)}`)}
    </option>
  ));
}
