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
const lintScheduler_1 = require("../../../src/core/lint/lintScheduler");
/** A clock that moves only when told, with timers that fire as it passes them. */
class FakeClock {
    time = 0;
    next = 1;
    timers = new Map();
    now() {
        return this.time;
    }
    setTimeout(run, ms) {
        const id = this.next++;
        this.timers.set(id, { at: this.time + ms, run });
        return id;
    }
    clearTimeout(handle) {
        this.timers.delete(handle);
    }
    /** Moves the clock by `ms`, firing due timers in order. */
    advance(ms) {
        const end = this.time + ms;
        for (;;) {
            const due = [...this.timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
            if (!due)
                break;
            this.timers.delete(due[0]);
            this.time = due[1].at;
            due[1].run();
        }
        this.time = end;
    }
}
describe('lint scheduler (adaptive debounce)', () => {
    let clock;
    let max;
    let scheduler;
    beforeEach(() => {
        clock = new FakeClock();
        max = 300;
        scheduler = new lintScheduler_1.LintScheduler({ maxDelayMs: () => max }, clock);
    });
    /** Work that times itself and takes `ms` on the fake clock. */
    const costing = (ms, runs, key = 'a') => () => scheduler.measure(key, () => {
        runs.push(clock.now());
        clock.time += ms;
    });
    it('lints a cheap document about 50 ms after the edit, not after the full debounce', () => {
        const runs = [];
        scheduler.schedule('a', costing(2, runs));
        clock.advance(49);
        assert.deepEqual(runs, []);
        clock.advance(1);
        assert.deepEqual(runs, [50]);
        assert.equal(scheduler.delayFor('a'), 50, 'a 2 ms lint keeps the 50 ms floor');
        scheduler.schedule('a', costing(30, runs));
        clock.advance(50);
        scheduler.schedule('a', costing(1, runs));
        clock.advance(89);
        assert.deepEqual(runs, [50, 100], 'after a 30 ms lint the next waits 90 ms');
        clock.advance(1);
        assert.deepEqual(runs, [50, 100, 190]);
    });
    it('waits a few times the last lint of that document, capped by the setting', () => {
        scheduler.measure('slow', () => (clock.time += 40));
        assert.equal(scheduler.delayFor('slow'), 120);
        scheduler.measure('slower', () => (clock.time += 500));
        assert.equal(scheduler.delayFor('slower'), 300, 'the configured debounce is the upper bound');
        max = 100;
        assert.equal(scheduler.delayFor('slower'), 100, 'the bound is read on every edit');
        assert.equal(scheduler.delayFor('other'), 50, 'each document has its own history');
    });
    it('counts the time idle since the last lint: after a pause a slow document waits only the floor', () => {
        scheduler.measure('big', () => (clock.time += 80));
        assert.equal(scheduler.delayFor('big'), 240, 'right after an 80 ms lint: three times it');
        clock.advance(100);
        assert.equal(scheduler.delayFor('big'), 140, '100 ms idle already count');
        clock.advance(1000);
        assert.equal(scheduler.delayFor('big'), 50, 'after a pause only the floor is left');
    });
    it('however fast the edits come, a lint starts no sooner than three of its durations after the last ended', () => {
        const runs = [];
        const ends = [];
        const lint = () => scheduler.measure('a', () => {
            runs.push(clock.now());
            clock.time += 40;
            ends.push(clock.time);
        });
        // One edit every 100 ms for 2 s, each lint costing 40 ms.
        for (let t = 0; t < 2000; t += 100) {
            scheduler.schedule('a', lint);
            clock.advance(100);
        }
        clock.advance(1000);
        assert.ok(runs.length >= 8, `${runs.length} lints in 2 s of typing`);
        for (let i = 1; i < runs.length; i++)
            assert.ok(runs[i] - ends[i - 1] >= 120, `lint ${i} started ${runs[i] - ends[i - 1]} ms after the last ended`);
    });
    it('a debounce setting of 0 lints on the next turn', () => {
        max = 0;
        const runs = [];
        scheduler.schedule('a', costing(1, runs));
        clock.advance(0);
        assert.deepEqual(runs, [0]);
    });
    it('a burst of edits lints once, after the last one', () => {
        const runs = [];
        for (let i = 0; i < 5; i++) {
            scheduler.schedule('a', costing(1, runs));
            clock.advance(30);
        }
        assert.deepEqual(runs, []);
        assert.ok(scheduler.isPending('a'));
        clock.advance(20);
        assert.deepEqual(runs, [170]);
        assert.ok(!scheduler.isPending('a'));
    });
    it('documents are scheduled independently; cancel and forget drop a waiting run', () => {
        const runs = [];
        scheduler.schedule('a', () => runs.push('a'));
        scheduler.schedule('b', () => runs.push('b'));
        scheduler.cancel('a');
        clock.advance(100);
        assert.deepEqual(runs, ['b']);
        scheduler.measure('b', () => (clock.time += 60));
        scheduler.schedule('b', () => runs.push('b again'));
        scheduler.forget('b');
        clock.advance(1000);
        assert.deepEqual(runs, ['b']);
        assert.equal(scheduler.delayFor('b'), 50, 'forget drops the timing too');
    });
    it('times work that throws, and passes the error on', () => {
        assert.throws(() => scheduler.measure('a', () => {
            clock.time += 70;
            throw new Error('boom');
        }), /boom/);
        assert.equal(scheduler.delayFor('a'), 210);
    });
    it('dispose drops every waiting run', () => {
        const runs = [];
        scheduler.schedule('a', () => runs.push('a'));
        scheduler.schedule('b', () => runs.push('b'));
        scheduler.dispose();
        clock.advance(1000);
        assert.deepEqual(runs, []);
        assert.equal(clock.timers.size, 0);
    });
});
//# sourceMappingURL=lintScheduler.test.js.map