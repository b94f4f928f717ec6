// Models built on a model, transitively (BASED_ON, followed backwards), nearest first.
// A model is named by its name, an alias (any case) or its id.
// params: model (string, required), max_depth (int, default 5)
MATCH (m:Model)
WHERE m.id = $model OR toLower(m.name) = toLower($model)
   OR any(alias IN m.aliases WHERE toLower(alias) = toLower($model))
MATCH chain = (descendant:Model)-[:BASED_ON*1..10]->(m)
WHERE length(chain) <= $max_depth AND descendant <> m
WITH descendant, min(length(chain)) AS depth
RETURN descendant.name AS descendant, depth
ORDER BY depth, descendant
