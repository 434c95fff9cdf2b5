export { BoardView } from './BoardView';
