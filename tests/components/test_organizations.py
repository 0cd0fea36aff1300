import pytest
from model_entities import rules_with_model_entities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("联合省公安厅、省教育厅开展行动。", ["省公安厅", "省教育厅"], id="list"),
        pytest.param(
            "按照省扫黑除恶专项斗争领导小组办公室部署,", ["省扫黑除恶专项斗争领导小组办公室"],
            id="longest-extent",
        ),
        pytest.param("人民银行杭州中心支行召开会议。", ["人民银行杭州中心支行"], id="branch-of-bank"),
        pytest.param("经省统计局反馈,", ["省统计局"], id="after-glued-preposition"),
        pytest.param(
            "市场监管局收到举报后,市公安局刑侦支队接到通报。",
            ["市公安局刑侦支队"],
            id="unit-of-bureau",
        ),
        pytest.param("浙江证监局、省扫黑办联合检查。", ["浙江证监局", "省扫黑办"], id="abbreviations"),
        pytest.param(
            "二十国集团（G20）领导人峰会举行。", ["二十国集团", "G20"], id="alias-with-digits"
        ),
        pytest.param(
            "墨经济部称将与美方协商,俄总统府当天表示欢迎。",
            ["墨经济部", "俄总统府"],
            id="country-abbreviation-before-a-known-body",
        ),
        pytest.param(
            "日本外务省和文莱立法会发表声明。",
            ["日本外务省", "文莱立法会"],
            id="country-before-a-known-body",
        ),
        pytest.param("坚持以联合国为核心。", ["联合国"], id="preposition-yi-before-a-body"),
        pytest.param("乌克兰加入北约的问题。", ["北约"], id="verb-between-country-and-body"),
        pytest.param(
            "在成都博物馆，上海博物馆、中国文字博物馆推出展览。",
            ["成都博物馆", "上海博物馆", "中国文字博物馆"],
            id="museums",
        ),
        pytest.param(
            "巴勒斯坦伊斯兰抵抗运动（哈马斯）释放3名被扣押人员。",
            ["巴勒斯坦伊斯兰抵抗运动", "哈马斯"],
            id="a-movement-and-its-short-name",
        ),
        pytest.param(
            "中共中央党史和文献研究院编辑的文选出版。",
            ["中共中央党史和文献研究院"],
            id="zhonggong-before-a-known-body",
        ),
        pytest.param(
            "省扫黑除恶专项斗争领导小组办公室（以下简称“省扫黑办”）和共青团江西省委联合行动。",
            ["省扫黑除恶专项斗争领导小组办公室", "省扫黑办", "共青团江西省委"],
            id="short-name-after-yixia-jiancheng-and-the-youth-league",
        ),
        pytest.param(
            "隆重庆祝中国人民政治协商会议成立75周年。以色列南部军区增派部队。",
            ["中国人民政治协商会议", "以色列南部军区"],
            id="the-cppcc-by-its-full-name-and-no-verb-inside-a-name",
        ),
        pytest.param(
            "记者从中国海油获悉，国家电网、中国移动和中国商飞加大投入。",
            ["中国海油", "国家电网", "中国移动", "中国商飞"],
            id="central-state-owned-enterprises-by-short-name",
        ),
        pytest.param(
            "中国驻大阪总领事馆、美国驻华使馆和江苏代表团分别举办活动。",
            ["中国驻大阪总领事馆", "美国驻华使馆", "江苏代表团"],
            id="missions-abroad-and-delegations",
        ),
        pytest.param(
            "县纪委监委第二审查调查室主任李刚、省委第三巡视组组长张强出席。",
            ["县纪委监委第二审查调查室", "省委第三巡视组"],
            id="ordinals-inside-names",
        ),
        pytest.param("美国第四大投资银行雷曼兄弟公司倒闭。", ["雷曼兄弟公司"], id="a-rank-is-no-ordinal"),
        pytest.param(
            "1月10日，国家京剧院建院70周年座谈会召开。伊朗陆军防空部队当天举行演习。",
            ["国家京剧院", "伊朗陆军防空部队"],
            id="a-name-ends-before-a-word-that-runs-on",
        ),
        pytest.param(
            "习近平在昆明亲切接见驻昆明部队上校以上领导干部。",
            ["昆明部队"],
            id="a-name-never-runs-across-jiejian",
        ),
        pytest.param(
            "市民政局召开会议。市红十字会举办活动。",
            ["市民政局", "市红十字会"],
            id="a-city-s-civil-affairs-bureau-and-red-cross",
        ),
        pytest.param(
            "市市场监管局、市政务服务和数据管理局、经开区管委会作交流发言。",
            ["市市场监管局", "市政务服务和数据管理局", "经开区管委会"],
            id="fields-joined-by-he-in-a-list",
        ),
        pytest.param(
            "北京市规划和自然资源委员会、区城市管理和综合执法局联合检查。",
            ["北京市规划和自然资源委员会", "区城市管理和综合执法局"],
            id="fields-joined-by-he",
        ),
        pytest.param(
            "修订有助巩固香港国际金融中心地位。", [], id="a-centre-s-status-is-no-centre"
        ),
        pytest.param("前往城里社区医院就诊。", [], id="in-town-is-no-community-s-name-guard"),
        pytest.param("省消防救援总队出动。", ["省消防救援总队"], id="a-corps"),
        pytest.param("武警西藏总队党委作出决定。", ["武警西藏总队党委"], id="an-armed-police-corps"),
        pytest.param(
            "记者从和县人民医院获悉。", ["和县人民医院"], id="a-county-named-and-guard"
        ),
        pytest.param(
            "市残联、县工商联、省科协和市文联联合开展活动。",
            ["市残联", "县工商联", "省科协", "市文联"],
            id="people-s-organisations-by-short-name",
        ),
        pytest.param(
            "区安委会成员单位主要负责同志参加会议。",
            ["区安委会"],
            id="a-name-ends-where-its-last-word-does",
        ),
        pytest.param(
            "省发展和改革委员会、县人力资源和社会保障局、区文化广电和旅游局联合发文。",
            ["省发展和改革委员会", "县人力资源和社会保障局", "区文化广电和旅游局"],
            id="departments-whose-fields-are-joined-by-and",
        ),
        pytest.param(
            "镇派出所、镇林业站和乡农技站负责人参加会议。",
            ["镇派出所", "镇林业站", "乡农技站"],
            id="township-stations",
        ),
        pytest.param(
            "保安局局长邓炳强表示，商务及经济发展局将配合。",
            ["保安局", "商务及经济发展局"],
            id="hong-kong-policy-bureaus",
        ),
        pytest.param(
            "中国海警依法采取管控措施。", ["中国海警"], id="the-coast-guard-by-its-short-name"
        ),
        pytest.param(
            "第十四届全国人民代表大会第二次会议开幕。省人民代表大会常务委员会公告。",
            ["全国人民代表大会", "省人民代表大会常务委员会"],
            id="people-s-congresses-by-their-full-names",
        ),
        pytest.param(
            "中国人民政治协商会议第十四届全国委员会第二次会议开幕。",
            ["中国人民政治协商会议第十四届全国委员会"],
            id="a-known-name-its-session-and-organ",
        ),
        pytest.param(
            "中国加入WTO以来，与APEC成员的贸易额大幅增长。",
            ["WTO", "APEC"],
            id="international-organisations-by-latin-acronyms",
        ),
        pytest.param(
            "中央广播电视总台联合国务院国资委举办活动。市教育局会同市财政局印发通知。",
            ["中央广播电视总台", "国务院国资委", "市教育局", "市财政局"],
            id="two-bodies-acting-together-guard",
        ),
        pytest.param(
            "市公安局刑侦支队联合滨江分局破获案件。全国妇女联合会召开会议。",
            ["市公安局刑侦支队", "全国妇女联合会"],
            id="a-body-acting-with-another-the-model-joins",
        ),
        pytest.param(
            "澳門工會聯合總會、澳門街坊會聯合總會代表出席。人力资源社会保障部、教育部印发通知。",
            ["澳門工會聯合總會", "澳門街坊會聯合總會", "人力资源社会保障部", "教育部"],
            id="federations-of-unions-and-a-ministry-by-its-usual-name",
        ),
        pytest.param(
            "邀请市人大代表、市政协委员旁听。",
            ["市人大", "市政协"],
            id="a-body-whose-word-holds-the-post-too",
        ),
        pytest.param(
            "龙泉镇黄坪村茶叶专业合作社带动农户。县供销合作社开展活动。",
            ["龙泉镇黄坪村茶叶专业合作社", "县供销合作社"],
            id="co-operatives",
        ),
        pytest.param(
            "团中央和北京团市委组织有关出版社捐书。团县委书记王强出席。",
            ["团中央", "北京团市委", "团县委"],
            id="youth-league-committees-and-a-relevant-body-after-a-verb",
        ),
        pytest.param(
            "市长吴新华代表市人民政府作政府工作报告。大会主席团常务主席杨志强主持。",
            ["市人民政府", "大会主席团"],
            id="a-body-before-the-verb-of-its-report-and-a-presidium",
        ),
        pytest.param(
            "省代表团分组审议政府工作报告。市委常委会听取市纪委工作汇报。",
            ["省代表团", "市委常委会", "市纪委"],
            id="a-delegation-before-the-business-of-its-meeting",
        ),
        pytest.param(
            "5月9日，中央第三生态环境保护督察组向省委反馈督察情况。中央第十巡视组进驻。",
            ["中央第三生态环境保护督察组", "省委", "中央第十巡视组"],
            id="the-centre-s-numbered-inspection-teams",
        ),
        pytest.param("党中央第一时间作出部署。", ["党中央"], id="the-centre-s-first-moment-guard"),
        pytest.param(
            "丁薛祥参加了港澳地区全国政协委员联组会。中华全国总工会召开会议。",
            ["全国政协", "中华全国总工会"],
            id="a-region-s-members-of-a-national-body",
        ),
        pytest.param(
            "以色列极右翼政党犹太力量党重返执政联盟。国家安全部发布通告。",
            ["国家安全部"],
            id="a-party-returning-to-a-coalition",
        ),
        pytest.param(
            "九三学社中央、民盟中央和农工党中央召开座谈会。",
            ["九三学社中央", "民盟中央", "农工党中央"],
            id="democratic-parties-central-committees",
        ),
        pytest.param(
            "其中中储粮宿州直属库收购2.3万吨，农发行县支行发放贷款。",
            ["中储粮宿州直属库", "农发行县支行"],
            id="a-known-name-cut-by-jieba-and-a-two-word-organ",
        ),
        pytest.param(
            "工行北京分行、农行江苏省分行召开会议。开展集中行动。",
            ["工行北京分行", "农行江苏省分行"],
            id="banks-short-names",
        ),
        pytest.param(
            "会上联合国务院国资委发布。", ["国务院国资委"], id="a-known-name-across-a-word-guard"
        ),
        pytest.param(
            "联合村党支部召开会议。", ["联合村党支部"], id="a-village-named-by-a-breaker-guard"
        ),
        pytest.param(
            "市委理论学习中心组成员参加学习。", ["市委"], id="a-study-group-is-no-centre"
        ),
        pytest.param(
            "人事部人事考试中心组织专家开发。",
            ["人事部人事考试中心"],
            id="a-centre-organising-guard",
        ),
        pytest.param(
            "县人民政府和市人民法院联合发文。",
            ["县人民政府", "市人民法院"],
            id="a-level-s-body-guard",
        ),
        pytest.param(
            "县农业农村局组织红星蔬菜专业合作社、绿源家庭农场参加培训。该县成立了金穗农机专业合作社。",
            ["县农业农村局", "红星蔬菜专业合作社", "绿源家庭农场", "金穗农机专业合作社"],
            id="co-operatives-named-by-a-brand",
        ),
        pytest.param(
            "全县农民专业合作社达1326家，家庭农场发展到200家。青山镇供销合作社主任刘强介绍。",
            ["青山镇供销合作社"],
            id="co-operatives-named-by-no-brand-guard",
        ),
        pytest.param(
            "县委组织部组织全县党员干部学习。", ["县委组织部"], id="the-organ-word-of-a-verb-guard"
        ),
        pytest.param("坚决反对美国售台武器。", [], id="selling-to-taiwan-is-no-station"),
        pytest.param(
            "县人民医院、县中医院组建医共体。市中医院院长李明说。",
            ["县人民医院", "县中医院", "市中医院"],
            id="hospitals-of-traditional-medicine",
        ),
        pytest.param(
            "最高检第四检察厅厅长张晓津表示。", ["最高检第四检察厅"], id="a-numbered-department"
        ),
        pytest.param(
            "国务院第五次全体会议召开。", ["国务院"], id="a-numbered-meeting-is-no-body-guard"
        ),
        pytest.param(
            "几件金银首饰。（新华社发美联社照片）", ["新华社", "美联社"], id="released-by-xinhua"
        ),
        pytest.param(
            "市生态环境监测站站长周海波、县水文站站长出席。",
            ["市生态环境监测站", "县水文站"],
            id="monitoring-stations",
        ),
        pytest.param(
            "中国海警组织舰艇编队开展执法巡查。上海合作组织峰会召开。",
            ["中国海警", "上海合作组织"],
            id="a-known-name-then-organising",
        ),
        pytest.param(
            "伊斯兰合作组织发表声明。国际刑事法院发出逮捕令。",
            ["伊斯兰合作组织", "国际刑事法院"],
            id="international-bodies",
        ),
        pytest.param(
            "美中关系全国委员会会长史蒂芬·欧伦斯等出席活动。",
            ["美中关系全国委员会"],
            id="a-title-s-body-the-model-found",
        ),
        pytest.param(
            "桃李区教育局局长王明华介绍了有关情况。",
            ["桃李区教育局"],
            id="a-title-s-body-in-an-unlisted-district",
        ),
        pytest.param(
            "他提出“两新”组织要加强党建。省“三农”工作领导小组办公室发布通知。",
            ["省“三农”工作领导小组办公室"],
            id="a-quoted-word-inside-a-body-s-name",
        ),
        pytest.param(
            "香港将与广东携手建设国际科技创新中心。", [], id="going-hand-in-hand-is-no-body"
        ),
        pytest.param(
            "中国红十字会总会向灾区调拨物资。困难总会过去。",
            ["中国红十字会总会"],
            id="a-federation-s-head-body",
        ),
        pytest.param(
            "王秀英是河北省邯郸市峰峰矿区大社镇村民。", [], id="a-town-named-with-she-is-no-body"
        ),
        pytest.param(
            "专业合作社村民入股。县供销合作社乡镇网点。",
            ["县供销合作社"],
            id="a-co-operative-before-an-ordinary-word-guard",
        ),
        pytest.param(
            "蔚县剪纸入选联合国教科文组织名录。", ["联合国教科文组织"], id="a-known-name-alone-guard"
        ),
        pytest.param(
            "文章发表在《求是》杂志。推动“全国通办”。", [], id="a-term-is-no-name-guard"
        ),
        pytest.param(
            "市广播电视台和市气象台联合举办。",
            ["市广播电视台", "市气象台"],
            id="stations-guard",
        ),
        pytest.param(
            "任政协江西省委员会副主席。", ["政协江西省委员会"], id="the-cppcc-of-a-province"
        ),
        pytest.param(
            "大会选举县人民法院院长和县人民检察院检察长。",
            ["县人民法院", "县人民检察院"],
            id="and-after-a-post-opens-no-county",
        ),
        pytest.param(
            "代表们将审议县委工作报告和县纪委工作报告。",
            ["县委", "县纪委"],
            id="and-after-a-word-opens-no-county",
        ),
        pytest.param(
            "马鞍山市和县人民政府发布通知。",
            ["马鞍山市和县人民政府"],
            id="the-county-he-after-its-city-guard",
        ),
        pytest.param(
            "南和区委书记李洪涛、任泽区委书记王建平参加。",
            ["南和区委", "任泽区委"],
            id="districts-made-from-counties-in-2020",
        ),
        pytest.param(
            "金牛镇中心完小校长赵建英作了介绍。", ["金牛镇中心完小"], id="a-complete-primary-school"
        ),
        pytest.param(
            "刘建华，原漕河镇党委副书记、镇长，受到处分。",
            ["漕河镇党委"],
            id="a-former-post-s-mark-opens-no-township",
        ),
        pytest.param(
            "给予运河区应急管理局党组书记、局长赵立民政务记过处分。",
            ["运河区应急管理局"],
            id="a-district-jieba-holds-as-a-noun",
        ),
        pytest.param(
            "决定任命林志华为福建省人民政府秘书长。",
            ["福建省人民政府"],
            id="no-name-opens-inside-a-person-s",
        ),
        pytest.param("次仁顿珠曾任村党支部书记20余年。", [], id="a-link-word-opens-no-body"),
        pytest.param(
            "商务部市场运行和消费促进司司长刘宏远介绍。福建省海洋与渔业局发布通知。",
            ["商务部市场运行和消费促进司", "福建省海洋与渔业局"],
            id="two-fields-of-one-office",
        ),
        pytest.param(
            "县委和县政府、市公安局和交通局、非洲和世界银行都参加。",
            ["县委", "县政府", "市公安局", "世界银行"],
            id="two-bodies-joined-by-and-guard",
        ),
        pytest.param(
            "省应急管理厅、省林业和草原局要加强巡查督导。",
            ["省应急管理厅", "省林业和草原局"],
            id="a-body-before-a-modal-verb",
        ),
    ],
)
def test_organizations(extractor, text, expected):
    article = extractor.extract(text)
    assert [o.name for o in article.organizations] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("各地各部门要高度重视,有关部门要加强协调。", id="generic-references"),
        pytest.param("各区县人民政府，各县人民法院：", id="levels-written-together"),
        pytest.param("各区县政府要落实责任。", id="a-name-opening-inside-levels"),
        pytest.param("各市、县人民政府，各市(州)、县人民政府：", id="levels-listed-after-each"),
        pytest.param("当事人可以向人民法院起诉。", id="an-organ-word-alone"),
        pytest.param("宋立平走进社区党群服务中心。", id="a-verb-of-going-opens-no-settlement"),
        pytest.param("全省法院坚持依法审判。", id="all-courts-of-province"),
        pytest.param("市民可以通过政府网站查询。", id="ordinary-word-with-level-character"),
        pytest.param("镇村干部要主动作为。", id="cadres-are-not-a-department"),
        pytest.param("土耳其西北部发生火灾。", id="direction-ends-in-bu"),
        pytest.param("我国中东部地区将有雨雪。新闻中心正式运行。", id="parts-of-a-country-and-a-press-centre"),
        pytest.param("在埃塞俄比亚首都亚的斯亚贝巴市中心举行。", id="city-centre"),
        pytest.param("全国博物馆和全国多家医院推出服务。", id="every-museum-in-the-country"),
        pytest.param("全国知名博物馆纷纷推出展览。", id="praise-before-a-kind-of-body"),
        pytest.param("该州环境保护部门人员已抵达现场。", id="a-known-name-running-on-into-a-word"),
        pytest.param("全国运行核电机组累计发电量增长。", id="generating-units"),
        pytest.param("香港新任政协委员纷纷表示支持。", id="newly-appointed-is-no-part-of-a-name"),
        pytest.param("向全国消防指战员致以问候。", id="every-fire-service-in-the-country"),
        pytest.param("南阳要加快建设省域副中心城市。", id="a-sub-centre-city"),
        pytest.param("习近平在中央人大工作会议上发表重要讲话。", id="a-work-conference-on-the-npc"),
        pytest.param("外商及港澳台商投资企业下降1.3%。", id="a-listed-place-ending-in-an-organ-word"),
        pytest.param("案件在六楼审判庭公开开庭审理。", id="a-courtroom-guard"),
        pytest.param("全县农民专业合作社达到1200家。", id="co-operatives-of-a-county-guard"),
        pytest.param("人民代表大会制度是根本政治制度。访问www.who.int查询。", id="a-system-and-a-web-address-guard"),
        pytest.param("国家消防救援队伍1400余人参与救援。", id="the-national-fire-and-rescue-forces"),
        pytest.param("走访了安置社区和县级医院。", id="and-is-no-county-before-county-level"),
        pytest.param("某县人民医院原院长李某某违规公款吃喝。", id="an-anonymised-hospital"),
        pytest.param("在某某县公安局办理。", id="an-anonymised-police-bureau"),
        pytest.param("海沧区某文创公司负责人李明介绍了情况。", id="an-anonymised-company-the-model-finds"),
        pytest.param("淄博某工程检修公司负责人孙某某被移送。", id="a-company-withheld-inside-its-name"),
        pytest.param("拟任乡镇党委书记人选。乡镇人民政府要落实责任。", id="bodies-of-every-township"),
        pytest.param("建成县、乡、村三级退役军人服务站3900余个。", id="a-count-of-levels"),
    ],
)
def test_not_organizations(extractor, text):
    assert extractor.extract(text).organizations == []


