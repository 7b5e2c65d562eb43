"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PROBE_RULES = exports.FOLLOW_UPS_SECTION_ID = exports.questionKey = exports.followUpHeading = exports.followUpsRegions = exports.askedFollowUps = exports.PROBE_INTERVIEWER = exports.ProbeInterviewer = exports.deterministicQuestions = exports.probesFor = exports.isSignalId = exports.SIGNAL_IDS = exports.SIGNALS = void 0;
/** The interview core: follow-up probes that read an answer, and the signals they test. */
var signals_1 = require("./signals");
Object.defineProperty(exports, "SIGNALS", { enumerable: true, get: function () { return signals_1.SIGNALS; } });
Object.defineProperty(exports, "SIGNAL_IDS", { enumerable: true, get: function () { return signals_1.SIGNAL_IDS; } });
Object.defineProperty(exports, "isSignalId", { enumerable: true, get: function () { return signals_1.isSignalId; } });
var probes_1 = require("./probes");
Object.defineProperty(exports, "probesFor", { enumerable: true, get: function () { return probes_1.probesFor; } });
var interviewer_1 = require("./interviewer");
Object.defineProperty(exports, "deterministicQuestions", { enumerable: true, get: function () { return interviewer_1.deterministicQuestions; } });
Object.defineProperty(exports, "ProbeInterviewer", { enumerable: true, get: function () { return interviewer_1.ProbeInterviewer; } });
Object.defineProperty(exports, "PROBE_INTERVIEWER", { enumerable: true, get: function () { return interviewer_1.PROBE_INTERVIEWER; } });
var followUps_1 = require("../answer/followUps");
Object.defineProperty(exports, "askedFollowUps", { enumerable: true, get: function () { return followUps_1.askedFollowUps; } });
Object.defineProperty(exports, "followUpsRegions", { enumerable: true, get: function () { return followUps_1.followUpsRegions; } });
Object.defineProperty(exports, "followUpHeading", { enumerable: true, get: function () { return followUps_1.followUpHeading; } });
Object.defineProperty(exports, "questionKey", { enumerable: true, get: function () { return followUps_1.questionKey; } });
Object.defineProperty(exports, "FOLLOW_UPS_SECTION_ID", { enumerable: true, get: function () { return followUps_1.FOLLOW_UPS_SECTION_ID; } });
var rules_1 = require("./rules");
Object.defineProperty(exports, "PROBE_RULES", { enumerable: true, get: function () { return rules_1.PROBE_RULES; } });
//# sourceMappingURL=index.js.map