"""The actor data derived from the PETRARCH2 dictionaries: the derivation rules on small inputs
written here, and the committed files equal to what the script makes from the reference files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from accord.actors import derive, load_gazetteer
from accord.actors.gazetteer import DATA_DIR

REFERENCE = Path(__file__).resolve().parent.parent.parent / "shared" / "reference" / "petrarch"

AGENTS = """!PERSON! = MAN, WOMAN
RIOT_POLICE [~COP]
POLICE!PERSON! [~COP]
BUDDHIST_MONK [~BUD]
ANTI-GOVERNMENT_FORCE [~REB]
VERY_LONG_MULTI_WORD_TERM [~GOV]
"""

GROUPS = """# a comment
NORTHERN_LIBERATION_FRONT_ [XYZREB] #  note
+NLF
+JOHN_SMITH
+NORTHERN_FRONT_FOR_LIBERATION_

GLOBAL_JIHAD_NETWORK_ [IMGMUSALQ]

SOME_LEADER
+ANOTHER_NAME
\t[XYZREBNLF 19900101-20000101]

REGIONAL_BRIGADE_ [MEAREB]
"""


def test_agent_rows(tmp_path):
    path = tmp_path / "agents.txt"
    path.write_text(AGENTS, encoding="utf-8")
    rows = list(derive.agent_rows(path))
    assert ("riot police", "COP") in rows and ("policeman", "COP") in rows and ("policewoman", "COP") in rows
    assert ("anti-government force", "REB") in rows
    assert not [t for t, _ in rows if "monk" in t or "very long" in t]  # another dimension; over three words


def test_armed_group_rows(tmp_path):
    path = tmp_path / "groups.txt"
    path.write_text(GROUPS, encoding="utf-8")
    rows = {r[0]: r for r in derive.armed_group_rows(path, taken=set())}
    front = rows["group:northern-liberation-front"]
    assert front[1] == "Northern Liberation Front" and front[3:] == ("XYZ", "REB")
    assert front[2].split("|") == ["NLF", "Northern Front for Liberation"]  # the leader's name is dropped
    assert rows["group:global-jihad-network"][3:] == ("", "INS")  # no state, international militant group
    assert rows["group:regional-brigade"][3:] == ("", "REB")  # a region code is no state
    assert "group:some-leader" not in rows  # a dated code: a person's membership


@pytest.mark.skipif(not REFERENCE.exists(), reason=f"{REFERENCE} is not beside the repository")
def test_committed_data_is_what_the_script_derives(tmp_path):
    for name in ("sectors.tsv", "armed_groups.tsv"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    assert derive.main([str(REFERENCE)], data_dir=tmp_path) == 0
    for name in ("sectors.tsv", "armed_groups.tsv"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (DATA_DIR / name).read_text(encoding="utf-8"), name


def test_groups_and_parties_load_with_country_and_sector():
    gaz = load_gazetteer()
    taliban = gaz.actors["group:taliban"]
    assert (taliban.kind, taliban.country, taliban.sector) == ("group", "AFG", "INS")
    labour = gaz.actors["party:gbr-labour"]
    assert (labour.kind, labour.country, labour.sector) == ("organisation", "GBR", "PTY")
    parties = {a.country for a in gaz.actors.values() if a.id.startswith("party:")}
    g20_democracies = {"ARG", "AUS", "BRA", "CAN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "ZAF",
                       "TUR", "GBR", "USA"}
    assert g20_democracies <= parties
    assert sum(1 for a in gaz.actors.values() if a.kind == "group") > 500
