export * from './import-people';
export * from './people';
export * from './set-manager';
