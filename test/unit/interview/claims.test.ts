/** What the probes do not read as the candidate's claim, and what they do not ask again (issue 15 sections 1 and 2): each class on its own. */
import * as assert from 'node:assert/strict';
import { probesFor, type ProbeRule } from '../../../src/core/interview';
import { cacheRule } from '../../../src/core/interview/rules/cache';
import { consistencyRule } from '../../../src/core/interview/rules/consistency';
import { mlDriftRule } from '../../../src/core/interview/rules/mlDrift';
import { mlMetricRule } from '../../../src/core/interview/rules/mlMetric';
import { operabilityRule } from '../../../src/core/interview/rules/operability';
import { queueRule } from '../../../src/core/interview/rules/queue';
import { scaleRule } from '../../../src/core/interview/rules/scale';
import { singleComponentRule } from '../../../src/core/interview/rules/singleComponent';
import { technologyRule } from '../../../src/core/interview/rules/technology';
import { answerText, PLAIN, promptWith } from './support';

const ML = 'prompt: ml/top-10\ntemplate: ml-system-design';

/** The subjects `rule` asks about when Architecture holds `architecture`. */
function asked(rule: ProbeRule, architecture: string, frontMatter?: string): string[] {
  const text = answerText(frontMatter ? { ...PLAIN, Architecture: architecture, Evaluation: '- We look at the row.' } : { Architecture: architecture }, frontMatter);
  return probesFor(text, undefined, { rules: [rule] }).map((p) => p.id);
}

describe('claims: what the probes do not read as a choice', () => {
  it('an image and its alt text, an HTML tag, and the caption under an image', () => {
    assert.deepEqual(asked(technologyRule, '![Kafka topics and Redis](fig.png)\n\n*Figure: the Cassandra ring, illustrative.*\n\n<img alt="Elasticsearch cluster" src="x.png">'), []);
    assert.deepEqual(asked(technologyRule, '![Overview](fig.png)\n\n_Events reach Kafka first._\n\nCounters live in Redis, because reads dominate.'), ['technology:redis']);
  });

  it('a caption that starts "Figure 3" anywhere', () => {
    assert.deepEqual(asked(technologyRule, '```mermaid\nflowchart LR\n  a --> b\n```\n\nFigure 2: Kafka feeds the counters.'), []);
  });

  it('a table of contents, as a list of links to headings or under a Contents heading', () => {
    assert.deepEqual(asked(technologyRule, '- [Why Kafka](#why-kafka)\n- [Redis layout](#redis-layout)'), []);
    assert.deepEqual(asked(technologyRule, '### Table of contents\n\n1. Kafka ingestion\n2. Redis counters'), []);
  });

  it('a quoted statement, but not a quoted term', () => {
    assert.deepEqual(asked(cacheRule, 'The common misconception is that "the online store is just a cache" here.'), []);
    assert.deepEqual(asked(consistencyRule, 'Sessions get "read your own writes" from the primary.'), ['consistency:read-your-own-writes']);
  });

  it('an argument against a metric or a choice', () => {
    assert.deepEqual(asked(mlMetricRule, '- AUC is misleading here: it ignores the threshold we serve at.', ML), []);
    assert.deepEqual(asked(mlMetricRule, '- Accuracy looks fine offline but hides the class imbalance; we report recall@10.', ML), ['ml-metric:recall-10']);
  });

  it('a word with another meaning: timing or numeric precision, elastic capacity, a hive of jobs', () => {
    assert.deepEqual(asked(mlMetricRule, '- Timing precision of the scheduler is 1 ms; training runs in mixed precision.', ML), []);
    assert.deepEqual(asked(mlMetricRule, '- Timing precision is 1 ms, and we track precision@5 offline.', ML), ['ml-metric:precision-5']);
    assert.deepEqual(asked(technologyRule, '- Elastic capacity absorbs peaks; a hive of batch jobs runs at night.'), []);
  });

  it('recall as a retrieval stage, calibration of labels, a model drifting on some inputs, a title ending in a component noun', () => {
    assert.deepEqual(asked(mlMetricRule, '- One store does hybrid recall: full-text ranking plus vector search.', ML), []);
    assert.deepEqual(asked(mlMetricRule, '- The recall stage returns 500 candidates; we track recall@500 offline.', ML), ['ml-metric:recall-500']);
    assert.deepEqual(asked(mlMetricRule, '- Human grades calibrate the click-derived labels (calibration = matching clicks to grades).', ML), []);
    assert.deepEqual(asked(mlMetricRule, '- We check calibration of the predicted click rate per slice.', ML), ['ml-metric:calibration']);
    assert.deepEqual(asked(mlMetricRule, '- Rater grades anchor calibration for the head queries.', ML), []);
    assert.deepEqual(asked(mlMetricRule, '- The ranker trains on click labels and we report calibration per slice.', ML), ['ml-metric:calibration']);
    const drift = (line: string) => probesFor(answerText({ ...PLAIN, Architecture: line, Evaluation: '- Models are trained weekly.' }, ML), undefined, { rules: [mlDriftRule] }).map((p) => p.quote);
    assert.deepEqual(drift('- Dense retrieval closes the vocabulary gap but drifts on rare terms.'), ['Models are trained weekly.']);
    assert.deepEqual(drift('- Feature drift shows first in the click rate.'), ['Feature drift shows first in the click rate.']);
    assert.deepEqual(asked(singleComponentRule, '- Weights are learnt by FTRL (Follow The Regularized Leader), an optimiser.'), []);
    assert.deepEqual(asked(singleComponentRule, 'Weights are learnt by FTRL (Follow The\nRegularized Leader), an optimiser.'), []);
    assert.deepEqual(asked(singleComponentRule, '- The Ranking Service scores each row.'), ['component:ranking-service']);
  });
});

