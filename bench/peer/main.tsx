import { createRoot } from 'react-dom/client';
import { MultipleContainers } from './MultipleContainers';
import type { PeerBoard } from './types';
import './peer.css';

declare global {
  interface Window {
    /** The benchmark puts the dataset's cards here before the page's scripts run. */
    __peerBoard?: PeerBoard;
  }
}

const root = document.getElementById('root');
const board = window.__peerBoard;
if (!root || !board) throw new Error('The peer board needs #root and window.__peerBoard.');

createRoot(root).render(<MultipleContainers board={board} />);
