/**
 * Every test file runs with this: a promise rejected with nobody to handle it, anywhere in
 * Frontline, fails the test during which it happened.
 */
const unhandled: unknown[] = [];
const late: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const onHandledLate = (promise: Promise<unknown>) => late.push(promise);

beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
  process.on('rejectionHandled', onHandledLate);
});

afterEach(async () => {
  // Rejections are reported after the microtasks that could still handle them.
  await new Promise((resolve) => setImmediate(resolve));
  const found = unhandled.splice(0);
  const handledLate = late.splice(0).length;
  if (found.length > 0) {
    throw new Error(`unhandled rejection during this test: ${found.map(String).join('; ')}`);
  }
  if (handledLate > 0) throw new Error(`${handledLate} rejection(s) handled only after a warning`);
});

afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  process.off('rejectionHandled', onHandledLate);
});