def test_leading_and_arranging_open_no_body(extractor):
    article = extractor.extract(
        "副州长率州森林草原防灭火指挥部督导组深入林区。覃某安排镇政府以开会名义宴请。"
    )
    assert [o.name for o in article.organizations if o.name[0] in "率安"] == []


def test_an_organisation_does_not_run_across_a_verb_that_takes_one(extractor):
    article = extractor.extract("美国政府要求中止日本制铁收购美国钢铁公司一事。")
    assert "日本制铁收购美国钢铁公司" not in [o.name for o in article.organizations]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param("普拉博沃表示，印尼政府决定正式加入新开发银行。", "决定", id="a-decision"),
        pytest.param("两家公司将在中国合资建立飞机复合材料制造公司。", "建立", id="founding"),
    ],
)
def test_an_organisation_does_not_run_across_a_clause(extractor, text, word):
    names = [o.name for o in extractor.extract(text).organizations]
    assert all(word not in name for name in names)


def test_organization_does_not_run_across_two_names(extractor):
    article = extractor.extract("县公安局刑侦大队接到邻县公安局刑侦大队的协作请求。")
    names = [o.name for o in article.organizations]
    assert "县公安局刑侦大队" in names
    assert all("接到" not in name for name in names)


def test_companies_in_a_list(extractor):
    article = extractor.extract("实地察看了恒远化工、新拓电子、华岭钢铁等企业。")
    assert [o.name for o in article.organizations] == ["恒远化工", "新拓电子", "华岭钢铁"]


