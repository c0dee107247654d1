export * from './command-syntax';
export * from './core';
export * from './event-loop';
export * from './form';
export * from './handled-requests';
export * from './keep-where';
export * from './message';
export * from './schedules';
