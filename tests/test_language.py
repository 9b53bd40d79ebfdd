"""Articles not in English are stored and grouped, but never run through the English stages."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from storyline.cli import app
from storyline.language import declared_language, detect_language

runner = CliRunner()

# invented texts, one per language
ENGLISH = ("Officials from Norland and Estmark met in the port of Kaldera on Tuesday to discuss fishing quotas, "
           "the Norland foreign ministry said. The two governments will meet again in June, and they have "
           "agreed to share the data that their research ships collect.")
SPANISH = ("Los ministros de Norlandia y Estmarca se reunieron el martes en el puerto de Kaldera para hablar de "
           "las cuotas de pesca. Según el ministerio de Asuntos Exteriores, las dos delegaciones volverán a "
           "verse en junio y compartirán los datos que recogen sus barcos de investigación.")
GERMAN = ("Die Außenminister von Norland und Estmark haben sich am Dienstag im Hafen von Kaldera getroffen, um "
          "über die Fangquoten zu sprechen. Nach Angaben des Ministeriums wollen sich beide Seiten im Juni "
          "erneut treffen und die Daten ihrer Forschungsschiffe austauschen.")
PORTUGUESE = ("Os ministros da Norlândia e da Estmarca reuniram-se na terça-feira no porto de Kaldera para "
              "discutir as quotas de pesca. Segundo o ministério, as duas delegações voltarão a encontrar-se "
              "em junho e vão partilhar os dados recolhidos pelos seus navios de investigação.")


def test_english_is_told_by_its_function_words_without_the_identifier():
    assert detect_language(ENGLISH) == ("en", "words")


def test_other_languages_are_told_by_the_identifier():
    assert detect_language(SPANISH) == ("es", "identifier")
    assert detect_language(GERMAN) == ("de", "identifier")
    assert detect_language(PORTUGUESE, declared="en") == ("pt", "identifier")  # the text wins over a wrong tag


CHINESE = ("北京市政府星期二宣布，新的地铁线路将于明年六月开通，预计每天运送十万名乘客。"
           "市长表示，这条线路将连接机场和市中心，全程只需要二十五分钟。")
CROATIAN = ("Gradsko vijeće je u utorak odlučilo da će nova tramvajska linija biti završena do kraja godine, a "
            "radovi počinju već u proljeće. Gradonačelnik je rekao da će linija prevoziti četrdeset tisuća "
            "putnika dnevno.")


def test_a_script_without_spaces_and_a_language_with_close_neighbours_are_told():
    # few space-separated "words", but many letters
    assert detect_language(CHINESE) == ("zh", "identifier")
    # the identifier splits its belief between Croatian, Bosnian and Serbian: sure it is not English
    assert detect_language(CROATIAN)[0] in {"hr", "bs", "sr"}


def test_too_short_to_tell_keeps_the_declared_language_else_english():
    assert detect_language("Kaldera talks end.") == ("en", "default")
    assert detect_language("Fin des pourparlers.", declared="fr") == ("fr", "declared")


def test_declared_language_codes():
    assert declared_language("pt-BR") == "pt"
    assert declared_language("EN_us") == "en"
    assert declared_language("english") is None
    assert declared_language(None) is None


def test_a_foreign_article_is_stored_flagged_and_not_analysed(tmp_path, store_url):
    feed = tmp_path / "wire.jsonl"
    records = [{"id": "en-1", "text": ENGLISH, "published": "2024-05-07", "outlet": "Kaldera Courier"},
               {"id": "es-1", "text": SPANISH, "published": "2024-05-07", "outlet": "Diario de Kaldera"}]
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    db = store_url
    result = runner.invoke(app, ["ingest", str(feed), "--db", str(db), "--jobs", "1"])
    assert result.exit_code == 0, result.output  # a warning, not a failure
    assert "es-1" in result.output or "wire.jsonl" in result.output
    assert "W003" in result.output and "Spanish (es)" in result.output

    listed = runner.invoke(app, ["articles", "--db", str(db), "--format", "json"])
    by_id = {a["id"]: a for a in json.loads(listed.stdout)}
    assert by_id["en-1"]["lang"] == "en" and by_id["es-1"]["lang"] == "es"
    assert by_id["es-1"]["published"] == "2024-05-07"  # metadata is still read

    from storyline.store import open_store

    with open_store(db) as store:
        spanish, english = store.article("es-1"), store.article("en-1")
    assert spanish.text == SPANISH and spanish.sentences == []
    assert spanish.mentions == [] and spanish.events == [] and spanish.timexes == [] and spanish.quotes == []
    assert any(m.text == "Kaldera" for m in english.mentions)
    assert english.events  # "met", "will meet", "have agreed"


def _stored_article(aid: str, text: str):
    from storyline.clean import clean_article
    from storyline.model import Article

    return clean_article(Article(id=aid, text=text, published="2024-05-07"))


def test_articles_in_another_language_group_by_their_content_words_not_function_words():
    from storyline.fuse.stories import article_features, cluster_stories

    port_a = _stored_article("pa", "O porto de Kaldera recebeu na terça-feira os ministros da Norlândia e da Estmarca "
                                   "para discutir as quotas de pesca do bacalhau. As delegações prometeram partilhar "
                                   "os dados dos navios de investigação e voltar a reunir-se em junho.")
    port_b = _stored_article("pb", "Em Kaldera, a reunião sobre as quotas de pesca do bacalhau entre a Norlândia e a "
                                   "Estmarca terminou com a promessa de partilhar os dados dos navios de investigação; "
                                   "os ministros voltam a reunir-se em junho.")
    port_c = _stored_article("pc", "A orquestra municipal de Vessa apresentou para o público uma nova temporada de "
                                   "concertos, que começa em setembro com obras de compositores do século dezanove "
                                   "e termina com um festival de música de câmara.")
    assert {a.lang for a in (port_a, port_b, port_c)} == {"pt"}
    features = article_features(port_a)
    assert "pesca" in features and "bacalhau" in features
    assert not {"para", "dos", "com", "entre"} & set(features)  # Portuguese function words
    cluster_stories([port_a, port_b, port_c], threshold=0.13)
    assert port_a.story == port_b.story and port_c.story != port_a.story