def test_a_verb_phrase_before_an_industry_word_is_no_company(extractor):
    """Lists of activities end in industry words too: 组建企业集团、逐步扩展到纺织."""
    article = extractor.extract("当地先后组建企业集团、逐步扩展到纺织、引进恒远化工。")
    names = [o.name for o in article.organizations]
    assert "组建企业集团" not in names
    assert "逐步扩展到纺织" not in names


@pytest.mark.parametrize(
    "text",
    [
        "加强党内法规建设、民主法治建设、生态文明建设。",
        "培育壮大新能源汽车、智能终端等产业。",
        "推进重大水利工程建设、高标准农田建设等工作。",
        "为强国建设、民族复兴贡献力量。",
        "天津聚焦新能源汽车、高端装备等重点产业链。",
        "推动新一代信息技术、新能源新材料等集群发展，支持冷链物流、类脑科技。",
        "加快板房建设、教师队伍建设和桥梁工程建设。",
    ],
)
def test_a_list_of_tasks_or_industries_names_no_company(extractor, text):
    """Their items are ordinary words before an industry word; brands are coined names."""
    assert [o.name for o in extractor.extract(text).organizations] == []


def _organizations_with_model_names(text: str, model_names: list[str]) -> list[str]:
    """Organisations found when the model has tagged ``model_names`` as ORG."""
    state = rules_with_model_entities(text, model_names, "ORG")
    return [m.text for m in state.get("organizations")]


