-- storyline schema, version 2: what story clustering reads of each article, kept so
-- that placing a few new articles into a large store need not read every article again.
-- whole and lead are the feature bags of fuse/stories.py's feature_bags, as JSON objects
-- (feature -> weight); rewritten by each full merge, removed with their article.
CREATE TABLE IF NOT EXISTS story_features (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    whole {JSON} NOT NULL,
    lead {JSON} NOT NULL
);
