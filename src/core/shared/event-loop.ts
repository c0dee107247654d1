/** Lets waiting requests be served: scheduled work runs on the same event loop. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
