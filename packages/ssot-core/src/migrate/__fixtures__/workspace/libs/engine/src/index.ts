export * from './engine';
export * from './store';
export * from './queue';
