import common from './common.json';
import board from './board.json';
import dashboard from './dashboard.json';
import priorities from './priorities.json';
import snapshots from './snapshots.json';
import timeline from './timeline.json';
import presentation from './presentation.json';
import settings from './settings.json';

export const fr = { ...common, ...board, ...dashboard, ...priorities, ...snapshots, ...timeline, ...presentation, ...settings };