def test_a_longer_model_name_replaces_the_rule_match_it_holds():
    text = "天津市塘沽区委召开会议。"
    assert _organizations_with_model_names(text, []) == ["区委"]
    assert _organizations_with_model_names(text, ["天津市塘沽区委"]) == ["天津市塘沽区委"]


def test_a_dateline_s_agency_and_place_are_two_names(extractor):
    article = extractor.extract("新华社联合国1月23日电 安理会今天开会。")
    assert [o.name for o in article.organizations] == ["新华社", "联合国", "安理会"]


def test_an_adverb_before_a_model_name_is_left_out():
    text = "仅省教育出版社就为灾区捐书4000册。"
    assert _organizations_with_model_names(text, ["仅省教育出版社"]) == ["省教育出版社"]


def test_a_model_name_with_a_word_before_the_rule_match_is_dropped():
    text = "联合省公安厅、省教育厅开展行动。"
    assert _organizations_with_model_names(text, ["联合省公安厅"]) == ["省公安厅", "省教育厅"]



def test_a_company_s_bracketed_seat_belongs_to_its_name():
    """The model cuts 东计电脑（北京）有限公司 at the bracket: the seat and legal form after the
    name the model ended there join it."""
    text = "东计电脑（北京）有限公司总经理说。"
    found = _organizations_with_model_names(text, ["东计电脑", "北京）有限公司"])
    assert found == ["东计电脑（北京）有限公司"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("村办企业发展很快。", id="village-run"),
        pytest.param("校办工厂停产。", id="school-run-guard"),
    ],
)
def test_run_by_a_level_is_no_office(extractor, text):
    """村办 and 校办 say who runs a business (GOLD.md: no body is named)."""
    assert [o.name for o in extractor.extract(text).organizations] == []


