"""Search latency over 1,000 installments on PostgreSQL, through the real /search/ view.

Creates a throwaway database (BENCH_DATABASE_URL, default newsroom_bench on the local
server), migrates it, builds 10 series x 100 installments of generated copy, indexes
them with `update_index`, then times representative queries through Django's test
client (URL routing, filters, search backend, snippets, template) and through the
search backend alone. The database is dropped afterwards, also on failure.

Goal (stated, not asserted): median under 50 ms per /search/ request.

    .venv/bin/python benchmarks/bench_search.py
"""

import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BENCH_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/newsroom_bench"
)
SERIES, PER_SERIES = 10, 100
ROUNDS, WARMUP = 30, 3
GOAL_MEDIAN_MS = 50

# Counties and industries (facts) for generated copy (our own sentences). Each
# installment is about one county and one industry, as in the paper, so a product
# or place word hits a few dozen installments and everyday words hit most of them.
PLACES = [
    "江阴",
    "慈溪",
    "浏阳",
    "嘉善",
    "晋江",
    "义乌",
    "昆山",
    "德清",
    "永康",
    "寿光",
    "仙居",
    "长兴",
    "安吉",
    "诸暨",
    "海安",
    "如皋",
    "邳州",
    "沭阳",
    "南安",
    "石狮",
    "福清",
    "龙口",
    "荣成",
    "胶州",
    "新郑",
    "巩义",
    "长葛",
    "醴陵",
    "平江",
    "仁怀",
]
INDUSTRIES = [
    "汽车玻璃",
    "花炮",
    "小家电",
    "光伏组件",
    "数据中心",
    "纺织面料",
    "五金工具",
    "蔬菜种业",
    "锂电池",
    "工业母机",
    "轴承",
    "袜业",
    "珍珠",
    "茶叶",
    "竹制品",
    "电动车",
    "显示面板",
    "医疗器械",
    "服装",
    "鞋材",
    "食用菌",
    "预制菜",
    "家具",
    "不锈钢",
    "陶瓷",
    "卫浴",
    "渔具",
    "电线电缆",
    "无人机",
    "白酒",
]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧"
GIVEN = "明华伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛超晨曦雨欣宇航嘉怡"
THEMES = ["创新驱动", "人才为先", "需求导向", "协同协作"]
SENTENCES = [
    "{place}的{industry}企业把车间搬上了云端，订单从海外一路排到了明年。",
    "在{place}，{person}带着团队攻关{industry}的关键工艺，三年申请专利四十余项。",
    "县里引进人才的政策很实在，研发人员落户、子女入学都有专人对接。",
    "一条产业链连起上下游，{industry}的配套企业在{place}聚成了集群。",
    "{person}说，县域经济要往高处走，靠的是一代又一代人肯钻研。",
    "去年全县规上工业产值增长百分之十二，{industry}贡献了近一半。",
    "清晨六点，{place}工业园区的厂房已经亮起灯，货车排队等着装箱。",
    "镇上的老师傅把手艺带进职业学校，年轻人毕业就能上岗。",
    "为了降低物流成本，{place}把铁路专用线修到了园区门口。",
    "{industry}的检测中心落户县城，企业不出县就能拿到认证报告。",
    "不少返乡青年开起网店，直播间里卖的正是家门口生产的{industry}。",
    "一位车间主任算了一笔账：换上新设备后，单位能耗下降了两成。",
    "银行推出“科技贷”，凭专利就能抵押，解了小微企业的燃眉之急。",
    "{person}记得，十年前这里还是一片稻田，如今已是标准厂房。",
    "高校的实验室和县里的企业结成对子，课题直接来自生产线。",
    "展会上，来自{place}的{industry}样品吸引了不少外国采购商驻足。",
    "夜色里，江边的烟花照亮夜空，焰火表演也成了当地文旅的新名片。",
    "算力平台向中小企业开放，数据中心的机房就建在开发区。",
    "有企业负责人坦言，招工难的问题依然存在，留住人才更难。",
    "县里把审批时限压缩到三个工作日，项目当年签约当年投产。",
]

