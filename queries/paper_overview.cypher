// What a paper proposes, uses and evaluates on, and where its code and other links are.
// A paper is named by its id (with or without the 'paper/' prefix) or its exact title (any case).
// params: paper (string, required)
MATCH (p:Paper)
WHERE p.id = $paper OR p.id = 'paper/' + $paper OR toLower(p.title) = toLower($paper)
RETURN p.title AS title,
       COLLECT { MATCH (p)-[:PROPOSES]->(e) RETURN e.name ORDER BY e.name } AS proposes,
       COLLECT { MATCH (p)-[:USES]->(e) RETURN e.name ORDER BY e.name } AS uses,
       COLLECT { MATCH (p)-[:EVALUATED_ON]->(e) RETURN e.name ORDER BY e.name } AS evaluatedOn,
       COLLECT { MATCH (p)-[:HAS_LINK]->(l:Link {kind: 'code'}) RETURN l.url ORDER BY l.url } AS code,
       COLLECT { MATCH (p)-[:HAS_LINK]->(l:Link) WHERE l.kind <> 'code' RETURN l.url ORDER BY l.url } AS otherLinks
ORDER BY title
