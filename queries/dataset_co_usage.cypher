// Datasets and benchmarks used together: pairs that the same papers use or evaluate on.
// params: min_papers (int, default 2), limit (int, default 20)
MATCH (p:Paper)-[:USES|EVALUATED_ON]->(a:KgNode)
WHERE a:Dataset OR a:Benchmark
WITH DISTINCT p, a
MATCH (p)-[:USES|EVALUATED_ON]->(b:KgNode)
WHERE (b:Dataset OR b:Benchmark) AND a.name < b.name
WITH a, b, count(DISTINCT p) AS papers
WHERE papers >= $min_papers
RETURN a.name AS first, b.name AS second, papers
ORDER BY papers DESC, first, second
LIMIT $limit
