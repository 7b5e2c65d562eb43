/** The answer rules, in the order their probes are asked when two point at the same line. */
import type { ProbeRule } from '../types';
import { cacheRule } from './cache';
import { consistencyRule } from './consistency';
import { consistentHashingRule } from './consistentHashing';
import { failOpenRule } from './failOpen';
import { hotKeysRule } from './hotKeys';
import { idempotencyRule } from './idempotency';
import { leaderElectionRule } from './leaderElection';
import { leasesRule } from './leases';
import { mlDriftRule } from './mlDrift';
import { mlMetricRule } from './mlMetric';
import { mlShadowRule } from './mlShadow';
import { mlUnlabelledRule } from './mlUnlabelled';
import { multiRegionRule } from './multiRegion';
import { operabilityRule } from './operability';
import { queueRule } from './queue';
import { scaleRule } from './scale';
import { singleComponentRule } from './singleComponent';
import { technologyRule } from './technology';

/** Every rule that reads the answer. */
export const PROBE_RULES: readonly ProbeRule[] = [
  scaleRule,
  technologyRule,
  consistencyRule,
  cacheRule,
  queueRule,
  idempotencyRule,
  leasesRule,
  hotKeysRule,
  failOpenRule,
  multiRegionRule,
  leaderElectionRule,
  consistentHashingRule,
  singleComponentRule,
  mlMetricRule,
  mlDriftRule,
  mlUnlabelledRule,
  mlShadowRule,
  operabilityRule,
];
