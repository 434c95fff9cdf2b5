export { AreaFigures } from './AreaFigures';
export { LineIndicators } from './LineIndicators';
export { formatIndicatorValue } from './formatIndicator';
export { usePeriodLabel } from './usePeriodLabel';
