"""What the voice says: numbers as a person reads them, and no unspoken marks."""

from __future__ import annotations

import itertools
import random
import re
import subprocess
import sys

import pytest

from viewer.content import Document
from viewer.speech.normalize import normalize_for_speech, split_sentences

REVIEW_SENTENCES = [
    (
        "全区城乡持证残疾人就业已达18.2万人，5.2万人次城乡残疾人接受职业技能和实用技术培训。",
        "全区城乡持证残疾人就业已达十八点二万人，五点二万人次城乡残疾人接受职业技能和实用技术培训。",
    ),
    (
        "实现12385残疾人服务热线与12345政务便民热线双号并行",
        "实现幺二三八五残疾人服务热线与幺二三四五政务便民热线双号并行",
    ),
    (
        "2018年—2023年内蒙古自治区残疾人事业发展回顾",
        "二零一八年至二零二三年内蒙古自治区残疾人事业发展回顾",
    ),
    (
        "有康复需求的残疾人基本康复服务覆盖率达到97.59%，",
        "有康复需求的残疾人基本康复服务覆盖率达到百分之九十七点五九，",
    ),
    (
        "符合条件残疾人享受“两项补贴”覆盖率达到100%。",
        "符合条件残疾人享受两项补贴覆盖率达到百分之一百。",
    ),
    (
        "实现家庭经济困难残疾学生从小学到高中阶段的12年免费教育，1916名残疾考生被高等院校录取",
        "实现家庭经济困难残疾学生从小学到高中阶段的十二年免费教育，一千九百一十六名残疾考生被高等院校录取",
    ),
    ("金百合杯“沙漠印象”首届（2020）残疾人", "金百合杯沙漠印象首届，二零二零，残疾人"),
    ("97.59% — 有康复需求的残疾人", "百分之九十七点五九，有康复需求的残疾人"),
    ("——巩固拓展残疾人脱贫攻坚成果", "巩固拓展残疾人脱贫攻坚成果"),
]

NUMBERS = [
    ("康复机构在岗人员达7200人", "康复机构在岗人员达七千二百人"),
    ("建成残疾人康复机构293个", "建成残疾人康复机构二百九十三个"),
    ("1916名", "一千九百一十六名"),
    ("102", "一百零二"),
    ("1002", "一千零二"),
    ("10", "十"),
    ("0", "零"),
    ("0.5", "零点五"),
    (".5", "零点五"),
    ("12年", "十二年"),
    ("999年", "九百九十九年"),
    ("3000年", "三千年"),
    ("100000000", "一亿"),
    ("007", "零零七"),
    ("Orca 43", "Orca 四十三"),
    # 万 and 亿 stay as they are written.
    ("158.58万", "一百五十八点五八万"),
    ("4087.6万元", "四千零八十七点六万元"),
    ("20.84万人次", "二十点八四万人次"),
    ("30余万名", "三十余万名"),
    ("41.48万余人次", "四十一点四八万余人次"),
    ("3.5亿元", "三点五亿元"),
    # Percentages.
    ("97.59%", "百分之九十七点五九"),
    ("100%", "百分之一百"),
    ("近50%", "近百分之五十"),
    ("95%以上", "百分之九十五以上"),
    ("达到95％", "达到百分之九十五"),
    ("5%-10%", "百分之五至百分之十"),
    # Thousands separators, and lists that are not.
    ("1,234", "一千二百三十四"),
    ("1，234元", "一千二百三十四元"),
    ("共1,234，其中", "共一千二百三十四，其中"),
    ("12,345.6", "一万二千三百四十五点六"),
    ("1,234,567人", "一百二十三万四千五百六十七人"),
    ("第1,2,3项", "第一,二,三项"),
    ("1，2345", "一，二千三百四十五"),
    # Signs and ranges.
    ("-5", "负五"),
    ("−5", "负五"),
    ("气温-5度", "气温负五度"),
    ("温差为 -5 度", "温差为 负五 度"),
    ("（-5）", "负五"),
    ("-3.5%", "负百分之三点五"),
    ("第3-5名", "第三至五名"),
    ("3月-5月", "三月至五月"),
    ("2～3个", "二至三个"),
    # Full-width digits and point.
    ("９７．５９％", "百分之九十七点五九"),
    ("５人", "五人"),
    ("１２３８５热线", "幺二三八五热线"),
    ("好．", "好．"),
]

YEARS_AND_PHONES = [
    ("2018年以来", "二零一八年以来"),
    ("2020年，自治区残联", "二零二零年，自治区残联"),
    ("1999年", "一九九九年"),
    ("2000年", "二零零零年"),
    ("10000年", "一万年"),
    ("（2020）", "二零二零"),
    ("(1998)", "一九九八"),
    ("2018—2023年", "二零一八至二零二三年"),
    ("2018-2023年", "二零一八至二零二三年"),
    ("2018–2023年", "二零一八至二零二三年"),
    ("2018－2023年", "二零一八至二零二三年"),
    ("2018~2023年", "二零一八至二零二三年"),
    ("2018～2023年", "二零一八至二零二三年"),
    ("2018年至2023年", "二零一八年至二零二三年"),
    ("2018到2023年", "二零一八到二零二三年"),
    ("2018 - 2023年", "二零一八至二零二三年"),
    ("（2018—2023）", "二零一八至二零二三"),
    ("12385残疾人服务热线", "幺二三八五残疾人服务热线"),
    ("拨打12345", "拨打幺二三四五"),
    ("服务电话：10086", "服务电话：幺零零八六"),
    ("电话：0471-6965210", "电话：零四七幺，六九六五二幺零"),
    ("共12385人", "共一万二千三百八十五人"),
    ("共12385人。服务热线", "共一万二千三百八十五人。服务热线"),
]

