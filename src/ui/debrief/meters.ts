import { chartFigure, dataTable, sampleIndices } from '../charts/figure';
import { lineChart, type LineSeries } from '../charts/lines';
import type { LegendItem } from '../charts/marks';
import { h } from '../dom';
import { dollars, moneyK } from '../format';
import { section } from './section';
import { keyDays } from './zone';
import { type DebriefCtx } from './words';

const pctAxis = (v: number) => `${v}%`;
const pctCell = (v: number) => `${(v / 100).toFixed(1)}%`;

interface Panel {
  caption: string;
  summary: string;
  series: (LineSeries & { cell: (v: number) => string; raw: readonly number[] })[];
  y?: [number, number];
  yFormat: (v: number) => string;
  yLabel: string;
}

function panel(c: DebriefCtx, p: Panel): HTMLElement {
  const m = c.d.meters;
  const keys = keyDays(c);
  const svg = lineChart({ x: m.day, series: p.series, y: p.y, yFormat: p.yFormat, xLabel: 'Days since talks opened', yLabel: p.yLabel, rules: keys, height: 270 });
  const keepIdx = keys.map((k) => m.day.findIndex((d) => d >= k.x));
  const idx = sampleIndices(m.day.length, 26, keepIdx);
  const legend: LegendItem[] = p.series.map((se) => ({ label: se.name, cls: se.cls, line: se.line, shape: se.shape }));
  return chartFigure({
    caption: p.caption,
    svg,
    summary: p.summary,
    legend,
    table: dataTable(
      `${p.caption}${idx.length < m.day.length ? ' (a sample of the days, with the first, the last and the key days)' : ''}`,
      ['Day', ...p.series.map((se) => se.name)],
      idx.map((i) => [String(m.day[i]), ...p.series.map((se) => se.cell(se.raw[i]!))]),
    ),
    cls: 'small-multiple',
  });
}

/** From-to in words: "from 62% to 48%". */
const fromTo = (v: readonly number[], f: (x: number) => string) => (v.length ? `from ${f(v[0]!)} to ${f(v[v.length - 1]!)}` : 'no data');

export function metersSection(c: DebriefCtx): HTMLElement {
  const m = c.d.meters;
  if (!m.day.length) return section('db-meters', 'Timelines of the meters', h('p', {}, 'No days were recorded.'));
  const pc = (v: readonly number[]) => v.map((x) => x / 100);
  const panels: Panel[] = [
    {
      caption: 'The members: support for the committee, picket solidarity, hardship',
      summary: `Members' support ${fromTo(m.support, pctCell)}; solidarity ${fromTo(m.solidarity, pctCell)}; hardship ${fromTo(m.hardship, pctCell)}.`,
      series: [
        { name: 'Support for the committee', cls: 'union', values: pc(m.support), raw: m.support, cell: pctCell, line: 'solid', shape: 'triangle' },
        { name: 'Picket solidarity', cls: 'ok', values: pc(m.solidarity), raw: m.solidarity, cell: pctCell, line: 'dashed', shape: 'circle' },
        { name: 'Hardship', cls: 'danger', values: pc(m.hardship), raw: m.hardship, cell: pctCell, line: 'dotted', shape: 'cross' },
      ],
      y: [0, 100],
      yFormat: pctAxis,
      yLabel: 'Percent',
    },
    {
      caption: 'Members\u2019 average savings, dollars per member',
      summary: `Members' average savings ${fromTo(m.savings, dollars)}.`,
      series: [{ name: 'Average savings per member', cls: 'union', values: m.savings, raw: m.savings, cell: dollars, line: 'solid', shape: 'triangle' }],
      yFormat: (v) => moneyK(v / 1000),
      yLabel: 'Dollars per member',
    },
    {
      caption: 'The studios: alliance cohesion, content pipeline, share price',
      summary: `Alliance cohesion ${fromTo(m.cohesion, pctCell)}; content pipeline ${fromTo(m.pipeline, pctCell)}; share-price index ${fromTo(m.sharePrice, (x) => (x / 100).toFixed(1))}.`,
      series: [
        { name: 'Alliance cohesion', cls: 'studio', values: pc(m.cohesion), raw: m.cohesion, cell: pctCell, line: 'solid', shape: 'square' },
        { name: 'Content pipeline left', cls: 'ok', values: pc(m.pipeline), raw: m.pipeline, cell: pctCell, line: 'dashed', shape: 'diamond' },
        { name: 'Share-price index (100 at the start)', cls: 'ink', values: pc(m.sharePrice), raw: m.sharePrice, cell: (x) => (x / 100).toFixed(1), line: 'dotted', shape: 'circle' },
      ],
      y: [0, Math.max(100, Math.ceil(Math.max(...m.sharePrice) / 1000) * 10)],
      yFormat: (v) => String(v),
      yLabel: 'Percent (index for the share price)',
    },
    {
      caption: 'Public opinion',
      summary: `Public support for the union ${fromTo(m.publicUnion, pctCell)}; for the studios ${fromTo(m.publicStudio, pctCell)}.`,
      series: [
        { name: 'For the union', cls: 'union', values: pc(m.publicUnion), raw: m.publicUnion, cell: pctCell, line: 'solid', shape: 'triangle' },
        { name: 'For the studios', cls: 'studio', values: pc(m.publicStudio), raw: m.publicStudio, cell: pctCell, line: 'dashed', shape: 'square' },
      ],
      y: [0, 100],
      yFormat: pctAxis,
      yLabel: 'Percent of the public',
    },
  ];
  if (m.studioLosses.some((v) => v > 0)) {
    panels.push({
      caption: 'The studios\u2019 strike losses, cumulative',
      summary: `The studios' cumulative strike losses ${fromTo(m.studioLosses, (k) => moneyK(k))}.`,
      series: [{ name: 'Cumulative losses', cls: 'studio', values: m.studioLosses, raw: m.studioLosses, cell: (k) => moneyK(k), line: 'solid', shape: 'square' }],
      yFormat: (k) => moneyK(k),
      yLabel: 'Dollars',
    });
  }
  return section(
    'db-meters',
    'Timelines of the meters',
    h('p', {}, 'The meters each side watched during the round, day by day. Dotted lines mark the contract\u2019s expiry, the start of a strike and the deal.'),
    h('div', { class: 'db-multiples' }, panels.map((p) => panel(c, p))),
  );
}