@pytest.mark.parametrize(
    ("text", "model_name", "expected"),
    [
        pytest.param(
            "中车株洲电力机车有限公司召开会议。",
            "中车株洲电力机车有限公司",
            ["中车株洲电力机车有限公司"],
            id="brand-of-the-group",
        ),
        pytest.param(
            "收购华为技术有限公司的股份。",
            "收购华为技术有限公司",
            ["华为技术有限公司"],
            id="verb-stays-out-guard",
        ),
    ],
)
def test_a_group_s_brand_may_open_a_company_s_name(text, model_name, expected):
    """A brand the dictionary lacks, before the name the rules found, is the group's (中车);
    a dictionary word there is a verb the model took in."""
    assert _organizations_with_model_names(text, [model_name]) == expected


@pytest.mark.parametrize(
    ("text", "model_name"),
    [
        pytest.param("江北市国土资源局召开会议。", "江北市国土资源局", id="city"),
        pytest.param("塘沽区委召开会议。", "塘沽区委", id="district"),
    ],
)
def test_a_model_name_may_open_with_a_division_no_gazetteer_lists(text, model_name):
    """江北 (the gazetteer has 江北区, not 江北市) before the level word the rules' name
    opens with is the division's name, not a word the model took before the name."""
    assert _organizations_with_model_names(text, []) == [model_name[2:]]
    assert _organizations_with_model_names(text, [model_name]) == [model_name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("以色列总理办公室发表声明称，", ["以色列总理办公室"], id="prime-minister-s-office"),
        pytest.param(
            "乌国家安全与国防委员会予以否认。乌总统办公室主任叶尔马克表示，",
            ["乌国家安全与国防委员会", "乌总统办公室"],
            id="security-council-and-president-s-office",
        ),
    ],
)
def test_foreign_heads_offices_and_councils(extractor, text, expected):
    assert [o.name for o in extractor.extract(text).organizations] == expected


