import { Scenes } from './phaser';
import type { Scene } from 'phaser';
import type { StoreApi } from 'zustand/vanilla';

/**
 * Subscribe a scene to a slice of the store. Runs `onChange` once now, then on every change
 * of the selected value, and unsubscribes when the scene shuts down or is destroyed, so a
 * restarted scene never keeps a stale listener.
 */
export function bindStore<S, T>(
  scene: Scene,
  store: StoreApi<S>,
  select: (s: S) => T,
  onChange: (value: T, previous: T | undefined) => void,
): () => void {
  let last = select(store.getState());
  onChange(last, undefined);
  const unsub = store.subscribe((state) => {
    const next = select(state);
    if (Object.is(next, last)) return;
    const prev = last;
    last = next;
    onChange(next, prev);
  });
  let done = false;
  const off = () => {
    if (done) return;
    done = true;
    unsub();
  };
  scene.events.once(Scenes.Events.SHUTDOWN, off);
  scene.events.once(Scenes.Events.DESTROY, off);
  return off;
}
