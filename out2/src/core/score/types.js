"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SCORE_LEVELS = void 0;
/** The levels a scorecard can be asked for, lowest first. */
exports.SCORE_LEVELS = ['L4', 'L5'];
//# sourceMappingURL=types.js.map