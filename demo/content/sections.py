"""The four thematic sections and the commentary of installment 1 (our own writing)."""

SOURCE_LOCAL = "记者采访了解"

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
                "source": SOURCE_LOCAL,
            },
        ),
        (
            "key_figure",
            {
                "value": "96",
                "unit": "家",
                "label": "其中产品市场占有率位居全国第一的企业",
                "place": "jiangyin",
                "source": SOURCE_LOCAL,
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
                "source": SOURCE_LOCAL,
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
                "source": SOURCE_LOCAL,
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
                "source": SOURCE_LOCAL,
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
                "source": SOURCE_LOCAL,
            },
        ),
        (
            "key_figure",
            {
                "value": "60",
                "unit": "%",
                "label": "浏阳花炮占国内市场的份额",
                "place": "liuyang",
                "source": SOURCE_LOCAL,
            },
        ),
        (
            "key_figure",
            {
                "value": "约70",
                "unit": "%",
                "label": "浏阳花炮占全国花炮出口的比重",
                "place": "liuyang",
                "source": SOURCE_LOCAL,
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
                "source": SOURCE_LOCAL,
            },
        ),
        (
            "key_figure",
            {
                "value": "1.35",
                "unit": "倍",
                "label": "如今江阴人均地区生产总值与靖江之比",
                "place": "jingjiang",
                "source": SOURCE_LOCAL,
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
                "source": SOURCE_LOCAL,
            },
        ),
        (
            "key_figure",
            {
                "value": "1700",
                "unit": "余家",
                "label": "江苏南北共建园区入驻企业",
                "place": None,
                "source": SOURCE_LOCAL,
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
