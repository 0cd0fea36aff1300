import pytest
from model_entities import rules_with_model_entities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("打造更多江西亮点品牌。", ["江西"], id="place-modifying-noun"),
        pytest.param("会议在京召开。", ["京"], id="abbreviation-in-context"),
        pytest.param(
            "本报杨凌6月20日电（记者 张蕊）典礼举行。", ["杨凌"], id="the-place-of-a-dateline"
        ),
        pytest.param(
            "临淄区某镇分管安全生产工作的副镇长陈某某。", ["临淄区"], id="a-township-withheld"
        ),
        pytest.param(
            "西宁舰、潍坊舰向公众开放，全县共有淘宝村176个。南海舰队在海南举行演练。",
            ["海南"],
            id="warships-and-online-shop-villages-are-no-places",
        ),
        pytest.param(
            "开幕式在汝城县文明瑶族乡沙洲村举行。",
            ["汝城县", "文明瑶族乡", "沙洲村"],
            id="an-ethnic-township-whose-name-is-a-word-after-its-county",
        ),
        pytest.param(
            "新华社日本长野1月24日电 冬奥会举行。",
            ["日本", "长野"],
            id="a-dateline-s-country-and-city-guard",
        ),
        pytest.param(
            "计划在闽投资300亿元。在港上市企业增加。", ["闽", "港"], id="abbreviation-investing-listing"
        ),
        pytest.param(
            "推动巴中全面战略伙伴关系迈上新台阶。巴中市召开会议。",
            ["巴中市"],
            id="two-countries-strategic-partnership",
        ),
        pytest.param(
            "贵州日报天眼新闻8月21日讯 黔南州人民政府批复报告。",
            [],
            id="a-paper-s-news-app-is-no-place",
        ),
        pytest.param(
            "江西亮点品牌在京发布。代表团在沪调研。", ["江西", "京", "沪"], id="abbreviation-more-verbs"
        ),
        pytest.param("赴挂钩联系的漳州市开展调研。", ["漳州市"], id="city-with-suffix"),
        pytest.param("走访了李家村、前王庄村。", ["李家村", "前王庄村"], id="villages-in-a-list"),
        pytest.param(
            "在延吉市丹英社区，居民们排练歌舞。他来到幸福里社区看望居民。",
            ["延吉市", "丹英社区", "幸福里社区"],
            id="communities",
        ),
        pytest.param(
            "察看了宁海县力洋镇海头村的项目。宁波市镇海区召开会议。",
            ["宁海县", "力洋镇", "海头村", "宁波市", "镇海区"],
            id="a-township-and-its-village-read-across-the-suffix",
        ),
        pytest.param("中国同坦桑尼亚传统友好。", ["中国", "坦桑尼亚"], id="countries"),
        pytest.param(
            "深入东湖街道幸福社区、南苑街道光明社区调研。在幸福社区，他走进社区党群服务中心。",
            ["东湖街道", "幸福社区", "南苑街道", "光明社区"],
            id="sub-districts-and-communities-named-by-words",
        ),
        pytest.param(
            "湘江、资水、沅江、澧水四水及洞庭湖发生编号洪水。",
            ["湘江", "资水", "沅江", "澧水", "洞庭湖"],
            id="rivers-and-a-lake",
        ),
        pytest.param("会议结束。\n\n江西", ["江西"], id="place-at-the-very-end"),
        pytest.param(
            "这一机制运行以来，使河北省反腐败工作出现了新局面。",
            ["河北省"],
            id="verb-before-known-place-after-comma",
        ),
        pytest.param("今年，市二七区新建了三所学校。", ["二七区"], id="level-word-before-district"),
        pytest.param("美国两州发生多起林火。", ["美国"], id="a-country-and-counted-states"),
        pytest.param("图为河北易县的农民在收割。", ["河北", "易县"], id="province-then-county"),
        pytest.param("大别山区的群众", ["大别山区"], id="named-mountain-area"),
        pytest.param("专家组成的服务队，到临洮县传播科技。", ["临洮县"], id="verb-before-county"),
        pytest.param("今年以来，到乌镇景区游览的游客增多。", ["乌镇"], id="verb-before-town"),
        pytest.param(
            "目前，北京市场上销售的电子辞典。会议在天津市召开。",
            ["北京", "天津市"],
            id="a-city-s-market-is-no-city-with-suffix",
        ),
        pytest.param(
            "走进山西大同云州区坊城新村，道路干净整洁。美国马里兰州。云南镇雄县。",
            ["山西", "大同", "云州区", "坊城新村", "美国", "马里兰州", "云南", "镇雄县"],
            id="province-and-city-run-together",
        ),
        pytest.param(
            "俄军在哈尔科夫控制了一个定居点，乌军撤出波克罗夫斯克和托列茨克。",
            ["哈尔科夫", "波克罗夫斯克", "托列茨克"],
            id="front-line-towns",
        ),
        pytest.param(
            "记者走进南昌市青山湖区湖坊镇上坊村。",
            ["南昌市", "青山湖区", "湖坊镇", "上坊村"],
            id="town-then-village-read-as-one",
        ),
        pytest.param(
            "深入龙海区、芗城区,察看项目。", ["龙海区", "芗城区"], id="rare-first-character-before-generic-district"
        ),
    ],
)
def test_places(extractor, text, expected):
    assert [p.name for p in extractor.extract(text).places] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("江西银保监局召开会议。", id="inside-organisation-name"),
        pytest.param("坚持和发展中国特色社会主义。", id="inside-doctrine"),
        pytest.param("全市各县区要推进乡村振兴。", id="generic-place-words"),
        pytest.param("推动《江西金融地方监督条例》立法。", id="inside-document-title"),
        pytest.param("按照省里部署,维护辖区稳定。", id="preposition-plus-suffix"),
        pytest.param("妥善处理争议地区的问题。", id="ordinary-word-plus-suffix"),
        pytest.param("调动了贫困山区农民的积极性。", id="ordinary-word-plus-generic-place-word"),
        pytest.param("吸引外省市的游客。", id="modifier-before-generic-place-word"),
        pytest.param("改造老城区的街道。", id="old-town"),
        pytest.param("推广多种水肥一体化灌溉模式，既省水省肥，又精准高效。", id="guessed-words-before-province"),
        pytest.param("推进棚户区改造，建设一批产业强镇。", id="kinds-of-quarter-and-town"),
        pytest.param("今明两天中东部地区将有雨雪。", id="centre-and-east-is-no-middle-east"),
        pytest.param("今天发布新一批6项自贸港制度集成创新案例。", id="a-count-glued-to-a-place-word"),
        pytest.param(
            "苏、浙、沪、皖三省一市旅游圈不断扩容。四省十市启动不动产登记。", id="counted-divisions"
        ),
        pytest.param("高铁拉近了晋、蒙两省区的时空距离。", id="counted-provinces-and-regions"),
        pytest.param("今天出岛车辆将达到最高峰。", id="a-verb-and-an-island-word"),
        pytest.param("对高速公路、国省干线公路进行巡查。", id="national-and-provincial-roads"),
        pytest.param("平原区地下水位连续9年回升。", id="plains"),
        pytest.param("在砂石运输行业强揽工程、欺行霸市。", id="an-idiom-ending-in-city"),
        pytest.param("深入推进强村富民乡村集成改革。", id="a-slogan-of-villages"),
        pytest.param("为美丽中国建设提供司法保障。推进健康中国建设。", id="campaigns-named-x-china"),
        pytest.param("北部都會區是未來發展的重要引擎。", id="a-metropolitan-area-in-general"),
        pytest.param("王某某曾任某县县长、某市副市长。", id="anonymised-places"),
        pytest.param("实行县长所乡、干部包村制度。", id="a-verb-s-object-glued-to-a-township-word"),
        pytest.param(
            "城市社区和农村社区都要推进嵌入式社区、学习型社区建设，该社区也在其列。",
            id="kinds-of-community-guard",
        ),
        pytest.param("冬奥会运动员村正式开村。", id="a-village-opens"),
        pytest.param("坚持生态立村，带动群众增收。", id="a-slogan-of-founding-a-village"),
        pytest.param("助力打造宜居城市，争创全国文明城市。", id="kinds-of-city"),
        pytest.param("文物展在故宫博物院午门展厅开幕。", id="a-palace-gate"),
        pytest.param("团省委向10支青年志愿服务队授旗。", id="presenting-a-flag-is-no-banner"),
        pytest.param(
            "城市街道干净整洁。建设和谐社区，打造幸福社区。", id="streets-and-kinds-of-community-guard"
        ),
    ],
)
def test_not_places(extractor, text):
    assert extractor.extract(text).places == []


