import { technologyMentions } from '../../lint/rules/unjustifiedTechnology';
import { ownValue } from '../../ownValue';
import type { ProbeRule, RuleProbe } from '../types';

/**
 * The obvious alternative an interviewer would hold each technology against. Technologies not listed
 * here (a configured list may name any) are held against "the obvious alternative".
 */
const ALTERNATIVES: Readonly<Record<string, string>> = {
  redis: 'Memcached or a cache inside each service',
  memcached: 'Redis',
  evcache: 'Redis',
  kafka: 'a plain queue such as SQS',
  kinesis: 'Kafka',
  rabbitmq: 'Kafka',
  pulsar: 'Kafka',
  sqs: 'Kafka',
  postgresql: 'a key-value store such as DynamoDB or Cassandra',
  postgres: 'a key-value store such as DynamoDB or Cassandra',
  mysql: 'a key-value store such as DynamoDB or Cassandra',
  cassandra: 'a relational database such as PostgreSQL',
  dynamodb: 'Cassandra or PostgreSQL',
  mongodb: 'PostgreSQL with JSON columns',
  hbase: 'Cassandra',
  bigtable: 'Cassandra',
  spanner: 'sharded PostgreSQL',
  cockroachdb: 'a single PostgreSQL primary with replicas',
  elasticsearch: 'an index in the primary database',
  opensearch: 'an index in the primary database',
  flink: 'Spark batch jobs',
  spark: 'Flink or plain SQL in the warehouse',
  hadoop: 'Spark over object storage',
  hive: 'Trino or Spark SQL',
  presto: 'Spark SQL',
  trino: 'Spark SQL',
  druid: 'a warehouse such as BigQuery',
  clickhouse: 'a warehouse such as BigQuery',
  snowflake: 'Trino over files in S3',
  bigquery: 'Trino over files in object storage',
  iceberg: 'plain Parquet files',
  s3: 'a distributed file system such as HDFS',
  hdfs: 'object storage such as S3',
  zookeeper: 'etcd',
  etcd: 'ZooKeeper',
  consul: 'etcd or DNS',
  kubernetes: 'plain virtual machines in auto-scaling groups',
  grpc: 'REST with JSON',
  graphql: 'REST',
  airflow: 'cron jobs',
  neo4j: 'adjacency tables in a relational database',
  faiss: 'exact nearest-neighbour search',
  milvus: 'Faiss inside the serving process',
  tensorflow: 'PyTorch',
  pytorch: 'TensorFlow',
  zuul: 'a managed load balancer',
  envoy: 'a managed load balancer',
  nginx: 'a managed load balancer',
  cloudfront: 'your own edge caches',
  akamai: 'your own edge caches',
};

/** At most this many technologies are probed: the first ones named. */
const MAX = 4;

/**
 * A named technology: why it here over the obvious alternative, and what would make you switch. The
 * seeds' weak candidate reaches for Redis, Kafka and PostgreSQL without saying why they fit. One
 * probe per technology, at its first mention outside headings.
 */
export const technologyRule: ProbeRule = {
  id: 'technology',
  description: 'A named technology: why it over the obvious alternative, and what would make you switch',
  signal: 'experience',
  find({ lines, technologies }) {
    const probes: RuleProbe[] = [];
    const seen = new Set<string>();
    for (const { line, text, heading } of lines) {
      if (heading) continue;
      for (const { name, index } of technologyMentions(text, technologies)) {
        if (seen.has(name)) continue;
        seen.add(name);
        const alternative = ownValue(ALTERNATIVES, name.toLowerCase()) ?? 'the obvious alternative';
        probes.push({
          subject: name,
          line,
          column: index,
          question: `You chose ${name}. Why ${name} here rather than ${alternative}, what have you seen it do well or badly, and what would make you switch?`,
        });
        if (probes.length === MAX) return probes;
      }
    }
    return probes;
  },
};
