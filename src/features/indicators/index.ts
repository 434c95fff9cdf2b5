export { AreaFigures } from './AreaFigures';
export { LineIndicators } from './LineIndicators';