def test_place_at_the_end_has_exact_offsets(extractor):
    text = "会议结束。\n\n江西"
    (place,) = extractor.extract(text).places
    (mention,) = place.mentions
    assert (mention.start, mention.end) == (len(text) - 2, len(text))


@pytest.mark.parametrize(
    ("text", "place", "not_place"),
    [
        pytest.param("城头山遗址位于澧县。", "澧县", "位于澧县", id="verb-before-county"),
        pytest.param("全州至容县高速公路通车。", "容县", "至容县", id="preposition-before-county"),
        pytest.param("医院面临院区改造。", None, "面临院区", id="verb-before-generic-word"),
        pytest.param(
            "写上春联，他邀上区和乡镇的书法爱好者。", None, "他邀上区", id="pronoun-after-a-comma"
        ),
    ],
)
def test_a_verb_never_opens_a_place_name(extractor, text, place, not_place):
    places = [p.name for p in extractor.extract(text).places]
    assert not_place not in places
    if place is not None:
        assert place in places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param("深入漳浦县、古雷开发区调研。", ["漳浦县", "古雷开发区"], id="named-zone"),
        pytest.param("要建好各类开发区。", [], id="zone-after-a-pronoun"),
        pytest.param("经济开发区建设加快。", [], id="zone-after-an-ordinary-word"),
    ],
)
def test_a_zone_word_joins_the_name_before_it(extractor, text, places):
    assert [p.name for p in extractor.extract(text).places] == places


