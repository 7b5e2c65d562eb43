/**
 * The signals a system-design interviewer evaluates, as the L4 guide in the seeds names them. Every
 * probe tests one; the debrief after a mock interview groups evidence by them.
 */

/** The signals, in the order an interview meets them, with a one-line description of each. */
export const SIGNALS = [
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
] as const;

/** A signal id: `requirements`, `trade-offs`, `experience`, `data-flow` or `ownership`. */
export type SignalId = (typeof SIGNALS)[number]['id'];

/** The signal ids, in `SIGNALS` order. */
export const SIGNAL_IDS: readonly SignalId[] = SIGNALS.map((s) => s.id);

/** Whether `value` is a signal id. */
export function isSignalId(value: string): value is SignalId {
  return (SIGNAL_IDS as readonly string[]).includes(value);
}
