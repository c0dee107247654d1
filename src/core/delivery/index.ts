export * from './deliveries';
