import { h, type Child } from './dom';

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** The first primary choice has the focus when the dialog opens (default: the first choice), unless it is a danger: then the way out has it. */
  primary?: boolean;
  danger?: boolean;
}

let open = 0;

/**
 * A modal question on the native <dialog> element (focus is trapped by the browser; Escape
 * cancels). Resolves with the chosen value, or null when cancelled. When it closes, focus goes
 * back to where it was, or, if that control is gone (the screen changed under it), to `fallback`.
 */
export function choiceDialog<T extends string>(title: string, body: Child[], choices: Choice<T>[], opts: { cancelLabel?: string; fallback?: () => HTMLElement | null } = {}): Promise<T | null> {
  return new Promise((resolve) => {
    const back = document.activeElement as HTMLElement | null;
    const id = `dialog-title-${++open}`;
    const buttons = choices.map((c) => h('button', { type: 'submit', class: `btn${c.primary ? ' primary' : ''}${c.danger ? ' danger' : ''}`, value: c.value }, c.label));
    const cancel = h('button', { type: 'submit', class: 'btn', value: '' }, opts.cancelLabel ?? 'Cancel');
    const dlg = h(
      'dialog',
      { class: 'confirm', 'aria-labelledby': id },
      h('form', { method: 'dialog' }, h('h2', { id }, title), body.map((l) => (typeof l === 'string' ? h('p', {}, l) : l)), h('div', { class: 'actions' }, buttons, cancel)),
    );
    dlg.addEventListener('close', () => {
      const v = dlg.returnValue;
      dlg.remove();
      const target = back && back.isConnected && !(back as HTMLButtonElement).disabled ? back : opts.fallback?.() ?? null;
      target?.focus();
      resolve(choices.some((c) => c.value === v) ? (v as T) : null);
    });
    document.body.appendChild(dlg);
    dlg.showModal();
    // Focus starts on the first primary choice, or on the way back out when that choice is the
    // risky one (proposing below a walk-away, going back on a final offer). The dialog opens at
    // its top, its heading in view: on a phone focusing a button scrolled the title away (the
    // buttons stay in view, pinned to the dialog's foot).
    const first = choices.findIndex((c) => c.primary);
    const start = first >= 0 && choices[first]!.danger ? cancel : buttons[first >= 0 ? first : 0];
    start?.focus({ preventScroll: true });
    dlg.scrollTop = 0;
  });
}

/** A yes/no question: resolves true on confirm. */
export async function confirmDialog(title: string, lines: Child[], confirmLabel: string, opts: { danger?: boolean; cancelLabel?: string; fallback?: () => HTMLElement | null } = {}): Promise<boolean> {
  return (await choiceDialog(title, lines, [{ value: 'yes', label: confirmLabel, primary: true, danger: opts.danger }], opts)) === 'yes';
}
