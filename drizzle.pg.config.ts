import { defineConfig } from 'drizzle-kit';

// PostgreSQL's tables are made from the SQLite schema: see src/db/pg-tables.ts.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/pg-tables.ts',
  out: './migrations/pg',
});
