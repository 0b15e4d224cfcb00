// Local stand-in for the `ws` typings: the example workspace installs no packages.
declare module 'ws' {
  export class WebSocket {
    static readonly OPEN: number;
    constructor(address: string);
    readonly readyState: number;
    send(data: string): void;
    close(code?: number): void;
    on(event: 'open' | 'close', listener: () => void): this;
  }

  export class WebSocketServer {
    constructor(options: { port: number });
    on(event: 'connection', listener: (socket: WebSocket, request: { url?: string }) => void): this;
    close(): void;
  }

  export default WebSocket;
}
