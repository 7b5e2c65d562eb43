/** The rules, in the order they run and are documented. */
import { diagramProseMismatch } from './diagramProseMismatch';
import { duplicateSection } from './duplicateSection';
import { emptySection } from './emptySection';
import { followupUnanswered } from './followupUnanswered';
import { frontMatter } from './frontMatter';
import { missingSection } from './missingSection';
import { placeholderLeft } from './placeholderLeft';
import { sectionOrder } from './sectionOrder';
import { shallowOperability } from './shallowOperability';
import { tradeoffWithoutCost } from './tradeoffWithoutCost';
import { unjustifiedTechnology } from './unjustifiedTechnology';
import { unquantifiedRequirements } from './unquantifiedRequirements';
import type { Rule } from '../types';

/** Every rule the linter knows, ordered by id. */
export const RULES: readonly Rule[] = [
  missingSection,
  emptySection,
  sectionOrder,
  placeholderLeft,
  unquantifiedRequirements,
  tradeoffWithoutCost,
  unjustifiedTechnology,
  shallowOperability,
  duplicateSection,
  frontMatter,
  followupUnanswered,
  diagramProseMismatch,
];
