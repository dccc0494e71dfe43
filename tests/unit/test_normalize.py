"""What the voice says: numbers as a person reads them, and no unspoken marks."""

from __future__ import annotations

import re

import pytest

from viewer.content import Document
from viewer.speech.normalize import normalize_for_speech, split_sentences

CASES = [
    # The review's own sentences.
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
        "有康复需求的残疾人基本康复服务覆盖率达到97.59%，累计",
        "有康复需求的残疾人基本康复服务覆盖率达到百分之九十七点五九，累计",
    ),
    (
        "符合条件残疾人享受“两项补贴”覆盖率达到100%。",
        "符合条件残疾人享受两项补贴覆盖率达到百分之一百。",
    ),
    (
        "实现家庭经济困难残疾学生从小学到高中阶段的12年免费教育，1916名残疾考生",
        "实现家庭经济困难残疾学生从小学到高中阶段的十二年免费教育，一千九百一十六名残疾考生",
    ),
    ("158.58万残疾人", "一百五十八点五八万残疾人"),
    ("共募集款物4087.6万元", "共募集款物四千零八十七点六万元"),
    ("20.84万人次残疾人", "二十点八四万人次残疾人"),
    ("使30余万名残疾人受益", "使三十余万名残疾人受益"),
    ("累计精准康复服务残疾人41.48万余人次", "累计精准康复服务残疾人四十一点四八万余人次"),
    ("比例近50%", "比例近百分之五十"),
    ("入学率达到95%以上", "入学率达到百分之九十五以上"),
    ("康复机构在岗人员达7200人", "康复机构在岗人员达七千二百人"),
    ("建成残疾人康复机构293个", "建成残疾人康复机构二百九十三个"),
    ("2018年以来", "二零一八年以来"),
    ("2020年，自治区残联", "二零二零年，自治区残联"),
    ("金百合杯“沙漠印象”首届（2020）残疾人", "金百合杯沙漠印象首届，二零二零，残疾人"),
    ("为4万余户残疾人家庭", "为四万余户残疾人家庭"),
    ("等8个部门和地区", "等八个部门和地区"),
    ("——巩固拓展残疾人脱贫攻坚成果", "巩固拓展残疾人脱贫攻坚成果"),
    (
        "97.59% — 有康复需求的残疾人基本康复服务覆盖率",
        "百分之九十七点五九，有康复需求的残疾人基本康复服务覆盖率",
    ),
    # Numbers in general.
    ("102", "一百零二"),
    ("1002", "一千零二"),
    ("0.5", "零点五"),
    ("10", "十"),
    ("100000000", "一亿"),
    ("3.5亿元", "三点五亿元"),
    ("12,345.6", "一万二千三百四十五点六"),
    ("1,234人", "一千二百三十四人"),
    ("1，234元", "一千二百三十四元"),
    ("第1,2,3项", "第一,二,三项"),  # a list, not thousands
    ("-5", "负五"),
    ("气温-3.5%", "气温负百分之三点五"),
    ("温差为 -5 度", "温差为 负五 度"),
    ("９７．５９％", "百分之九十七点五九"),
    ("１２３８５热线", "幺二三八五热线"),
    ("５人", "五人"),
    # Years and ranges.
    ("2018—2023年", "二零一八至二零二三年"),
    ("2018-2023年", "二零一八至二零二三年"),
    ("2018～2023年", "二零一八至二零二三年"),
    ("2018年至2023年", "二零一八年至二零二三年"),
    ("2018到2023年", "二零一八到二零二三年"),
    ("1999年", "一九九九年"),
    ("2000年", "二零零零年"),
    ("（2020）", "二零二零"),
    # Phone numbers.
    ("拨打12345", "拨打幺二三四五"),
    ("服务电话：10086", "服务电话：幺零零八六"),
    ("12385残疾人服务热线", "幺二三八五残疾人服务热线"),
    ("共12385人", "共一万二千三百八十五人"),
    # Marks that are not spoken.
    ("“大爱北疆”公益助残品牌", "大爱北疆公益助残品牌"),
    ("‘平等、参与、共享’", "平等、参与、共享"),
    ("「无障碍」", "无障碍"),
    ("北疆·温暖", "北疆温暖"),
    ("• 加强基础设施建设", "加强基础设施建设"),
    ("康复——教育", "康复，教育"),
    ("甲—乙", "甲，乙"),
    ("（注）。", "注。"),
    ("【公告】内容", "公告，内容"),
    # Text that needs nothing.
    ("残疾人事业", "残疾人事业"),
    ("", ""),
    ("。", "。"),
    ("Orca 43", "Orca 四十三"),
]


@pytest.mark.parametrize(("text", "spoken"), CASES, ids=[c[0][:20] or "empty" for c in CASES])
def test_normalisation_table(text: str, spoken: str) -> None:
    assert normalize_for_speech(text) == spoken


@pytest.mark.parametrize("spoken", [c[1] for c in CASES], ids=[c[0][:20] or "empty" for c in CASES])
def test_no_digit_or_percent_survives_and_it_is_idempotent(spoken: str) -> None:
    assert not re.search(r"[0-9０-９%％]", spoken)
    assert normalize_for_speech(spoken) == spoken


def test_every_text_of_the_review_is_speakable(review: Document) -> None:
    texts = [t for s in review.all_sections() for t in s.text_blocks()]
    texts += [p.caption for p in review.photos]
    texts += [f"{s.printed} — {s.label}" for s in review.statistics]
    texts += [review.title, review.subtitle or ""]
    for text in texts:
        spoken = normalize_for_speech(text)
        assert not re.search(r"[0-9０-９%％“”]", spoken), (text, spoken)


@pytest.mark.parametrize(
    "text",
    ["1" * 40, "9" * 25 + ".5", "0.000001", "99999999999999999999%", "--5", "5-", "%", "—" * 5],
)
def test_never_raises(text: str) -> None:
    spoken = normalize_for_speech(text)
    assert not re.search(r"[0-9]", spoken)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "健康是基础，康复是需求。五年来，覆盖率达到97.59%，很好。",
            ["健康是基础，康复是需求。", "五年来，覆盖率达到97.59%，很好。"],
        ),
        ("没有句号", ["没有句号"]),
        ("他说：“很好。”然后走了", ["他说：“很好。”", "然后走了"]),
        ("真的吗？是的！好；", ["真的吗？", "是的！", "好；"]),
        ("  前后有空格。  ", ["前后有空格。"]),
        ("", []),
        ("   ", []),
        ("等等……结束", ["等等……", "结束"]),
    ],
)
def test_sentences(text: str, sentences: list[str]) -> None:
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == sentences
    assert spans == sorted(spans)
