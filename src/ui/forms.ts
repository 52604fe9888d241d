import { h } from './dom';

export type Option<T extends string> = { value: T; label: string; help?: string };

/** A fieldset of radio buttons: a legend, and one labelled option (with optional help) per value. */
export function radioGroup<T extends string>(name: string, legend: string, options: Option<T>[], checked: T, onChange: (v: T) => void): HTMLFieldSetElement {
  return h(
    'fieldset',
    { class: 'choice' },
    h('legend', {}, legend),
    options.map((o) =>
      h(
        'label',
        { class: 'option', for: `${name}-${o.value}` },
        h('input', { type: 'radio', name, id: `${name}-${o.value}`, value: o.value, checked: o.value === checked, on: { change: () => onChange(o.value) } }),
        h('span', { class: 'option-text' }, h('strong', {}, o.label), o.help ? h('span', { class: 'hint' }, o.help) : null),
      ),
    ),
  );
}
