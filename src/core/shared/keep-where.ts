/** The items `test` keeps, in order: a filter whose test reads the database. */
export async function keepWhere<T>(items: T[], test: (item: T) => Promise<boolean>): Promise<T[]> {
  const kept: T[] = [];
  for (const item of items) if (await test(item)) kept.push(item);
  return kept;
}
