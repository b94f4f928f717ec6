// Models evaluated on a benchmark or dataset, with the numbers papers report, highest first.
// A benchmark is named by its name, an alias (any case) or its id; `metric` keeps one metric only.
// Results whose value has no number come last.
// params: benchmark (string, required), metric (string, default ""), limit (int, default 20)
MATCH (b:KgNode)
WHERE (b:Dataset OR b:Benchmark)
  AND (b.id = $benchmark OR toLower(b.name) = toLower($benchmark)
       OR any(alias IN b.aliases WHERE toLower(alias) = toLower($benchmark)))
MATCH (p:Paper)-[:REPORTS]->(r:Result)-[:ON_BENCHMARK]->(b)
OPTIONAL MATCH (r)-[:RESULT_OF]->(m:Model)
OPTIONAL MATCH (r)-[:MEASURED_BY]->(metric:Metric)
WITH b, p, r, m, metric
WHERE $metric = '' OR toLower(metric.name) = toLower($metric)
   OR any(alias IN metric.aliases WHERE toLower(alias) = toLower($metric))
RETURN b.name AS benchmark, m.name AS model, metric.name AS metric, r.value AS value,
       r.numericValue AS number, p.title AS paper
ORDER BY number IS NULL, number DESC, model, paper
LIMIT $limit