def test_a_central_task_names_no_body(extractor):
    """党和国家中心任务: the central task of Party and state, not a body 国家中心."""
    article = extractor.extract("委员们将紧扣党和国家中心任务履职尽责。")
    assert article.organizations == []


def test_a_deployment_names_no_body(extractor):
    """党和国家战略部署: 部署 (deployment) ends in 署 (审计署), but names no body."""
    article = extractor.extract("委员们要紧紧围绕党和国家战略部署，积极建言献策。")
    assert article.organizations == []


def test_a_model_name_right_after_驻_takes_it():
    """驻韩美军司令部 (the command of US forces stationed in Korea) is written with 驻."""
    text = "驻韩美军司令部表示将加强合作。"
    assert _organizations_with_model_names(text, ["韩美军司令部"]) == ["驻韩美军司令部"]


def test_a_model_name_joining_two_names_is_each_of_them(extractor):
    """The model reads the whole as one name; 与 after an organ word joins two."""
    text = "浙江省杭州市公安局西湖分局北山派出所与镇敬老院联合开展活动。"
    assert [o.name for o in extractor.extract(text).organizations] == [
        "浙江省杭州市公安局西湖分局北山派出所",
        "镇敬老院",
    ]


def test_a_model_name_cutting_across_a_rule_match_is_dropped():
    text = "省公安厅刑侦总队召开会议。"
    rules_alone = _organizations_with_model_names(text, [])
    assert _organizations_with_model_names(text, ["刑侦总队召开"]) == rules_alone


