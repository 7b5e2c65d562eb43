/**
 * The history of debrief ratings as an inline SVG line chart (one line per signal over the
 * attempts) and the same numbers as a table for screen readers. Colours are classes the view's
 * stylesheet maps to the theme's chart colours, so the SVG has no inline style and loads nothing.
 */
import { escapeHtml } from '../catalog/promptView';
import type { DebriefSignal } from './debrief';
import type { SignalRating, SignalRatings } from './interviewRecord';

/** One rated attempt. */
export interface RatedAttempt {
  /** The date as the user reads it (the table's rows). */
  readonly date: string;
  /** A short date for the chart's x axis (e.g. `7 Dec`); `date` when absent. */
  readonly axisDate?: string;
  readonly ratings: SignalRatings;
}

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { left: 28, right: 16, top: 12, bottom: 34 };
/** Vertical distance between series that share a point, so each line stays visible. */
const SERIES_GAP = 3.5;
/** Width of an axis date, about the average glyph at the axis font size: labels closer than this would overlap. */
const AXIS_CHAR_WIDTH = 6;

/**
 * The chart and its table, oldest attempt first; empty text when no attempt was rated. Signals the
 * user never rated are left out of both. Series sit a few pixels apart, so two signals rated the
 * same stay two visible lines; the x axis names the attempts' dates, leaving out every other (or
 * more) when they would overlap, and the table lists them all.
 */
export function renderRatingsChart(input: readonly RatedAttempt[], signals: readonly DebriefSignal[]): string {
  // Only whole ratings 1 to 4 are drawn or written, whatever the caller read from the answer: the
  // numbers go into the SVG and the table as they are.
  const attempts = input.map((a) => ({ ...a, ratings: onlyRatings(a.ratings) }));
  const rated = attempts.filter((a) => Object.keys(a.ratings).length > 0);
  if (rated.length === 0) return '';
  const shown = signals.map((s, index) => ({ s, index })).filter(({ s }) => rated.some((a) => a.ratings[s.id] !== undefined));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number): number => round(PAD.left + (rated.length === 1 ? plotW / 2 : (plotW * i) / (rated.length - 1)));
  const y = (v: number): number => round(PAD.top + plotH - ((v - 1) / 3) * plotH);
  const grid = [1, 2, 3, 4]
    .map((v) => `<line class="grid" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(v)}" y2="${y(v)}"/><text class="axis" x="${PAD.left - 8}" y="${y(v) + 4}" text-anchor="end">${v}</text>`)
    .join('');
  const labels = rated.map((a) => a.axisDate ?? a.date);
  const widest = Math.max(...labels.map((l) => l.length)) * AXIS_CHAR_WIDTH + 8;
  const spacing = rated.length === 1 ? plotW : plotW / (rated.length - 1);
  const every = Math.max(1, Math.ceil(widest / spacing));
  const dates = labels
    .map((label, i) => {
      // The last attempt is always named (it is the one just rated); its neighbours make way.
      const last = rated.length - 1;
      const named = i === last || (i % every === 0 && last - i >= every);
      if (!named) return '';
      const anchor = rated.length > 1 && i === 0 ? 'start' : rated.length > 1 && i === last ? 'end' : 'middle';
      return `<line class="tick" x1="${x(i)}" x2="${x(i)}" y1="${PAD.top + plotH}" y2="${PAD.top + plotH + 4}"/><text class="axis date" x="${x(i)}" y="${PAD.top + plotH + 18}" text-anchor="${anchor}">${escapeHtml(label)}</text>`;
    })
    .join('');
  const middle = (shown.length - 1) / 2;
  const series = shown
    .map(({ s, index }, order) => {
      const dy = round((order - middle) * SERIES_GAP);
      const points = rated.flatMap((a, i) => (a.ratings[s.id] === undefined ? [] : [[x(i), round(y(a.ratings[s.id]) + dy)] as const]));
      const cls = `series s${index % 6}`;
      const line = points.length > 1 ? `<polyline class="${cls}" fill="none" points="${points.map((p) => p.join(',')).join(' ')}"/>` : '';
      const dots = points.map(([px, py]) => `<circle class="${cls}" cx="${px}" cy="${py}" r="3"/>`).join('');
      return `<g><title>${escapeHtml(s.title)}</title>${line}${dots}</g>`;
    })
    .join('');
  const legend = shown.map(({ s, index }) => `<li><span class="swatch s${index % 6}" aria-hidden="true"></span>${escapeHtml(s.title)}</li>`).join('');
  const head = `<tr><th scope="col">Date</th>${shown.map(({ s }) => `<th scope="col" class="num">${escapeHtml(s.title)}</th>`).join('')}</tr>`;
  const rows = rated
    .map((a) => `<tr><th scope="row">${escapeHtml(a.date)}</th>${shown.map(({ s }) => `<td class="num">${a.ratings[s.id] ?? '–'}</td>`).join('')}</tr>`)
    .join('');
  return `<figure class="ratings-chart">
<svg role="img" aria-labelledby="ratings-chart-title" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" xmlns="http://www.w3.org/2000/svg"><title id="ratings-chart-title">Debrief ratings over ${rated.length} mock interview${rated.length === 1 ? '' : 's'}, 1 to 4</title>${grid}${dates}${series}</svg>
<ul class="legend" aria-hidden="true">${legend}</ul>
<figcaption class="visually-hidden">The same ratings as a table follows.</figcaption>
</figure>
<table class="ratings-table"><caption>Debrief ratings by attempt (1 not shown, 4 strong)</caption><thead>${head}</thead><tbody>${rows}</tbody></table>`;
}

function onlyRatings(ratings: RatedAttempt['ratings']): Record<string, SignalRating> {
  const out: Record<string, SignalRating> = {};
  for (const [signal, value] of Object.entries(ratings as Record<string, unknown>)) {
    if (value === 1 || value === 2 || value === 3 || value === 4) Object.defineProperty(out, signal, { value, enumerable: true });
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * The prompt view's mock-interview section: the ratings chart and, from the latest interview, the
 * questions you were asked. Empty text when there has been no mock interview.
 */
export function renderInterviewSection(attempts: readonly (RatedAttempt & { readonly questions: readonly string[] })[], signals: readonly DebriefSignal[]): string {
  if (attempts.length === 0) return '';
  const latest = attempts[attempts.length - 1];
  const chart = renderRatingsChart(attempts, signals);
  const questions =
    latest.questions.length > 0
      ? `<h3>Questions you were asked</h3>\n<p class="detail">In the mock interview of ${escapeHtml(latest.date)}:</p>\n<ol class="asked-questions">${latest.questions.map((q) => `<li>${escapeHtml(q)}</li>`).join('')}</ol>`
      : '';
  return [
    '<section class="interviews" aria-labelledby="interviews-title">',
    `<h2 id="interviews-title">Mock interviews (${attempts.length})</h2>`,
    chart || '<p class="empty">No ratings yet: rate each signal in the debrief after a mock interview.</p>',
    questions,
    '</section>',
  ]
    .filter((s) => s)
    .join('\n');
}
