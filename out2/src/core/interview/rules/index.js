"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PROBE_RULES = void 0;
const cache_1 = require("./cache");
const consistency_1 = require("./consistency");
const mlDrift_1 = require("./mlDrift");
const mlMetric_1 = require("./mlMetric");
const operability_1 = require("./operability");
const queue_1 = require("./queue");
const scale_1 = require("./scale");
const singleComponent_1 = require("./singleComponent");
const technology_1 = require("./technology");
/** Every rule that reads the answer. */
exports.PROBE_RULES = [
    scale_1.scaleRule,
    technology_1.technologyRule,
    consistency_1.consistencyRule,
    cache_1.cacheRule,
    queue_1.queueRule,
    singleComponent_1.singleComponentRule,
    mlMetric_1.mlMetricRule,
    mlDrift_1.mlDriftRule,
    operability_1.operabilityRule,
];
//# sourceMappingURL=index.js.map