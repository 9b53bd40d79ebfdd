-- storyline schema, version 3: quotes looked up by speaker name (an entity's page and
-- /api/quotes?speaker=) match LOWER(TRIM(speaker)); an index on that expression keeps
-- those lookups from scanning every merged quote.
CREATE INDEX IF NOT EXISTS quotes_merged_speaker_folded ON quotes_merged (LOWER(TRIM(speaker)));
