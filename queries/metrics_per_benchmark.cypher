// The metrics results are reported in on each benchmark or dataset, with counts of results and models.
// params: limit (int, default 20)
MATCH (r:Result)-[:ON_BENCHMARK]->(b:KgNode)
OPTIONAL MATCH (r)-[:MEASURED_BY]->(metric:Metric)
OPTIONAL MATCH (r)-[:RESULT_OF]->(m:Model)
WITH b, r, metric, m
ORDER BY metric.name
WITH b, collect(DISTINCT metric.name) AS metrics, count(DISTINCT r) AS results, count(DISTINCT m) AS models
RETURN b.name AS benchmark, metrics, results, models
ORDER BY results DESC, benchmark
LIMIT $limit