QUERIES = [
    ("word in nearly every installment", {"q": "企业"}),
    ("common two-character word", {"q": "人才"}),
    ("product (compound word)", {"q": "汽车玻璃"}),
    ("word inside a compound", {"q": "玻璃"}),
    ("place name", {"q": "慈溪"}),
    ("person name", {"q": "王明华"}),
    ("two words, all first", {"q": "烟花 焰火"}),
    ("two words, few have both", {"q": "慈溪 小家电"}),
    ("traditional characters", {"q": "數據中心"}),
    ("absent word", {"q": "石墨烯"}),
    ("word + series filter", {"q": "产业", "series": "__series__"}),
    ("word + theme filter", {"q": "人才", "theme": "innovation"}),
    ("page 3 of results", {"q": "企业", "page": "3"}),
]


def admin_url(url: str) -> str:
    base, _, _ = url.rpartition("/")
    return f"{base}/postgres"


def database_name(url: str) -> str:
    return url.rpartition("/")[2]


def recreate_database() -> None:
    name = database_name(BENCH_URL)
    with psycopg.connect(admin_url(BENCH_URL), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def drop_database() -> None:
    from django.db import connections

    connections.close_all()
    with psycopg.connect(admin_url(BENCH_URL), autocommit=True) as conn:
        conn.execute(
            f'DROP DATABASE IF EXISTS "{database_name(BENCH_URL)}" WITH (FORCE)'
        )


def setup_django() -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "newsroom.settings.test"
    os.environ["DATABASE_URL"] = BENCH_URL
    import django

    django.setup()
    from django.db import connection

    # As in production (base settings): one connection per worker, not per request.
    connection.settings_dict["CONN_MAX_AGE"] = 60


def paragraph(rng: random.Random, story: dict) -> dict:
    """Five sentences, mostly about the installment's own county and industry."""

    def pick(own, pool):
        return own if rng.random() < 0.8 else rng.choice(pool)

    text = "".join(
        rng.choice(SENTENCES).format(
            place=pick(story["place"], PLACES),
            industry=pick(story["industry"], INDUSTRIES),
            person=rng.choice(story["people"]),
        )
        for _ in range(5)
    )
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def body(rng: random.Random, story: dict, themes: list) -> list[dict]:
    blocks = [paragraph(rng, story) for _ in range(3)]
    for theme in themes:
        content = [paragraph(rng, story) for _ in range(4)]
        blocks.append(
            {
                "type": "section",
                "value": {
                    "theme": theme.pk if rng.random() < 0.8 else None,
                    "heading": theme.name,
                    "subheading": "靶向引才、灵活用才、精准育才",
                    "content": content,
                },
            }
        )
    return blocks


def build_content() -> float:
    """Build the tree with indexing off, then index it all at once; return seconds."""
    from django.core.management import call_command
    from django.db.models.signals import post_save
    from modelsearch.signal_handlers import post_save_signal_handler
    from wagtail.models import Page, Site

    from series.models import HomePage, InstallmentPage, Person, SeriesPage, Theme

    rng = random.Random(20250308)
    people = sorted(
        {
            rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
            for _ in range(150)
        }
    )
    people[0] = "王明华"
    for name in people:
        Person.objects.create(name=name)
    slugs = ["innovation", "talent", "demand", "cooperation"]
    themes = [
        Theme.objects.create(name=n, slug=s) for n, s in zip(THEMES, slugs, strict=True)
    ]

    indexed_models = [InstallmentPage, SeriesPage, HomePage, Page]
    for model in indexed_models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    root = Page.get_first_root_node()
    root.get_children().delete()  # Wagtail's welcome page
    home = root.add_child(instance=HomePage(title="县域观察", slug="home"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    for s in range(SERIES):
        series = home.add_child(
            instance=SeriesPage(
                title=f"县域经济观察第{s + 1}季",
                slug=f"series-{s + 1}",
                kicker="人民眼·县域经济",
            )
        )
        for n in range(1, PER_SERIES + 1):
            story = {
                "place": rng.choice(PLACES),
                "industry": rng.choice(INDUSTRIES),
                "people": rng.sample(people, 3),
            }
            series.add_child(
                instance=InstallmentPage(
                    title=f"{story['place']}：{story['industry']}的突围之路",
                    slug=f"installment-{n}",
                    number=n,
                    deck=f"{story['industry']}产业集群里的创新故事",
                    standfirst=f"从{story['place']}的车间到海外市场，产业正在换挡升级。",
                    body=body(rng, story, themes),
                )
            )
    for model in indexed_models:
        post_save.connect(post_save_signal_handler, sender=model)
    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    return time.perf_counter() - started


def describe_content() -> None:
    from series.models import InstallmentPage
    from series.search.passages import PageText

    pages = InstallmentPage.objects.all()
    chars = statistics.mean(
        len(page.title) + sum(len(text) for _kind, text in PageText(page).pieces)
        for page in pages
    )
    print(f"{pages.count()} installments, {chars:.0f} characters each on average")


def server_cpu_seconds() -> float:
    """CPU time of this connection's PostgreSQL backend (Linux /proc), else 0."""
    from django.db import connection

    connection.ensure_connection()
    pid = connection.connection.info.backend_pid
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed(call, rounds: int = ROUNDS) -> tuple[list[float], float]:
    """Wall-clock ms of each call, and mean CPU ms per call (this process + server).

    CPU time does not grow when other processes compete for the machine, so it shows
    what one request costs; wall-clock time is what a reader waits.
    """
    for _ in range(WARMUP):
        call()
    samples = []
    cpu_started, server_started = time.process_time(), server_cpu_seconds()
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    cpu = time.process_time() - cpu_started + server_cpu_seconds() - server_started
    return samples, cpu * 1000 / rounds


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def run_queries() -> tuple[list[float], list[float]]:
    from django.test import Client

    from series.models import SeriesPage
    from series.search.query import SearchFilters, installment_scope

    client = Client()
    series_pk = str(SeriesPage.objects.order_by("path").first().pk)
    published = installment_scope(SearchFilters())
    every, cpu_costs = [], []
    print(
        f"{'query':34} {'hits':>5} {'median ms':>10} {'p95 ms':>8}"
        f" {'cpu ms':>7} {'backend ms':>11}"
    )
    for label, params in QUERIES:
        params = {k: series_pk if v == "__series__" else v for k, v in params.items()}
        response = client.get("/search/", params)
        assert response.status_code == 200, (label, response.status_code)
        counted = re.search(r"找到 (\d+) 篇报道", response.content.decode())
        hits = int(counted.group(1)) if counted else 0
        view, cpu = timed(lambda p=params: client.get("/search/", p))
        backend, _ = timed(lambda q=params["q"]: list(published.search(q)[:10]))
        every += view
        cpu_costs.append(cpu)
        print(
            f"{label:34} {hits:>5} {statistics.median(view):>10.1f} {p95(view):>8.1f}"
            f" {cpu:>7.1f} {statistics.median(backend):>11.1f}"
        )
    return every, cpu_costs


def build_database() -> None:
    from django.core.management import call_command
    from django.db import connection

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    print(f"migrated in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    index_seconds = build_content()
    print(
        f"built {SERIES * PER_SERIES} installments in {time.perf_counter() - started:.1f} s"
        f" (update_index {index_seconds:.1f} s)"
    )
    # What autovacuum would do after a bulk load: planner statistics, no dead rows.
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def summarize(label: str, measured: tuple[list[float], list[float]]) -> None:
    every, cpu_costs = measured
    median = statistics.median(every)
    verdict = "met" if median < GOAL_MEDIAN_MS else "NOT met"
    print(
        f"{label}: median {median:.1f} ms, p95 {p95(every):.1f} ms over {len(every)}"
        f" /search/ requests (goal median < {GOAL_MEDIAN_MS} ms: {verdict});"
        f" CPU per request {statistics.median(cpu_costs):.1f} ms (median over queries)"
    )


def main() -> int:
    # --keep leaves the database for a later --reuse run (handy while tuning).
    keep, reuse = "--keep" in sys.argv, "--reuse" in sys.argv
    if not reuse:
        recreate_database()
    try:
        setup_django()
        from django.db import connection

        if not reuse:
            build_database()
        describe_content()
        # Other processes on this machine inflate wall-clock numbers; say how busy it was.
        print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        print("-- PostgreSQL defaults (random_page_cost = 4)")
        default = run_queries()
        # The usual SSD setting (see README): with it the planner reads matches from
        # the GIN index instead of decompressing every installment's tsvector.
        with connection.cursor() as cursor:
            cursor.execute("SET random_page_cost = 1.1")
        print("-- random_page_cost = 1.1 (recommended for SSD storage)")
        tuned = run_queries()
        print(f"load average after: {os.getloadavg()[0]:.1f}")
        summarize("PostgreSQL defaults", default)
        summarize("random_page_cost = 1.1", tuned)
    finally:
        if not keep:
            drop_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
