export { BoardView } from './BoardView';
export { preloadBoardDragAndDrop } from './BoardArea';
