"""All demo copy as data: our own writing around the real story's facts and figures.

The facts and figures (江阴 204/96, 慈溪 13, 福清 one third, 浏阳 505.8 亿元 / 60% / 70%,
江阴—靖江 2.99 → 1.35, 45 parks / 1,700 firms / 660,000 jobs) come from public
reporting; every sentence here is written for this project. Quotes belong only to
unnamed, generic speakers.

References between entries are by key: images by `key`, themes and places by slug,
people by name. series/demo/pages.py resolves them into primary keys.
"""

import datetime

SITE_NAME = "县域观察"

# ---------------------------------------------------------------- snippets

THEMES = [
    {
        "slug": "innovation",
        "name": "创新驱动",
        "description": "县域企业如何在细分领域持续投入研发，把产品做精做专。",
        "aliases": ["科技创新", "创新引领", "以创新破局"],
    },
    {
        "slug": "talent",
        "name": "人才为先",
        "description": "引才、育才、留才：县域产业升级背后的人。",
        "aliases": ["人才支撑", "引才育才", "人才引育"],
    },
    {
        "slug": "demand",
        "name": "需求导向",
        "description": "紧盯市场和用户，以需求牵引研发和生产。",
        "aliases": ["市场导向", "以需定产", "紧贴市场"],
    },
    {
        "slug": "cooperation",
        "name": "协同协作",
        "description": "跨区域共建园区、产业链上下游配套，县域之间携手发展。",
        "aliases": ["区域协同", "协同发展", "南北共建"],
    },
]

PLACES = [
    {
        "slug": "jiangyin",
        "name": "江阴",
        "province": "江苏",
        "level": "county_city",
        "latitude": "31.910600",
        "longitude": "120.285300",
        "admin_code": "320281",
    },
    {
        "slug": "cixi",
        "name": "慈溪",
        "province": "浙江",
        "level": "county_city",
        "latitude": "30.169700",
        "longitude": "121.266200",
        "admin_code": "330282",
    },
    {
        "slug": "fuqing",
        "name": "福清",
        "province": "福建",
        "level": "county_city",
        "latitude": "25.720300",
        "longitude": "119.384100",
        "admin_code": "350181",
    },
    {
        "slug": "liuyang",
        "name": "浏阳",
        "province": "湖南",
        "level": "county_city",
        "latitude": "28.163000",
        "longitude": "113.643300",
        "admin_code": "430181",
    },
    {
        "slug": "jingjiang",
        "name": "靖江",
        "province": "江苏",
        "level": "county_city",
        "latitude": "32.014700",
        "longitude": "120.277300",
        "admin_code": "321282",
    },
]

# Images are drawn by series/demo/images.py; `scene` picks the composition and `seed`
# makes every run draw the same picture.
IMAGES = [
    {
        "key": "series-cover",
        "title": "演示图片：长江下游的县城与田野",
        "caption": "长江下游平原上，县城与田野相连。",
        "credit": "本报记者 周明川摄",
        "scene": "countryside",
        "seed": 11,
    },
    {
        "key": "jiangyin-riverside",
        "title": "演示图片：江阴沿江工业区晨景",
        "caption": "清晨的江阴沿江工业区，厂房与码头相连。",
        "credit": "本报记者 周明川摄",
        "scene": "riverside_industry",
        "seed": 21,
    },
    {
        "key": "jiangyin-loading",
        "title": "演示图片：精密部件装车待发",
        "caption": "江阴一家企业的车间里，精密部件装箱待发。",
        "credit": "本报记者 周明川摄",
        "scene": "factory",
        "seed": 31,
    },
    {
        "key": "cixi-workshop",
        "title": "演示图片：慈溪企业的自动化车间",
        "caption": "慈溪一家单项冠军企业的自动化生产线。",
        "credit": "本报记者 林晓岚摄",
        "scene": "factory",
        "seed": 32,
    },
    {
        "key": "fuqing-glass",
        "title": "演示图片：福清汽车玻璃生产线",
        "caption": "福清一家企业的汽车玻璃正在成型检测。",
        "credit": "本报记者 林晓岚摄",
        "scene": "glass",
        "seed": 41,
    },
    {
        "key": "liuyang-fireworks",
        "title": "演示图片：浏阳河畔的焰火",
        "caption": "浏阳河畔，新型焰火在夜空中绽放。",
        "credit": "本报记者 周明川摄",
        "scene": "fireworks",
        "seed": 51,
    },
    {
        "key": "jiangyin-jingjiang",
        "title": "演示图片：隔江相望的江阴与靖江",
        "caption": "长江两岸，江阴与靖江隔江相望。",
        "credit": "本报记者 周明川摄",
        "scene": "bridge",
        "seed": 61,
    },
    {
        "key": "talent-workshop",
        "title": "演示图片：车间里的师徒",
        "caption": "老师傅在生产线旁带徒弟。",
        "credit": "本报记者 林晓岚摄",
        "scene": "factory",
        "seed": 71,
    },
    {
        "key": "liuyang-showroom",
        "title": "演示图片：浏阳花炮新品试放",
        "caption": "浏阳一家花炮企业试放新品。",
        "credit": "本报记者 周明川摄",
        "scene": "fireworks",
        "seed": 52,
    },
    {
        "key": "portrait-he-yizhou",
        "title": "演示图片：评论员何亦舟",
        "caption": "何亦舟",
        "credit": "本报资料图片",
        "scene": "portrait",
        "seed": 81,
    },
]

