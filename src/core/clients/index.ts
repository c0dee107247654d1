export * from './client-account';
export * from './client-history';
export * from './clients';
