"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
const assert = __importStar(require("node:assert/strict"));
const headingMatch_1 = require("../../../src/core/answer/headingMatch");
const parseAnswer_1 = require("../../../src/core/answer/parseAnswer");
const templates_1 = require("../../../src/core/answer/templates");
const answerDiagrams_1 = require("../../../src/core/diagram/answerDiagrams");
const mermaid_1 = require("../../../src/core/diagram/mermaid");
const target = { template: templates_1.SYSTEM_DESIGN, matcher: (0, headingMatch_1.createSectionMatcher)(templates_1.SYSTEM_DESIGN) };
const parse = (text) => (0, parseAnswer_1.parseAnswer)(text, target);
const nodes = (d) => d.nodes.map((n) => `${n.id}=${n.label}`);
const edges = (d) => d.edges.map((e) => `${e.from}>${e.to}${e.label ? `:${e.label}` : ''}`);
describe('readMermaid: flowcharts', () => {
    it('reads nodes with labels in every shape, and arrows with their text', () => {
        const d = (0, mermaid_1.readMermaid)([
            'flowchart LR',
            '  client([Player app]) -->|manifest request| api[API gateway]',
            '  api --> cache[(Edge cache)]',
            '  api -- cache miss --> origin{{Origin service}}',
            '  origin -.-> db[("Metadata DB")]',
            '  db ==> log>Audit log]',
            '  log --- x((Done)) & y{Decide}',
            '  cache <--> origin',
        ].join('\n'));
        assert.equal(d.kind, 'flowchart');
        assert.equal(d.type, 'flowchart');
        assert.deepEqual(d.errors, []);
        assert.deepEqual(nodes(d), [
            'client=Player app', 'api=API gateway', 'cache=Edge cache', 'origin=Origin service', 'db=Metadata DB', 'log=Audit log', 'x=Done', 'y=Decide',
        ]);
        assert.deepEqual(edges(d), [
            'client>api:manifest request', 'api>cache', 'api>origin:cache miss', 'origin>db', 'db>log', 'log>x', 'log>y', 'cache>origin',
        ]);
    });
    it('gives each node the position of its labelled definition and each arrow its statement', () => {
        const source = 'graph TD\n  A --> B\n  B[Ranking service] --> C[Feature store]';
        const d = (0, mermaid_1.readMermaid)(source);
        const b = d.nodes.find((n) => n.id === 'B');
        const lines = source.split('\n');
        assert.equal(lines[b.line].slice(b.column, b.endColumn), 'B[Ranking service]');
        const e = d.edges[1];
        assert.equal(lines[e.line].slice(e.column, e.endColumn), 'B[Ranking service] --> C[Feature store]');
        assert.equal(lines[d.edges[0].line].slice(d.edges[0].column, d.edges[0].endColumn), 'A --> B');
    });
    it('reads chains, & groups, ; separated statements and statements on the header line', () => {
        const d = (0, mermaid_1.readMermaid)('graph LR; A-->B-->C; D & E --> F\n  G --o H;\n  H --x I');
        assert.deepEqual(d.errors, []);
        assert.deepEqual(edges(d), ['A>B', 'B>C', 'D>F', 'E>F', 'G>H', 'H>I']);
    });
    it('reads subgraphs, nested, with ids and titles, and the node groups inside them', () => {
        const d = (0, mermaid_1.readMermaid)([
            'flowchart TB',
            '  subgraph edge [Edge tier]',
            '    direction LR',
            '    lb[Load balancer] --> gw[Gateway]',
            '    subgraph "Hot path"',
            '      gw --> svc[Decision service]',
            '    end',
            '  end',
            '  subgraph Data stores',
            '    kv[(Counter store)]',
            '  end',
            '  svc --> kv',
            '  edge --> kv',
        ].join('\n'));
        assert.deepEqual(d.errors, []);
        assert.deepEqual(d.groups.map((g) => `${g.id}=${g.label}${g.parent ? `<${g.parent}` : ''}`), ['edge=Edge tier', 'Hot path=Hot path<edge', 'Data stores=Data stores']);
        assert.equal(d.nodes.find((n) => n.id === 'lb')?.group, 'edge');
        assert.equal(d.nodes.find((n) => n.id === 'svc')?.group, 'Hot path');
        assert.equal(d.nodes.find((n) => n.id === 'kv')?.group, 'Data stores');
        assert.deepEqual(edges(d), ['lb>gw', 'gw>svc', 'svc>kv', 'edge>kv']);
    });
    it('passes over comments, directives, front matter, styling and click statements', () => {
        const d = (0, mermaid_1.readMermaid)([
            '---',
            'title: Request flow',
            '---',
            '%%{init: {"theme": "dark"}}%%',
            'flowchart LR',
            '  %% the read path',
            '  A["Client <br/> app"]:::edge --> B@{ shape: cyl, label: "Flag store" }',
            '  classDef edge fill:#f9f',
            '  class A edge',
            '  style B stroke:#333',
            '  linkStyle 0 stroke:red',
            '  click A "https://example.com"',
            '  accTitle: Flags',
            '  accDescr {',
            '    A --> nothing',
            '  }',
        ].join('\n'));
        assert.deepEqual(d.errors, []);
        assert.deepEqual(nodes(d), ['A=Client app', 'B=Flag store']);
        assert.deepEqual(edges(d), ['A>B']);
    });
    it('reports the line of a broken statement and keeps what it read elsewhere', () => {
        const d = (0, mermaid_1.readMermaid)(['flowchart LR', '  A[Start --> B', '  C --> D', '  E -- lost text', '  F -->', '  end', '  subgraph open'].join('\n'));
        assert.deepEqual(edges(d), ['C>D']);
        assert.deepEqual(d.errors.map((e) => e.line), [1, 3, 4, 5, 6]);
        assert.match(d.errors[0].message, /never closed with \]/);
        assert.match(d.errors[4].message, /subgraph "open" opened here is never closed/);
    });
});
describe('readMermaid: sequence diagrams', () => {
    it('reads participants with aliases, implicit participants and messages with their text', () => {
        const d = (0, mermaid_1.readMermaid)([
            'sequenceDiagram',
            '  autonumber',
            '  actor U as Viewer',
            '  participant P as Playback API',
            '  participant S as Steering service',
            '  U->>+P: play(title)',
            '  P->>S: which CDN?',
            '  S-->>P: ranked CDN list',
            '  Note right of S: cached for 30 s',
            '  P-->>-U: manifest URL',
            '  P-)Log: playback started',
        ].join('\n'));
        assert.equal(d.kind, 'sequence');
        assert.deepEqual(d.errors, []);
        assert.deepEqual(nodes(d), ['U=Viewer', 'P=Playback API', 'S=Steering service', 'Log=Log']);
        assert.deepEqual(edges(d), ['U>P:play(title)', 'P>S:which CDN?', 'S>P:ranked CDN list', 'P>U:manifest URL', 'P>Log:playback started']);
    });
    it('reads blocks and boxes, and reports an unmatched end, a stray else and a message without text', () => {
        const d = (0, mermaid_1.readMermaid)([
            'sequenceDiagram',
            '  box Aqua Write path',
            '    participant W as Writer',
            '    participant Q as Queue',
            '  end',
            '  loop every event',
            '    alt ok',
            '      W->>Q: append',
            '    else full',
            '      W-xQ: drop',
            '    end',
            '  end',
            '  end',
            '  else',
            '  W->>Q',
            '  this is not a statement',
        ].join('\n'));
        assert.deepEqual(d.groups.map((g) => g.label), ['Write path']);
        assert.equal(d.nodes.find((n) => n.id === 'W')?.group, 'Write path');
        assert.deepEqual(edges(d), ['W>Q:append', 'W>Q:drop']);
        assert.deepEqual(d.errors.map((e) => e.line), [12, 13, 14, 15]);
    });
});
describe('readMermaid: other blocks', () => {
    it('passes over other diagram types, and reports an empty block and an unknown type', () => {
        assert.deepEqual((0, mermaid_1.readMermaid)('erDiagram\n  USER ||--o{ ORDER : places').errors, []);
        assert.equal((0, mermaid_1.readMermaid)('erDiagram').kind, 'other');
        assert.match((0, mermaid_1.readMermaid)('\n%% nothing\n').errors[0].message, /empty/);
        const unknown = (0, mermaid_1.readMermaid)('flowchat LR\n  A --> B');
        assert.equal(unknown.kind, 'other');
        assert.match(unknown.errors[0].message, /Unknown diagram type "flowchat"/);
    });
    it('never throws on hostile text, and caps the arrows of a & product', () => {
        for (const text of ['flowchart', 'graph\n[[[[', 'flowchart\nA["', 'flowchart\nA@{', 'sequenceDiagram\n->>', 'flowchart\n' + '-'.repeat(1000), 'sequenceDiagram\n:::']) {
            assert.doesNotThrow(() => (0, mermaid_1.readMermaid)(text), text);
        }
        const side = Array.from({ length: 200 }, (_, i) => `n${i}`).join(' & ');
        const d = (0, mermaid_1.readMermaid)(`flowchart\n${side} --> ${side.replace(/n/g, 'm')}`);
        assert.equal(d.edges.length, mermaid_1.MAX_EDGES);
    });
});
describe('answer diagrams', () => {
    const answer = [
        '# Feature flags', //                 0
        '', //                                1
        '## Architecture', //                 2
        '', //                                3
        '- Clients read flags from an SDK cache.', // 4
        '', //                                5
        '```mermaid', //                      6
        'flowchart LR', //                    7
        '  sdk[SDK cache] --> api[Flag API]', // 8
        '```', //                             9
        '', //                                10
        '> ```Mermaid', //                    11
        '> sequenceDiagram', //               12
        '>   SDK->>API: poll', //             13
        '> ```', //                           14
        '', //                                15
        '```js', //                           16
        'flowchart LR', //                    17
        '```', //                             18
    ].join('\n');
    it('finds Mermaid fences only, with their body lines', () => {
        const doc = parse(answer);
        assert.deepEqual(doc.diagrams.map((d) => [d.line, d.bodyStart, d.bodyEnd, d.end]), [
            [6, 7, 9, 10],
            [11, 12, 14, 15],
        ]);
        assert.equal((0, parseAnswer_1.diagramAt)(doc, 8)?.line, 6);
        assert.equal((0, parseAnswer_1.diagramAt)(doc, 13)?.line, 11);
        assert.equal((0, parseAnswer_1.diagramAt)(doc, 10), undefined);
        assert.equal((0, parseAnswer_1.diagramAt)(doc, 17), undefined);
    });
    it('places components and arrows on the answer\'s lines, with verbatim quotes', () => {
        const doc = parse(answer);
        assert.deepEqual((0, answerDiagrams_1.answerDiagrams)(doc).map((d) => d.diagram.kind), ['flowchart', 'sequence']);
        const flow = (0, answerDiagrams_1.diagramDataFlow)(doc);
        assert.deepEqual(flow.components.map((c) => [c.name, c.line + 1, c.quote]), [
            ['SDK cache', 9, 'sdk[SDK cache]'],
            ['Flag API', 9, 'api[Flag API]'],
            ['SDK', 14, 'SDK'],
            ['API', 14, 'API'],
        ]);
        assert.deepEqual(flow.arrows.map((a) => [a.from, a.to, a.label, a.line + 1, a.quote]), [
            ['SDK cache', 'Flag API', '', 9, 'sdk[SDK cache] --> api[Flag API]'],
            ['SDK', 'API', 'poll', 14, 'SDK->>API: poll'],
        ]);
        for (const e of [...flow.components, ...flow.arrows])
            assert.ok(doc.lines[e.line].includes(e.quote));
    });
    it('reads an unclosed fence to the end of the file', () => {
        const doc = parse('## Architecture\n\n```mermaid\ngraph TD\n  A --> B\n');
        assert.deepEqual(doc.diagrams.map((d) => [d.bodyStart, d.bodyEnd]), [[3, 5]]);
        assert.deepEqual(edges((0, answerDiagrams_1.answerDiagrams)(doc)[0].diagram), ['A>B']);
    });
});
//# sourceMappingURL=mermaid.test.js.map