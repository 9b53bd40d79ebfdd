-- storyline schema, version 5: what re-dating made of each article whose publication date
-- the corpus inferred (storyline/time/redate.py's dating record), so that the next merge
-- starts from the article's own date (own_*: the date before inference) and takes back the
-- re-dated timexes and event dates instead of parsing the article again. redate_key names
-- what they were computed from (the inferred date and its evidence, the text, the rules,
-- the model); inferred_date is that date as {"published", "published_source",
-- "published_evidence"}; timexes a list of timex records; events [[trigger start, date,
-- date_range, date_text, date_source]]. Rewritten by each merge, removed with their article.
CREATE TABLE IF NOT EXISTS article_dating (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    own_published TEXT,
    own_published_source TEXT,
    own_published_evidence {JSON},
    inferred_date {JSON} NOT NULL,
    redate_key TEXT NOT NULL,
    timexes {JSON} NOT NULL,
    events {JSON} NOT NULL
);
