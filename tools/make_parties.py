"""Write resources/parties.json: the Parties to the Cartagena Protocol with their names in the six UN languages.

Run once, by hand, when the list of Parties changes (``python tools/make_parties.py`` in an
environment that has ``babel``); the program reads only the JSON it writes, so babel is never
needed at run time.

Which States are Parties: every Member State of the United Nations, Niue and the State of
Palestine, less the States listed in NOT_PARTIES below, plus the European Union (172 States and
the European Union). The list follows the Secretariat's list of Parties (the Biosafety
Clearing-House, "Parties to the Protocol"); check NOT_PARTIES against it when a State joins.

Names are CLDR's territory names (through babel) with two kinds of change, both kept as search
words so that the everyday names still find the Party: English "&" and "St." are written out,
and a few States whose everyday CLDR name is not the name they use in the Protocol's meetings
are given that name (FORMAL).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from babel import Locale

LANGUAGES = ("en", "zh", "fr", "es", "ru", "ar")

#: Members of the United Nations (ISO 3166-1 alpha-2), 193.
UN_MEMBERS = """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN CO KM
CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU
IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN
ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST SA SN
RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN
YE ZM ZW
""".split()  # noqa: SIM905 (a table of codes reads best as one)

#: States that take part in the Convention's work but are not Parties to the Protocol, plus the United States.
NOT_PARTIES = """
AD AR AU BN CA CL GQ FM HT IS IL KW MC RU SM ST SL SG SS TL TV US VU
""".split()  # noqa: SIM905 (a table of codes reads best as one)

#: Parties that are not Members of the United Nations: Niue, the State of Palestine and the European Union.
OTHER_PARTIES = ("NU", "PS", "EU")

FORMAL: dict[str, dict[str, str]] = {
    "CD": {
        "en": "Democratic Republic of the Congo",
        "zh": "刚果民主共和国",
        "fr": "République démocratique du Congo",
        "es": "República Democrática del Congo",
        "ru": "Демократическая Республика Конго",
        "ar": "جمهورية الكونغو الديمقراطية",
    },
    "CG": {"en": "Congo", "zh": "刚果", "fr": "Congo", "es": "Congo", "ru": "Конго", "ar": "الكونغو"},
    "PS": {
        "en": "State of Palestine",
        "zh": "巴勒斯坦国",
        "fr": "État de Palestine",
        "es": "Estado de Palestina",
        "ru": "Государство Палестина",
        "ar": "دولة فلسطين",
    },
    "KP": {
        "en": "Democratic People's Republic of Korea",
        "zh": "朝鲜民主主义人民共和国",
        "fr": "République populaire démocratique de Corée",
        "es": "República Popular Democrática de Corea",
        "ru": "Корейская Народно-Демократическая Республика",
        "ar": "جمهورية كوريا الشعبية الديمقراطية",
    },
    "KR": {
        "en": "Republic of Korea",
        "zh": "大韩民国",
        "fr": "République de Corée",
        "es": "República de Corea",
        "ru": "Республика Корея",
        "ar": "جمهورية كوريا",
    },
    "AE": {"ru": "Объединённые Арабские Эмираты"},
    "MM": {"en": "Myanmar", "zh": "缅甸", "fr": "Myanmar", "es": "Myanmar", "ru": "Мьянма", "ar": "ميانمار"},
}


def _english(name: str) -> str:
    return name.replace(" & ", " and ").replace("St. ", "Saint ")


def parties() -> list[dict[str, object]]:
    """Every Party: its code, its names in the six languages and other names it is found by."""
    assert len(UN_MEMBERS) == len(set(UN_MEMBERS)) == 193, len(UN_MEMBERS)
    assert set(NOT_PARTIES) <= set(UN_MEMBERS)
    codes = [code for code in UN_MEMBERS if code not in NOT_PARTIES] + list(OTHER_PARTIES)
    assert len(codes) == 173, len(codes)
    locales = {language: Locale(language).territories for language in LANGUAGES}
    entries = []
    for code in sorted(codes):
        cldr = {language: locales[language][code] for language in LANGUAGES}
        names = dict(cldr)
        names["en"] = _english(names["en"])
        names.update(FORMAL.get(code, {}))
        also = sorted({name for name in cldr.values() if name not in names.values()})
        entries.append({"code": code, "names": names, **({"also": also} if also else {})})
    return entries


def main() -> int:
    """Write the file next to the other resources."""
    target = Path(__file__).resolve().parents[1] / "resources" / "parties.json"
    document = {
        "about": "Parties to the Cartagena Protocol on Biosafety (172 States and the European Union): ISO 3166 "
        "code, names in the six UN languages (CLDR territory names, see tools/make_parties.py).",
        "parties": parties(),
    }
    target.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{target}: {len(document['parties'])} Parties")
    return 0


if __name__ == "__main__":
    sys.exit(main())
