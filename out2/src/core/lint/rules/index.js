"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RULES = void 0;
/** The rules, in the order they run and are documented. */
const diagramProseMismatch_1 = require("./diagramProseMismatch");
const duplicateSection_1 = require("./duplicateSection");
const emptySection_1 = require("./emptySection");
const followupUnanswered_1 = require("./followupUnanswered");
const frontMatter_1 = require("./frontMatter");
const missingSection_1 = require("./missingSection");
const placeholderLeft_1 = require("./placeholderLeft");
const sectionOrder_1 = require("./sectionOrder");
const shallowOperability_1 = require("./shallowOperability");
const tradeoffWithoutCost_1 = require("./tradeoffWithoutCost");
const unjustifiedTechnology_1 = require("./unjustifiedTechnology");
const unquantifiedRequirements_1 = require("./unquantifiedRequirements");
/** Every rule the linter knows, ordered by id. */
exports.RULES = [
    missingSection_1.missingSection,
    emptySection_1.emptySection,
    sectionOrder_1.sectionOrder,
    placeholderLeft_1.placeholderLeft,
    unquantifiedRequirements_1.unquantifiedRequirements,
    tradeoffWithoutCost_1.tradeoffWithoutCost,
    unjustifiedTechnology_1.unjustifiedTechnology,
    shallowOperability_1.shallowOperability,
    duplicateSection_1.duplicateSection,
    frontMatter_1.frontMatter,
    followupUnanswered_1.followupUnanswered,
    diagramProseMismatch_1.diagramProseMismatch,
];
//# sourceMappingURL=index.js.map