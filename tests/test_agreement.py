"""Agreement of two annotations: the second read as an output and scored against the first."""

import json

import pytest

from accord.evaluation.agreement import compare, main
from accord.evaluation.gold import parse_line

TEXT = ("Chile and Peru signed a fisheries accord in Lima on Monday. Peru's foreign minister said the "
        "accord would end a decade of disputes. Bolivia protested against the deal, officials in La Paz said.")


def line(events: list[dict], quotes: list[dict], id: str = "a1") -> dict:
    return {"id": id, "split": "dev", "text": TEXT, "published": "2024-05-07", "events": events, "quotes": quotes}


AGREE = {"type": "AGREE", "source": ["CHL"], "target": ["PER"], "status": "occurred", "reciprocal": True}
PROTEST = {"type": "ACCUSE", "source": ["BOL"], "target": ["CHL", "PER"], "status": "occurred"}
MINISTER = {"kind": "indirect", "text": "the accord would end a decade of disputes", "cue": "said",
            "speaker": "PER", "speaker_text": "Peru's foreign minister"}
OFFICIALS = {"kind": "indirect", "text": "Bolivia protested against the deal", "cue": "said",
             "speaker": "BOL", "speaker_text": "officials in La Paz"}


def tasks(first: dict, second: dict) -> dict:
    report = compare([parse_line(first, "first", 1)], [parse_line(second, "second", 1)])
    return report.tasks().to_dict()


def test_identical_annotations_agree_fully():
    both = line([AGREE, PROTEST], [MINISTER, OFFICIALS])
    scores = tasks(both, both)
    assert scores["event_triple"]["f1"] == 1.0
    assert scores["quote_speaker"]["f1"] == 1.0


@pytest.mark.parametrize("second, task, recall", [
    # the second annotator gives the protest a different target: the event pairs, its triple does not
    (line([AGREE, {**PROTEST, "target": ["PER"]}], [MINISTER, OFFICIALS]), "event_triple", 0.5),
    # the second annotator codes the protest as a REJECT
    (line([AGREE, {**PROTEST, "type": "REJECT"}], [MINISTER, OFFICIALS]), "event_type", 0.5),
    # the second annotator leaves the protest out
    (line([AGREE], [MINISTER, OFFICIALS]), "event", 0.5),
    # the second annotator codes the unnamed officials as no one's
    (line([AGREE, PROTEST], [MINISTER, {**OFFICIALS, "speaker": None}]), "quote_speaker", 0.5),
])
def test_a_disagreement_lowers_the_task_it_touches(second, task, recall):
    scores = tasks(line([AGREE, PROTEST], [MINISTER, OFFICIALS]), second)
    assert scores[task]["recall"] == recall


def test_articles_pair_by_id_and_unpaired_ones_are_left_out(tmp_path, capsys):
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text(json.dumps(line([AGREE], [MINISTER])) + "\n" + json.dumps(line([PROTEST], [], id="b2")) + "\n")
    second.write_text(json.dumps(line([AGREE], [MINISTER])) + "\n")
    assert main([str(first), str(second), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["articles"] == 1
    assert out["tasks"]["event"]["recall"] == 1.0


def test_no_shared_article_is_a_clear_error(tmp_path, capsys):
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text(json.dumps(line([AGREE], [])) + "\n")
    second.write_text(json.dumps(line([AGREE], [], id="other")) + "\n")
    assert main([str(first), str(second)]) == 2
    assert "pair by `id`" in capsys.readouterr().err
