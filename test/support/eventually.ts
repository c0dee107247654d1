/** Events are acknowledged first and handled after: waits for what the handling leaves. */
export async function until<R>(
  what: () => R,
  timeoutMs = 5000,
): Promise<Exclude<Awaited<R>, false | undefined | null>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await what();
    if (value) return value as Exclude<Awaited<R>, false | undefined | null>;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
