/**
 * A TCP relay between the browser and the server that the test can cut. Playwright's
 * context.setOffline() does not stop a service worker's own fetches; cutting the only road to
 * the server does, for the page and the worker alike.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export class NetSwitch {
  private readonly sockets = new Set<Socket>();
  private server: Server | null = null;
  private isCut = false;
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
      client.pipe(upstream);
      upstream.pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    return this.port;
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
