// A model's reported results across benchmarks and metrics, with the paper reporting each.
// A model is named by its name, an alias (any case) or its id.
// params: model (string, required), limit (int, default 50)
MATCH (m:Model)
WHERE m.id = $model OR toLower(m.name) = toLower($model)
   OR any(alias IN m.aliases WHERE toLower(alias) = toLower($model))
MATCH (p:Paper)-[:REPORTS]->(r:Result)-[:RESULT_OF]->(m)
OPTIONAL MATCH (r)-[:ON_BENCHMARK]->(b:KgNode)
OPTIONAL MATCH (r)-[:MEASURED_BY]->(metric:Metric)
RETURN m.name AS model, b.name AS benchmark, metric.name AS metric, r.value AS value, p.title AS paper
ORDER BY benchmark, metric, value, paper
LIMIT $limit