_REPORTER_BIO = "本报记者，参与“县域经济高质量发展观察”系列采写。"

PEOPLE = [
    {"name": "姚雪青", "role": "reporter", "bio": _REPORTER_BIO},
    {"name": "刘军国", "role": "reporter", "bio": _REPORTER_BIO},
    {"name": "杨迅", "role": "reporter", "bio": _REPORTER_BIO},
    {"name": "刘晓宇", "role": "reporter", "bio": _REPORTER_BIO},
    {"name": "陈思远", "role": "correspondent", "bio": "本报通讯员（演示人物）。"},
    {
        "name": "周明川",
        "role": "photographer",
        "bio": "本报摄影记者（演示人物），关注产业与城乡变迁。",
    },
    {
        "name": "林晓岚",
        "role": "photographer",
        "bio": "本报摄影记者（演示人物），长期拍摄制造业一线。",
    },
    {"name": "王润泽", "role": "editor", "bio": "本报编辑（演示人物）。"},
    {"name": "许静怡", "role": "editor", "bio": "本报编辑（演示人物）。"},
    {"name": "赵一帆", "role": "designer", "bio": "本报美术编辑（演示人物）。"},
    {
        "name": "何亦舟",
        "role": "commentator",
        "bio": "本报评论员（演示人物），关注区域经济与产业政策。",
        "photo": "portrait-he-yizhou",
    },
]

# ---------------------------------------------------------------- pages

HOME = {
    "title": "县域观察",
    "slug": "home",
    "intro": ["走进县域经济一线，记录产业、人才与城乡之间正在发生的变化。"],
}

SERIES = {
    "slug": "xianyu-jingji",
    "title": "县域经济高质量发展观察",
    "kicker": "人民眼·县域经济",
    "strapline": "走进产业强县，看县域经济怎样以创新求突破、以协同谋共赢",
    "search_description": "走进江阴、慈溪、福清、浏阳等产业强县，观察县域经济高质量发展的路径。",
    "editors_note": [
        "县域连着城市、带着乡村，是经济发展的基本单元，也是稳就业、扩内需的重要依托。"
        "一批县域依托特色产业集群，在细分领域做到全国领先乃至全球领先，走出了各具特色的发展路子。",
        "创新从哪里来？人才怎样引得进、留得住？产业如何紧贴市场？区域之间怎样携手并进？"
        "本报今起推出“县域经济高质量发展观察”系列报道，走进一线，记录探索，敬请关注。",
    ],
    "cover_image": "series-cover",
    "planned_installments": 5,
    "themes": ["innovation", "talent", "demand", "cooperation"],
}

_SOURCE_LOCAL = "记者采访了解"

