import { randomBytes, randomInt } from 'node:crypto';
import { makeClassCode, randomSeed } from '../app/codes';
import {
  cleanClassOptions,
  cleanCommand,
  cleanNickname,
  isSecret,
  JOIN_ALPHABET,
  JOIN_CODE_LENGTH,
  ROOM_PAIR,
  type ClassOptions,
  type ClassStatus,
  type Dashboard,
  type PairRow,
  type SeatMessage,
  type TeacherCommand,
} from '../app/live/protocol';
import type { GameConfig, Side } from '../sim';
import { channels } from './channels';
import { core, type Client } from './colyseus';
import { GuardedRoom } from './guard';
import type { PairOptions } from './pairRoom';
import { place, type PairSeats } from './placement';

/** Limits that keep one process whole under a flood (each refusal is a sentence the client shows). */
export const LIMITS = {
  studentsPerClass: Number(process.env.LIVE_MAX_STUDENTS ?? 120),
  classesPerProcess: Number(process.env.LIVE_MAX_CLASSES ?? 40),
};

const FIVE_MINUTES = 5 * 60 * 1000;
/** A class nobody joined and no teacher watches is closed after this long; an active one after a day. */
const EMPTY_MS = 15 * 60 * 1000;
const IDLE_MS = 24 * 60 * 60 * 1000;
/** How often the class repeats its status to its pairs (a pair created mid-message still hears it). */
const REPEAT_MS = 10_000;
/** The dashboard is sent at most this often (every pair's move reports to it). */
const DASHBOARD_MS = 150;

let classesHere = 0;

interface Auth {
  role: 'teacher' | 'student';
  nickname?: string;
  key?: string | null;
  side?: Side | null;
}

interface Known extends PairSeats {
  row: PairRow | null;
}

export const newSecret = (): string => randomBytes(18).toString('base64url');
const secureRandom = (): number => randomInt(0, 2 ** 32) / 2 ** 32;

function joinCode(): string {
  let c = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) c += JOIN_ALPHABET[randomInt(0, JOIN_ALPHABET.length)];
  return c;
}

/**
 * A live class: its room id is the join code. The teacher's browser (or `npm run live-class`)
 * creates it and holds its teacher key; students join with the code and a nickname and are
 * seated in pairs (pairRoom.ts), with the computer in any seat no student fills once the class
 * starts. Every pair reports each move here (through the presence, so pairs may run in other
 * processes), and the teacher's dashboard shows them live.
 */
export class ClassRoom extends GuardedRoom {
  private options!: ClassOptions;
  private config!: GameConfig;
  private classCode = '';
  private status: ClassStatus = { started: false, paused: false, endsAt: null, closed: false, now: 0 };
  private pairs = new Map<string, Known>();
  private early = new Map<string, PairRow>();
  private roster = new Map<string, { nickname: string; pairId: string; side: Side }>();
  private admitted = 0;
  private created = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private teachers = new Set<Client>();
  private timers: NodeJS.Timeout[] = [];
  private dashTimer: NodeJS.Timeout | null = null;
  private endTimer: NodeJS.Timeout | null = null;
  /** What was left of the class's last minutes when the teacher paused it. */
  private leftOnPause: number | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;
  private counted = false;

  override async onCreate(options: unknown): Promise<void> {
    const o = cleanClassOptions(options);
    if (!o.ok) throw new Error(o.error);
    if (classesHere >= LIMITS.classesPerProcess) throw new Error(`This server already runs ${LIMITS.classesPerProcess} live classes: close one, or try again later.`);
    classesHere++;
    this.counted = true;
    this.options = o.value;
    this.roomId = await this.freeCode();
    this.config = { scenario: o.value.scenario, seed: randomSeed(secureRandom), human: 'both', difficulty: o.value.difficulty, pace: o.value.pace };
    const cc = makeClassCode(this.config);
    if (!cc.ok) throw new Error(cc.error);
    this.classCode = cc.value;
    this.autoDispose = false;
    this.maxClients = LIMITS.studentsPerClass + 20;
    const ch = channels(this.roomId);
    const onReport = this.safely('report', (row: PairRow) => this.onReport(row));
    await this.presence.subscribe(ch.report, onReport);
    this.unsubscribe = () => this.quietly('unsubscribe', this.presence.unsubscribe(ch.report, onReport));
    this.onMessage('command', (client, message) => void this.onCommand(client, message));
    this.onMessage('*', (client, type) => this.refuse(client, `Unknown message "${String(type).slice(0, 40)}".`));
    this.timers.push(setInterval(this.safely('repeat', () => this.publishStatus()), REPEAT_MS));
    this.armIdle();
  }

