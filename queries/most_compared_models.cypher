// Models that papers most often compare against, with the models compared to them.
// params: limit (int, default 20)
MATCH (challenger:Model)-[r:COMPARED_TO]->(m:Model)
WITH m, challenger, r
ORDER BY challenger.name
WITH m, count(DISTINCT r.paperId) AS papers, collect(DISTINCT challenger.name) AS challengers
RETURN m.name AS model, papers, challengers
ORDER BY papers DESC, model
LIMIT $limit
