// Papers that give a link of one kind (code by default), grouped by the link's host.
// kind is one of code, project, model, data, other.
// params: kind (string, default "code"), limit (int, default 20)
MATCH (p:Paper)-[:HAS_LINK]->(l:Link {kind: $kind})
WITH l.host AS host, p
ORDER BY p.title
WITH host, collect(DISTINCT p.title) AS papers
RETURN host, size(papers) AS count, papers
ORDER BY count DESC, host
LIMIT $limit
