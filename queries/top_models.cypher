// Models by the number of papers that mention them, with the papers that propose them.
// params: limit (int, default 20)
MATCH (m:Model)
WITH m, COUNT { (p:Paper)-[:MENTIONS]->(m) } AS papers
WHERE papers > 0
RETURN m.name AS model, papers,
       COLLECT { MATCH (p:Paper)-[:PROPOSES]->(m) RETURN p.title ORDER BY p.title } AS proposedBy
ORDER BY papers DESC, model
LIMIT $limit
