import { lazyChunk, lazyView } from '../lazyView';

/**
 * The screens of a round, each in a chunk of its own, fetched right after the title has painted
 * (see lazyView.ts): the title's own script stays small.
 */
const briefing = lazyChunk(() => import('./briefing'));
const table = lazyChunk(() => import('./table'));
const ending = lazyChunk(() => import('./ending'));
const glossary = lazyChunk(() => import('./glossary'));

export const briefingScreen = lazyView(async () => (await briefing()).briefingScreen, 'Briefing');
export const tableScreen = lazyView(async () => (await table()).tableScreen, 'At the table');
export const endingScreen = lazyView(async () => (await ending()).endingScreen, 'How it ended');
export const glossaryScreen = lazyView(async () => (await glossary()).glossaryScreen, 'Glossary');
