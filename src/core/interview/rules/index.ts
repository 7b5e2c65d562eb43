/** The answer rules, in the order their probes are asked when two point at the same line. */
import type { ProbeRule } from '../types';
import { operabilityRule } from './operability';
import { technologyRule } from './technology';

/** Every rule that reads the answer. */
export const PROBE_RULES: readonly ProbeRule[] = [technologyRule, operabilityRule];
