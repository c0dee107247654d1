export * from './admins-overview';
export * from './home-actions';
export * from './home-message';
export * from './home';
export * from './managers-desk';
export * from './my-wall';
export * from './refresh-home';
