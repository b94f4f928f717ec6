// Links to Hugging Face models, datasets and spaces, with the papers that give them.
// params: limit (int, default 50)
MATCH (p:Paper)-[:HAS_LINK]->(l:Link)
WHERE l.huggingFaceId IS NOT NULL
WITH l, p
ORDER BY p.title
RETURN l.huggingFaceId AS huggingFaceId, l.kind AS kind, l.url AS url, collect(p.title) AS papers
ORDER BY huggingFaceId
LIMIT $limit
