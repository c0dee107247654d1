export * from './change-setting';
export * from './email-settings';
export * from './kudos-settings';
