import { Client, type Room } from 'colyseus.js';
import type { Action, Side } from '../../sim';
import {
  cleanJoinCode,
  cleanNickname,
  MAX_MESSAGE_BYTES,
  ROOM_CLASS,
  type ClassOptions,
  type Dashboard,
  type LiveView,
  type Refusal,
  type SeatMessage,
  type TeacherCommand,
} from './protocol';

/**
 * The live class from a client's side, for the page and for the command-line bots alike: open
 * a class as its teacher, join one as a student, then play the seat. Nothing here runs until
 * one of these is called: the page loads this module only when someone opens a live class.
 */

/** A close the client caused or that must not be retried: leaving, or the seat opened elsewhere. */
const FINAL_CLOSES = new Set([1000, 4000, 4001]);

export class LiveError extends Error {}

/** A fresh secret (a teacher key): 24 URL-safe symbols from the platform's secure randomness. */
export function newKey(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  let bin = '';
  bytes.forEach((b) => (bin += String.fromCharCode(b)));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Turn what Colyseus or the network threw into a sentence for a person. */
export function explain(e: unknown, joinCode?: string): string {
  const err = e as { code?: number; message?: string; name?: string } | null;
  const msg = err?.message ?? String(e);
  const code = err?.code;
  if (/is locked/i.test(msg)) return 'That live class is full just now: try again in a moment.';
  if (code === 4212 || /not found/i.test(msg))
    return joinCode ? `No live class has the join code ${joinCode}. Check it on your teacher\u2019s screen (a class ends when its teacher closes it).` : 'That live class or round no longer exists.';
  if (code === 404 || code === 405 || /fetch failed|ECONNREFUSED|NetworkError|Failed to fetch|network|socket hang up|ENOTFOUND/i.test(msg) || msg === '' || code === 0)
    return 'No live-class server answers at this address. A live class needs the game served by its own server (npm run serve): ask your teacher for the address.';
  return msg.replace(/^Error: /, '');
}

export function liveClient(endpoint: string): Client {
  return new Client(endpoint);
}

/** The address of the live server for a page: its own origin and folder (a proxy may serve it under a sub-path). */
export { pageEndpoint } from './protocol';

function once<T>(room: Room, type: string, timeoutMs = 15_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new LiveError('The server did not answer in time.')), timeoutMs);
    room.onMessage<T>(type, (m) => {
      clearTimeout(timer);
      resolve(m);
    });
    room.onMessage<Refusal>('refused', (r) => {
      clearTimeout(timer);
      reject(new LiveError(r.message));
    });
    room.onLeave((code) => {
      clearTimeout(timer);
      reject(new LiveError(`The server closed the connection (${code}).`));
    });
  });
}

// ---- the teacher ---------------------------------------------------------------------------

export interface TeacherSession {
  joinCode: string;
  teacherKey: string;
  command(c: TeacherCommand): void;
  onDashboard(cb: (d: Dashboard) => void): void;
  onRefused(cb: (message: string) => void): void;
  /** Called when the connection drops for good (after retries). */
  onLost(cb: (message: string) => void): void;
  close(): Promise<void>;
}

function teacherSession(client: Client, first: Room, teacherKey: string): TeacherSession {
  let room = first;
  const dashboards: ((d: Dashboard) => void)[] = [];
  const refusals: ((m: string) => void)[] = [];
  const lost: ((m: string) => void)[] = [];
  let last: Dashboard | null = null;
  let closing = false;
  const wire = (r: Room) => {
    r.onMessage<Dashboard>('dashboard', (d) => {
      last = d;
      dashboards.forEach((cb) => cb(d));
    });
    r.onMessage<Refusal>('refused', (m) => refusals.forEach((cb) => cb(m.message)));
    r.onLeave((code) => {
      if (closing || FINAL_CLOSES.has(code)) return;
      void retry(async () => {
        room = await client.joinById(r.roomId, { role: 'teacher', teacherKey });
        wire(room);
      }).catch((e: unknown) => lost.forEach((cb) => cb(explain(e))));
    });
  };
  wire(room);
  return {
    joinCode: room.roomId,
    teacherKey,
    command: (c) => room.send('command', c),
    onDashboard(cb) {
      dashboards.push(cb);
      if (last) cb(last);
    },
    onRefused: (cb) => void refusals.push(cb),
    onLost: (cb) => void lost.push(cb),
    async close() {
      closing = true;
      await leave(room);
    },
  };
}

/** Open a new live class; the caller keeps the teacher key to come back to it. */
export async function openClass(endpoint: string, options: Omit<ClassOptions, 'teacherKey'>, teacherKey = newKey()): Promise<TeacherSession> {
  const client = liveClient(endpoint);
  let room: Room;
  try {
    room = await client.create(ROOM_CLASS, { ...options, teacherKey });
  } catch (e) {
    throw new LiveError(explain(e));
  }
  return teacherSession(client, room, teacherKey);
}

/** Come back to a class one opened (after a reload), with its teacher key. */
export async function reopenClass(endpoint: string, joinCode: string, teacherKey: string): Promise<TeacherSession> {
  const client = liveClient(endpoint);
  let room: Room;
  try {
    room = await client.joinById(joinCode, { role: 'teacher', teacherKey });
  } catch (e) {
    throw new LiveError(explain(e, joinCode));
  }
  return teacherSession(client, room, teacherKey);
}