MARKS = [
    ("“大爱北疆”公益助残品牌", "大爱北疆公益助残品牌"),
    ("‘平等、参与、共享’", "平等、参与、共享"),
    ("「无障碍」『环境』", "无障碍环境"),
    ('"引号"', "引号"),
    ("北疆·温暖", "北疆温暖"),
    ("• 加强基础设施建设", "加强基础设施建设"),
    ("※注意", "注意"),
    ("康复——教育", "康复，教育"),
    ("好 —— 坏", "好，坏"),
    ("甲—乙", "甲，乙"),
    ("甲–乙", "甲，乙"),
    ("（注）。", "注。"),
    ("【公告】内容", "公告，内容"),
    ("内容（附件）：", "内容，附件："),
    ("（（一））", "一"),
    ("Orca (screen reader)", "Orca，screen reader"),
    ("平等、参与；共享：好！是？", "平等、参与；共享：好！是？"),
    ("残疾人事业", "残疾人事业"),
    ("", ""),
    ("。", "。"),
    ("——", ""),
]

CASES = REVIEW_SENTENCES + NUMBERS + YEARS_AND_PHONES + MARKS
IDS = [c[0][:24] or "empty" for c in CASES]


def test_the_table_is_large_enough() -> None:
    assert len(CASES) >= 60


@pytest.mark.parametrize(("text", "spoken"), CASES, ids=IDS)
def test_normalisation_table(text: str, spoken: str) -> None:
    assert normalize_for_speech(text) == spoken


@pytest.mark.parametrize("spoken", [c[1] for c in CASES], ids=IDS)
def test_no_digit_or_percent_survives_and_it_is_idempotent(spoken: str) -> None:
    assert not re.search(r"[0-9%]", spoken)
    assert normalize_for_speech(spoken) == spoken


def test_every_text_of_the_review_is_speakable(review: Document) -> None:
    texts = [t for s in review.all_sections() for t in s.text_blocks()]
    texts += [p.caption for p in review.photos]
    texts += [s.printed for s in review.statistics]
    texts += [f"{s.printed} — {s.label}" for s in review.statistics]
    texts += [review.title, review.subtitle or ""]
    assert len(texts) > 50
    for text in texts:
        spoken = normalize_for_speech(text)
        assert not re.search(r"[0-9０-９%％“”]", spoken), (text, spoken)
        assert normalize_for_speech(spoken) == spoken


@pytest.mark.parametrize(
    "text",
    [str(10**30), "9" * 25 + ".5", "1." + "1" * 60, "0.000001", "99999999999999999999%", "--5"],
)
def test_numbers_cn2an_cannot_say_are_read_digit_by_digit(text: str) -> None:
    spoken = normalize_for_speech(text)
    assert not re.search(r"[0-9%]", spoken)
    assert normalize_for_speech(spoken) == spoken


def test_a_huge_number_falls_back_to_its_digits() -> None:
    assert normalize_for_speech(str(10**30)) == "一" + "零" * 30
    assert normalize_for_speech("1" * 17 + ".5") == "一" * 17 + "点五"


def test_never_raises_and_is_idempotent_on_random_text() -> None:
    pieces = [
        *"0123456789０１２３４５６７８９.．,，%％-－−—–~～",
        *'（）()【】“”‘’「」『』"·•※。！？；…!?;、： \n',
        *["——", "年", "万", "热线", "电话", "拨打", "2018年", "12345", "1,234", "人", "a"],
    ]
    rng = random.Random(20231)  # noqa: S311 (seeded so every run tries the same texts; nothing secret)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        spoken = normalize_for_speech(text)
        assert not re.search(r"[0-9０-９\ufdd0]", spoken), (text, spoken)
        assert normalize_for_speech(spoken) == spoken, text


def test_added_pauses_are_never_doubled_or_at_an_end() -> None:
    assert normalize_for_speech("（（注））：【甲】（乙）") == "注：甲，乙"
    assert normalize_for_speech("好（） \n") == "好"
    assert normalize_for_speech("好，（注）") == "好，注"


def test_cn2an_is_imported_only_when_a_number_is_said() -> None:
    code = (
        "import sys; import viewer.speech.normalize as n; "
        "assert 'cn2an' not in sys.modules; n.normalize_for_speech('5'); "
        "assert 'cn2an' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "健康是基础，康复是需求。覆盖率达到97.59%，很好。",
            ["健康是基础，康复是需求。", "覆盖率达到97.59%，很好。"],
        ),
        ("没有句号", ["没有句号"]),
        ("他说：“很好。”然后走了", ["他说：“很好。”", "然后走了"]),
        ("「好！」『是？』", ["「好！」", "『是？』"]),
        ("（见附件。）下文", ["（见附件。）", "下文"]),
        ("真的吗？是的！好；", ["真的吗？", "是的！", "好；"]),
        ("Yes! No? A; b", ["Yes!", "No?", "A;", "b"]),
        ("  前后有空格。  第二句。\n", ["前后有空格。", "第二句。"]),
        ("等等……结束", ["等等……", "结束"]),
        ("真的？！", ["真的？！"]),
        ("", []),
        ("   \n ", []),
    ],
)
def test_sentences(text: str, sentences: list[str]) -> None:
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == sentences
    assert all(a < b <= c for (a, b), (c, _) in itertools.pairwise(spans))


def test_sentences_cover_the_text_in_order() -> None:
    text = "一。二！三？四；五…六"
    spans = split_sentences(text)
    assert "".join(text[a:b] for a, b in spans) == text
    assert spans[0][0] == 0
    assert spans[-1][1] == len(text)
