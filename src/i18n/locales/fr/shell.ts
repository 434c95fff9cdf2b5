import common from './common.json';
import board from './board.json';
import timeline from './timeline.json';

/** What the app shell and the board show, loaded before the first paint (the nav names the timeline). */
export const shell = { ...common, ...board, ...timeline };
