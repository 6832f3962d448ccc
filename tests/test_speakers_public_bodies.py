"""Speakers named by a public function, and speakers who speak for no one (docs/annotation.md
section 11, "Attribution sources"). Sentences written for these tests."""

from __future__ import annotations

import pytest

import accord


@pytest.mark.parametrize("text, expected", [
    # the people of a public service named by their function serve the state the story is set in
    ("A ferry capsized on Lake Kivu near Goma, in the Democratic Republic of the Congo, on Sunday. At least"
     " twelve people drowned, according to investigators.", ("investigators", "COD")),
    ("A bus left the road outside Arequipa, Peru, on Friday. Rescuers said eight passengers were still missing.",
     ("Rescuers", "PER")),
    ("A judge in Chicago, Illinois, set a trial date on Monday. According to a court clerk, the hearing will"
     " open on June 3.", ("a court clerk", "USA")),
    # a document of a public body named by its function
    ("A warehouse burned in Porto, Portugal, overnight. Six engines were sent, according to a fire service"
     " statement.", ("a fire service statement", "PRT")),
    # a town that speaks is its government, a sub-state government of its state
    ("A water main broke in Leeds, England, on Tuesday. The city said supplies would return by the evening.",
     ("The city", "GBR")),
    ("A water main broke on Tuesday in Ohio. The city of Marlow Heights announced that schools would close.",
     ("The city of Marlow Heights", "USA")),
    # a law cited by its number speaks for the state that made it
    ("The regulator in Manila shut the station down on Monday. Republic Act No. 7925, also known as the"
     " \"Public Telecommunications Policy Act\", states \"no station shall operate without a franchise\".",
     ("Republic Act No", "PHL")),
    # a name no data holds, described in apposition as a state's body
    ("Vesmirna, the Czech space agency, announced the launch had been postponed.", ("Vesmirna", "CZE")),
    # private professions are no public function, whatever PETRARCH's sector codes say of lawyers
    ("A driver was convicted in Lima, Peru, on Monday. A lawyer for the family said the verdict would be"
     " appealed.", ("A lawyer for the family", None)),
])
def test_a_public_function_speaks_for_its_state(text: str, expected: tuple[str, str | None]) -> None:
    quotes = accord.analyze(text, published="2021-03-01").quotes
    assert [(q.speaker.text, q.speaker.actor) for q in quotes if q.speaker] == [expected]


@pytest.mark.parametrize("text, expected", [
    # anonymous sources speak for no one, though the article is about one state
    ("Peru's cabinet met in Lima on Monday. Sources said the interior minister would resign within days.",
     ("Sources", None)),
    # framed by a body or a state, they speak for it
    ("Peru's cabinet met in Lima on Monday. Sources close to the cabinet said the interior minister would resign.",
     ("Sources close to the cabinet", "PER")),
    ("A Kenyan government source said the minister would resign within days.",
     ("A Kenyan government source", "KEN")),
    # an indefinite description introduces someone new: not the person named before with that role
    ("Student protester Lena Vogt was arrested in Minsk, Belarus. A protester said the police had beaten people.",
     ("A protester", None)),
    # and indefinite reports are no document named before
    ("Health minister Olga Brandt presented a report in Vienna, Austria. Local reports said the clinic had closed.",
     ("Local reports", None)),
])
def test_an_unnamed_source_speaks_for_no_one(text: str, expected: tuple[str, str | None]) -> None:
    quotes = accord.analyze(text, published="2021-03-01").quotes
    assert [(q.speaker.text, q.speaker.actor) for q in quotes if q.speaker][-1] == expected


@pytest.mark.parametrize("text, expected", [
    # a speaking "it" continues a body that was the subject two sentences back
    ("The Chilean navy said the trawler sank near Valparaíso on Monday. Rescue divers reached the wreck at dawn."
     " On Friday, however, it said the search had been called off.", "CHL"),
    # the subject of a reported clause is what was said about, not who speaks next
    ("Kenya's foreign ministry said Uganda had closed the border crossing at Busia. It added that trucks were"
     " being turned back.", "KEN"),
])
def test_a_speaking_it_continues_the_body_that_spoke(text: str, expected: str) -> None:
    quotes = accord.analyze(text, published="2021-03-01").quotes
    assert quotes[-1].speaker is not None and (quotes[-1].speaker.text.lower(), quotes[-1].speaker.actor) == \
        ("it", expected)
