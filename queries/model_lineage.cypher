// What a model is built on, transitively (BASED_ON), nearest first, with one shortest chain to each ancestor.
// A model is named by its name, an alias (any case) or its id.
// params: model (string, required), max_depth (int, default 5)
MATCH (m:Model)
WHERE m.id = $model OR toLower(m.name) = toLower($model)
   OR any(alias IN m.aliases WHERE toLower(alias) = toLower($model))
MATCH chain = (m)-[:BASED_ON*1..10]->(ancestor:Model)
WHERE length(chain) <= $max_depth AND ancestor <> m
WITH ancestor, chain
ORDER BY length(chain), [n IN nodes(chain) | n.name]
WITH ancestor, collect(chain)[0] AS chain
RETURN ancestor.name AS ancestor, length(chain) AS depth, [n IN nodes(chain) | n.name] AS chain
ORDER BY depth, ancestor
