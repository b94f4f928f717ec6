// Papers that compare a model of theirs against a given model, with the sentence that says so.
// A model is named by its name, an alias (any case) or its id.
// params: model (string, required), limit (int, default 50)
MATCH (m:Model)
WHERE m.id = $model OR toLower(m.name) = toLower($model)
   OR any(alias IN m.aliases WHERE toLower(alias) = toLower($model))
MATCH (challenger:Model)-[r:COMPARED_TO]->(m)
MATCH (p:Paper {id: r.paperId})
RETURN p.title AS paper, challenger.name AS model, m.name AS comparedTo, r.sentence AS sentence
ORDER BY paper, model
LIMIT $limit
