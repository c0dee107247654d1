import net from 'node:net';

/** What a client saw on a raw connection: the bytes it got and whether the server hung up. */
export interface Exchange {
  received: string;
  closed: boolean;
}

/**
 * Opens a TCP connection to Frontline, lets `talk` write what it likes (slowly, or not at
 * all), and reports what came back once the server closes the connection or `waitMs` passes.
 */
export function rawExchange(
  port: number,
  talk: (socket: net.Socket) => void,
  waitMs: number,
): Promise<Exchange> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    // A write after the server hung up fails; the close below tells the story.
    socket.on('error', () => undefined);
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ received, closed: false });
    }, waitMs);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ received, closed: true });
    });
    socket.on('connect', () => talk(socket));
  });
}

/** Writes `body` a few bytes at a time, `everyMs` apart, until the socket closes. */
export function trickle(socket: net.Socket, body: string, everyMs: number): void {
  let at = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || at >= body.length) return clearInterval(timer);
    socket.write(body.slice(at, at + 4));
    at += 4;
  }, everyMs);
  socket.on('close', () => clearInterval(timer));
}
