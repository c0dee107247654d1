import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Seals secrets (Slack tokens) before they are stored: AES-256-GCM, a fresh 12-byte nonce
 * each time, sealed as `v1.<key id>.<nonce>.<tag>.<ciphertext>` (base64url). The key id names
 * which key sealed it, so old keys can still open what they sealed while a rotation runs.
 */
export class SecretBox {
  private readonly keys = new Map<string, Buffer>();
  private readonly current: string;

  /** `key` seals; `oldKeys` only open. Each is 32 bytes, base64 encoded. */
  constructor(key: string, oldKeys: string[] = []) {
    this.current = this.add(key);
    for (const old of oldKeys) this.add(old);
  }

  seal(plain: string): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.current)!, nonce);
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const parts = [nonce, cipher.getAuthTag(), sealed].map((b) => b.toString('base64url'));
    return ['v1', this.current, ...parts].join('.');
  }

  open(sealed: string): string {
    const [version, keyId, nonce, tag, data] = sealed.split('.');
    const key = keyId === undefined ? undefined : this.keys.get(keyId);
    if (version !== 'v1' || !key || !nonce || !tag || data === undefined) {
      throw new Error(`a secret sealed with an unknown key (${keyId ?? 'none'}) or format`);
    }
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const plain = Buffer.concat([
      decipher.update(Buffer.from(data, 'base64url')),
      decipher.final(),
    ]);
    return plain.toString('utf8');
  }

  /** Sealed with a key other than the current one: to be sealed again. */
  isStale(sealed: string): boolean {
    return sealed.split('.')[1] !== this.current;
  }

  private add(base64: string): string {
    const key = Buffer.from(base64, 'base64');
    if (key.length !== 32) throw new Error('an encryption key must be 32 bytes, base64 encoded');
    const id = createHash('sha256').update(key).digest('hex').slice(0, 8);
    this.keys.set(id, key);
    return id;
  }
}
