import { h, type Child } from '../dom';

/**
 * Just enough Markdown to show docs/TEACHER-GUIDE.md as a page of the app (one text for the
 * repository and the app): headings, paragraphs, bulleted and numbered lists, tables, **bold**,
 * `code` and [links](url). Every word becomes a text node: nothing is parsed as HTML. Headings
 * are shifted down by `shift` levels so the page keeps one h1 and one h2.
 */
export function markdown(text: string, shift = 1): HTMLElement[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: HTMLElement[] = [];
  let i = 0;
  const para: string[] = [];
  const flush = () => {
    if (para.length) out.push(h('p', {}, inline(para.join(' '))));
    para.length = 0;
  };
  while (i < lines.length) {
    const line = lines[i]!;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const level = Math.min(6, heading[1]!.length + shift) as 1 | 2 | 3 | 4 | 5 | 6;
      const title = heading[2]!.trim();
      out.push(h(`h${level}` as 'h3', { id: `guide-${slug(title)}` }, inline(title)));
      i++;
      continue;
    }
    if (/^\s*\|/.test(line)) {
      flush();
      const rows: string[][] = [];
      while (i < lines.length && /^\s*\|/.test(lines[i]!)) {
        const cells = lines[i]!.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
        if (!cells.every((c) => /^:?-{3,}:?$/.test(c))) rows.push(cells);
        i++;
      }
      const [head, ...body] = rows;
      out.push(
        h(
          'div',
          { class: 'table-wrap' },
          h('table', { class: 'data' }, h('thead', {}, h('tr', {}, (head ?? []).map((c) => h('th', { scope: 'col' }, inline(c))))), h('tbody', {}, body.map((r) => h('tr', {}, r.map((c) => h('td', {}, inline(c))))))),
        ),
      );
      continue;
    }
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+\.\s+(.*)$/.exec(line);
    if (bullet || numbered) {
      flush();
      const ordered = !!numbered;
      const items: string[] = [];
      while (i < lines.length) {
        const m = ordered ? /^\s*\d+\.\s+(.*)$/.exec(lines[i]!) : /^\s*[-*]\s+(.*)$/.exec(lines[i]!);
        if (m) items.push(m[1]!);
        else if (/^\s{2,}\S/.test(lines[i]!) && items.length) items[items.length - 1] += ` ${lines[i]!.trim()}`;
        else break;
        i++;
      }
      out.push(h(ordered ? 'ol' : 'ul', {}, items.map((t) => h('li', {}, inline(t)))));
      continue;
    }
    if (!line.trim()) flush();
    else para.push(line.trim());
    i++;
  }
  flush();
  return out;
}

const slug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** **bold**, `code` and [text](url) inside a line; a link to another file of the repository keeps only its words. */
export function inline(text: string): Child[] {
  const out: Child[] = [];
  const re = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)]+)\)/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    if (m[1] !== undefined) out.push(h('strong', {}, m[1]));
    else if (m[2] !== undefined) out.push(h('code', {}, m[2]));
    else if (/^https?:\/\//.test(m[4]!)) out.push(h('a', { href: m[4], rel: 'noopener noreferrer', target: '_blank' }, m[3]));
    else out.push(m[3]!);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