  override onAuth(_client: Client, options: unknown): Auth {
    const o = (options && typeof options === 'object' ? options : {}) as Record<string, unknown>;
    // The teacher (the creator joins with the options it created the class with).
    if (o.role === 'teacher' || (o.role === undefined && o.teacherKey !== undefined)) {
      if (o.teacherKey !== this.options.teacherKey) throw new Error('That is not this class\u2019s teacher key.');
      return { role: 'teacher' };
    }
    if (o.role !== 'student') throw new Error('Join as a student (with a nickname) or as the class\u2019s teacher.');
    const key = isSecret(o.seatKey) ? o.seatKey : null;
    const known = key ? this.roster.get(key) : undefined;
    if (known) return { role: 'student', nickname: known.nickname, key };
    const nick = cleanNickname(o.nickname);
    if (!nick.ok) throw new Error(nick.error);
    if (this.status.closed) throw new Error('This live class is over: ask your teacher for a new join code.');
    // One name, one student: a playtest's class ended with three Anas and two Bens the teacher
    // could not tell apart.
    const taken = nick.value.toLocaleLowerCase('en');
    if ([...this.roster.values()].some((r) => r.nickname.toLocaleLowerCase('en') === taken))
      throw new Error(`Someone in this class is already called ${nick.value}: add an initial or a number. (If that was you on another device, go back to it, or ask your teacher.)`);
    if (this.admitted >= LIMITS.studentsPerClass) throw new Error(`This live class is full: it has room for ${LIMITS.studentsPerClass} students.`);
    const side = o.side === 'union' || o.side === 'studio' ? o.side : null;
    if (o.side !== undefined && o.side !== null && !side) throw new Error('The side must be union or studio (or left out: the class chooses).');
    this.admitted++;
    return { role: 'student', nickname: nick.value, key: null, side };
  }

  override onJoin(client: Client, _options: unknown, auth: Auth): void {
    client.userData = { role: auth.role };
    this.armIdle();
    if (auth.role === 'teacher') {
      this.teachers.add(client);
      client.send('dashboard', this.dashboard());
      return;
    }
    const nickname = auth.nickname!;
    const key = auth.key ?? null;
    const side = auth.side ?? null;
    this.queue = this.queue
      .then(() => this.seatStudent(nickname, key, side))
      .then(
        (seat) => client.send('seat', seat),
        (e: unknown) => {
          console.error(`live class ${this.roomId}: could not seat ${nickname}:`, e);
          this.refuse(client, 'The server could not find you a seat just now: try joining again.');
        },
      );
  }

  override onLeave(client: Client): void {
    this.teachers.delete(client);
    this.armIdle();
  }

  override onDispose(): void {
    if (this.counted) classesHere--;
    this.counted = false;
    for (const t of this.timers) clearInterval(t);
    for (const t of [this.dashTimer, this.endTimer, this.idleTimer]) if (t) clearTimeout(t);
    if (this.options) {
      // The pairs settle their results and close once their students leave.
      this.status = { ...this.status, closed: true };
      this.publishStatus();
    }
    this.unsubscribe?.();
  }

  // ---- seating -----------------------------------------------------------------------------

  private async seatStudent(nickname: string, key: string | null, wanted: Side | null): Promise<SeatMessage> {
    const known = key ? this.roster.get(key) : undefined;
    if (known && key) return { pairId: known.pairId, side: known.side, seatKey: key, nickname: known.nickname };
    const seatKey = newSecret();
    for (let attempt = 0; attempt < 4; attempt++) {
      const at = place(this.pairs.values(), this.status.started, this.created % 2 === 0 ? 'union' : 'studio', wanted);
      if ('create' in at) {
        const side = at.create;
        const them: Side = side === 'union' ? 'studio' : 'union';
        const seats: PairOptions['seats'] = {
          [side]: { kind: 'person', nickname, key: seatKey },
          [them]: { kind: this.status.started ? 'computer' : 'open', nickname: null, key: null },
        } as PairOptions['seats'];
        const options: PairOptions = { classId: this.roomId, joinCode: this.roomId, classCode: this.classCode, config: this.config, seats, status: { ...this.status, now: Date.now() } };
        const listing = await core.matchMaker.createRoom(ROOM_PAIR, options);
        this.created++;
        const known: Known = { pairId: listing.roomId, done: false, seats: JSON.parse(JSON.stringify(seats)) as Known['seats'], row: null };
        this.pairs.set(known.pairId, known);
        const early = this.early.get(known.pairId);
        if (early) {
          this.early.delete(known.pairId);
          this.onReport(early);
        }
        this.roster.set(seatKey, { nickname, pairId: known.pairId, side });
        this.scheduleDashboard();
        return { pairId: known.pairId, side, seatKey, nickname };
      }
      const pair = this.pairs.get(at.pairId)!;
      let ok = false;
      try {
        ok = await core.matchMaker.remoteRoomCall<boolean>(at.pairId, 'assignSeat', [at.side, nickname, seatKey]);
      } catch (e) {
        console.error(`live class ${this.roomId}: pair ${at.pairId} did not answer:`, e);
        pair.done = true; // never offered again
      }
      if (ok) {
        pair.seats[at.side] = { kind: 'person', nickname, key: seatKey };
        this.roster.set(seatKey, { nickname, pairId: at.pairId, side: at.side });
        this.scheduleDashboard();
        return { pairId: at.pairId, side: at.side, seatKey, nickname };
      }
      // Someone else holds it after all: note that, and look again.
      pair.seats[at.side] = { ...pair.seats[at.side], kind: 'person', key: pair.seats[at.side].key ?? 'taken' };
    }
    throw new Error('no seat could be found');
  }

