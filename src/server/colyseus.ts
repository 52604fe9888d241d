import { createRequire } from 'node:module';
import type * as Core from '@colyseus/core';
import type * as Ws from '@colyseus/ws-transport';
import type * as RedisPresenceMod from '@colyseus/redis-presence';
import type * as RedisDriverMod from '@colyseus/redis-driver';

/**
 * Colyseus 0.16's server parts, loaded through CommonJS. Its ES-module build of the WebSocket
 * transport meets the `ws` package's ES wrapper, which has no `WebSocket.Server`, and fails
 * ("WebSocket.Server is not a constructor"); the CommonJS builds work. Everything here must come
 * from the one CommonJS copy of @colyseus/core: a second copy (its ES build) would bring a second
 * matchmaker, and rooms defined in one would be invisible to the other.
 */
const load = createRequire(import.meta.url);

export const core = load('@colyseus/core') as typeof Core;
export const { WebSocketTransport } = load('@colyseus/ws-transport') as typeof Ws;

/** Redis is loaded only when REDIS_URL asks for it (one process needs neither ioredis nor Redis). */
export function redisParts(): { RedisPresence: typeof RedisPresenceMod.RedisPresence; RedisDriver: typeof RedisDriverMod.RedisDriver } {
  const { RedisPresence } = load('@colyseus/redis-presence') as typeof RedisPresenceMod;
  const { RedisDriver } = load('@colyseus/redis-driver') as typeof RedisDriverMod;
  return { RedisPresence, RedisDriver };
}

export type { Client, Presence, AuthContext } from '@colyseus/core';
