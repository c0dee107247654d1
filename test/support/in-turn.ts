/** `fn` on each item, one after another: rows are written in the items' order. */
export async function inTurn<T, R>(items: readonly T[], fn: (item: T, i: number) => Promise<R>) {
  const results: R[] = [];
  for (const [i, item] of items.entries()) results.push(await fn(item, i));
  return results;
}

/** `fn(0)` … `fn(n - 1)`, one after another. */
export const times = <R>(n: number, fn: (i: number) => Promise<R>) =>
  inTurn(
    Array.from({ length: n }, (_, i) => i),
    (i) => fn(i),
  );
