import type { ClientPrivate } from '@colyseus/core';
import { core, type Client } from './colyseus';

/**
 * The base of the live rooms: nothing a client sends can throw out of a room. Colyseus decodes
 * each frame before any handler runs; a frame that is not its protocol (a truncated string, an
 * unknown code) would throw from inside the socket's event and take the process down, so the
 * decoding itself is guarded here, and the sender is told in plain words and disconnected.
 */
export abstract class GuardedRoom extends core.Room {
  override onUncaughtException(error: unknown, methodName: string): void {
    console.error(`live ${this.roomName} ${this.roomId}: ${methodName} failed:`, error);
  }

  protected override _onMessage(client: Client & ClientPrivate, buffer: Buffer): void {
    try {
      super._onMessage(client, buffer);
    } catch (e) {
      this.refuse(client, 'The server could not read that message: it is not a message this game sends.');
      console.error(`live ${this.roomName} ${this.roomId}: undecodable message (${buffer?.byteLength ?? 0} bytes): ${(e as Error).message}`);
      try {
        client.leave(core.Protocol.WS_CLOSE_WITH_ERROR, 'undecodable message');
      } catch {
        /* already gone */
      }
    }
  }

  /**
   * A callback Colyseus does not wrap (a presence message, a timer), made safe: whatever it throws
   * or rejects with is logged with the room, never left to take the process down.
   */
  protected safely<A extends unknown[]>(what: string, fn: (...args: A) => unknown): (...args: A) => void {
    return (...args: A) => {
      try {
        const r = fn(...args);
        if (r && typeof (r as Promise<unknown>).then === 'function') (r as Promise<unknown>).catch((e: unknown) => this.onUncaughtException(e, what));
      } catch (e) {
        this.onUncaughtException(e, what);
      }
    };
  }

  /** A call nobody waits for (a presence call: Redis may be away for a moment): its failure is logged. */
  protected quietly(what: string, p: unknown): void {
    // Not every presence returns a promise from every call (the local one may return itself).
    Promise.resolve(p).catch((e: unknown) => this.onUncaughtException(e, what));
  }

  /** Tell one client why its message was refused (a 'refused' message; `at` -1 when no move was meant). */
  refuse(client: Client, message: string, at = -1): void {
    try {
      client.send('refused', { at, message });
    } catch {
      /* the client is gone */
    }
  }
}
