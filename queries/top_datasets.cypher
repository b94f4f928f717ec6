// Datasets and benchmarks by the number of papers that mention them, with how many report an evaluation on them.
// params: limit (int, default 20)
MATCH (d:KgNode)
WHERE d:Dataset OR d:Benchmark
WITH d, COUNT { (p:Paper)-[:MENTIONS]->(d) } AS papers
WHERE papers > 0
RETURN d.name AS name,
       CASE WHEN d:Benchmark THEN 'Benchmark' ELSE 'Dataset' END AS type,
       papers,
       COUNT { (p:Paper)-[:EVALUATED_ON]->(d) } AS evaluatedIn
ORDER BY papers DESC, evaluatedIn DESC, name
LIMIT $limit
