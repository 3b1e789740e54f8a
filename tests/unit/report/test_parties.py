"""The list of Parties to the Protocol: names in six languages, found by any of them, free text kept."""

from __future__ import annotations

import json

from bsreporter.report.parties import LANGUAGES, display_party, find_party, parties, party_by_code, same_party
from bsreporter.resources import resource_path


def test_the_list_holds_172_states_and_the_european_union_named_in_six_languages() -> None:
    listed = parties()
    assert len(listed) == 173
    codes = {party.code for party in listed}
    assert {"EU", "NU", "PS", "FR", "CN", "BR"} <= codes
    assert not codes & {"US", "CA", "AR", "AU", "RU"}  # not Parties to the Protocol
    for party in listed:
        assert set(party.names) == set(LANGUAGES), party.code
        assert all(name.strip() for name in party.names.values()), party.code


def test_a_party_is_found_by_its_name_in_any_language_or_its_code() -> None:
    germany = party_by_code("DE")
    assert germany is not None
    for typed in ("Allemagne", "germany", "德国", "Германия", "ألمانيا", "Alemania", "DE", "  allemagne "):
        assert find_party(typed) == germany, typed
    assert find_party("Cote d'Ivoire") == party_by_code("CI")  # without the accent or the typographic apostrophe
    assert find_party("North Korea") == party_by_code("KP")  # an everyday name finds the Party's own name


def test_a_recorded_party_is_shown_in_the_language_asked_and_free_text_as_typed() -> None:
    assert display_party("Germany", "fr") == "Allemagne"
    assert display_party("Allemagne", "zh") == "德国"
    assert display_party("Republic of Arcadia", "fr") == "Republic of Arcadia"


def test_one_party_named_in_two_languages_is_the_same_party() -> None:
    assert same_party("Allemagne", "Germany")
    assert same_party("  arcadia ", "Arcadia")
    assert not same_party("France", "Germany")
    assert not same_party("Arcadia", "Borduria")


def test_the_data_file_is_plain_json_with_no_program_needed_to_read_it() -> None:
    document = json.loads(resource_path("resources", "parties.json").read_text(encoding="utf-8"))
    assert len(document["parties"]) == 173