  private onReport(row: PairRow): void {
    if (!row || typeof row.pairId !== 'string') return;
    const known = this.pairs.get(row.pairId);
    if (!known) {
      this.early.set(row.pairId, row);
      return;
    }
    known.row = row;
    known.done = row.phase === 'done' || !!row.result;
    for (const side of ['union', 'studio'] as const) known.seats[side] = { ...known.seats[side], kind: row.seats[side].kind, nickname: row.seats[side].nickname };
    this.armIdle();
    this.scheduleDashboard();
  }

  // ---- the teacher ---------------------------------------------------------------------------

  private async onCommand(client: Client, message: unknown): Promise<void> {
    if (!this.teachers.has(client)) return this.refuse(client, 'Only the class\u2019s teacher can do that.');
    const c = cleanCommand(message);
    if (!c.ok) return this.refuse(client, c.error);
    const cmd: TeacherCommand = c.value;
    if (this.status.closed && cmd.type !== 'computerSeat') return this.refuse(client, 'The class is over.');
    switch (cmd.type) {
      case 'start':
        this.status = { ...this.status, started: true, paused: false };
        break;
      // A pause stops the class's clock too, and gives its time back on resuming (students saw
      // "Your teacher has paused the class" beside a clock still running down).
      case 'pause':
        if (this.status.paused) break;
        if (this.status.endsAt !== null) {
          this.leftOnPause = Math.max(0, this.status.endsAt - Date.now());
          if (this.endTimer) clearTimeout(this.endTimer);
          this.endTimer = null;
        }
        this.status = { ...this.status, paused: true, endsAt: null };
        break;
      case 'resume':
        if (!this.status.paused) break;
        this.status = { ...this.status, paused: false };
        if (this.leftOnPause !== null) this.endIn(this.leftOnPause);
        this.leftOnPause = null;
        break;
      case 'fiveMinutes': {
        if (this.status.paused) {
          this.leftOnPause = FIVE_MINUTES;
          break;
        }
        this.endIn(FIVE_MINUTES);
        break;
      }
      case 'close':
        this.close();
        return;
      case 'computerSeat': {
        if (!this.pairs.has(cmd.pairId)) return this.refuse(client, 'There is no such pair in this class.');
        try {
          await core.matchMaker.remoteRoomCall(cmd.pairId, 'computerSeat', [cmd.side]);
        } catch {
          return this.refuse(client, 'That pair\u2019s round could not be reached just now.');
        }
        return;
      }
    }
    this.publishStatus();
    this.scheduleDashboard();
  }

  /** The class closes `ms` from now; the status says when. */
  private endIn(ms: number): void {
    this.status = { ...this.status, endsAt: Date.now() + ms };
    if (this.endTimer) clearTimeout(this.endTimer);
    this.endTimer = setTimeout(this.safely('time up', () => this.close()), ms);
  }

  private close(): void {
    this.status = { ...this.status, closed: true, endsAt: null };
    this.publishStatus();
    this.scheduleDashboard();
  }

  private publishStatus(): void {
    this.quietly('status', this.presence.publish(channels(this.roomId).status, { ...this.status, now: Date.now() }));
  }

  dashboard(): Dashboard {
    return {
      joinCode: this.roomId,
      classCode: this.classCode,
      scenario: this.config.scenario,
      difficulty: this.config.difficulty,
      pace: this.config.pace,
      status: { ...this.status, now: Date.now() },
      students: this.roster.size,
      pairs: [...this.pairs.values()].map((p) => p.row).filter((r): r is PairRow => r !== null),
    };
  }

  private scheduleDashboard(): void {
    if (this.dashTimer || this.teachers.size === 0) return;
    this.dashTimer = setTimeout(
      this.safely('dashboard', () => {
        this.dashTimer = null;
        const d = this.dashboard();
        for (const t of this.teachers) t.send('dashboard', d);
      }),
      DASHBOARD_MS,
    );
  }

  private armIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const wait = this.teachers.size === 0 && this.roster.size === 0 ? EMPTY_MS : IDLE_MS;
    this.idleTimer = setTimeout(this.safely('idle', () => this.disconnect()), wait);
  }

  private async freeCode(): Promise<string> {
    for (let i = 0; i < 20; i++) {
      const code = joinCode();
      const taken = await core.matchMaker.query({ roomId: code });
      if (taken.length === 0) return code;
    }
    throw new Error('No free join code was found: try again.');
  }
}
