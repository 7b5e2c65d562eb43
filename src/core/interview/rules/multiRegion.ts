import { conceptRule } from './concept';

/** More than one region, with nothing said of where writes go or what a partition between regions does. */
export const multiRegionRule = conceptRule({
  id: 'multi-region',
  description: 'Several regions: where writes go, and what a partition between regions does',
  signal: 'trade-offs',
  raised: /\b(?:multi-?regions?(?:al)?|multiple regions|cross-region|across (?:\w+ )?regions|(?:two|three|four|five|several|many|\d{1,2}) (?:\w+ )?regions|active-active|geo-?replicat\w*|geo-?distributed)\b/i,
  examined:
    /\b(?:home region|write region|primary region|leader region|region(?:al)? leader|single[- ]writer|writes? (?:go|goes|are routed|is routed) to|conflict(?:s|ing)? (?:resolution|resolved)|resolve conflicts|last[- ]writer[- ]wins|CRDTs?|vector clocks?|(?:network )?partition(?:ed)? between regions|regions? (?:is|are|becomes?) (?:cut off|isolated|partitioned|unreachable)|region(?:al)? failover|fail(?:s|ing)? over to (?:another|the other|a second) region)\b/i,
  question: 'Your design spans regions. Where do writes go, and when the regions cannot reach each other, what does each side keep doing and what does it refuse?',
});
