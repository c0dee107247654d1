export * from './manager-digest';
export * from './queue-summary';
export * from './weekly-summary';
