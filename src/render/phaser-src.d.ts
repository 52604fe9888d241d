/**
 * Phaser's CommonJS sources, reached through the `phaser-src/` alias (vite.config.ts). They have
 * no declarations of their own: src/render/phaser.ts gives each value it exports Phaser's type.
 */
declare module 'phaser-src/*' {
  const value: any;
  export default value;
}
