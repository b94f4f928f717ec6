// Entities that only one paper mentions, with that paper; `label` keeps one type (Model, Dataset, Benchmark, Metric).
// params: label (string, default ""), limit (int, default 50)
MATCH (p:Paper)-[:MENTIONS]->(e:KgNode)
WITH e, collect(DISTINCT p) AS papers
WHERE size(papers) = 1
WITH e, papers[0] AS paper,
     [l IN labels(e) WHERE l IN ['Model', 'Dataset', 'Benchmark', 'Metric']][0] AS type
WHERE $label = '' OR type = $label
RETURN e.name AS name, type, paper.title AS paper
ORDER BY type, name
LIMIT $limit
