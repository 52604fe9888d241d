import { h } from './dom';

/**
 * A confirm dialog on the native <dialog> element (focus is trapped and restored by the
 * browser; Escape cancels). Resolves true on confirm.
 */
export function confirmDialog(title: string, lines: string[], confirmLabel: string): Promise<boolean> {
  return new Promise((resolve) => {
    const back = document.activeElement as HTMLElement | null;
    const yes = h('button', { type: 'submit', class: 'btn primary', value: 'yes' }, confirmLabel);
    const dlg = h(
      'dialog',
      { class: 'confirm', 'aria-labelledby': 'confirm-title' },
      h('form', { method: 'dialog' }, h('h2', { id: 'confirm-title' }, title), lines.map((l) => h('p', {}, l)), h('div', { class: 'actions' }, yes, h('button', { type: 'submit', class: 'btn', value: 'no' }, 'Cancel'))),
    );
    dlg.addEventListener('close', () => {
      resolve(dlg.returnValue === 'yes');
      dlg.remove();
      back?.focus();
    });
    document.body.appendChild(dlg);
    dlg.showModal();
    yes.focus();
  });
}
