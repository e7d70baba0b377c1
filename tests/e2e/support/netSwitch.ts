/**
 * A TCP relay between the browser and the server that the test can cut. Playwright's
 * context.setOffline() does not stop a service worker's own fetches; cutting the only road to
 * the server does, for the page and the worker alike.
 *
 * Besides cutting, it can set a trap for one request (matched by the start of its request line):
 * `lose` lets the request reach the server but resets the connection when the answer comes back
 * (the server committed, the device never hears it); `hold` keeps the answer until released;
 * `watch` only tells when the request went through.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export type TrapAction = 'lose' | 'hold' | 'watch';

export interface Trap {
  /** Resolves when the trapped request has been passed on to the server. */
  readonly requested: Promise<void>;
  /** Resolves when the answer to the trapped request reached the relay (lost or held). */
  readonly sprung: Promise<void>;
  /** Lets a held answer through (no effect for `lose`). */
  release(): void;
}

interface PendingTrap {
  requestLine: string;
  action: TrapAction;
  request: () => void;
  spring: () => void;
  held: Buffer[];
  heldTo: Socket | null;
  released: boolean;
}

export class NetSwitch {
  private readonly sockets = new Set<Socket>();
  private server: Server | null = null;
  private isCut = false;
  private traps: PendingTrap[] = [];
  port = 0;

  constructor(private readonly upstreamPort: number) {}

  async start(): Promise<number> {
    this.server = createServer((client) => {
      if (this.isCut) {
        client.destroy();
        return;
      }
      const upstream = connect(this.upstreamPort, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      // The trap armed by the request now in flight on this connection (HTTP/1.1: one at a time).
      let armed: PendingTrap | null = null;
      client.on('data', (chunk: Buffer) => {
        const trap = this.traps.find((t) => chunk.toString('latin1', 0, t.requestLine.length) === t.requestLine);
        if (trap) {
          this.traps = this.traps.filter((t) => t !== trap);
          armed = trap.action === 'watch' ? null : trap;
          upstream.write(chunk, () => trap.request());
          return;
        }
        upstream.write(chunk);
      });
      upstream.on('data', (chunk: Buffer) => {
        const trap = armed;
        if (!trap) {
          client.write(chunk);
          return;
        }
        if (trap.action === 'lose') {
          armed = null;
          trap.spring();
          client.destroy();
          upstream.destroy();
          return;
        }
        if (trap.released) {
          client.write(chunk);
          return;
        }
        trap.held.push(chunk);
        trap.heldTo = client;
        trap.spring();
      });
      upstream.on('end', () => client.end());
      client.on('end', () => upstream.end());
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => {
        // A held answer is still owed to the client: keep its side open until released.
        if (armed?.action === 'hold' && !armed.released) return;
        client.destroy();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    return this.port;
  }

  /** Traps the answer to the next request whose request line starts with `requestLine`, e.g. 'POST /api/v1/sync/push'. */
  trapNext(requestLine: string, action: TrapAction): Trap {
    let spring = () => undefined as void;
    let request = () => undefined as void;
    const sprung = new Promise<void>((resolve) => (spring = resolve));
    const requested = new Promise<void>((resolve) => (request = resolve));
    const trap: PendingTrap = { requestLine, action, request, spring, held: [], heldTo: null, released: false };
    this.traps.push(trap);
    return {
      requested,
      sprung,
      release: () => {
        trap.released = true;
        this.traps = this.traps.filter((t) => t !== trap);
        const to = trap.heldTo;
        for (const chunk of trap.held.splice(0)) to?.write(chunk);
      },
    };
  }

  cut(): void {
    this.isCut = true;
    for (const s of this.sockets) s.destroy();
  }

  restore(): void {
    this.isCut = false;
  }

  get cutOff(): boolean {
    return this.isCut;
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