def test_a_model_place_the_dictionary_tags_as_a_name_stays():
    # jieba tags 哈尔科夫 nrt (a transliterated person): the model's reading as a place stands
    state = rules_with_model_entities("乌军在哈尔科夫方向击退俄军。", ["哈尔科夫"], "PLACE")
    assert [m.text for m in state.get("places")] == ["哈尔科夫"]
    # two characters are often a piece the model cut off a longer name (库拉|霍沃): out
    state = rules_with_model_entities("乌军在库拉霍沃外围防线阻击俄军。", ["库拉"], "PLACE")
    assert [m.text for m in state.get("places")] == []


def test_the_county_section_of_the_gazetteer_leaves_out_short_forms_that_are_words():
    """train/county_names.py: full names always, short forms only where they are no word of
    jieba's dictionary and open no ordinary word (从江县 is 从江, but 从|江苏省)."""
    from govnews_extract.lexicons import load_lexicon

    places = set(load_lexicon("places"))
    assert {"河曲县", "涞源县", "涞源", "从江县", "和政县"} <= places
    assert not {"从江", "和政", "郊区", "矿区", "新巴尔虎左"} & places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param("会议在北京国际会议中心举行。", [], id="conference-centre"),
        pytest.param("晚会在天津体育馆举行。", [], id="a-gymnasium-s-name"),
        pytest.param("他在广州白云国际机场接受采访。", [], id="an-airport-s-name-guard"),
        pytest.param("俄军袭击乌克兰军用机场。", ["乌克兰"], id="airport"),
        pytest.param("察看铁路广州南站、上海虹桥站的实时画面。", ["广州", "上海"], id="stations"),
        pytest.param("天津港货物吞吐量增长，连云港、张家港加快发展。", ["连云港", "张家港"], id="ports"),
        pytest.param("上海临港新片区加快建设。", ["上海", "临港新片区"], id="named-area-guard"),
        pytest.param("推进会在市行政中心召开。", [], id="civic-centre"),
        pytest.param("市民在环球购物中心选购年货。", [], id="shopping-centre"),
        pytest.param(
            "游客走过港珠澳大桥，来到东固革命烈士陵园。", [], id="a-bridge-and-a-cemetery"
        ),
        pytest.param("代表团前往天安门广场，向人民英雄纪念碑敬献花圈。", ["天安门广场"],
                     id="a-monument"),
        pytest.param("新墨西哥州柯特兰空军基地发生枪击。", ["新墨西哥州"], id="an-air-base"),
        pytest.param("火箭在文昌航天发射场点火升空。", [], id="a-launch-site"),
        pytest.param("開幕禮在澳門科學館會議中心舉行。", [], id="a-science-museum-in-traditional"),
    ],
)  # fmt: skip
def test_venues_and_ports_are_no_places(extractor, text, places):
    """GOLD.md: buildings, ports and venues are not places (nor bodies), nor is a place
    written only as part of a venue's name (北京 in 北京国际会议中心)."""
    article = extractor.extract(text)
    assert [p.name for p in article.places] == places
    assert article.organizations == []