@pytest.mark.parametrize(
    ("text", "model_name", "kept"),
    [
        pytest.param("宁波雅戈尔西服厂通过了认证。", "宁波雅戈尔西服厂", True, id="factory"),
        pytest.param("中国足协官员表示，", "中国足协", True, id="association-abbreviation"),
        pytest.param("中国队以四比零战胜瑞典队。", "瑞典队", True, id="team"),
        pytest.param("ＩＢＭ公司发布了新产品。", "ＩＢＭ公司", True, id="latin-letters"),
        pytest.param("东计电脑（北京）有限公司成立。", "北京）有限公司", False, id="cut-bracket"),
        pytest.param("执政党要加强自身建设。", "执政党", False, id="ordinary-word"),
        pytest.param("他们在站台上等车。", "站台上", False, id="no-body-ending"),
    ],
)
def test_model_names_need_a_body_ending(text, model_name, kept):
    assert (model_name in _organizations_with_model_names(text, [model_name])) is kept


def test_no_shorter_name_inside_a_title_organisation(extractor):
    article = extractor.extract("林州市委常委、政法委书记郭强出席会议。")
    # no 市委 inside 林州市委; 政法委 is the organ of the chained title
    assert [o.name for o in article.organizations] == ["林州市委", "政法委"]


def test_a_proper_noun_of_the_dictionary_can_name_a_company():
    from govnews_extract.pipeline import build_pipeline
    from govnews_extract.state import doc_state

    nlp = build_pipeline(ner=False)  # the rules alone: jieba knows 奇美 as a proper noun (nz)
    doc = nlp("实地察看了奇美化工、恒远化工等企业。")
    assert [m.text for m in doc_state(doc).get("organizations")] == ["奇美化工", "恒远化工"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "国家发展和改革委员会（以下简称“国家发展改革委”）召开会议。",
            ["国家发展和改革委员会", "国家发展改革委"],
            id="a-short-name-the-dictionary-holds",
        ),
        pytest.param(
            "省扫黑除恶专项斗争领导小组办公室（省扫黑办）召开会议。",
            ["省扫黑除恶专项斗争领导小组办公室", "省扫黑办"],
            id="abbreviation",
        ),
        pytest.param("世界卫生组织（WHO）发布报告。", ["世界卫生组织", "WHO"], id="latin"),
        pytest.param("国务院办公厅（试行）印发通知。", ["国务院办公厅"], id="ordinary-word"),
    ],
)
def test_a_short_name_in_brackets_after_a_name_is_a_name(extractor, text, names):
    assert [o.name for o in extractor.extract(text).organizations] == names


def test_a_place_in_brackets_is_no_short_name(extractor):
    article = extractor.extract("东计电脑（北京）有限公司与北京市商务局签约。")
    assert "北京" not in [o.name for o in article.organizations]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("东部战区组织演习。", "东部战区", id="direction-word-first"),
        pytest.param("博鳌亚洲论坛2025年年会开幕。", "博鳌亚洲论坛", id="place-words"),
        pytest.param("他出席联合国大会并发言。", "联合国大会", id="ordinary-last-word"),
        pytest.param("住房城乡建设部发布通知。", "住房城乡建设部", id="not-only-建设部"),
        pytest.param("中国银监会主席刘明康表示，", "中国银监会", id="short-name-of-the-past"),
        pytest.param("美联储宣布加息。", "美联储", id="foreign-short-name"),
    ],
)
def test_a_name_of_the_lexicons_stands_whatever_its_words(extractor, text, name):
    """东部 and 大会 are ordinary words, which open or end no unknown name."""
    assert name in [o.name for o in extractor.extract(text).organizations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("看望城关镇敬老院老人。", ["城关镇敬老院"], id="town-body"),
        pytest.param("桂花村村民委员会召开会议。", ["桂花村村民委员会"], id="village-committee"),
        pytest.param("派出医务人员至乡镇卫生院。", [], id="verb-before-乡镇"),
        pytest.param("建成村级寄递物流综合服务站。", [], id="verb-before-村级"),
        pytest.param("办好农村农民合作社。", [], id="ordinary-word-农村"),
        pytest.param("全镇党员干部参加会议。", [], id="whole-town"),
    ],
)
def test_a_township_or_village_no_gazetteer_lists_opens_a_name(extractor, text, expected):
    assert [o.name for o in extractor.extract(text).organizations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("美交通部长称联邦航空局空管员人手不足。", ["联邦航空局"], id="minister-then-body"),
        pytest.param("国家税务总局长沙市税务局发布通知。", ["国家税务总局长沙市税务局"], id="长沙"),
    ],
)
def test_a_name_holds_no_head_of_a_body(extractor, text, expected):
    """部长 of 交通部长 ends one thing; 局|长沙 is a body and a city."""
    assert [o.name for o in extractor.extract(text).organizations] == expected