INNOVATION_SECTION = {
    "theme": "innovation",
    "heading": "创新驱动",
    "subheading": "在细分赛道上久久为功，把“小零件”做成“大文章”",
    "content": [
        (
            "paragraph",
            "在江阴，有204家企业的产品国内市场占有率位居全国前三，其中96家位居第一，占比接近一半。"
            "这些“隐形冠军”大多从一个零件、一道工序起步，几十年如一日地在同一条赛道上打磨。",
        ),
        (
            "key_figure",
            {
                "value": "204",
                "unit": "家",
                "label": "产品国内市场占有率位居全国前三的企业",
                "place": "jiangyin",
                "source": _SOURCE_LOCAL,
            },
        ),
        (
            "key_figure",
            {
                "value": "96",
                "unit": "家",
                "label": "其中产品市场占有率位居全国第一的企业",
                "place": "jiangyin",
                "source": _SOURCE_LOCAL,
            },
        ),
        (
            "key_figure",
            {
                "value": "47",
                "unit": "%",
                "label": "位居全国前三的企业中，产品市场占有率居首的比重",
                "place": "jiangyin",
                "source": "本报据上述两项数据计算",
            },
        ),
        (
            "paragraph",
            "一家生产特种线缆的企业，早年只能给别人做配套，利润薄、议价难。"
            "企业下决心把销售收入的固定比例投向研发，建起自己的实验室，"
            "一项项攻下耐高温、耐腐蚀等关键指标，产品如今用在了多项重点工程上。",
        ),
        (
            "pull_quote",
            {
                "text": "不怕产品小，就怕做不精。一个零件做到别人替代不了，企业腰杆就硬了。",
                "attribution": "一位企业负责人",
                "role": "江阴一家装备零部件企业",
            },
        ),
        (
            "paragraph",
            "不只江阴。在浙江慈溪，13家企业跻身制造业单项冠军行列。"
            "它们的主营产品看似寻常，却在全国乃至全球的细分市场里占据一席之地，"
            "背后是对材料、工艺和精度年复一年的积累。",
        ),
        (
            "image",
            {"image": "cixi-workshop", "caption": "", "credit": ""},
        ),
        (
            "paragraph",
            "创新的动力来自企业，也离不开环境。不少县域把有限的财力向研发平台、中试基地倾斜，"
            "让中小企业用得起检测设备、找得到合作院所。创新链条在本地接上了，产业升级就有了内生动力。",
        ),
    ],
}

TALENT_SECTION = {
    "theme": "talent",
    "heading": "人才为先",
    "subheading": "让人才跟着产业来，让产业因人才兴",
    "content": [
        (
            "paragraph",
            "走进福建福清，汽车玻璃产业的分量一目了然：全球约三分之一的汽车玻璃出自这里。"
            "从原片熔制到曲面成型，再到镀膜、包边，每道工序都离不开熟练的技术工人和懂工艺的工程师。",
        ),
        (
            "key_figure",
            {
                "value": "约1/3",
                "unit": "",
                "label": "全球汽车玻璃中产自福清的比重",
                "place": "fuqing",
                "source": _SOURCE_LOCAL,
            },
        ),
        (
            "image",
            {
                "image": "fuqing-glass",
                "caption": "福清一家企业的技术人员在检测汽车玻璃的曲面精度。",
                "credit": "",
            },
        ),
        (
            "paragraph",
            "人才从哪里来？在不少县域，企业出题、学校答题：职业院校按照生产线的需要设置专业，"
            "学生在校期间就进车间跟岗，毕业就能上手。一些企业还办起“工匠工作室”，"
            "老师傅带徒弟，把经验写成标准，把绝活变成课程。",
        ),
        (
            "pull_quote",
            {
                "text": "厂里最缺的不是设备，是能把设备用好、把工艺改好的人。",
                "attribution": "一位车间主任",
                "role": "福清一家汽车玻璃配套企业",
            },
        ),
        (
            "paragraph",
            "在慈溪，13家单项冠军企业身后，是一支支扎根多年的研发和技工队伍。"
            "一位企业负责人告诉记者，公司最看重的是工程师能不能“坐得住”，"
            "愿不愿意在一个产品上钻研十年。",
        ),
        (
            "key_figure",
            {
                "value": "13",
                "unit": "家",
                "label": "制造业单项冠军企业",
                "place": "cixi",
                "source": _SOURCE_LOCAL,
            },
        ),
        (
            "paragraph",
            "留住人才，靠的不只是待遇。住房、子女入学、通勤，这些看似琐碎的细节，"
            "往往决定着一名工程师是否愿意在县城安家。在江苏，南北共建园区提供就业岗位66万余个，"
            "不少岗位就在劳动者的家门口。",
        ),
        (
            "key_figure",
            {
                "value": "66",
                "unit": "万余个",
                "label": "江苏南北共建园区提供的就业岗位",
                "place": None,
                "source": _SOURCE_LOCAL,
            },
        ),
    ],
}