def test_a_model_place_ending_in_a_theatre_is_no_place():
    """A theatre is a building (and its company a body): the model's place is none."""
    text = "演出在比雷埃夫斯市政剧院举行。"
    state = rules_with_model_entities(text, ["比雷埃夫斯市政剧院"], "PLACE")
    assert [m.text for m in state.get("places")] == []


@pytest.mark.parametrize(
    ("text", "model_place", "places"),
    [
        pytest.param("北京市属公园将推出赏花点。", "北京市属公园", ["北京市"], id="parks-a-city-owns"),
        pytest.param("使用谷神星一号运载火箭发射卫星。", "谷神星", [], id="a-rocket-s-name"),
        pytest.param("南京西路商圈集聚了多家企业。", "西路", ["南京"], id="the-west-part-of-a-road"),
        pytest.param("在北京地铁1号线换乘。", "北京", ["北京"], id="a-metro-line-guard"),
        pytest.param(
            "来到青溪镇阴平村茶叶基地。",
            "青溪镇阴平村茶叶基地",
            ["青溪镇", "阴平村"],
            id="the-settlement-a-farm-lies-in",
        ),
        pytest.param(
            "走进邢家湾镇纺织产业园。",
            "邢家湾镇纺织",
            ["邢家湾镇"],
            id="a-park-after-the-model-s-end",
        ),
        pytest.param(
            "参观了首都机场。", "首都机场", [], id="no-settlement-before-a-facility-guard"
        ),
    ],
)
def test_model_places_that_name_no_place(text, model_place, places):
    """The model reads more than the place (市属: owned by the city), a craft named like a
    place (谷神星一号) or a road's part (南京|西路): the rules keep only the place."""
    state = rules_with_model_entities(text, [model_place], "PLACE")
    assert [m.text for m in state.get("places")] == places


def test_a_model_place_ending_in_a_body_s_word_is_a_body():
    """A museum is an institution: the model's place 三星堆博物馆 is an organisation."""
    state = rules_with_model_entities("三星堆博物馆等场馆增开夜场。", ["三星堆博物馆"], "PLACE")
    assert [m.text for m in state.get("places")] == []
    assert [m.text for m in state.get("organizations")] == ["三星堆博物馆"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param(
            "李强会见文莱苏丹哈桑纳尔。习近平主席同苏丹陛下举行会谈。", ["文莱"], id="sultan"
        ),
        pytest.param("苏丹总统布尔汉表示，将继续行动。", ["苏丹"], id="sudan-guard"),
    ],
)
def test_a_post_that_is_also_a_country_s_name_is_no_place(extractor, text, places):
    """苏丹 is Sudan, and the title of a sultan (文莱苏丹: the sultan of Brunei)."""
    article = extractor.extract(text)
    assert [p.name for p in article.places] == places


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("军乐团奏巴中两国国歌。中美双方同意继续沟通。", id="two-countries"),
        pytest.param("卢拉表示，巴中友谊历久弥坚。", id="two-countries-ties"),
        pytest.param("正月十五过后，冬小麦将开始返青。", id="crops-turning-green"),
    ],
)
def test_pairs_of_countries_and_crops_turning_green_are_no_places(extractor, text):
    """巴中两国 is Pakistan and China (巴中 is also a city); 返青 is no return to Qinghai."""
    assert extractor.extract(text).places == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param("日前出差到孔孟之乡的泗水。", ["泗水"], id="an-epithet"),
        pytest.param("同意塔入盟，共建中亚联盟。", [], id="joining-a-union-is-no-league"),
    ],
)
def test_epithets_and_joining_a_union_are_no_places(extractor, text, places):
    assert [p.name for p in extractor.extract(text).places] == places


