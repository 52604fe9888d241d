/**
 * One polite live region for everything the game says (responses, events, votes), and one
 * assertive region for refusals. Re-setting the text makes screen readers speak it again.
 */
export class Announcer {
  constructor(
    private polite: HTMLElement,
    private assertive: HTMLElement,
  ) {}
  say(text: string): void {
    this.polite.textContent = '';
    // A fresh text node in the next frame is announced even if the text repeats.
    requestAnimationFrame(() => (this.polite.textContent = text));
  }
  alert(text: string): void {
    this.assertive.textContent = '';
    requestAnimationFrame(() => (this.assertive.textContent = text));
  }
}
