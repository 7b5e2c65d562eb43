"use strict";
/**
 * The signals a system-design interviewer evaluates, as the L4 guide in the seeds names them. Every
 * probe tests one; the debrief after a mock interview groups evidence by them.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.SIGNAL_IDS = exports.SIGNALS = void 0;
exports.isSignalId = isSignalId;
/** The signals, in the order an interview meets them, with a one-line description of each. */
exports.SIGNALS = [
    {
        id: 'requirements',
        title: 'Requirements gathering',
        description: 'Asks structured clarifying questions and sizes the problem with numbers before designing.',
    },
    {
        id: 'trade-offs',
        title: 'Trade-off reasoning with costs',
        description: 'Says why one approach beats another for this problem, and what each choice gives up.',
    },
    {
        id: 'experience',
        title: 'Decisions grounded in experience',
        description: 'Connects choices to systems built or operated: what worked, what hurt, what would be done differently.',
    },
    {
        id: 'data-flow',
        title: 'Data flow a listener can follow',
        description: 'Walks a request or event through the components clearly enough to follow without a diagram.',
    },
    {
        id: 'ownership',
        title: 'Long-term ownership and operability',
        description: 'Covers monitoring, failure and recovery, safe change and who owns the system for years.',
    },
];
/** The signal ids, in `SIGNALS` order. */
exports.SIGNAL_IDS = exports.SIGNALS.map((s) => s.id);
/** Whether `value` is a signal id. */
function isSignalId(value) {
    return exports.SIGNAL_IDS.includes(value);
}
//# sourceMappingURL=signals.js.map