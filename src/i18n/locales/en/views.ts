import dashboard from './dashboard.json';
import priorities from './priorities.json';
import snapshots from './snapshots.json';
import indicators from './indicators.json';
import presentation from './presentation.json';
import settings from './settings.json';
import panel from './panel.json';
import shared from './shared.json';
import teamSync from './teamSync.json';

/** What the other views and the card panel show, loaded with the first of them. */
export const views = { ...dashboard, ...priorities, ...snapshots, ...indicators, ...presentation, ...settings, ...panel, ...shared, ...teamSync };
