"""Installments 1–4 of the demo series, from published to merely announced."""

import datetime

from demo.content.sections import (
    COMMENTARY_ONE,
    COOPERATION_SECTION,
    DEMAND_SECTION,
    INNOVATION_SECTION,
    SOURCE_LOCAL,
    TALENT_SECTION,
)

INSTALLMENT_ONE = {
    "number": 1,
    "slug": "chuangxin-tuwei",
    "title": "创新突围看县域",
    "state": "published",
    "first_published_at": datetime.datetime(2026, 11, 16, 5, 0),
    "deck": "深耕细分赛道，一批产业强县从跟跑走向领跑",
    "standfirst": (
        "县域是产业发展的重要承载地。在江苏江阴、浙江慈溪、福建福清、湖南浏阳等地，"
        "一批企业深耕细分赛道，把“小产品”做成“大产业”。记者走访发现，"
        "创新驱动、人才为先、需求导向、协同协作，是这些县域突围的共同密码。"
    ),
    "search_description": "江阴、慈溪、福清、浏阳等产业强县如何以创新突围。",
    "hero_image": "jiangyin-riverside",
    "places": ["jiangyin", "cixi", "fuqing", "liuyang", "jingjiang"],
    "bylines": [
        ("姚雪青", "reporter"),
        ("刘军国", "reporter"),
        ("杨迅", "reporter"),
        ("刘晓宇", "reporter"),
        ("陈思远", "correspondent"),
        ("周明川", "photographer"),
        ("林晓岚", "photographer"),
        ("何亦舟", "commentator"),
        ("王润泽", "editor"),
        ("许静怡", "editor"),
        ("赵一帆", "designer"),
    ],
    "edition_date": datetime.date(2026, 11, 16),
    "print_page": 13,
    "page_name": "人民眼",
    "corrections": [
        (
            datetime.date(2026, 11, 17),
            "本文“协同协作”部分，江阴与靖江人均地区生产总值之比在初版中误作“2.99%”，"
            "应为“2.99倍”，现已更正。",
        ),
    ],
    "body": [
        (
            "paragraph",
            "清晨，江阴沿江的一处工业区里，叉车往来穿梭，一箱箱精密部件装车待发，"
            "将运往各地的整机厂。这些看上去并不起眼的零部件，不少在全国同类产品中名列前茅。",
        ),
        (
            "paragraph",
            "把一个产品做到极致，再把一个产业做成集群——这是记者近期在多个产业强县采访时反复听到的话。"
            "从长江南岸的江阴到杭州湾畔的慈溪，从东南沿海的福清到湘东的浏阳，"
            "县域企业在各自的细分领域里深耕多年，从跟跑到并跑，有的已经领跑。",
        ),
        (
            "image",
            {
                "image": "jiangyin-loading",
                "caption": "江阴一家企业的精密部件即将装车，发往下游整机厂。",
                "credit": "",
            },
        ),
        (
            "paragraph",
            "这些县域的探索说明，县域经济并非只能承接转移、拼资源拼成本。"
            "找准方向、持续投入，县城同样可以成为创新的策源地。",
        ),
        ("section", INNOVATION_SECTION),
        ("section", TALENT_SECTION),
        ("section", DEMAND_SECTION),
        ("section", COOPERATION_SECTION),
        ("commentary", COMMENTARY_ONE),
    ],
}

INSTALLMENT_TWO = {
    "number": 2,
    "slug": "rencai-xingye",
    "title": "人才兴业看县域",
    "state": "draft",
    "deck": "引才用才育才，为县域产业注入源头活水",
    "standfirst": (
        "产业往高处走，人才是关键。县域怎样把人才引进来、用起来、留下来？"
        "记者走进浙江慈溪、福建福清，看企业和学校如何携手培养产业需要的人。"
    ),
    "hero_image": "talent-workshop",
    "places": ["cixi", "fuqing"],
    "bylines": [
        ("姚雪青", "reporter"),
        ("刘军国", "reporter"),
        ("林晓岚", "photographer"),
        ("王润泽", "editor"),
    ],
    "body": [
        (
            "paragraph",
            "下午四点，车间里的交接班刚刚结束。一位老师傅没有急着下班，"
            "而是把两名新来的徒弟叫到设备旁，一边比画，一边讲解刚才那道工序的要领。",
        ),
        (
            "paragraph",
            "在县域，这样的场景并不少见。对于深耕细分领域的制造企业来说，"
            "一条生产线能走多远，很大程度上取决于站在线旁的人。",
        ),
        (
            "section",
            {
                "theme": "talent",
                "heading": "人才为先",
                "subheading": "校企携手，把课堂搬进车间",
                "content": [
                    (
                        "paragraph",
                        "职业院校与企业共同制定培养方案，学生一半时间在课堂，一半时间在产线。"
                        "毕业时，他们已经熟悉了未来岗位上的每一道工序。",
                    ),
                    (
                        "pull_quote",
                        {
                            "text": "在学校学的是原理，在车间学的是手感，两样都不能少。",
                            "attribution": "一名刚入职的技术员",
                            "role": "慈溪一家制造企业",
                        },
                    ),
                ],
            },
        ),
    ],
}

INSTALLMENT_THREE = {
    "number": 3,
    "slug": "shichang-qianyin",
    "title": "市场牵引看县域",
    "state": "scheduled",
    # Scheduled N days ahead at 05:00 local time; a run keeps a still-future schedule.
    "go_live_in_days": 14,
    "subtitle_override": "——县域经济高质量发展观察之三（浏阳篇）",
    "deck": "读懂需求、创造需求，老产业焕发新活力",
    "standfirst": (
        "从传统花炮到数字焰火，湖南浏阳的花炮企业紧盯市场变化，不断推出新产品、打开新场景。"
    ),
    "hero_image": "liuyang-showroom",
    "places": ["liuyang"],
    "bylines": [
        ("杨迅", "reporter"),
        ("刘晓宇", "reporter"),
        ("周明川", "photographer"),
        ("许静怡", "editor"),
        ("赵一帆", "designer"),
    ],
    "body": [
        (
            "paragraph",
            "夜幕降临，浏阳河畔人头攒动。一场焰火表演还没开始，手机镜头已经齐刷刷对准了夜空。",
        ),
        (
            "section",
            {
                "theme": "demand",
                "heading": "需求导向",
                "subheading": "一朵焰火里的市场学问",
                "content": [
                    (
                        "paragraph",
                        "2025年，浏阳花炮产业总产值达505.8亿元。"
                        "支撑这一数字的，是企业对市场变化的敏锐捕捉。",
                    ),
                    (
                        "key_figure",
                        {
                            "value": "505.8",
                            "unit": "亿元",
                            "label": "花炮产业总产值",
                            "place": "liuyang",
                            "year": 2025,
                            "source": SOURCE_LOCAL,
                        },
                    ),
                ],
            },
        ),
    ],
}

# Announced only: a number and a planned date; the series page shows it as coming.
INSTALLMENT_FOUR = {
    "number": 4,
    "slug": "xieshou-gongjin",
    "title": "携手共进看县域",
    "state": "draft",
    "planned_in_days": 28,
    "deck": "",
    "standfirst": "",
    "places": ["jiangyin", "jingjiang"],
    "bylines": [("姚雪青", "reporter"), ("刘晓宇", "reporter")],
    "body": [],
}

INSTALLMENTS = [INSTALLMENT_ONE, INSTALLMENT_TWO, INSTALLMENT_THREE, INSTALLMENT_FOUR]
