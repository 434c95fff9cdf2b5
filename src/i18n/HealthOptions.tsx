import { useTranslation } from './useTranslation';
import { HEALTHS } from '../domain';

/** The `<option>`s of the RAG health scale, labelled in the active language. */
export function HealthOptions() {
  const { t } = useTranslation();
  return HEALTHS.map((health) => (
    <option key={health} value={health}>
      {t(`health.${health}`)}
    </option>
  ));
}