// ---- a student -----------------------------------------------------------------------------

/** Join a class with its code and a nickname (or a seat key from before): the seat the class gives. */
export async function joinClass(endpoint: string, code: string, nickname: string, seatKey?: string | null, side?: Side | null): Promise<SeatMessage> {
  const c = cleanJoinCode(code);
  if (!c.ok) throw new LiveError(c.error);
  const n = cleanNickname(nickname);
  if (!n.ok && !seatKey) throw new LiveError(n.error);
  const client = liveClient(endpoint);
  let room: Room;
  try {
    room = await client.joinById(c.value, { role: 'student', nickname: n.ok ? n.value : '', ...(seatKey ? { seatKey } : {}), ...(side ? { side } : {}) });
  } catch (e) {
    throw new LiveError(explain(e, c.value));
  }
  try {
    return await once<SeatMessage>(room, 'seat');
  } finally {
    void leave(room);
  }
}

export interface SeatHandlers {
  view(v: LiveView): void;
  refused(r: Refusal): void;
  /** The connection dropped and is being restored (true, with why in plain words), or is back (false). */
  reconnecting?(on: boolean, why?: string): void;
  /** The seat is lost for good (opened elsewhere, or the class is gone). */
  lost?(message: string): void;
}

export interface SeatConnection {
  seat: SeatMessage;
  /** The latest view received (null until the first). */
  latest(): LiveView | null;
  /** Send a move for the moment of the latest view. */
  act(action: Action): void;
  /** Send anything (for tests of what the server does with bad input). */
  raw(type: string, message: unknown): void;
  /** Cut the connection as a network would (for tests): the seat reconnects by itself. */
  drop(): void;
  /** The connection ends without a word and never comes back, as a closed laptop's (for tests); close() is choosing to leave. */
  vanish(): void;
  /** Put raw bytes on the socket, outside Colyseus' framing (for tests of garbage on the wire). */
  rawFrame(data: Uint8Array): void;
  close(): Promise<void>;
}

/** Why the server closed a seat's connection, in plain words (the seat then reconnects). */
export function closeReason(code: number): string {
  if (code === 1009) return `The last message was too large for the server (at most ${MAX_MESSAGE_BYTES} bytes), so it closed the connection. Reconnecting\u2026`;
  if (code === 4002) return 'The server could not read the last message, so it closed the connection. Reconnecting\u2026';
  return 'The connection to the server dropped. Reconnecting\u2026';
}

/** Leave a room politely; a room already gone (or a server that does not answer) does not hold us up. */
async function leave(room: Room): Promise<void> {
  if (!room.connection?.isOpen) return;
  await Promise.race([room.leave(true).catch(() => undefined), new Promise((r) => setTimeout(r, 2000))]);
}

async function retry<T>(fn: () => Promise<T>, attempts = 8): Promise<T> {
  let wait = 500;
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (i + 1 >= attempts) throw e;
      await new Promise((r) => setTimeout(r, wait));
      wait = Math.min(wait * 2, 8000);
    }
  }
}

/**
 * Sit in the seat: join its pair's room with the seat key, and stay there. A dropped
 * connection (Wi-Fi, a closed lid) is rejoined with the same key, so nothing is lost: the
 * round lives on the server.
 */
export async function takeSeat(endpoint: string, seat: SeatMessage, on: SeatHandlers): Promise<SeatConnection> {
  const client = liveClient(endpoint);
  let latest: LiveView | null = null;
  let room: Room;
  let closing = false;
  const wire = (r: Room) => {
    let issues: LiveView['view']['issues'] | null = null;
    r.onMessage<string>('view', (text) => {
      let v: LiveView;
      try {
        v = JSON.parse(text) as LiveView;
      } catch {
        return;
      }
      // The scoring schedule comes with a connection's first view only: it is fixed all round.
      if (v.view.issues) issues = v.view.issues;
      else if (issues) v.view.issues = issues;
      else return;
      latest = v;
      on.view(v);
    });
    r.onMessage<Refusal>('refused', (m) => on.refused(m));
    r.onLeave((code) => {
      if (closing) return;
      if (code === 4001) return on.lost?.('Your seat was opened on another device or tab, so this one was closed.');
      if (FINAL_CLOSES.has(code)) return;
      on.reconnecting?.(true, closeReason(code));
      void retry(async () => {
        room = await client.joinById(seat.pairId, { seatKey: seat.seatKey });
        wire(room);
      }).then(
        () => on.reconnecting?.(false),
        (e: unknown) => on.lost?.(explain(e)),
      );
    });
  };
  try {
    room = await client.joinById(seat.pairId, { seatKey: seat.seatKey });
  } catch (e) {
    throw new LiveError(explain(e));
  }
  wire(room);
  return {
    seat,
    latest: () => latest,
    act(action) {
      room.send('act', { at: latest?.at ?? 0, action });
    },
    raw(type, message) {
      room.send(type, message);
    },
    drop() {
      room.connection.close(4100, 'dropped');
    },
    vanish() {
      closing = true;
      room.connection.close(4100, 'gone');
    },
    rawFrame(data) {
      room.connection.send(data);
    },
    async close() {
      closing = true;
      await leave(room);
    },
  };
}
