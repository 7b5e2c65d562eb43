/** The rules, in the order they run and are documented. */
import { missingSection } from './missingSection';
import type { Rule } from '../types';

/** Every rule the linter knows, ordered by id. */
export const RULES: readonly Rule[] = [missingSection];