DEMAND_SECTION = {
    "theme": "demand",
    "heading": "需求导向",
    "subheading": "跟着市场走，围着用户转，老产业点亮新场景",
    "content": [
        (
            "paragraph",
            "湖南浏阳，花炮之乡。2025年，浏阳花炮产业总产值达到505.8亿元，"
            "产品占国内市场约六成，出口约占全国同类产品出口的七成。",
        ),
        (
            "key_figure",
            {
                "value": "505.8",
                "unit": "亿元",
                "label": "花炮产业总产值",
                "place": "liuyang",
                "year": 2025,
                "source": _SOURCE_LOCAL,
            },
        ),
        (
            "key_figure",
            {
                "value": "60",
                "unit": "%",
                "label": "浏阳花炮占国内市场的份额",
                "place": "liuyang",
                "source": _SOURCE_LOCAL,
            },
        ),
        (
            "key_figure",
            {
                "value": "约70",
                "unit": "%",
                "label": "浏阳花炮占全国花炮出口的比重",
                "place": "liuyang",
                "source": _SOURCE_LOCAL,
            },
        ),
        (
            "paragraph",
            "过去拼数量，如今比创意、比安全。面向城市夜景、文旅演艺和节庆活动的新需求，"
            "企业推出低烟、低噪、可编程的新产品，焰火的升空节奏可以与音乐节拍严丝合缝。",
        ),
        (
            "image",
            {
                "image": "liuyang-fireworks",
                "caption": "浏阳河畔的一场焰火表演，吸引众多游客驻足。",
                "credit": "本报记者 周明川摄",
            },
        ),
        (
            "pull_quote",
            {
                "text": "市场要什么，我们就琢磨什么；客户还没想到的，我们先想一步。",
                "attribution": "一位花炮企业负责人",
                "role": "浏阳",
            },
        ),
        (
            "paragraph",
            "订单从哪里来，研发就往哪里去。汽车玻璃企业跟着整车厂的新车型同步开发，"
            "把隔热、显示等功能集成到一块玻璃上；零部件企业把技术人员派驻到客户现场，"
            "问题在哪里出现，就在哪里解决。",
        ),
        (
            "paragraph",
            "需求导向，并不等于被市场牵着走。几位受访企业负责人都提到，"
            "要在读懂需求的基础上创造需求——用更好的产品，打开新的消费场景。",
        ),
    ],
}

COOPERATION_SECTION = {
    "theme": "cooperation",
    "heading": "协同协作",
    "subheading": "跨江联动、南北共建，县域发展天地更宽",
    "content": [
        (
            "paragraph",
            "长江两岸，江阴与靖江隔江相望。两地合作共建园区之初，"
            "江阴人均地区生产总值是靖江的2.99倍；如今，这一差距已缩小到1.35倍。",
        ),
        (
            "key_figure",
            {
                "value": "2.99",
                "unit": "倍",
                "label": "共建园区之初，江阴人均地区生产总值与靖江之比",
                "place": "jingjiang",
                "source": _SOURCE_LOCAL,
            },
        ),
        (
            "key_figure",
            {
                "value": "1.35",
                "unit": "倍",
                "label": "如今江阴人均地区生产总值与靖江之比",
                "place": "jingjiang",
                "source": _SOURCE_LOCAL,
            },
        ),
        (
            "image",
            {"image": "jiangyin-jingjiang", "caption": "", "credit": ""},
        ),
        (
            "paragraph",
            "合作的关键在于打破行政边界。两地在规划、招商、管理上紧密协作，收益按约定共享；"
            "企业入驻园区后，享受的是同一套服务标准，办事不必两头跑。",
        ),
        (
            "pull_quote",
            {
                "text": "过了江还是一家人。园区里的规矩、办事的流程，和江对岸一个样。",
                "attribution": "一位入驻企业负责人",
                "role": "江阴—靖江工业园区",
            },
        ),
        (
            "paragraph",
            "这样的探索在江苏并不孤单。全省已建成45个南北共建园区，"
            "入驻企业1700多家，提供就业岗位66万余个。",
        ),
        (
            "key_figure",
            {
                "value": "45",
                "unit": "个",
                "label": "江苏南北共建园区",
                "place": None,
                "source": _SOURCE_LOCAL,
            },
        ),
        (
            "key_figure",
            {
                "value": "1700",
                "unit": "余家",
                "label": "江苏南北共建园区入驻企业",
                "place": None,
                "source": _SOURCE_LOCAL,
            },
        ),
        (
            "paragraph",
            "协同不止于结对帮扶。县域之间，产业链上下游相互配套，创新平台共建共享，"
            "人才和订单在更大范围内流动，县域经济的天地由此更加开阔。",
        ),
    ],
}

COMMENTARY_ONE = {
    "title": "县域创新的“三把钥匙”",
    "author": "何亦舟",
    "paragraphs": [
        "县域搞创新，难在哪里？资金不如大城市充裕，高校院所不多，高端人才不易引进。"
        "可本版报道的几个县域说明：条件有限，并不等于机会有限。",
        "第一把钥匙是专注。认准一个细分领域持续投入，把产品做到难以替代，县域企业就能以小博大。",
        "第二把钥匙是开放。创新资源不必都在本地，借助校企合作、异地研发、跨区域共建，"
        "县域同样能接入更大的创新网络。",
        "第三把钥匙是耐心。产业升级没有捷径，既要允许试错，也要保持政策的连续性。"
        "握紧这三把钥匙，县域创新之门会越开越宽。",
    ],
}

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
                            "source": _SOURCE_LOCAL,
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
