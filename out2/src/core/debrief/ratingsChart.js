"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderRatingsChart = renderRatingsChart;
exports.renderInterviewSection = renderInterviewSection;
/**
 * The history of debrief ratings as an inline SVG line chart (one line per signal over the
 * attempts) and the same numbers as a table for screen readers. Colours are classes the view's
 * stylesheet maps to the theme's chart colours, so the SVG has no inline style and loads nothing.
 */
const promptView_1 = require("../catalog/promptView");
const WIDTH = 480;
const HEIGHT = 180;
const PAD = { left: 28, right: 12, top: 12, bottom: 24 };
/**
 * The chart and its table, oldest attempt first; empty text when no attempt was rated. Signals the
 * user never rated are left out of both.
 */
function renderRatingsChart(attempts, signals) {
    const rated = attempts.filter((a) => Object.keys(a.ratings).length > 0);
    if (rated.length === 0)
        return '';
    const shown = signals.map((s, index) => ({ s, index })).filter(({ s }) => rated.some((a) => a.ratings[s.id] !== undefined));
    const plotW = WIDTH - PAD.left - PAD.right;
    const plotH = HEIGHT - PAD.top - PAD.bottom;
    const x = (i) => round(PAD.left + (rated.length === 1 ? plotW / 2 : (plotW * i) / (rated.length - 1)));
    const y = (v) => round(PAD.top + plotH - ((v - 1) / 3) * plotH);
    const grid = [1, 2, 3, 4]
        .map((v) => `<line class="grid" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(v)}" y2="${y(v)}"/><text class="axis" x="${PAD.left - 8}" y="${y(v) + 4}" text-anchor="end">${v}</text>`)
        .join('');
    const series = shown
        .map(({ s, index }) => {
        const points = rated.flatMap((a, i) => (a.ratings[s.id] === undefined ? [] : [[x(i), y(a.ratings[s.id])]]));
        const cls = `series s${index % 6}`;
        const line = points.length > 1 ? `<polyline class="${cls}" fill="none" points="${points.map((p) => p.join(',')).join(' ')}"/>` : '';
        const dots = points.map(([px, py]) => `<circle class="${cls}" cx="${px}" cy="${py}" r="3"/>`).join('');
        return `<g><title>${(0, promptView_1.escapeHtml)(s.title)}</title>${line}${dots}</g>`;
    })
        .join('');
    const legend = shown.map(({ s, index }) => `<li><span class="swatch s${index % 6}" aria-hidden="true"></span>${(0, promptView_1.escapeHtml)(s.title)}</li>`).join('');
    const head = `<tr><th scope="col">Date</th>${shown.map(({ s }) => `<th scope="col" class="num">${(0, promptView_1.escapeHtml)(s.title)}</th>`).join('')}</tr>`;
    const rows = rated
        .map((a) => `<tr><th scope="row">${(0, promptView_1.escapeHtml)(a.date)}</th>${shown.map(({ s }) => `<td class="num">${a.ratings[s.id] ?? '–'}</td>`).join('')}</tr>`)
        .join('');
    return `<figure class="ratings-chart">
<svg role="img" aria-labelledby="ratings-chart-title" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" xmlns="http://www.w3.org/2000/svg"><title id="ratings-chart-title">Debrief ratings over ${rated.length} mock interview${rated.length === 1 ? '' : 's'}, 1 to 4</title>${grid}${series}</svg>
<ul class="legend" aria-hidden="true">${legend}</ul>
<figcaption class="visually-hidden">The same ratings as a table follows.</figcaption>
</figure>
<table class="ratings-table"><caption>Debrief ratings by attempt (1 not shown, 4 strong)</caption><thead>${head}</thead><tbody>${rows}</tbody></table>`;
}
function round(n) {
    return Math.round(n * 10) / 10;
}
/**
 * The prompt view's mock-interview section: the ratings chart and, from the latest interview, the
 * questions you were asked. Empty text when there has been no mock interview.
 */
function renderInterviewSection(attempts, signals) {
    if (attempts.length === 0)
        return '';
    const latest = attempts[attempts.length - 1];
    const chart = renderRatingsChart(attempts, signals);
    const questions = latest.questions.length > 0
        ? `<h3>Questions you were asked</h3>\n<p class="detail">In the mock interview of ${(0, promptView_1.escapeHtml)(latest.date)}:</p>\n<ol class="asked-questions">${latest.questions.map((q) => `<li>${(0, promptView_1.escapeHtml)(q)}</li>`).join('')}</ol>`
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
//# sourceMappingURL=ratingsChart.js.map