/**
 * The part of Phaser the game uses, built from Phaser's own sources instead of its full bundle
 * (which carries physics, tilemaps, particles, sound, every shape and loader file type and
 * more: over half of the game's download). It is Phaser's own `phaser-core.js` entry cut down to
 * what the scenes call, plus the two game objects that entry lacks (container, circle): the game, scenes,
 * scaling, both renderers (vite.config.ts sets Phaser's compile-time flags), the scene systems
 * the scenes use (cameras, display and update lists, the game object factory, tweens, the clock
 * and the loader with SVG files) and the game objects they add (graphics, image, text,
 * container, circle). Scenes get no `this.input`, `this.data`, `this.lights` or sound, and only
 * the `this.add` methods above (no `this.make` ones): import the module here before using another.
 * (phaser-core.js itself is not imported: it ends with `global.Phaser = …`, and a browser has no
 * `global`.)
 *
 * Values only: the rest of the game keeps `import type … from 'phaser'`, so TypeScript still
 * checks everything against Phaser's own declarations. `phaser-src/` is an alias (vite.config.ts)
 * for node_modules/phaser/src, whose package exports do not list its sources.
 */
import type PhaserTypes from 'phaser';

// First, as in phaser-core.js: Phaser's renderer modules require each other in a circle that
// only closes properly when its index loads before any one of them (the WebGL renderer's batch
// handlers otherwise extend a class that has not finished loading, and the game fails to boot).
import 'phaser-src/renderer/index.js';
import CONST from 'phaser-src/const.js';
import GameImpl from 'phaser-src/core/Game.js';
import ScaleImpl from 'phaser-src/scale/index.js';
import SceneImpl from 'phaser-src/scene/Scene.js';
import ScenesImpl from 'phaser-src/scene/index.js';

// Scene systems: each registers itself with Phaser's plugin cache when it loads. A scene gets
// only the ones registered (Phaser skips the others), so these are what `this.cameras`,
// `this.add`, `this.events`, `this.tweens`, `this.time` and `this.load` need.
import 'phaser-src/events/EventEmitter.js';
import 'phaser-src/cameras/2d/CameraManager.js';
import 'phaser-src/gameobjects/DisplayList.js';
import 'phaser-src/gameobjects/UpdateList.js';
import 'phaser-src/gameobjects/GameObjectCreator.js';
import 'phaser-src/gameobjects/GameObjectFactory.js';
import 'phaser-src/scene/ScenePlugin.js';
import 'phaser-src/time/Clock.js';
import 'phaser-src/tweens/TweenManager.js';
import 'phaser-src/loader/LoaderPlugin.js';
import 'phaser-src/loader/filetypes/SVGFile.js';

// Game object factories: each adds its `this.add.…` method when it loads.
import 'phaser-src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser-src/gameobjects/image/ImageFactory.js';
import 'phaser-src/gameobjects/text/TextFactory.js';
import 'phaser-src/gameobjects/container/ContainerFactory.js';
import 'phaser-src/gameobjects/shape/arc/ArcFactory.js';

type P = typeof PhaserTypes;

export const AUTO: P['AUTO'] = CONST.AUTO;
export const WEBGL: P['WEBGL'] = CONST.WEBGL;
export const Game: P['Game'] = GameImpl;
export const Scale: P['Scale'] = ScaleImpl;
export const Scene: P['Scene'] = SceneImpl;
export const Scenes: P['Scenes'] = ScenesImpl;
