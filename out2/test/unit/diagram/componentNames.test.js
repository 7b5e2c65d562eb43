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
const componentNames_1 = require("../../../src/core/diagram/componentNames");
describe('component names', () => {
    it('stems plurals and -ing/-er/-ed/-e forms to one root', () => {
        assert.deepEqual(['Ranker', 'ranking', 'counters', 'Counter', 'cache', 'caching', 'queues', 'class'].map(componentNames_1.stem), ['rank', 'rank', 'count', 'count', 'cach', 'cach', 'queu', 'class']);
    });
    it('identifies a component by its distinctive words, or by its generic ones when it has nothing else', () => {
        assert.deepEqual((0, componentNames_1.identifyingStems)('Ranking service'), ['rank']);
        assert.deepEqual((0, componentNames_1.identifyingStems)('API'), ['api']);
        assert.deepEqual((0, componentNames_1.identifyingStems)('A'), []);
        assert.deepEqual((0, componentNames_1.identifyingStems)('Store 2'), ['stor']);
        const prose = new Set((0, componentNames_1.stems)('The ranker reads per-household counters.'));
        assert.ok((0, componentNames_1.isNamedIn)('Ranking service', prose));
        assert.ok((0, componentNames_1.isNamedIn)('Counter store', prose));
        assert.ok(!(0, componentNames_1.isNamedIn)('Fraud scorer', prose));
    });
    it('finds the components prose names, without articles, with their columns', () => {
        const text = 'The ad server calls the Fan Out Service, which reads the counter store and two caches.';
        const found = (0, componentNames_1.proseComponents)(text);
        assert.deepEqual(found.map((c) => c.name), ['ad server', 'Fan Out Service', 'counter store']);
        for (const c of found)
            assert.equal(text.slice(c.column, c.endColumn), c.name);
    });
    it('counts a prose component as drawn by its name, or by a noun that picks a kind of part out', () => {
        const drawn = new Set((0, componentNames_1.stems)('Kafka queue, Ad server, Cap'));
        const [queue, store, cap] = (0, componentNames_1.proseComponents)('the message queue, the profile store, the cap service');
        assert.ok((0, componentNames_1.isDrawnIn)(queue, drawn));
        assert.ok(!(0, componentNames_1.isDrawnIn)(store, drawn));
        assert.ok((0, componentNames_1.isDrawnIn)(cap, drawn));
    });
});
//# sourceMappingURL=componentNames.test.js.map