def test_leagues_guard(extractor):
    article = extractor.extract("锡林郭勒盟、兴安盟、阿拉善盟发布预警。")
    assert [p.name for p in article.places] == ["锡林郭勒盟", "兴安盟", "阿拉善盟"]


def test_a_hall_of_a_building_is_no_place(extractor):
    text = "会谈前，李强在人民大会堂北大厅为朔尔茨举行欢迎仪式。"
    assert extractor.extract(text).places == []


def test_crossing_divisions_is_no_place(extractor):
    assert extractor.extract("新增跨省跨区输电能力1200万千瓦，跨省通办。").places == []


def test_a_city_before_words_of_ties_guard(extractor):
    """日照 opens with 日 (Japan), but 照 is no country: the city's sister cities."""
    article = extractor.extract("日照与大连开展合作，日照友好城市增至20个。")
    assert [p.name for p in article.places] == ["日照", "大连"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param(
            "来到绥中县明水满族乡祝家沟村。",
            ["绥中县", "明水满族乡", "祝家沟村"],
            id="a-township-jieba-cuts-across",
        ),
        pytest.param(
            "在大通回族土族自治县朔北藏族乡，", ["大通回族土族自治县", "朔北藏族乡"], id="after-a-county"
        ),
        pytest.param("，当地藏族乡亲们载歌载舞。", [], id="villagers-guard"),
    ],
)
def test_townships_named_for_minority_peoples(extractor, text, places):
    assert [p.name for p in extractor.extract(text).places] == places


def test_a_numbered_community_is_not_cut_from_its_street_guard(extractor):
    """南内环街二社区 is the second community of its street: 街二社区 names nothing."""
    places = [p.name for p in extractor.extract("在南内环街二社区，居民们正在包饺子。").places]
    assert "街二社区" not in places and "二社区" not in places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param(
            "积石山县大河家镇、临夏县北塬镇韩家集村等50个单位被授予称号。",
            ["积石山县", "大河家镇", "临夏县", "北塬镇", "韩家集村"],
            id="stems-ending-in-measure-words",
        ),
        pytest.param("全省共设考区103个、考点228个。", [], id="exam-districts"),
        pytest.param("设区市PM2.5平均浓度较2020年下降8.3%。", [], id="cities-with-districts"),
        pytest.param(
            "签约仪式在三江口会议中心举行。雄商高铁阳谷特大桥顺利合龙。",
            [],
            id="places-opening-the-names-of-venues",
        ),
        pytest.param(
            "继三江源、武夷山等首批国家公园之后，又一处国家公园设立。",
            ["三江源", "武夷山"],
            id="national-parks-as-a-kind",
        ),
        pytest.param("湖北省科学技术奖励大会在汉召开。", ["湖北省", "汉"], id="wuhan-in-one-character"),
    ],
)
def test_village_stems_and_generic_districts(extractor, text, places):
    assert [p.name for p in extractor.extract(text).places] == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param(
            "有船只在长江安庆段禁采区活动。", ["长江", "安庆"], id="a-zone-where-mining-is-banned"
        ),
        pytest.param(
            "加快农村公路和县乡道路建设。", [], id="and-then-county-and-township-roads"
        ),
        pytest.param("记者从和县获悉。", ["和县"], id="the-county-he-after-a-preposition-guard"),
        pytest.param(
            "交流发言\n县公安局：坚持扫黑除恶。\n壶瓶山镇：建立线索摸排机制。",
            ["壶瓶山镇"],
            id="a-cut-town-opening-a-section-s-heading",
        ),
        pytest.param(
            "原甘州省副省长仇立新受贿案一审宣判\n12月17日宣判。",
            ["甘州"],
            id="a-former-mark-opening-a-headline-guard",
        ),
        pytest.param(
            "在城关镇、前张庄村调研。",
            ["城关镇", "前张庄村"],
            id="a-village-cut-after-a-mark-guard",
        ),
    ],
)
def test_kinds_of_zones_and_verbs_before_places(extractor, text, places):
    assert [p.name for p in extractor.extract(text).places] == places