@pytest.mark.parametrize(
    ("text", "model_name", "expected"),
    [
        pytest.param("湖南省宁乡县援建一所希望学校。", "湖南省宁乡县援建一所希望学校", [], id="one-school"),
        pytest.param("上海一家小型催账公司开业。", "上海一家小型催账公司", [], id="one-company"),
        pytest.param("四所村派出所民警赶到。", "四所村派出所", ["四所村派出所"], id="village-name"),
        pytest.param(
            "袭击了边疆区一处炼油厂。", "边疆区一处炼油厂", [], id="one-site"
        ),
        pytest.param("市公安局经侦一处民警出动。", "市公安局经侦一处", ["市公安局经侦一处"],
                     id="a-numbered-unit"),
    ],
)
def test_a_count_of_things_is_no_name(text, model_name, expected):
    """一所, 一家: a phrase about bodies; 四所村 is a village."""
    assert _organizations_with_model_names(text, [model_name]) == expected


def test_a_remembered_match_depends_on_the_two_characters_before_it(extractor):
    """COUNTRY_BODY looks back at a country's abbreviation, whose own lookbehind reads the
    character before that: 1美|俄外交部 is a body, ，美|俄外交部 none, whichever comes first."""
    from functools import partial

    organizations = extractor.nlp.get_pipe("govnews_organizations")
    lengths = []
    for text in ["1美俄外交部", "，美俄外交部", "1美俄外交部"]:
        compute = partial(organizations._match_length, text, 2)
        lengths.append(organizations._match_lengths.get(text, 2, len(text), compute))
    assert lengths == [4, None, 4]



@pytest.mark.parametrize(
    ("text", "model_org", "expected"),
    [
        pytest.param("乌称打击俄炼油厂。", "打击俄炼油厂", [], id="an-attack-and-its-target"),
        pytest.param(
            "联合国开发计划署发布报告。", "联合国开发计划署", ["联合国开发计划署"],
            id="a-known-name-opening-with-a-breaker-guard",
        ),
    ],
)
def test_a_model_name_opening_with_a_verb_no_name_holds_is_none(text, model_org, expected):
    state = rules_with_model_entities(text, [model_org], "ORG")
    assert [m.text for m in state.get("organizations")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "县农业农村局原党组成员、副局长覃建明违规收受礼金。",
            ["县农业农村局"],
            id="a-former-party-group-member",
        ),
        pytest.param(
            "长兴县以县人民医院、县中医院为牵头单位，组建医共体。",
            ["县人民医院", "县中医院"],
            id="a-preposition-between-the-county-and-its-hospital",
        ),
        pytest.param(
            "省农业农村厅派驻的第一书记到村后，与村“两委”筹建电商服务站。",
            ["省农业农村厅"],
            id="a-verb-of-setting-up",
        ),
        pytest.param("凉山彝族自治州某公司非法采矿案宣判。", [], id="a-withheld-company"),
        pytest.param(
            "县开发区管委会主任李强出席。全市各开发区要加快发展。",
            ["县开发区管委会"],
            id="a-development-zone-and-generic-zones-guard",
        ),
        pytest.param(
            "县委书记深入企业和村组调研，带领乡应急办负责同志排查隐患。居委会主任邵丹介绍。",
            ["县委", "乡应急办"],
            id="a-verb-opens-no-township-and-generic-committees",
        ),
        pytest.param(
            "据玉林街道党工委有关负责人介绍，下一步将推广经验。",
            ["玉林街道党工委"],
            id="according-to-opens-no-sub-district",
        ),
    ],
)
def test_bodies_with_former_marks_prepositions_verbs_and_withheld_names(extractor, text, expected):
    assert [o.name for o in extractor.extract(text).organizations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("向湖南省转办1863件。活动由市政府主办。", ["市政府"], id="verbs-ending-in-办"),
        pytest.param(
            "本届省运会共设竞技组、青少年组3个组别。领导小组下设办公室。",
            [],
            id="verbs-listing-parts",
        ),
        pytest.param(
            "村民彭大妹是合作社的“采茶能手”。他们成立了宣恩县水田坝茶叶专业合作社。",
            ["宣恩县水田坝茶叶专业合作社"],
            id="a-copula-names-no-co-operative",
        ),
        pytest.param(
            "集团公司党委书记、董事长公孙立伟致辞。", [], id="the-group-company-is-generic"
        ),
        pytest.param(
            "与会人员赴长寿区化工园区考察。", [], id="the-opening-of-an-industrial-park-s-name"
        ),
        pytest.param(
            "省扶贫办、市委办负责人参加。", ["省扶贫办", "市委办"], id="offices-ending-in-办-guard"
        ),
    ],
)
def test_verbs_and_generic_companies_are_no_bodies(extractor, text, expected):
    assert [o.name for o in extractor.extract(text).organizations] == expected
