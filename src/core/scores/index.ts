export * from './client-scores';
export * from './import-scores';
export * from './scores-message';
