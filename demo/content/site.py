"""The demo site's shared vocabulary: site, themes, places, images, people, series."""

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

# Images are drawn by demo/images.py; `scene` picks the composition and `seed`
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
