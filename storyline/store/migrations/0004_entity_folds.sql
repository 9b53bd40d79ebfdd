-- storyline schema, version 4: every name an entity goes by under linking's folding key
-- (accents, hyphens, dots, spacing and transliterations ignored: "Kim Jong-Un" and
-- "Kim Jong Un", "Sergey" and "Sergei" share one key), so that an entity asked for by a
-- spelling variant is found through an index rather than a scan of every entity.
CREATE TABLE IF NOT EXISTS entity_folds (
    entity_id TEXT NOT NULL,
    fold TEXT NOT NULL,
    PRIMARY KEY (entity_id, fold)
);
CREATE INDEX IF NOT EXISTS entity_folds_fold ON entity_folds (fold);
