import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { TrackerDatabase } from './db';
import { createAppQueryClient } from './app/createAppQueryClient';
import './styles/global.css';
import './styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <App db={new TrackerDatabase()} queryClient={createAppQueryClient()} />
  </StrictMode>,
);
