import { DeliveryError } from '../../../src/jobs/outbox';
import { deliveryError, retryAfterMs } from '../../../src/teams/kit/send-message';

const restError = (statusCode: number, headers: Record<string, string> = {}) => ({
  statusCode,
  message: 'connector said no',
  response: { headers: { get: (name: string) => headers[name.toLowerCase()] } },
});

describe('deliveryError', () => {
  it('waits as long as a 429 says, in seconds', () => {
    const err = deliveryError(restError(429, { 'retry-after': '12' }));
    expect(err.options).toEqual({ retryAfterMs: 12_000 });
  });

  it('waits a few seconds when a 429 does not say', () => {
    expect(deliveryError(restError(429)).options.retryAfterMs).toBe(5_000);
  });

  it.each([412, 500, 502, 503, 504])('retries a %i', (status) => {
    expect(deliveryError(restError(status)).options.permanent).toBe(false);
  });

  it.each([400, 403, 404])('gives up on a %i', (status) => {
    const err = deliveryError(restError(status));
    expect(err.options.permanent).toBe(true);
    expect(err.message).toContain(String(status));
  });

  it('retries a network error', () => {
    const err = deliveryError(
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    );
    expect(err.options.permanent).toBe(false);
  });

  it('passes a DeliveryError through', () => {
    const original = new DeliveryError('no conversation', { permanent: true });
    expect(deliveryError(original)).toBe(original);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('Mon, 23 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });
});