describe('claims: history is not a choice', () => {
  it('the original or legacy system that the design replaced', () => {
    assert.deepEqual(asked(technologyRule, '- The original Elasticsearch setup buckled under the write load; search now runs in PostgreSQL.'), ['technology:postgresql']);
    assert.deepEqual(asked(technologyRule, '- Old Redis keys expire after a day.'), ['technology:redis']);
  });

  it('a sentence telling how the system evolved, to its end', () => {
    assert.deepEqual(asked(technologyRule, '- Search evolved in three steps: (1) Solr, (2) a MySQL full-text index, (3) Cassandra. Today Elasticsearch serves every query.'), ['technology:elasticsearch']);
    assert.deepEqual(asked(technologyRule, '- Historically, counters ran on Memcached, then on MySQL. Counters live in Redis.'), ['technology:redis']);
    // A plan is a choice.
    assert.deepEqual(asked(technologyRule, '- Initially one PostgreSQL primary; we shard by tenant past 10 TB.'), ['technology:postgresql']);
  });

  it('what caused problems, buckled or fell over', () => {
    assert.deepEqual(asked(technologyRule, '- Sessions sat in a shared Memcached pool, which caused eviction storms and outages; they now live in Redis.'), ['technology:redis']);
    assert.deepEqual(asked(technologyRule, '- The Cassandra ring fell over at peak, so counters moved to Redis.'), ['technology:redis']);
    assert.deepEqual(asked(technologyRule, '- Kafka caused no problems at a million events per second.'), ['technology:kafka']);
  });
});

describe('claims: diagrams are not prose', () => {
  it('never reads a Mermaid diagram, fenced or in an HTML element, even with a blank line inside', () => {
    const fenced = ['```mermaid', 'flowchart LR', '  A[Client] --> B[(Redis)]', '  B --> C[Kafka]', '```'].join('\n');
    assert.deepEqual(asked(technologyRule, fenced), []);
    const element = ['<div class="mermaid">', 'flowchart LR', '', '  A[Client] --> B[(Redis)]', '  B --> C[Kafka]', '</div>'].join('\n');
    assert.deepEqual(asked(technologyRule, element), []);
    assert.deepEqual(asked(technologyRule, `<pre class="mermaid">\ngraph TD\n  A --> B[Kafka]\n</pre>\n\n- Events go through Redis.`), ['technology:redis']);
  });
});

describe('already answered, and near-duplicates of the prompt', () => {
  it('asks nothing the answer already answers: a queue with lag, replay and duplicates said', () => {
    assert.deepEqual(asked(queueRule, '- Events go through Kafka; consumer lag pages the team, we replay from offsets, and consumers are idempotent.'), []);
    assert.deepEqual(asked(queueRule, '- Events go through Kafka; consumer lag pages the team.'), ['queue:kafka']);
  });

  it('asks nothing about ten times the load when the answer already weighs it', () => {
    const text = answerText({ Requirements: '- 300k decisions per second at peak; the design has headroom for 10x growth.' });
    assert.deepEqual(probesFor(text, undefined, { rules: [scaleRule] }), []);
  });

  it('asks a near-duplicate once: the answer probe quoting the candidate over the prompt, the prompt over a probe quoting nothing', () => {
    const text = answerText({ Requirements: '- 300k decisions per second at peak.', Operability: '- Dashboards on latency.' });
    const prompt = promptWith([
      { question: 'Traffic spikes tenfold on a launch night. What fails first?', signal: 'requirements' },
      { question: 'Two years on, who owns the page, and who is paged at night?', signal: 'ownership' },
    ]);
    const ids = probesFor(text, prompt, { rules: [scaleRule, operabilityRule] }).map((p) => p.id);
    assert.deepEqual(ids, ['scale:300k-decisions', 'operability:rollback', 'prompt:2']);
  });

  it('takes a prompt follow-up for a near-duplicate of a scale probe only when it asks about the same unit, or about load for a rate', () => {
    const ids = (requirements: string, question: string) =>
      probesFor(answerText({ Requirements: requirements }), promptWith([{ question, signal: 'requirements' }]), { rules: [scaleRule] }).map((p) => p.id);
    assert.deepEqual(ids('- 2,000 services evaluate flags.', 'What breaks first when the number of flags grows tenfold?'), ['scale:2-000-services', 'prompt:1']);
    assert.deepEqual(ids('- 2,000 services evaluate flags.', 'What breaks first when the service count grows tenfold?'), ['scale:2-000-services']);
    assert.deepEqual(ids('- 2,000 services evaluate flags.', 'What happens when traffic spikes tenfold?'), ['scale:2-000-services', 'prompt:1']);
    assert.deepEqual(ids('- 300,000 decisions per second.', 'What happens at ten times the normal peak?'), ['scale:300-000-decisions']);
    assert.deepEqual(ids('- 40,000 queries a day.', 'What if the query volume grows tenfold?'), ['scale:40-000-queries']);
  });
});
