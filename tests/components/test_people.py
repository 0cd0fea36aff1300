"""People and titles: (text, expected) tables with negatives beside positives."""

import pytest
from model_entities import rules_with_model_entities


def people_of(extractor, text, **kwargs):
    article = extractor.extract(text, **kwargs)
    return {p.name: [t.text for t in p.titles] for p in article.people}, article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "副省长、省公安厅厅长张建国出席会议。",
            {"张建国": ["副省长", "省公安厅厅长"]},
            id="chain-split-at-dunhao",
        ),
        pytest.param(
            "市委常委、市委政法委书记、市扫黑除恶专项斗争领导小组组长刘志强主持召开会议。",
            {"刘志强": ["市委常委", "市委政法委书记", "市扫黑除恶专项斗争领导小组组长"]},
            id="long-chain-name-before-verb",
        ),
        pytest.param(
            "县委书记王海,县委副书记、县长李明华出席。",
            {"王海": ["县委书记"], "李明华": ["县委副书记", "县长"]},
            id="comma-separates-people",
        ),
        pytest.param(
            "本报讯(记者 赵晓东)近日,全市召开会议。",
            {"赵晓东": ["记者"]},
            id="byline-with-space",
        ),
        pytest.param(
            "本报讯（记者 张三 通讯员 李四 王五）10月12日，会议召开。",
            {"张三": ["记者"], "李四": ["通讯员"], "王五": ["通讯员"]},
            id="byline-names-sharing-a-role",
        ),
        pytest.param(
            "湖南日报6月5日讯（全媒体记者 刘燕娟 通讯员 谢娅）今天是六五环境日。",
            {"刘燕娟": ["记者"], "谢娅": ["通讯员"]},
            id="a-multimedia-reporter-s-byline",
        ),
        pytest.param(
            "编队连续航行6800余海里。全县300余名干部参加。",
            {},
            id="more-than-after-a-number-guard",
        ),
        pytest.param(
            "在八一镇巴吉村，扎西多吉看望慰问了低保户央金拉姆、残疾人格桑平措。",
            {"扎西多吉": [], "央金拉姆": [], "格桑平措": []},
            id="people-visited-at-festivals",
        ),
        pytest.param(
            "本报杭州11月25日电（记者 江南）大赛24日落幕。",
            {"江南": ["记者"]},
            id="a-reporter-named-like-a-place",
        ),
        pytest.param(
            "全市召开会议。（责任编辑：赵晓六）",
            {"赵晓六": ["责任编辑"]},
            id="editor-closing-the-article",
        ),
        pytest.param(
            "市领导陈刚、周立新、孙伟出席。",
            {"陈刚": ["市领导"], "周立新": ["市领导"], "孙伟": ["市领导"]},
            id="names-sharing-a-title",
        ),
        pytest.param(
            "会议决定任命吴国平为省发展改革委主任。",
            {"吴国平": ["省发展改革委主任"]},
            id="appointment-title-after-name",
        ),
        pytest.param(
            "决定任命刘芳同志为省教育厅厅长、党组书记。",
            {"刘芳": ["省教育厅厅长", "党组书记"]},
            id="appointment-honorific-and-list-of-posts",
        ),
        pytest.param(
            "经研究，李红梅同志任长沙县人民政府县长。赵强当选为市人大常委会主任。",
            {"李红梅": ["长沙县人民政府县长"], "赵强": ["市人大常委会主任"]},
            id="posts-held-after-the-name",
        ),
        pytest.param(
            "王丽华、陈志远当选为副主任，孙明当选为秘书长。刘芳和黄建新当选为副市长。",
            {"王丽华": ["副主任"], "陈志远": ["副主任"], "孙明": ["秘书长"],
             "刘芳": ["副市长"], "黄建新": ["副市长"]},
            id="names-listed-before-the-post-held",
        ),
        pytest.param(
            "决定任命张三、李四为副市长。免去王五、赵六的副市长职务。",
            {"张三": ["副市长"], "李四": ["副市长"], "王五": ["副市长"], "赵六": ["副市长"]},
            id="names-listed-after-an-appointment-word",
        ),
        pytest.param(
            "会见了张三、李四。王五当选为市长。",
            {"张三": [], "李四": [], "王五": ["市长"]},
            id="a-list-in-another-sentence-shares-no-post-guard",
        ),
        pytest.param(
            "王建国，男，汉族，1968年3月生，湖南长沙人，中共党员，"
            "现任湘潭市人民政府副市长、党组成员，拟任湘潭市委常委。",
            {"王建国": ["湘潭市人民政府副市长", "党组成员", "湘潭市委常委"]},
            id="profile-clauses-list-posts",
        ),
        pytest.param(
            "王建国，男，1968年3月生。市委书记刘明出席，现任市长陈刚主持。",
            {"王建国": [], "刘明": ["市委书记"], "陈刚": ["市长"]},
            id="profile-ends-with-its-sentence",
        ),
        pytest.param(
            "他将接替现任总理特鲁多出任加拿大总理。张三任职期间，李明任务艰巨。",
            {"特鲁多": ["总理"], "张三": [], "李明": []},
            id="successor-and-words-opening-with-ren",
        ),
        pytest.param(
            "国家发展改革委价格司司长万劲松介绍。国家统计局工业司首席统计师于卫宁解读说。",
            {"万劲松": ["国家发展改革委价格司司长"], "于卫宁": ["国家统计局工业司首席统计师"]},
            id="ministry-department-and-chief-statistician",
        ),
        pytest.param(
            "省政府外事办公室主任李明出席。商务部外贸司司长李兴乾表示。市委外宣办主任张华主持。",
            {
                "李明": ["省政府外事办公室主任"],
                "李兴乾": ["商务部外贸司司长"],
                "张华": ["市委外宣办主任"],
            },
            id="foreign-affairs-and-trade-offices",
        ),
        pytest.param(
            "市生态环境局党组成员、二级巡视员刘军，县委办公室四级主任科员王敏出席。",
            {"刘军": ["市生态环境局党组成员", "二级巡视员"], "王敏": ["县委办公室四级主任科员"]},
            id="civil-service-ranks",
        ),
        pytest.param(
            "十四届全国人大常委会委员长赵乐际主持。第十四届全国政协副主席石泰峰出席。",
            {"赵乐际": ["十四届全国人大常委会委员长"], "石泰峰": ["第十四届全国政协副主席"]},
            id="term-of-office-opens-the-title",
        ),
        pytest.param(
            "省政府党组成员、副省长王刚出席。",
            {"王刚": ["省政府党组成员", "副省长"]},
            id="member-of-a-party-group",
        ),
        pytest.param(
            "被告人钱某某犯盗窃罪。被告人郑德明犯诈骗罪。",
            {"郑德明": []},
            id="legal-status-is-not-a-title",
        ),
        pytest.param(
            "被告人吉克阿木因贩卖毒品罪被判处有期徒刑十五年。",
            {"吉克阿木": []},
            id="a-yi-name-after-a-legal-status-is-a-person",
        ),
        pytest.param(
            "州委常委、副州长阿苦日布强调，要抓好防火。（记者 吉克曲布 通讯员 沙马阿呷）",
            {
                "阿苦日布": ["州委常委", "副州长"],
                "吉克曲布": ["记者"],
                "沙马阿呷": ["通讯员"],
            },
            id="yi-names-are-a-clan-name-and-a-given-name",
        ),
        pytest.param(
            "国务院副总理吕振邦，商务部部长助理杜若川，省长助理王刚参加会见。",
            {"吕振邦": ["国务院副总理"], "杜若川": ["商务部部长助理"], "王刚": ["省长助理"]},
            id="assistants-to-a-head",
        ),
        pytest.param(
            "凌云县沙里瑶族乡党委副书记、乡长罗桂芳出席。",
            {"罗桂芳": ["凌云县沙里瑶族乡党委副书记", "乡长"]},
            id="an-ethnic-township-opens-a-title",
        ),
        pytest.param(
            "（记者 覃海宁 通讯员 韦丽萍）北港集团党委书记、董事长韦志坚表示，要加快建设。"
            "国网青海省电力公司副总经理包振宇介绍情况。",
            {
                "覃海宁": ["记者"],
                "韦丽萍": ["通讯员"],
                "韦志坚": ["北港集团党委书记", "董事长"],
                "包振宇": ["国网青海省电力公司副总经理"],
            },
            id="a-reporter-named-like-a-city-and-companies-by-short-names",
        ),
        pytest.param(
            "地委书记窦建华出席，地委副书记、行署专员艾尔肯·吐尔逊主持会议。",
            {"窦建华": ["地委书记"], "艾尔肯·吐尔逊": ["地委副书记", "行署专员"]},
            id="a-prefecture-s-party-committee-and-office",
        ),
        pytest.param(
            "市委常委、副市长巴图孟和带队检查。市消防救援支队支队长乌兰图雅表示支持。",
            {"巴图孟和": ["市委常委", "副市长"], "乌兰图雅": ["市消防救援支队支队长"]},
            id="mongolian-names-of-two-parts",
        ),
        pytest.param(
            "市委副书记、市长、市级总河长杨立新巡河。县级林长李明出席。",
            {"杨立新": ["市委副书记", "市长", "市级总河长"], "李明": ["县级林长"]},
            id="river-and-forest-chiefs-of-a-level",
        ),
        pytest.param(
            "市消费者协会（以下简称“市消协”）秘书长许海燕出席。",
            {"许海燕": ["市消费者协会（以下简称“市消协”）秘书长"]},
            id="a-short-name-announced-inside-a-title",
        ),
        pytest.param(
            "州委副书记、州长岩温罕出席。青岛城市建设投资（集团）有限责任公司党委书记邵振华表示支持。"
            "发放傣文、景颇文宣传资料。",
            {
                "岩温罕": ["州委副书记", "州长"],
                "邵振华": ["青岛城市建设投资（集团）有限责任公司党委书记"],
            },
            id="a-dai-name-a-group-s-mark-in-a-company-s-name-and-a-script",
        ),
        pytest.param(
            "北江监狱党委委员、副监狱长廖春华介绍情况。青年志愿者常乐怡说：“很值得。”"
            "守望老人安康。",
            {"廖春华": ["北江监狱党委委员", "副监狱长"], "常乐怡": []},
            id="a-prison-s-head-and-a-name-after-what-a-person-is",
        ),
        pytest.param(
            "评估组组长、省乡村振兴局监测评估处处长东方明指出，要抓好。该组组长李明讲话。",
            {"东方明": ["评估组组长", "省乡村振兴局监测评估处处长"], "李明": ["组长"]},
            id="a-group-s-head-repeats-its-last-character",
        ),
        pytest.param(
            "任命袁晓红（女）为省卫生健康委员会主任；免去向阿朵（女，土家族）的省人民检察院检察员职务。"
            "石家庄市中级人民法院公开宣判黑龙江省人民政府原副省长赵宏达受贿案。",
            {
                "袁晓红": ["省卫生健康委员会主任"],
                "向阿朵": ["省人民检察院检察员"],
                "赵宏达": ["黑龙江省人民政府原副省长"],
            },
            id="a-note-of-sex-in-an-appointment-and-a-court-s-verdict",
        ),
        pytest.param(
            "会见老挝驻华大使坎葆·通萨万一行。上海合作组织（以下简称“上合组织”）"
            "秘书处副秘书长索赫拉布·阿利耶夫出席。",
            {
                "坎葆·通萨万": ["老挝驻华大使"],
                "索赫拉布·阿利耶夫": ["上海合作组织（以下简称“上合组织”）秘书处副秘书长"],
            },
            id="an-ambassador-to-china-and-a-secretariat",
        ),
        pytest.param(
            "旅长吴振国大校介绍情况。国家主席习近平特别代表、国家副主席韩正出席。"
            "习近平主席同西米纳总统会谈。",
            {
                "吴振国": ["旅长", "大校"],
                "习近平": ["国家主席", "主席"],
                "韩正": ["特别代表", "国家副主席"],
                "西米纳": ["总统"],
            },
            id="a-rank-after-a-titled-name-and-with-before-a-foreign-name",
        ),
        pytest.param(
            "本报杨凌6月20日电（记者 张蕊）医疗队队长孔祥瑞出席。"
            "坦桑尼亚驻华大使馆公使衔参赞约瑟夫·姆卡玛致辞。",
            {
                "张蕊": ["记者"],
                "孔祥瑞": ["医疗队队长"],
                "约瑟夫·姆卡玛": ["坦桑尼亚驻华大使馆公使衔参赞"],
            },
            id="a-dateline-s-place-is-no-person-a-team-s-head-a-counsellor",
        ),
        pytest.param(
            "新华社北京11月7日电（记者 邹多为 周圆）海关总署发布数据。本报记者 张悦摄",
            {"邹多为": ["记者"], "周圆": ["记者"], "张悦": ["本报记者"]},
            id="a-byline-name-up-to-its-space-but-not-a-photo-credit",
        ),
        pytest.param(
            "西安交通大学与秦川智装签署校企战略合作协议\n"
            "西安交通大学与陕西秦川智能装备股份有限公司（以下简称“秦川智装”）签约。"
            "秦川智装党委书记、董事长陈志华出席仪式并致辞。",
            {"陈志华": ["秦川智装党委书记", "董事长"]},
            id="a-body-s-announced-short-name-before-a-post-is-no-person",
        ),
        pytest.param(
            "随着村党支部书记、村委会主任杨建林念出名字，村民走上台。杨建林表示，要壮大集体经济。",
            {"杨建林": ["村党支部书记", "村委会主任"]},
            id="along-with-opens-no-village-and-a-name-known-in-full",
        ),
        pytest.param(
            "县委宣传部（县新闻出版局）局长王强出席。",
            {"王强": ["县委宣传部（县新闻出版局）局长"]},
            id="a-body-s-second-name-in-brackets",
        ),
        pytest.param(
            "外交部发言人华建平主持例行记者会。",
            {"华建平": ["外交部发言人"]},
            id="spokesperson",
        ),
        pytest.param(
            "俄外长拉夫罗夫表示，以总理内塔尼亚胡当天也发表讲话。",
            {"拉夫罗夫": ["俄外长"], "内塔尼亚胡": ["以总理"]},
            id="country-abbreviation-before-post",
        ),
        pytest.param(
            "荷外交大臣韦克斯特拉说，墨经济部长埃布拉德表示欢迎。",
            {"韦克斯特拉": ["荷外交大臣"], "埃布拉德": ["墨经济部长"]},
            id="more-country-abbreviations",
        ),
        pytest.param(
            "世界卫生组织（WHO）总干事谭德塞表示，疫情仍在持续。",
            {"谭德塞": ["世界卫生组织（WHO）总干事"]},
            id="organisation-with-its-latin-short-name",
        ),
        pytest.param(
            "据市统计局局长王明介绍，今年全市经济运行稳中有进。",
            {"王明": ["市统计局局长"]},
            id="title-after-a-glued-preposition",
        ),
        pytest.param(
            "全国人大常委会副委员长洛桑江村在参加审议时说，完全赞同。自治区主席嘎玛泽登出席。",
            {"洛桑江村": ["全国人大常委会副委员长"], "嘎玛泽登": ["自治区主席"]},
            id="tibetan-names",
        ),
        pytest.param(
            "来自墨脱的全国政协委员白玛玉珍介绍，墨脱通了公路。",
            {"白玛玉珍": ["全国政协委员"]},
            id="tibetan-name-ending-in-yuzhen",
        ),
        pytest.param(
            "县政府副县长、县公安局局长钱立新，市委书记王国庆出席会议。",
            {"钱立新": ["县政府副县长", "县公安局局长"], "王国庆": ["市委书记"]},
            id="given-names-that-are-rare-words",
        ),
        pytest.param(
            "市政府党组成员、副市长，市公安局党委书记、局长杨勇通报情况。副市长张三，局长李四出席。",
            {
                "杨勇": ["市政府党组成员", "副市长", "市公安局党委书记", "局长"],
                "张三": ["副市长"],
                "李四": ["局长"],
            },
            id="titles-of-one-person-across-a-comma",
        ),
        pytest.param(
            "全国人大代表、湖南省委书记沈晓明说，何光华代表说，王沪宁代表政协常委会作报告。",
            {"沈晓明": ["全国人大代表", "湖南省委书记"], "何光华": ["代表"], "王沪宁": []},
            id="deputies-to-a-congress",
        ),
        pytest.param(
            "第九届全国人民代表大会常务委员会副委员长邹家华逝世。",
            {"邹家华": ["第九届全国人民代表大会常务委员会副委员长"]},
            id="a-body-named-with-daibiao-inside",
        ),
        pytest.param(
            "县纪委监委第二审查调查室主任李刚、省委第三巡视组组长张强出席。",
            {"李刚": ["县纪委监委第二审查调查室主任"], "张强": ["省委第三巡视组组长"]},
            id="ordinals-inside-the-body-of-a-title",
        ),
        pytest.param(
            "联合国安理会轮值主席、中国常驻联合国代表傅聪发言。中国驻美国大使谢锋，"
            "中国常驻日内瓦联合国副代表李松出席。",
            {
                "傅聪": ["联合国安理会轮值主席", "中国常驻联合国代表"],
                "谢锋": ["中国驻美国大使"],
                "李松": ["中国常驻日内瓦联合国副代表"],
            },
            id="envoys-posted-to-a-country-or-a-body",
        ),
        pytest.param(
            "中国代表团团长、外交部副部长马朝旭和中国驻美国大使馆发言人刘鹏宇出席。",
            {"马朝旭": ["中国代表团团长", "外交部副部长"], "刘鹏宇": ["中国驻美国大使馆发言人"]},
            id="a-delegation-and-an-embassy-in-a-title",
        ),
        pytest.param(
            "法国经济与财政部长隆巴尔、约旦副首相兼外交与侨务大臣萨法迪和"
            "英国能源安全和净零排放大臣米利班德出席。美国国防部长与财政部长贝森特通话。",
            {
                "隆巴尔": ["法国经济与财政部长"],
                "萨法迪": ["约旦副首相兼外交与侨务大臣"],
                "米利班德": ["英国能源安全和净零排放大臣"],
                "贝森特": ["财政部长"],
            },
            id="ministers-of-two-portfolios",
        ),
        pytest.param(
            "中国驻欧盟使团团长蔡润表示。",
            {"蔡润": ["中国驻欧盟使团团长"]},
            id="a-mission-to-a-body",
        ),
        pytest.param(
            "越共中央总书记苏林、越南国家主席梁强互致贺电。",
            {"苏林": ["越共中央总书记"], "梁强": ["越南国家主席"]},
            id="an-adverb-after-a-name-ends-no-given-name",
        ),
        pytest.param(
            "老挝人革党中央总书记通伦、古巴共产党中央第一书记迪亚斯-卡内尔和"
            "公明党党首齐藤铁夫出席。",
            {
                "通伦": ["老挝人革党中央总书记"],
                "迪亚斯-卡内尔": ["古巴共产党中央第一书记"],
                "齐藤铁夫": ["公明党党首"],
            },
            id="foreign-parties-and-a-japanese-name",
        ),
        pytest.param(
            "中哈双方交往密切。斯克利亚尔表示，哈方视发展对华关系为优先方向。以色列财长斯莫特里赫称，预算将满足需要。",
            {"斯克利亚尔": [], "斯莫特里赫": ["以色列财长"]},
            id="a-country-s-side-and-a-finance-minister",
        ),
        pytest.param(
            "民盟中央主席丁仲礼、九三学社中央主席武维华、全国工商联主席高云龙和国家副主席韩正出席。"
            "习近平会见英国财政大臣里夫斯、美国候任总统特朗普、国际奥委会主席巴赫和"
            "联合国教科文组织助理总干事奥托。加拿大安大略省省长道格·福特当天称，将加征关税。",
            {
                "丁仲礼": ["民盟中央主席"],
                "武维华": ["九三学社中央主席"],
                "高云龙": ["全国工商联主席"],
                "韩正": ["国家副主席"],
                "习近平": [],
                "里夫斯": ["英国财政大臣"],
                "特朗普": ["美国候任总统"],
                "巴赫": ["国际奥委会主席"],
                "奥托": ["联合国教科文组织助理总干事"],
                "道格·福特": ["加拿大安大略省省长"],
            },
            id="democratic-parties-ministers-and-qualified-posts",
        ),
        pytest.param(
            "高盛和庞巴迪宣布，黎方表示欢迎。赛诺菲当天发布声明。",
            {},
            id="foreign-companies-and-a-country-s-side-are-no-people",
        ),
        pytest.param(
            "国家主席习近平应约同俄罗斯总统普京通电话。美国总统拜登3日宣布决定。"
            "俄罗斯总统府和美国总统大选。巴勒斯坦伊斯兰抵抗运动（哈马斯）方面10日称，将推迟释放。"
            "哈马斯发言人称，在习近平主席英明指引下。",
            {"习近平": ["国家主席", "主席"], "普京": ["俄罗斯总统"], "拜登": ["美国总统"]},
            id="two-character-foreign-names-after-a-title",
        ),
        pytest.param(
            "俄罗斯总统新闻秘书佩斯科夫28日表示，俄方已暂停打击。近日，比亚迪表示，将加大投入。",
            {"佩斯科夫": ["俄罗斯总统新闻秘书"]},
            id="a-press-secretary-and-a-company-that-speaks",
        ),
        pytest.param(
            "韩国国会议长禹元植和哈尔滨亚冬会组委会主席梁惠玲出席。",
            {"禹元植": ["韩国国会议长"], "梁惠玲": ["哈尔滨亚冬会组委会主席"]},
            id="legislature-and-organising-committee",
        ),
        pytest.param(
            "波兰国防部长科西尼亚克-卡梅什日前表示。",
            {"科西尼亚克-卡梅什": ["波兰国防部长"]},
            id="hyphenated-name",
        ),
        pytest.param(
            "經濟財政司司長李偉農表示，本澳經濟持續復甦。",
            {"李偉農": ["經濟財政司司長"]},
            id="macao-secretariat-traditional",
        ),
        pytest.param(
            "10月27日外交部发言人毛宁主持例行记者会。",
            {"毛宁": ["外交部发言人"]},
            id="day-is-no-country",
        ),
        pytest.param(
            "北约秘书长吕特和欧洲央行行长拉加德出席。",
            {"吕特": ["北约秘书长"], "拉加德": ["欧洲央行行长"]},
            id="international-organisations",
        ),
        pytest.param(
            "会议听取了全国人大宪法和法律委员会主任委员信春鹰作的报告。",
            {"信春鹰": ["全国人大宪法和法律委员会主任委员"]},
            id="committee-name-with-he",
        ),
        pytest.param(
            "中共中央政治局常委、中央党的建设工作领导小组组长蔡奇主持会议。",
            {"蔡奇": ["中共中央政治局常委", "中央党的建设工作领导小组组长"]},
            id="body-name-with-de",
        ),
        pytest.param(
            "也门胡塞武装领导人阿卜杜勒·马利克·胡塞11日称，将发起反击。"
            "丁薛祥会见塞总统武契奇，转达对瑞方领导人的问候。",
            {
                "阿卜杜勒·马利克·胡塞": ["也门胡塞武装领导人"],
                "丁薛祥": [],
                "武契奇": ["塞总统"],
            },
            id="a-leader-and-a-country-s-side-before-a-post",
        ),
    ],
)
def test_people_and_titles(extractor, text, expected):
    found, _ = people_of(extractor, text)
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("王书记和李省长一同调研。", id="surname-plus-title-only"),
        pytest.param("进一步加大领导包案力度。", id="post-word-before-ordinary-word"),
        pytest.param("全省党员领导干部要带头。", id="party-members-are-not-a-name"),
        pytest.param("深入学习习近平新时代中国特色社会主义思想。", id="doctrine-name"),
        pytest.param("国家民委领导宣读了表彰决定。", id="verb-and-particle-after-title"),
    ],
)
def test_no_people(extractor, text):
    found, _ = people_of(extractor, text)
    assert found == {}


def test_title_breakdown(extractor):
    article = extractor.extract("省人大常委会党组书记、常务副主任周文明出席。")
    person = article.people[0]
    first, second = person.titles
    assert (first.organization, first.post, first.qualifiers) == ("省人大常委会", "书记", ["党组"])
    assert (second.organization, second.post) == (None, "主任")
    assert second.qualifiers == ["常务副"]


@pytest.mark.parametrize(
    ("text", "titles", "organizations", "qualifiers"),
    [
        pytest.param(
            "原省交通运输厅党组成员、副厅长冯志强违规收受礼品。",
            ["原省交通运输厅党组成员", "副厅长"],
            ["省交通运输厅党组"],
            ["原"],
            id="mark-before-the-body",
        ),
        pytest.param(
            "平川市农业农村局原局长邓海涛接受宴请。",
            ["平川市农业农村局原局长"],
            ["平川市农业农村局"],
            ["原"],
            id="mark-between-body-and-post",
        ),
        pytest.param(
            "时任县委书记李四到村调研。", ["时任县委书记"], ["县委"], ["时任"], id="then-serving-guard"
        ),
        pytest.param(
            "原平市委书记张三出席。",
            ["原平市委书记"],
            ["原平市委"],
            [],
            id="city-named-yuanping-guard",
        ),
    ],
)
def test_a_former_post_s_mark_stays_in_the_title(
    extractor, text, titles, organizations, qualifiers
):
    article = extractor.extract(text)
    (person,) = article.people
    assert [title.text for title in person.titles] == titles
    assert person.titles[0].qualifiers == qualifiers
    assert [o.name for o in article.organizations] == organizations


def test_a_known_short_name_in_brackets_stays_in_the_title(extractor):
    article = extractor.extract("民主建港协进联盟（民建联）主席陈克勤表示，施政报告务实进取。")
    assert [t.text for t in article.people[0].titles] == ["民主建港协进联盟（民建联）主席"]
    assert [o.name for o in article.organizations] == ["民主建港协进联盟", "民建联"]


def test_a_profile_opens_with_the_name(extractor):
    article = extractor.extract(
        "上官晓峰，男，汉族，1985年10月生，湖南衡阳人，现任百色市发展和改革委员会"
        "（市粮食和物资储备局）综合科科长，拟任市发展和改革委员会副主任人选。"
    )
    titles = {p.name: [t.text for t in p.titles] for p in article.people}
    assert titles == {
        "上官晓峰": [
            "百色市发展和改革委员会（市粮食和物资储备局）综合科科长",
            "市发展和改革委员会副主任",
        ]
    }


def test_a_profile_s_posts_held_at_the_time(extractor):
    article = extractor.extract(
        "欧阳振宇，男，1971年11月出生，时任湖北楚天光电科技股份有限公司董事长、总经理，"
        "住址：湖北省武汉市洪山区。"
    )
    titles = {p.name: [t.text for t in p.titles] for p in article.people}
    assert titles == {"欧阳振宇": ["时任湖北楚天光电科技股份有限公司董事长", "总经理"]}


def test_a_name_after_和_shares_no_post_when_no_list_opened_guard(extractor):
    people = extractor.extract("国家主席习近平和王沪宁出席。副省长张华、李明和市委书记王刚出席。")
    titles = {p.name: [t.text for t in p.titles] for p in people.people}
    assert titles == {
        "习近平": ["国家主席"],
        "王沪宁": [],
        "张华": ["副省长"],
        "李明": ["副省长"],
        "王刚": ["市委书记"],
    }


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param("三一集团董事长向文波建议，加大支持力度。", ["向文波"], id="surname-向"),
        pytest.param("主席向全体记者致意。总统于去年出席。", [], id="prepositions-guard"),
    ],
)
def test_a_surname_that_is_also_a_preposition(extractor, text, people):
    assert [p.name for p in extractor.extract(text).people] == people


def test_a_career_and_the_pronoun_that_holds_it(extractor):
    """An obituary: 他历任… gives the person named before it the posts of the career, which
    run on across commas after 历任; a reporter named before is no referent."""
    text = (
        "记者 张三\n原中共湖北省委常委王家驹同志，于2024年11月30日在武汉逝世。\n"
        "王家驹同志1938年12月出生。他历任黄冈地委副书记、行署专员，湖北省计划委员会主任，"
        "中共湖北省委常委、秘书长等职。1999年退休。"
    )
    people = {p.name: [t.text for t in p.titles] for p in extractor.extract(text).people}
    assert people == {
        "张三": ["记者"],
        "王家驹": [
            "原中共湖北省委常委",
            "黄冈地委副书记",
            "行署专员",
            "湖北省计划委员会主任",
            "中共湖北省委常委",
            "秘书长",
        ],
    }


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param("55岁的潘阿各参加了好几种技能培训。", ["潘阿各"], id="an-age-before-a-name"),
        pytest.param("62岁的村民罗春生说，看病方便了。", ["罗春生"], id="an-age-and-a-villager-guard"),
    ],
)
def test_a_name_after_an_age(extractor, text, people):
    assert [p.name for p in extractor.extract(text).people] == people


def test_no_name_cut_short_after_an_age_guard(extractor):
    """jieba cuts 武建|霞手: with no clean end after it, no guess is taken (not 武建)."""
    people = extractor.extract("5岁的武建霞手捧着牌子。").people
    assert "武建" not in [p.name for p in people]


def test_a_body_named_with_a_quoted_word_in_a_chain(extractor):
    text = "区委常委、组织部部长、区委“两新”工委书记夏雨出席并讲话。"
    [person] = extractor.extract(text).people
    assert [t.text for t in person.titles] == ["区委常委", "组织部部长", "区委“两新”工委书记"]


def test_every_president_of_a_list_attends(extractor):
    """别 is a transliteration character too (别尔德穆哈梅多夫): the list runs to its role."""
    text = "塔吉克斯坦总统拉赫蒙、土库曼斯坦总统别尔德穆哈梅多夫、乌兹别克斯坦总统米尔济约耶夫出席。"
    people = {p.name: p.roles for p in extractor.extract(text).people}
    assert people == {
        "拉赫蒙": ["attended"],
        "别尔德穆哈梅多夫": ["attended"],
        "米尔济约耶夫": ["attended"],
    }


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "孙东与广东省科学技术厅厅长王月琴代表双方签署协议。",
            {"孙东": [], "王月琴": ["广东省科学技术厅厅长"]},
            id="a-name-the-rules-cannot-read-and-acting-for-both-sides",
        ),
        pytest.param(
            "香港特区政府创新科技及工业局局长孙东出席。",
            {"孙东": ["香港特区政府创新科技及工业局局长"]},
            id="a-known-bureau-after-its-government",
        ),
    ],
)
def test_titles_of_the_signatories(extractor, text, titles):
    people = extractor.extract(text).people
    assert {p.name: [t.text for t in p.titles] for p in people} == titles


def test_a_withheld_name_is_no_person(extractor):
    """Court reports withhold names (张某): whoever the model reads there is no one named."""
    text = "法院公开宣判原宿迁市副市长张某受贿案，对被告人张某以受贿罪判处有期徒刑十一年。"
    assert extractor.extract(text).people == []


def test_a_bearer_of_intangible_heritage(extractor):
    text = "苗族银饰锻制技艺传承人杨光宾正在工作室里带徒弟。"
    [person] = extractor.extract(text).people
    assert (person.name, [t.text for t in person.titles]) == ("杨光宾", ["传承人"])


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param(
            "赛后，中国乒乓球队男队主教练王皓说，队员们顶住了压力。",
            [("王皓", ["中国乒乓球队男队主教练"])],
            id="a-head-coach-is-no-bishop",
        ),
        pytest.param("天主教主教马英林出席。", [("马英林", ["主教"])], id="a-bishop-guard"),
    ],
)
def test_coaches_and_bishops(extractor, text, people):
    found = extractor.extract(text).people
    assert [(p.name, [t.text for t in p.titles]) for p in found] == people


def test_a_forecaster_s_post(extractor):
    [person] = extractor.extract("海南省气象台首席预报员朱晶晶介绍，台风很强。").people
    assert [t.text for t in person.titles] == ["海南省气象台首席预报员"]


def test_a_link_to_a_post_is_no_name(extractor):
    people = extractor.extract("李明曾任县长，现任市长。").people
    assert [(p.name, [t.text for t in p.titles]) for p in people] == [("李明", ["县长"])]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "东部战区新闻发言人海军大校王学猛表示，演习重点演练。",
            ["东部战区新闻发言人", "海军大校"],
            id="a-rank-after-a-post",
        ),
        pytest.param(
            "中央军委联合参谋部副参谋长、海军中将王强出席。",
            ["中央军委联合参谋部副参谋长", "海军中将"],
            id="a-rank-after-a-mark",
        ),
    ],
)
def test_military_ranks_are_titles(extractor, text, titles):
    [person] = extractor.extract(text).people
    assert [t.text for t in person.titles] == titles


def test_a_doctor_s_clinical_rank_is_a_post(extractor):
    article = extractor.extract("北京儿童医院主任医师王荃提醒，家长不要盲目使用抗生素。")
    assert [(p.name, [t.text for t in p.titles]) for p in article.people] == [
        ("王荃", ["北京儿童医院主任医师"])
    ]


def test_astronauts_and_a_crew_s_commander(extractor):
    text = "飞行乘组由航天员陈冬、陈中瑞和王杰组成，陈冬担任指令长。刷新中国航天员单次出舱纪录。"
    people = {p.name: [t.text for t in p.titles] for p in extractor.extract(text).people}
    assert people["陈冬"] == ["航天员", "指令长"]
    assert people["陈中瑞"] == people["王杰"] == ["航天员"]  # a list of 、 closed by 和
    assert "单次" not in people  # 单次 (one time) after the post is no name


def test_roles_and_mentions(extractor):
    text = "省长杨光明主持会议,副省长何立新出席。杨光明指出,要抓好落实。"
    article = extractor.extract(text)
    people = {p.name: p for p in article.people}
    assert "chaired" in people["杨光明"].roles and "spoke" in people["杨光明"].roles
    assert people["何立新"].roles == ["attended"]
    assert [m.start for m in people["杨光明"].mentions] == [2, 19]
    for person in article.people:
        for mention in person.mentions:
            assert text[mention.start : mention.end] == mention.text == person.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "全国政协主席王沪宁23日在京出席座谈会并讲话。全国政协副主席石泰峰出席。",
            {"王沪宁": ["attended", "spoke"], "石泰峰": ["attended"]},
            id="day-and-place-before-the-role-and-a-second-role",
        ),
        pytest.param(
            "国务院总理李强12日下午在人民大会堂会见新加坡总理黄循财。省委书记张明到丽水市调研。",
            {"李强": ["met"], "黄循财": [], "张明": ["visited"]},
            id="met-and-visited",
        ),
        pytest.param(
            "扎尔达里在习近平陪同下检阅仪仗队。习近平在省委书记王宁和省长王予波陪同下考察。",
            # 习近平 accompanies 扎尔达里 first, then is accompanied
            {"扎尔达里": [], "习近平": ["attended"], "王宁": ["attended"], "王予波": ["attended"]},
            id="accompanied-and-accompanying",
        ),
        pytest.param(
            "县长王强，县政协主席孙亮等县领导参加。李明、张华等同志出席。李四等待通知。",
            {
                "王强": ["attended"],
                "孙亮": ["attended"],
                "李明": ["attended"],
                "张华": ["attended"],
                "李四": [],
            },
            id="a-group-word-closes-the-list",
        ),
        pytest.param(
            "国家主席习近平同俄罗斯总统普京举行会谈。李强与德国总理默茨通电话。张三与李四的矛盾由来已久。",
            {"习近平": ["met"], "普京": ["met"], "李强": ["met"], "默茨": ["met"], "张三": [], "李四": []},
            id="talks-between-two",
        ),
        pytest.param(
            "日本经济产业大臣武藤容治出席。",
            {"武藤容治": ["attended"]},
            id="a-japanese-name-is-one-person",
        ),
        pytest.param(
            "普京在索契会见了来访的埃尔多安。美国在日内瓦会见了代表。",
            {"普京": ["met"], "埃尔多安": []},
            id="a-foreign-name-read-as-a-place-that-meets-is-a-person",
        ),
        pytest.param(
            "要贯彻落实总书记刘明在全省大会上的重要讲话精神。",
            {"刘明": []},
            id="a-speech-named-is-no-role",
        ),
        pytest.param(
            "应邀出席的还有全国政协副主席何厚铧、梁振英。出席会议的有：副省长张华。王强讲话。",
            {"何厚铧": ["attended"], "梁振英": ["attended"], "张华": ["attended"], "王强": ["spoke"]},
            id="a-list-opened-by-those-who-attended",
        ),
        pytest.param(
            "习近平代表中共中央致辞。何光华代表根据调研提出建议。",
            {"习近平": ["spoke"], "何光华": []},
            id="the-body-one-speaks-for-stands-before-the-role",
        ),
        pytest.param(
            "国家副主席韩正代表习近平主席出席就职仪式。王毅代表习近平主席出席峰会并讲话。",
            {"韩正": ["attended"], "习近平": [], "王毅": ["attended", "spoke"]},
            id="the-one-represented-takes-no-role",
        ),
        pytest.param(
            "会上，向德明代表受表彰的先进个人发言。刘玉山、王海波作了发言。",
            {"向德明": ["spoke"], "刘玉山": ["spoke"], "王海波": ["spoke"]},
            id="speaking-for-a-group-and-a-speech-made",
        ),
        pytest.param(
            "县委副书记、县长苏建国，县委副书记田晓峰，其他县委常委出席会议。",
            {"苏建国": ["attended"], "田晓峰": ["attended"]},
            id="the-others-of-a-body-close-the-list",
        ),
        pytest.param(
            "县人大常委会主任高俊峰，县政协主席于春燕等县级领导同志出席会议。",
            {"高俊峰": ["attended"], "于春燕": ["attended"]},
            id="a-group-of-a-level-closes-the-list",
        ),
        pytest.param(
            "全国人大代表张三出席会议。会上，李四代表发言。",
            {"张三": ["attended"], "李四": ["spoke"]},
            id="a-deputy-s-post-before-or-after-the-name-guard",
        ),
        pytest.param(
            "市委常委、政法委书记周强深入基层调研指导工作。",
            {"周强": ["visited"]},
            id="shenru-before-the-place-of-a-visit",
        ),
        pytest.param(
            "市委书记李宏伟带队走访慰问困难党员。省长王强率队赴广东考察。"
            "市委常委、秘书长陈刚，市民政局、市总工会负责同志参加走访。",
            {"李宏伟": ["visited"], "王强": ["visited"], "陈刚": ["attended"]},
            id="leading-a-team-and-heads-of-bodies-closing-a-list",
        ),
        pytest.param(
            "市人大常委会副主任赵建国、孙丽娟，秘书长郑国强及委员共36人出席会议。",
            {"赵建国": ["attended"], "孙丽娟": ["attended"], "郑国强": ["attended"]},
            id="a-count-of-all-present-closes-the-list",
        ),
        pytest.param(
            "副市长林芳先后到市第一中学考点巡视。市长张华到企业检查指导安全生产工作。",
            {"林芳": ["visited"], "张华": ["visited"]},
            id="one-after-another-and-inspections",
        ),
        pytest.param(
            "国务院总理李强10月18日主持召开国务院常务会议。",
            {"李强": ["chaired"]},
            id="a-month-and-day-before-the-role",
        ),
        pytest.param(
            "自治区党委常委、秘书长刘宁，自治区人大常委会副主任黄伟京，以及代表吴晓华、韦少波参加会见。",
            {"刘宁": ["attended"], "黄伟京": ["attended"], "吴晓华": ["attended"],
             "韦少波": ["attended"]},
            id="a-list-joined-by-yiji-and-a-post-no-body-names",
        ),
        pytest.param(
            "行政院長卓榮泰今（14）日主持院會。",
            {"卓榮泰": ["chaired"]},
            id="a-stated-day-before-the-role",
        ),
        pytest.param(
            "市长吴新华代表市人民政府作政府工作报告。",
            {"吴新华": ["reported"]},
            id="the-government-work-report",
        ),
        pytest.param(
            "埃及外长舒克里、约旦外交大臣萨法迪也出席了会议。副省长王强还出席了开幕式。",
            {"舒克里": ["attended"], "萨法迪": ["attended"], "王强": ["attended"]},
            id="also-before-the-role",
        ),
        pytest.param(
            "省生态环境厅厅长邓立佳作工作报告。市长陈刚作典型发言。部长王晓萍作了汇报。"
            "省委副书记商黎光作总结讲话。",
            {"邓立佳": ["reported"], "陈刚": ["spoke"], "王晓萍": ["reported"], "商黎光": ["spoke"]},
            id="a-work-report-and-a-model-speech",
        ),
        pytest.param(
            "座谈会上，比亚迪股份有限公司董事长王传福、小米科技有限责任公司董事长雷军"
            "等6位民营企业负责人代表先后发言。",
            {"王传福": ["spoke"], "雷军": ["spoke"]},
            id="a-list-closed-by-a-counted-group",
        ),
        pytest.param(
            "会上，张伟、李强等5名同志作交流发言。",
            {"张伟": ["spoke"], "李强": ["spoke"]},
            id="a-counted-group-of-comrades",
        ),
        pytest.param(
            "市审计局副局长杨晓光、胡海涛及各处室负责人参加会议。",
            {"杨晓光": ["attended"], "胡海涛": ["attended"]},
            id="a-list-closed-by-a-group-after-a-conjunction",
        ),
        pytest.param(
            "县委常委、宣传部部长何小燕领学了《决定》。",
            {"何小燕": ["reported"]},
            id="leading-the-study-of-a-document",
        ),
        pytest.param(
            "近日，区委副书记、区长钟文亮带队检查安全生产工作。",
            {"钟文亮": ["visited"]},
            id="leading-an-inspection",
        ),
        pytest.param(
            "进驻动员会上，省委第三巡视组组长周建华作了讲话。",
            {"周建华": ["spoke"]},
            id="making-a-speech",
        ),
        pytest.param(
            "联合国秘书长古特雷斯发言人迪雅里克表示，联合国呼吁各方保持克制。",
            {"古特雷斯": [], "迪雅里克": ["spoke"]},
            id="the-spokesman-of-a-named-person",
        ),
        pytest.param(
            "外交部长王毅、发言人毛宁出席。",
            {"王毅": ["attended"], "毛宁": ["attended"]},
            id="a-spokesman-listed-after-a-separator-guard",
        ),
        pytest.param(
            "省政协副主席段英明作调研报告。市委副书记邹立新在主席台就座。",
            {"段英明": ["reported"], "邹立新": ["attended"]},
            id="a-research-report-and-a-seat-on-the-rostrum",
        ),
        pytest.param(
            "校长冯国庆实地察看了实训基地。", {"冯国庆": ["visited"]}, id="looking-on-the-spot"
        ),
    ],
)
def test_roles_after_the_name(extractor, text, expected):
    article = extractor.extract(text)
    assert {p.name: p.roles for p in article.people} == expected


def test_a_title_parsed_once_is_parsed_alike_after_another_character(extractor):
    """Parsed titles are remembered by the title and the character before it, which the
    country abbreviation's lookbehind reads (10俄外长: 俄 is no country after a digit)."""
    people = extractor.nlp.get_pipe("govnews_people")
    found = []
    for text in ["在俄外长", "10俄外长", "在俄外长", "10俄外长"]:
        start = len(text) - 3
        parts = people._title_parts(text, start, len(text))
        found.append(None if parts is None else parts[0])
    assert found == [(0, 1), None, (0, 1), None]


def test_organisations_inside_titles(extractor):
    article = extractor.extract("省高级人民法院院长黄德胜,省人民检察院检察长林国栋出席。")
    names = [o.name for o in article.organizations]
    assert names == ["省高级人民法院", "省人民检察院"]


@pytest.mark.parametrize(
    ("text", "titles", "organizations"),
    [
        pytest.param(
            "林州市委常委、政法委书记郭强出席。",
            ["林州市委常委", "政法委书记"],
            ["林州市委", "政法委"],
            id="organ-of-a-chained-title",
        ),
        pytest.param(
            "省委常委、宣传部部长张建国出席。",
            ["省委常委", "宣传部部长"],
            ["省委", "宣传部"],
            id="party-department",
        ),
        pytest.param(
            "县委常委、办公室主任李四出席。",
            ["县委常委", "办公室主任"],
            ["县委"],
            id="generic-office-is-no-name",
        ),
    ],
)
def test_chained_titles_name_their_organ(extractor, text, titles, organizations):
    article = extractor.extract(text)
    (person,) = article.people
    assert [t.text for t in person.titles] == titles
    assert [o.name for o in article.organizations] == organizations


def test_central_department_abbreviations_open_titles(extractor):
    article = extractor.extract("中共中央政治局委员、中宣部部长李书磊主持会议。")
    (person,) = article.people
    assert [t.text for t in person.titles] == ["中共中央政治局委员", "中宣部部长"]
    assert "中宣部" in [o.name for o in article.organizations]


def test_a_foreign_name_in_transliteration_characters_is_a_person(extractor):
    article = extractor.extract("美国总统克林顿当天会见了以色列总理内塔尼亚胡。")
    names = {person.name for person in article.people}
    assert {"克林顿", "内塔尼亚胡"} <= names


def _people_with_model_names(text: str, model_names: list[str]) -> list[str]:
    """People found by the rule stages when the model has tagged ``model_names`` as PERSON."""
    return [m.text for m in rules_with_model_entities(text, model_names, "PERSON").get("people")]


@pytest.mark.parametrize(
    ("text", "model_name", "rule_alone", "with_model"),
    [
        pytest.param("市委常委、政法委书记强卫等出席会议。", "强卫", "强卫等", "强卫", id="deng"),
        pytest.param("新华社记者陶明摄", "陶明", "陶明摄", "陶明", id="photo-credit"),
        pytest.param("副省长焦玲强出席会议。", "焦玲", "焦玲强", "焦玲强", id="no-follower-no-cut"),
        pytest.param(
            "主任吉内特·哈姆利表示欢迎。",
            "吉内特·哈姆利",
            "吉内特·哈姆利",  # the rule stops before 表示 on its own
            "吉内特·哈姆利",
            id="transliteration-before-follower",
        ),
        pytest.param(
            "外交部长巴尔金巴耶夫说，双方将加强合作。",
            "巴尔金巴耶夫",
            "巴尔金巴耶夫",  # the rule's guess 巴尔金 runs on as a transliteration
            "巴尔金巴耶夫",
            id="longer-model-name",
        ),
    ],
)
def test_model_name_end_wins_where_the_rules_agree(text, model_name, rule_alone, with_model):
    assert _people_with_model_names(text, []) == [rule_alone]
    assert _people_with_model_names(text, [model_name]) == [with_model]


@pytest.mark.parametrize(
    ("text", "model_name", "kept"),
    [
        pytest.param("香港立法会主席范徐丽泰出席了仪式。", "范徐丽泰", True, id="married-name"),
        pytest.param("（高琪罗华宇王光荣）", "罗华宇王", False, id="run-cut-short"),
        pytest.param("省长王建国家乡变了样。", "王建国家", False, id="three-given-characters"),
    ],
)
def test_four_character_model_names(text: str, model_name: str, kept: bool) -> None:
    assert (model_name in _people_with_model_names(text, [model_name])) is kept


@pytest.mark.parametrize(
    ("text", "model_name"),
    [
        pytest.param("察看了金龙客车龙海基地。", "金龙", id="company"),
        pytest.param("深入古雷开发区调研。", "古雷", id="development-zone"),
        pytest.param("华为与李宁集团签约。", "李宁", id="group"),
    ],
)
def test_a_model_name_before_a_company_or_place_word_is_no_person(text, model_name):
    assert model_name not in _people_with_model_names(text, [model_name])
    assert _people_with_model_names("记者金龙报道。", ["金龙"]) == ["金龙"]


@pytest.mark.parametrize(
    ("text", "model_name"),
    [
        pytest.param("叶巴滩水电站首台机组吊装成功。", "叶巴滩", id="power-station"),
        pytest.param("以军战机空袭了贝卡谷地。", "贝卡", id="valley"),
        pytest.param("在安吉利斯国家森林燃起山火。", "安吉利斯", id="a-forest-of-two-words"),
        pytest.param("莫斯兰丁发电站起火。", "莫斯兰丁", id="power-plant"),
    ],
)
def test_a_model_name_before_a_facility_or_landform_word_is_no_person(text, model_name):
    assert model_name not in _people_with_model_names(text, [model_name])


def _titles_with_model_organizations(text: str, model_names: list[str]) -> list[str]:
    state = rules_with_model_entities(text, model_names, "ORG")
    return [title.text for title in state.get("titles")]


@pytest.mark.parametrize(
    ("text", "organization", "titles"),
    [
        pytest.param(
            "小米科技有限责任公司董事长雷军出席。",
            "小米科技有限责任公司",
            ["小米科技有限责任公司董事长"],
            id="a-company-opening-with-an-ordinary-word",
        ),
        pytest.param(
            "全国政协委员、中国科学院上海天文台台长沈志强介绍，",
            "中国科学院上海天文台",
            ["全国政协委员", "中国科学院上海天文台台长"],
            id="a-chain-before-the-body",
        ),
        pytest.param(
            "国际奥委会主席巴赫、亚奥理事会第一副主席霍震霆等出席。",
            "亚奥理事会",
            ["国际奥委会主席", "亚奥理事会第一副主席"],
            id="a-post-right-after-the-body",
        ),
    ],
)
def test_a_title_s_organisation_word_ending_a_model_organisation_takes_all_of_it(
    text, organization, titles
):
    """The rules open no title at 小米 (millet); the model reads the company's name."""
    assert _titles_with_model_organizations(text, [organization]) == titles
    state = rules_with_model_entities(text, [organization], "ORG")
    assert organization in [m.text for m in state.get("organizations")]
    assert _titles_with_model_organizations(text, []) != titles


def test_a_transliteration_runs_past_the_name_a_surname_opened():
    """梅 is a surname: the rule guesses 梅德韦, and the transliteration runs on to 杰夫."""
    text = "俄罗斯联邦安全会议副主席梅德韦杰夫16日警告称，北约不应派兵。"
    assert _people_with_model_names(text, ["梅德韦"]) == ["梅德韦杰夫"]


def test_a_secretary_without_a_body_is_no_title_guard(extractor):
    article = extractor.extract("他的秘书王芳表示，会议推迟。")
    assert [[t.text for t in p.titles] for p in article.people] == [[]]


def test_words_of_a_title_between_spaces_in_the_head_are_no_names(extractor):
    text = "李家超发表施政报告，题为《齐改革 同发展 惠民生 建未来》。\n特区政府将加快建设。"
    assert [p.name for p in extractor.extract(text).people] == ["李家超"]
    bare = extractor.extract("简讯\n 张建国 李明 \n会议召开。")  # a bare byline stays
    assert [p.name for p in bare.people] == ["张建国", "李明"]


def test_a_pen_name_the_model_finds_in_a_byline_is_a_reporter():
    """傲腾 has no Chinese surname; after 记者 and the reporter before it, it is a pen name."""
    text = "本报记者肖荻、傲腾报道：会议指出，要加强合作。"
    assert _people_with_model_names(text, ["肖荻", "傲腾"]) == ["肖荻", "傲腾"]
    assert _people_with_model_names(text, ["肖荻"]) == ["肖荻"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("市长高峰出席会议。", [("高峰", ["市长"])], id="peak-is-a-name"),
        pytest.param("县长金星主持会议。", [("金星", ["县长"])], id="venus-is-a-name"),
        pytest.param(
            "民政部部长多吉才让出席会议。", [("多吉才让", ["民政部部长"])], id="a-tibetan-name-guard"
        ),
        pytest.param("局长常常参加活动。", [], id="an-adverb-is-how-guard"),
        pytest.param("市长高度重视此事。", [], id="no-role-after-the-word-guard"),
        pytest.param(
            "会上，市委办公室主任高峰，市政府副市长李明分别讲话。",
            [("高峰", ["市委办公室主任"]), ("李明", ["市政府副市长"])],
            id="the-next-titled-person-after-a-comma",
        ),
        pytest.param(
            "市长高度重视，副市长李明具体负责。",
            [("李明", ["副市长"])],
            id="a-clause-before-the-next-titled-person-guard",
        ),
    ],
)
def test_an_ordinary_word_between_a_post_and_a_role_is_a_name(extractor, text, expected):
    article = extractor.extract(text)
    assert [(p.name, [t.text for t in p.titles]) for p in article.people] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "市公安局副局长、刑侦支队支队长杨帆介绍，团伙已被打掉。",
            [("杨帆", ["市公安局副局长", "刑侦支队支队长"])],
            id="a-detachment",
        ),
        pytest.param(
            "省公安厅副厅长、刑侦总队总队长王强介绍，团伙已被打掉。",
            [("王强", ["省公安厅副厅长", "刑侦总队总队长"])],
            id="a-corps-and-its-head",
        ),
        pytest.param(
            "省统计局新闻发言人、综合处处长陈丽表示，经济回升。",
            [("陈丽", ["省统计局新闻发言人", "综合处处长"])],
            id="a-division-whose-word-ends-ordinary-words",
        ),
        pytest.param(
            "据省交通运输厅规划处处长林海介绍，项目加快推进。",
            [("林海", ["省交通运输厅规划处处长"])],
            id="a-division-written-after-its-body",
        ),
        pytest.param(
            "副省长、省防指指挥长陈立华赶赴永安县。",
            [("陈立华", ["副省长", "省防指指挥长"])],
            id="the-head-of-an-emergency-command",
        ),
        pytest.param("县教育局好处长期存在。", [], id="an-ordinary-word-ending-in-chu-guard"),
        pytest.param(
            "区委常委、副区长马丽，街道党工委书记周强出席。",
            [("马丽", ["区委常委", "副区长"]), ("周强", ["街道党工委书记"])],
            id="a-sub-district-s-party-working-committee",
        ),
        pytest.param("街道两旁的商铺纷纷开门营业。", [], id="a-street-guard"),
        pytest.param(
            "中央督察组向省委反馈情况。督察组组长张建民通报情况。",
            [("张建民", ["督察组组长"])],
            id="an-inspection-team-named-again-by-its-short-name",
        ),
    ],
)
def test_a_unit_of_the_body_before_it_in_a_chain_is_a_title(extractor, text, expected):
    """刑侦支队 is the 市公安局's: after 、 its body need not be written again."""
    article = extractor.extract(text)
    assert [(p.name, [t.text for t in p.titles]) for p in article.people] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("發展局局長甯漢豪表示，將加快推進。", ("甯漢豪", ["發展局局長"], ["發展局"]), id="hk"),
        pytest.param("昨天，民政局副局长张华通报情况。", ("张华", ["民政局副局长"], ["民政局"]), id="deputy"),
    ],
)
def test_a_bureau_named_by_its_head_s_post(extractor, text, expected):
    """發展局局長: no level before the bureau, but the post repeats its last character."""
    article = extractor.extract(text)
    person = article.people[0]
    assert (person.name, [t.text for t in person.titles], [o.name for o in article.organizations]) == expected


def test_a_minister_s_post_names_the_ministry_run_into_it(extractor):
    """外交部长 is 外交部 + 部长: the ministry is an organisation of the article."""
    article = extractor.extract("外交部长王毅会见来宾。")
    title = article.people[0].titles[0]
    assert (title.text, title.organization, title.post) == ("外交部长", "外交部", "部长")
    assert [o.name for o in article.organizations] == ["外交部"]


def test_a_titled_name_opening_with_a_country_s_name_is_a_person(extractor):
    """The model reads 韓國 (Korea) in 韓國瑜; after his title the name is whole, and no place."""
    article = extractor.extract("行政院長卓榮泰、立法院長韓國瑜也在不同場合表達感謝。")
    assert [(p.name, [t.text for t in p.titles]) for p in article.people] == [
        ("卓榮泰", ["行政院長"]),
        ("韓國瑜", ["立法院長"]),
    ]
    assert article.places == []


def test_a_foreign_name_read_as_a_place_before_a_post_is_a_person(extractor):
    """jieba's dictionary tags 普京 a place (and glues 和普京); before 总统 it is a person."""
    article = extractor.extract("在习近平主席和普京总统战略引领下，两国关系高水平发展。")
    assert [(p.name, [t.text for t in p.titles]) for p in article.people] == [
        ("习近平", ["主席"]),
        ("普京", ["总统"]),
    ]


def test_a_known_company_before_a_post_is_no_person(extractor):
    """沙特阿美 (Saudi Aramco) reads as a name to the model; before 总裁 it is the company."""
    article = extractor.extract("沙特阿美总裁纳赛尔表示，将扩大投资。")
    assert [(p.name, [t.text for t in p.titles]) for p in article.people] == [
        ("纳赛尔", ["沙特阿美总裁"])
    ]
    assert [o.name for o in article.organizations] == ["沙特阿美"]


def test_a_name_glued_to_a_brand_s_letters_is_no_person(extractor):
    """SK海力士 is a company: 海力士 before 社长 is the rest of its name."""
    article = extractor.extract("韩国SK海力士社长郭鲁正等先后发言。")
    assert [(p.name, p.roles) for p in article.people] == [("郭鲁正", ["spoke"])]


def test_a_dotted_name_goes_on_after_a_hyphen(extractor):
    article = extractor.extract("美国常驻联合国代表琳达·托马斯-格林菲尔德在安理会发言。")
    assert [p.name for p in article.people] == ["琳达·托马斯-格林菲尔德"]


def test_reporters_under_the_headline_share_their_role(extractor):
    """The byline is on the line under the headline: both names are reporters."""
    text = "市政协十三届三次会议开幕\n本报讯（记者 李想 陈静）1月10日上午，会议开幕。"
    article = extractor.extract(text)
    assert [(p.name, [t.text for t in p.titles], p.roles) for p in article.people] == [
        ("李想", ["记者"], ["byline"]),
        ("陈静", ["记者"], ["byline"]),
    ]


def test_a_post_takes_the_model_s_places_written_right_before_it():
    """No gazetteer lists 安大略省 (Ontario); the model reads it and 加拿大 as places."""
    text = "加拿大安大略省省长道格·福特当天称，将加征电费。"
    state = rules_with_model_entities(text, ["加拿大", "安大略省"], "PLACE")
    assert [title.text for title in state.get("titles")] == ["加拿大安大略省省长"]
    state = rules_with_model_entities(text, [], "PLACE")
    assert [title.text for title in state.get("titles")] == ["省长"]


def test_a_model_name_right_after_驻_is_where_someone_is_stationed():
    """驻韩美军: US forces stationed in Korea; jieba's dictionary tags 韩美军 as a name."""
    assert _people_with_model_names("驻韩美军当天表示，将继续部署。", ["韩美军"]) == []
    assert _people_with_model_names("韩美军当天表示，将继续部署。", ["韩美军"]) == ["韩美军"]


@pytest.mark.parametrize(
    ("text", "model_names", "people"),
    [
        pytest.param("更加注重惠民生、促消费、增后劲。", ["惠民生"], [], id="a-slogan-list"),
        pytest.param("将扩消费与惠民生有机结合。", ["惠民"], [], id="a-name-inside-a-phrase"),
        pytest.param("惠民生当天表示，将继续合作。", ["惠民生"], [], id="a-phrase-even-as-subject"),
        pytest.param("加强对山水林田湖草的监测。", ["林田"], [], id="inside-a-longer-phrase"),
        pytest.param("日本领导人涉台错误言论。", ["涉台"], [], id="what-a-matter-concerns-after-a-post"),
        pytest.param("王强信心十足。", ["王强"], ["王强"], id="a-phrase-after-the-name-guard"),
        pytest.param("惠民强当天表示，将继续合作。", ["惠民强"], ["惠民强"], id="no-phrase-guard"),
    ],
)
def test_a_model_name_starting_in_a_policy_phrase_is_no_person(text, model_names, people):
    assert _people_with_model_names(text, model_names) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param("陪同哈桑纳尔访华的有王子、首相府部长。", [("哈桑纳尔", [])], id="a-prince"),
        pytest.param(
            "荷兰国王威廉-亚历山大和马克西玛王后出席。",
            [("威廉-亚历山大", ["荷兰国王"]), ("马克西玛", ["王后"])],
            id="a-queen-consort",
        ),
    ],
)
def test_royal_titles_are_posts(extractor, text, people):
    article = extractor.extract(text)
    assert [(p.name, [t.text for t in p.titles]) for p in article.people] == people


def test_a_people_s_name_is_no_person():
    text = "并介绍维吾尔、哈萨克、回等各少数民族的习俗。"
    assert _people_with_model_names(text, ["哈萨克"]) == []
    assert _people_with_model_names("哈萨尔当天表示，将继续合作。", ["哈萨尔"]) == ["哈萨尔"]


def test_a_place_before_a_post_is_no_person_even_when_the_model_reads_one():
    """梵蒂冈教宗: the Vatican's pope; the model may read 梵蒂冈 as a person before 教宗."""
    assert _people_with_model_names("梵蒂冈教宗表示，将为和平祈祷。", ["梵蒂冈"]) == []
    assert _people_with_model_names("尹建业书记表示，要加强协作。", ["尹建业"]) == ["尹建业"]


@pytest.mark.parametrize(
    ("text", "model_names", "people"),
    [
        pytest.param("约旦国王阿卜杜拉二世重申，", ["阿卜杜拉"], ["阿卜杜拉二世"], id="after-a-title"),
        pytest.param(
            "阿尔贝二世表示，摩纳哥愿意合作。", ["阿尔贝"], ["阿尔贝二世"], id="as-a-speaker"
        ),
        pytest.param("王建国十世纪的研究", ["王建国"], ["王建国"], id="a-century-guard"),
        pytest.param("王建国四世同堂", ["王建国"], ["王建国"], id="four-generations-guard"),
    ],
)
def test_a_monarch_s_ordinal_is_part_of_the_name(text, model_names, people):
    assert _people_with_model_names(text, model_names) == people


def test_a_country_s_side_is_no_person_where_the_article_speaks_of_sides():
    text = "中方愿同哈方一道，落实两国元首重要共识。"
    assert _people_with_model_names(text, ["哈方"]) == []
    assert _people_with_model_names("记者黎方报道。", ["黎方"]) == ["黎方"]


def test_a_model_name_cutting_across_another_name_of_the_article_is_no_person():
    text = "主导急救的就是傅小云。在傅小云来之前，医院没有这样的设备。"
    first = text.index("傅小云")
    second = text.index("傅小云", first + 1)
    spans = [(first, first + 3), (second, second + 2), (second + 2, second + 4)]  # 傅小, 云来
    state = rules_with_model_entities(text, spans, "PERSON")
    assert [m.text for m in state.get("people")] == ["傅小云", "傅小云"]


def test_a_model_name_the_article_also_writes_as_a_company_is_no_person():
    text = "古雷炼化一体化项目进展顺利。深入古雷开发区调研。"
    assert "古雷" not in _people_with_model_names(text, ["古雷"])  # the first 古雷 only


@pytest.mark.parametrize(
    ("text", "model_names", "people"),
    [
        pytest.param("李岚清祝愿老教授新春快乐。", ["李岚清"], ["李岚清"], id="verb-over-surname"),
        pytest.param("记者常常到非洲采访。", [], [], id="adverb-over-surname"),
        pytest.param("哈总统于去年任命了总理。", [], [], id="preposition-and-time-word"),
        pytest.param("新闻中心将向全体记者提供资料。", [], [], id="preposition-and-noun"),
        pytest.param("有关负责同志到会听取汇报。", [], [], id="surname-inside-a-word"),
        pytest.param("乡镇企业蜕变成乡镇长企业。", [], [], id="name-and-post-split-a-word"),
        pytest.param("省委书记应勇主持会议。", [], ["应勇"], id="a-name-the-model-missed-stays"),
        pytest.param("嫌疑人向警察开枪。", [], [], id="legal-status-then-preposition"),
    ],
)
def test_guessed_names_that_read_as_words_need_the_model(text, model_names, people):
    assert _people_with_model_names(text, model_names) == people


def test_a_name_guessed_after_a_legal_status_that_the_model_reads_as_a_place_is_no_person():
    state = rules_with_model_entities("犯罪嫌疑人经泰国被押解回国。", ["泰国"], "PLACE")
    assert [m.text for m in state.get("people")] == []


def test_a_model_name_that_runs_a_known_name_into_the_next_word_gives_way():
    text = "国家副主席韩正出席典礼。在美期间，韩正同万斯举行会见。"
    state = rules_with_model_entities(text, [(text.rindex("韩正"), text.rindex("韩正") + 3)], "PERSON")
    people = [(m.text, m.start) for m in state.get("people")]
    assert people == [("韩正", 5), ("韩正", text.rindex("韩正"))]


def test_a_country_s_body_in_a_title_is_an_organisation(extractor):
    article = extractor.extract("俄外交部发言人扎哈罗娃9日表示反对。")
    assert [(p.name, [t.text for t in p.titles]) for p in article.people] == [
        ("扎哈罗娃", ["俄外交部发言人"])
    ]
    assert [o.name for o in article.organizations] == ["俄外交部"]


@pytest.mark.parametrize(
    ("text", "model_name", "name"),
    [
        pytest.param("英国首相斯塔默称，会议达成共识。", "斯塔", "斯塔默", id="cut-before-follower"),
        pytest.param("基辅市市长克利奇科称，区内发生爆炸。", "克利", "克利奇科", id="two-more"),
        pytest.param("特朗普可以随时签署。", "特朗普", "特朗普", id="a-word-after-the-name"),
        pytest.param("总统普京表示欢迎。", "普京", "普京", id="already-whole"),
    ],
)
def test_a_transliterated_name_cut_short_by_a_word_boundary_is_completed(text, model_name, name):
    assert _people_with_model_names(text, [model_name]) == [name]


@pytest.mark.parametrize(
    "text",
    ["牢记总书记殷殷嘱托，聚焦目标。", "要把习主席关怀转化为攻坚的动力。"],
)
def test_a_guessed_name_that_is_one_frequent_word_needs_the_model(text):
    assert _people_with_model_names(text, []) == []


def test_a_dotted_name_does_not_open_with_a_phrase(extractor):
    article = extractor.extract("报告涉及美国总统拜登之子亨特·拜登相关案件。")
    assert all("之子" not in person.name for person in article.people)


def test_a_guessed_name_the_model_reads_as_a_body_is_no_person():
    text = "据县委宣传部副部长沈需范介绍，全县经济平稳。"
    state = rules_with_model_entities(text, ["县委宣传部"], "ORG")
    assert "宣传部" not in [m.text for m in state.get("people")]


def test_a_foreign_looking_model_name_that_is_a_gazetteer_place_is_no_person():
    assert _people_with_model_names("（王尽彦摄于乌干达）", ["王尽彦", "乌干达"]) == ["王尽彦"]
    assert _people_with_model_names("（王尽彦摄于克林顿）", ["王尽彦", "克林顿"]) == [
        "王尽彦",
        "克林顿",
    ]


def test_a_model_name_without_a_chinese_surname_takes_the_title_before_it():
    text = "民政部部长腾格尔说，要做好救灾工作。"
    assert _people_with_model_names(text, []) == []
    state = rules_with_model_entities(text, ["腾格尔"], "PERSON")
    (person,) = state.get("people")
    assert person.text == "腾格尔"
    assert [t.text for t in person.data["titles"]] == ["民政部部长"]


def test_a_tibetan_name_after_a_post_needs_no_model():
    """多吉 and 才让 are both common parts of Tibetan names: after a post that is a name."""
    text = "民政部部长多吉才让说，要做好救灾工作。"
    assert _people_with_model_names(text, []) == ["多吉才让"]


def test_leaders_of_party_and_state_is_a_description_not_a_title(extractor):
    """领导人 is a title only with its body (也门胡塞武装领导人); 党和国家领导人 describes."""
    article = extractor.extract(
        "党和国家领导人习近平、李强等在主席台就座。也门胡塞武装领导人阿卜杜勒-马利克·胡塞表示，"
    )
    assert {p.name: [t.text for t in p.titles] for p in article.people} == {
        "习近平": [],
        "李强": [],
        "阿卜杜勒-马利克·胡塞": ["也门胡塞武装领导人"],
    }


def test_a_short_name_in_brackets_after_a_body_is_no_person():
    """巴勒斯坦伊斯兰圣战组织（杰哈德）: the body's short name, whatever the model reads."""
    text = "打死1名巴勒斯坦伊斯兰圣战组织（杰哈德）的军事指挥官。"
    state = rules_with_model_entities(text, ["杰哈德"], "PERSON")
    assert state.get("people") == []
    assert "杰哈德" in [m.text for m in state.get("organizations")]


def test_a_sultan_s_title_is_his_country_and_post(extractor):
    article = extractor.extract("李强会见来华进行国事访问的文莱苏丹哈桑纳尔。")
    assert {p.name: [t.text for t in p.titles] for p in article.people} == {
        "李强": [],
        "哈桑纳尔": ["文莱苏丹"],
    }


def test_a_body_s_spokesperson_is_no_person(extractor):
    article = extractor.extract("乌克兰媒体援引乌军方发言人的消息报道，俄军撤退。")
    assert [p.name for p in article.people] == []


def test_a_post_before_a_transliterated_name_is_its_title(extractor):
    article = extractor.extract("乌克兰总统办公室主任顾问谢尔盖·列先科6日说，战斗仍在持续。")
    people = {p.name: [t.text for t in p.titles] for p in article.people}
    assert "谢尔盖·列先科" in people and "顾问" in people["谢尔盖·列先科"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        pytest.param("以色列国防部长卡茨5日称，协议将不复存在。", "卡茨", "以色列国防部长", id="minister"),
        pytest.param("美国国务卿布林肯表示，双方将继续沟通。", "布林肯", "美国国务卿", id="secretary-guard"),
        pytest.param("俄总统助理乌沙科夫与美方会谈。", "乌沙科夫", "俄总统助理", id="aide"),
        pytest.param("巴西大主教卢加斯率领信徒祈祷。", "卢加斯", "巴西大主教", id="archbishop"),
        pytest.param(
            "俄联邦安全会议副主席梅德韦杰夫说，俄将继续行动。",
            "梅德韦杰夫",
            "俄联邦安全会议副主席",
            id="security-council",
        ),
        pytest.param(
            "俄罗斯联邦安全会议秘书绍伊古表示，将加强合作。",
            "绍伊古",
            "俄罗斯联邦安全会议秘书",
            id="a-council-s-secretary",
        ),
        pytest.param("少林寺方丈释永信表示，", "释永信", "少林寺方丈", id="abbot"),
        pytest.param(
            "美国总统国家安全事务助理华尔兹前往沙特。",
            "华尔兹",
            "美国总统国家安全事务助理",
            id="national-security-adviser",
        ),
        pytest.param(
            "伊朗伊斯兰革命卫队总司令萨拉米今天表示，将作出回应。",
            "萨拉米",
            "伊朗伊斯兰革命卫队总司令",
            id="commander-in-chief",
        ),
    ],
)
def test_posts_of_governments_armies_aides_and_clergy(extractor, text, name, title):
    people = {p.name: [t.text for t in p.titles] for p in extractor.extract(text).people}
    assert people.get(name) == [title]


def test_a_japanese_surname_of_two_characters_opens_a_name(extractor):
    article = extractor.extract("日本制铁公司会长桥本英二今天召开记者会说，决定是错误的。")
    people = {p.name: [t.text for t in p.titles] for p in article.people}
    assert people == {"桥本英二": ["日本制铁公司会长"]}
    assert [s.speaker for s in article.statements] == ["桥本英二"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "美国国防部负责政策的副部长帮办詹姆斯·米勒曾暗示说，", "詹姆斯·米勒", id="title-word"
        ),
        pytest.param("他说，导演詹姆斯·卡梅隆表示满意。", "詹姆斯·卡梅隆", id="occupation"),
        pytest.param("国际货币基金组织总裁克里斯蒂娜·拉加德说", "克里斯蒂娜·拉加德", id="name-word"),
        pytest.param("全国人大常委会副委员长阿沛·阿旺晋美出席", "阿沛·阿旺晋美", id="tibetan"),
        pytest.param(
            "全国政协委员阿衣木沙·托合塔洪讲述了“快递进村”工程。",
            "阿衣木沙·托合塔洪",
            id="before-a-common-word",
        ),
    ],
)
def test_a_dotted_name_starts_after_an_ordinary_word_and_ends_before_an_adverb(
    extractor, text, name
):
    """帮办 and 导演 are ordinary words (詹姆斯, 克里斯 are tagged as names); 曾 follows names."""
    assert [p.name for p in extractor.extract(text).people] == [name]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        pytest.param(
            "国家新闻出版总署副署长孙寿山曾表示，", "孙寿山", "国家新闻出版总署副署长", id="compound"
        ),
        pytest.param("管委会副主任解杨同志出席活动。", "解杨", None, id="comrade-list"),
    ],
)
def test_a_name_never_opens_with_the_last_character_of_a_post(extractor, text, name, title):
    """副署|长孙寿山 (长孙 is a compound surname), 副主|任解杨 (任 is a surname)."""
    people = {p.name: [t.text for t in p.titles] for p in extractor.extract(text).people}
    assert name in people and len(people) == 1
    if title is not None:
        assert people[name] == [title]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("政协委员应持续加强履职能力建设。", {}, id="ying-before-a-verb"),
        pytest.param("全国人大代表将继续履职。", {}, id="jiang-before-a-verb-guard"),
        pytest.param("副省长应勇出席会议。", {"应勇": ["副省长"]}, id="ying-a-surname"),
    ],
)
def test_a_modal_verb_after_a_post_opens_no_name(extractor, text, expected):
    """应 and 将 are surnames, but before a common word they are the verbs."""
    found, _ = people_of(extractor, text)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param("这种火锅省电、轻便。（晓胡）\n下一段。", ["晓胡"], id="a-pen-name"),
        pytest.param("为制衣公司车间。（千禾摄）", ["千禾"], id="a-photographer"),
        pytest.param("人民结下了深厚的感情。（刘传好）", ["刘传好"], id="a-full-name-guard"),
        pytest.param("会议结束。（图片）\n（新华社）", [], id="a-picture-and-a-source-guard"),
        pytest.param("这是一个例子（晓胡）之后还有话。", [], id="not-closing-the-paragraph-guard"),
    ],
)
def test_a_name_in_brackets_closing_a_paragraph_is_the_reporter(extractor, text, people):
    assert [p.name for p in extractor.extract(text).people] == people


def test_the_rule_on_posts_keeps_a_surname_after_a_post_ending_in_it():
    text = "局长长孙红出席会议。"
    assert _people_with_model_names(text, ["长孙红"]) == ["长孙红"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("南京海关关长李刚出席会议。", {"李刚": ["南京海关关长"]}, id="customs"),
        pytest.param(
            "南部战区司令部司令王秀斌出席。", {"王秀斌": ["南部战区司令部司令"]}, id="command"
        ),
        pytest.param("东部战区司令员林向阳说，", {"林向阳": ["东部战区司令员"]}, id="theatre"),
        pytest.param(
            "美国助理国务卿帮办马克·兰伯特说，", {"马克·兰伯特": ["美国助理国务卿帮办"]}, id="us"
        ),
    ],
)
def test_posts_added_after_the_model_open_titles(extractor, text, expected):
    assert people_of(extractor, text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("图为新浪乐居主编杨熙。", id="brand-before-editor"),
        pytest.param("一位尹姓经理表示，手续费每台1.3万元。", id="surnamed"),
    ],
)
def test_a_company_post_after_an_unknown_word_names_nobody(extractor, text):
    names = [p.name for p in extractor.extract(text).people]
    assert "乐居" not in names and "尹姓" not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "会上，城关镇党委书记王小明作了发言。", {"王小明": ["城关镇党委书记"]}, id="town"
        ),
        pytest.param(
            "会上，孜许乡党委书记邹堂权作了发言。", {"邹堂权": ["孜许乡党委书记"]}, id="suffix-opens-a-word"
        ),
        pytest.param(
            "桂花村党支部书记陈大力说，", {"陈大力": ["桂花村党支部书记"]}, id="village-word-alone"
        ),
        pytest.param(
            "石门坎村村委会主任杨华说，", {"杨华": ["石门坎村村委会主任"]}, id="village-committee"
        ),
        pytest.param("大河镇镇长李建国出席。", {"李建国": ["大河镇镇长"]}, id="town-head"),
        pytest.param(
            "幸福里社区党委书记王红介绍，", {"王红": ["幸福里社区党委书记"]}, id="community-in-li"
        ),
        pytest.param(
            "和平里社区党委书记王红说，",
            {"王红": ["社区党委书记"]},
            id="no-name-opens-inside-a-word-guard",
        ),
        pytest.param(
            "会上，柳林县委书记刘勇作了发言。", {"刘勇": ["柳林县委书记"]}, id="county-of-the-list"
        ),
    ],
)
def test_a_township_or_village_no_gazetteer_lists_opens_a_title(extractor, text, expected):
    """Local news names its townships and villages in every other title; no list has them
    all. 作 (作了发言) ends the name jieba glued it to (刘勇作)."""
    assert people_of(extractor, text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("行政院長卓榮泰昨日指出，", {"卓榮泰": ["行政院長"]}, id="yuan-head"),
        pytest.param("經濟部次長連錦漳陪同出席。", {"連錦漳": ["經濟部次長"]}, id="vice-minister"),
        pytest.param("国民党主席朱立伦表示，", {"朱立伦": ["国民党主席"]}, id="party"),
        pytest.param("会上，农业部部长王小明说，", {"王小明": ["农业部部长"]}, id="former-ministry"),
        pytest.param(
            "澳门中华总商会会长马有礼说，", {"马有礼": ["澳门中华总商会会长"]}, id="中华-inside"
        ),
    ],
)
def test_taiwan_posts_parties_and_former_ministries_open_titles(extractor, text, expected):
    assert people_of(extractor, text)[0] == expected


def test_称_ends_a_name_jieba_glued_it_to(extractor):
    """帕克称 was one word of jieba's HMM; 巴媒 (the Palestinian media) is no person."""
    article = extractor.extract("费城市长帕克称，事故造成地面房屋被毁。巴媒称杰宁遭袭击。")
    assert {p.name: [t.text for t in p.titles] for p in article.people} == {"帕克": ["费城市长"]}
    assert [s.speaker for s in article.statements] == ["帕克"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "自治区党委副书记、自治区主席艾尔肯·吐尼亚孜主持会议。",
            {"艾尔肯·吐尼亚孜": ["自治区党委副书记", "自治区主席"]},
            id="region",
        ),
        pytest.param("自治州州长张华说，", {"张华": ["自治州州长"]}, id="prefecture"),
    ],
)
def test_an_autonomous_level_alone_opens_a_title_and_names_no_body(extractor, text, expected):
    """自治区主席 is like 省长: a post of the level, no organisation written (GOLD.md)."""
    article = extractor.extract(text)
    assert people_of(extractor, text)[0] == expected
    assert "自治区" not in [o.name for o in article.organizations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("联合国秘书长古特雷斯表示，", {"古特雷斯": ["联合国秘书长"]}, id="古-surname"),
        pytest.param("美国国防部长赫格塞思说，", {"赫格塞思": ["美国国防部长"]}, id="思"),
        pytest.param(
            "罗马尼亚交通部长伯塞斯库公开批评政府。",
            {"伯塞斯库": ["罗马尼亚交通部长"]},
            id="contracted-minister-read-as-a-body",
        ),
    ],
)
def test_a_transliterated_name_opening_with_a_surname_takes_the_title_before_it(
    extractor, text, expected
):
    """A foreign name of four or more transliteration characters can open with a Chinese
    surname (古, 赫); after a post it is a person even where the model read a body."""
    assert people_of(extractor, text)[0] == expected


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param("虎年画虎\n西克\n虎年画虎，是诸多画家在新春佳节到来之际的一件乐事。", ["西克"],
                     id="a-pen-name"),
        pytest.param("震区处处见新联\n张京陈辉\n“解放军送春联来了！”这消息很快传遍了灾区。",
                     ["张京", "陈辉"], id="two-authors-back-to-back-guard"),
        pytest.param("会议召开\n北京\n这几天，中国人正忙着准备过年，外国人怎么过年呢？", [],
                     id="a-place-guard"),
        pytest.param("会议召开\n前言\n这几天，中国人正忙着准备过年，外国人怎么过年呢？", [],
                     id="an-ordinary-word-guard"),
    ],
)  # fmt: skip
def test_a_name_alone_under_the_headline_is_the_author(extractor, text, people):
    assert [p.name for p in extractor.extract(text).people] == people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "全国人大常委会副委员长王东明、铁凝、洛桑江村、雪克来提·扎克尔出席会议。",
            ["王东明", "铁凝", "洛桑江村", "雪克来提·扎克尔"],
            id="rare-surname-and-tibetan-name",
        ),
        pytest.param(
            "自治区人大常委会副主任磨长英、黄伟京出席会议。",
            ["磨长英", "黄伟京"],
            id="a-zhuang-surname-guard",
        ),
        pytest.param(
            "内蒙古自治区党委副书记阿拉腾达来、王莉霞出席。",
            ["阿拉腾达来", "王莉霞"],
            id="a-mongolian-name-up-to-the-list-mark",
        ),
        pytest.param(
            "副省长王晓东、李明等、张三出席。",
            ["王晓东", "李明", "张三"],
            id="a-function-word-before-the-mark-guard",
        ),
    ],
)
def test_every_name_of_a_titled_list_shares_the_title_and_the_role(extractor, text, expected):
    """A list after a post breaks at the first name no rule reads: the names after it lose
    the title and the role of the list."""
    article = extractor.extract(text)
    assert [p.name for p in article.people] == expected
    assert len({tuple(t.text for t in p.titles) for p in article.people}) == 1
    assert all(p.roles == ["attended"] for p in article.people)


APPOINTMENT_LIST = """省人大常委会任免名单
（2024年9月26日省十四届人民代表大会常务委员会第十二次会议通过）
一、决定任命：
刘卫东为省发展和改革委员会主任；
覃建华为省民族宗教事务委员会主任。
二、决定免去：
王立新的省发展和改革委员会主任职务。
三、任命：
黄永明为省高级人民法院副院长、审判委员会委员；
杨帆为省人民检察院检察委员会委员、检察员。

刘卫东同志简历从略。"""


def test_every_line_under_an_appointment_heading_is_an_appointment(extractor):
    """A list of appointments names the people at the start of each line, the posts after
    为 or 的; a unit after 、 belongs to the body before it (审判委员会委员)."""
    article = extractor.extract(APPOINTMENT_LIST)
    assert {p.name: [t.text for t in p.titles] for p in article.people} == {
        "刘卫东": ["省发展和改革委员会主任"],
        "覃建华": ["省民族宗教事务委员会主任"],
        "王立新": ["省发展和改革委员会主任"],
        "黄永明": ["省高级人民法院副院长", "审判委员会委员"],
        "杨帆": ["省人民检察院检察委员会委员", "检察员"],
    }
    assert "省十四届人民代表大会常务委员会" in [o.name for o in article.organizations]


@pytest.mark.parametrize(
    ("text", "expected", "company"),
    [
        pytest.param(
            "市工商联主席黄志刚，远大集团董事长林国华先后发言。",
            [("黄志刚", ["市工商联主席"]), ("林国华", ["远大集团董事长"])],
            "远大集团",
            id="a-group-s-chairman",
        ),
        pytest.param(
            "三一集团总裁梁稳根出席。",
            [("梁稳根", ["三一集团总裁"])],
            "三一集团",
            id="a-president-guard",
        ),
        pytest.param(
            "该公司总经理王明介绍，产量增长。",
            [("王明", ["公司总经理"])],
            None,
            id="this-company-guard",
        ),
    ],
)
def test_a_company_named_by_its_short_name_heads_the_title_of_its_head(
    extractor, text, expected, company
):
    """远大 is an ordinary word (far-reaching): before 集团 and a company head's post, the
    company's name."""
    article = extractor.extract(text)
    assert [(p.name, [t.text for t in p.titles]) for p in article.people] == expected
    organizations = [o.name for o in article.organizations]
    assert company in organizations if company else not any("公司" in o for o in organizations)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("“现在下楼就能买菜。”居民刘阿姨高兴地说。", id="auntie"),
        pytest.param("会后，李书记说，要抓好落实。", id="secretary-guard"),
    ],
)
def test_a_surname_with_an_address_term_or_a_post_is_no_person(extractor, text):
    """GOLD.md leaves out people named by surname and title only (李书记, 王省长)."""
    assert extractor.extract(text).people == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "会议由执行主席王晨主持。主席团常务主席在主席台执行主席席就座。",
            [("王晨", ["执行主席"])],
            id="the-chairs-seat",
        ),
        pytest.param(
            "全国人大常委会副委员长席建国出席会议。",
            [("席建国", ["全国人大常委会副委员长"])],
            id="a-person-surnamed-xi-guard",
        ),
    ],
)
def test_taking_a_seat_follows_a_name_and_opens_none(extractor, text, expected):
    """执行主席|席|就座: the chair's seat, where 席 is no surname before 就座."""
    article = extractor.extract(text)
    assert [(p.name, [t.text for t in p.titles]) for p in article.people] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "会见美国工商界代表、布鲁金斯学会名誉主席桑顿等。",
            [("桑顿", ["布鲁金斯学会名誉主席"])],
            id="an-honorary-chair-after-the-group-met",
        ),
        pytest.param(
            "会见特斯拉公司首席执行官马斯克。",
            [("马斯克", ["特斯拉公司首席执行官"])],
            id="a-verb-before-a-company-opens-no-title",
        ),
        pytest.param(
            "俄军控制了新柳比夫卡定居点。",
            [],
            id="a-settlement-of-the-front-line-is-no-person",
        ),
    ],
)
def test_titles_of_guests_and_names_of_settlements(extractor, text, expected):
    article = extractor.extract(text)
    assert [(p.name, [t.text for t in p.titles]) for p in article.people] == expected


def test_a_name_the_model_began_after_a_hyphen_takes_its_first_part():
    """The model read 格维尔 of 本-格维尔; the transliteration before the hyphen is his too."""
    text = "其负责人本-格维尔被重新任命为国家安全部长。"
    assert _people_with_model_names(text, ["格维尔"]) == ["本-格维尔"]
    assert _people_with_model_names("会见凯勒-祖特尔。", ["凯勒-祖特尔"]) == ["凯勒-祖特尔"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "市委书记上官明远主持并讲话，市委副书记、市长郑国梁出席。",
            [("上官明远", ["市委书记"]), ("郑国梁", ["市委副书记", "市长"])],
            id="a-compound-surname-that-is-a-word",
        ),
        pytest.param(
            "校党委书记欧阳志坚主持会议。",
            [("欧阳志坚", ["校党委书记"])],
            id="a-school-s-party-committee",
        ),
        pytest.param(
            "装步二连班长、中士热合曼·买买提带领全班迂回。",
            [("热合曼·买买提", ["班长", "中士"])],
            id="a-squad-leader-and-sergeant",
        ),
        pytest.param(
            "连长、上尉王建军说，大家练得很苦。",
            [("王建军", ["连长", "上尉"])],
            id="a-company-commander-and-captain",
        ),
        pytest.param(
            "规划财务司副司长诸葛文静表示，今年高校毕业生规模达1179万人。"
            "综合处处长王强汇报了工作。",
            [("诸葛文静", ["规划财务司副司长"]), ("王强", ["综合处处长"])],
            id="departments-and-divisions-named-by-their-heads",
        ),
        pytest.param(
            "主要官员有：署理政务司司长孙明扬、财政司司长曾荫权。",
            [("孙明扬", ["政务司司长"]), ("曾荫权", ["财政司司长"])],
            id="acting-opens-no-department-guard",
        ),
        pytest.param(
            "高新区党工委书记顾卫东作交流发言。县开发区管委会主任李强出席。",
            [("顾卫东", ["高新区党工委书记"]), ("李强", ["县开发区管委会主任"])],
            id="development-zones",
        ),
    ],
)
def test_titles_of_schools_units_departments_and_zones(extractor, text, expected):
    article = extractor.extract(text)
    assert [(p.name, [t.text for t in p.titles]) for p in article.people] == expected


def test_a_dotted_name_s_last_part_written_alone_is_the_same_person(extractor):
    """奥云其其格 alone is 巴特额尔敦·奥云其其格, speaking, though the model cut it short."""
    text = (
        "国务院总理杨启明同蒙古国总理奥云其其格举行会谈。\n"
        "杨启明同来华访问的蒙古国总理巴特额尔敦·奥云其其格举行会谈。"
        "奥云其其格表示，蒙方高度重视发展对华关系。"
    )
    article = extractor.extract(text)
    names = [p.name for p in article.people]
    assert names == ["杨启明", "巴特额尔敦·奥云其其格"]
    full = article.people[1]
    assert [m.text for m in full.mentions] == ["奥云其其格", "巴特额尔敦·奥云其其格", "奥云其其格"]
    assert [(s.speaker, s.text) for s in article.statements] == [
        ("巴特额尔敦·奥云其其格", "蒙方高度重视发展对华关系。")
    ]


def test_a_phone_call_ends_a_foreign_name(extractor):
    """费尔南多·奥尔蒂斯|通电话: 通 opens the call, it ends no name."""
    text = "习近平同厄瓜多尔总统费尔南多·奥尔蒂斯通电话。奥尔蒂斯表示，厄方高度评价中国的成就。"
    article = extractor.extract(text)
    assert [(p.name, [t.text for t in p.titles]) for p in article.people] == [
        ("习近平", []),
        ("费尔南多·奥尔蒂斯", ["厄瓜多尔总统"]),
    ]
    assert [s.speaker for s in article.statements] == ["费尔南多·奥尔蒂斯"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "研究所研究员汉斯·米勒获国际科技合作奖。",
            [("汉斯·米勒", ["研究所研究员"])],
            id="winning-an-award-ends-a-name",
        ),
        pytest.param(
            "林崇文同哈萨克斯坦副总理兼外长努尔兰·别克托夫举行会谈。",
            [("林崇文", []), ("努尔兰·别克托夫", ["哈萨克斯坦副总理兼外长"])],
            id="a-post-before-a-dotted-name",
        ),
        pytest.param(
            "原告曾老汉今年79岁，老伴患病卧床多年。", [], id="a-surname-and-an-address-term"
        ),
        pytest.param(
            "驻坦桑尼亚大使骆文涛在致辞中表示，两国友谊历久弥坚。",
            [("骆文涛", ["驻坦桑尼亚大使"])],
            id="an-ambassador-posted-to-a-country",
        ),
    ],
)
def test_names_end_before_awards_and_after_posts(extractor, text, expected):
    article = extractor.extract(text)
    assert [(p.name, [t.text for t in p.titles]) for p in article.people] == expected


def test_a_reporter_posted_to_a_known_body_names_that_body(extractor):
    """本报驻联合国记者: the title is written with 驻; the body is 联合国, not 驻联合国."""
    article = extractor.extract("本报驻联合国记者符福渊报道。驻韩美军司令部发表声明。")
    assert [(p.name, [t.text for t in p.titles]) for p in article.people] == [
        ("符福渊", ["驻联合国记者"])
    ]
    assert [o.name for o in article.organizations] == ["联合国", "驻韩美军司令部"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "乐清市鼎泰精密机械有限公司负责人司马俊杰谈到，企业研发人才引进难。",
            [("司马俊杰", ["乐清市鼎泰精密机械有限公司负责人"])],
            id="the-person-in-charge-of-a-company",
        ),
        pytest.param(
            "有关负责人王强表示，将加快推进。", [("王强", [])], id="in-charge-of-no-body-guard"
        ),
        pytest.param(
            "和平分院全科医生佘丽娜说，过去只能建议转院。",
            [("佘丽娜", ["全科医生"])],
            id="a-general-practitioner",
        ),
        pytest.param(
            "任命吴佳琪为漳州市中级人民法院民事审判第二庭庭长、审判员。",
            [("吴佳琪", ["漳州市中级人民法院民事审判第二庭庭长", "审判员"])],
            id="a-numbered-court-division",
        ),
        pytest.param(
            "市市场监管局食品安全抽检监测科科长冯晓斌表示，依法处置。",
            [("冯晓斌", ["市市场监管局食品安全抽检监测科科长"])],
            id="a-section-with-a-long-name",
        ),
        pytest.param(
            "审判委员会专职委员孙立平，刑一庭庭长陆建军，民一庭副庭长蒋文静回答记者提问。",
            [
                ("孙立平", ["委员会专职委员"]),
                ("陆建军", ["刑一庭庭长"]),
                ("蒋文静", ["民一庭副庭长"]),
            ],
            id="court-divisions-written-without-their-court",
        ),
        pytest.param(
            "城关派出所所长李强、农技站站长王勇、种植业股股长刘芳出席。",
            [
                ("李强", ["城关派出所所长"]),
                ("王勇", ["农技站站长"]),
                ("刘芳", ["种植业股股长"]),
            ],
            id="a-station-or-a-unit-whose-head-s-post-repeats-its-last-character",
        ),
        pytest.param(
            "凉山彝族自治州人民检察院党组书记、检察长沙玉林回答记者提问。",
            [("沙玉林", ["凉山彝族自治州人民检察院党组书记", "检察长"])],
            id="a-given-name-that-is-a-city-after-a-post",
        ),
        pytest.param(
            "县委常委、常务副县长（援疆）张明辉参加座谈。",
            [("张明辉", ["县委常委", "常务副县长（援疆）"])],
            id="a-post-held-on-a-support-mission",
        ),
        pytest.param(
            "青石镇大同村党支部书记王小兵主持会议。",
            [("王小兵", ["青石镇大同村党支部书记"])],
            id="a-village-named-with-tong",
        ),
        pytest.param(
            "成都市委副书记、市长王凤鸣代表说，要加快发展。外交部长瑟比加代表乌政府表示感谢。",
            [("王凤鸣", ["成都市委副书记", "市长", "代表"]), ("瑟比加", ["外交部长"])],
            id="a-deputy-s-post-after-a-titled-name-before-speech",
        ),
    ],
)
def test_heads_of_companies_clinics_and_units(extractor, text, expected):
    article = extractor.extract(text)
    assert [(p.name, [t.text for t in p.titles]) for p in article.people] == expected


def test_a_unit_of_a_body_in_a_title_is_listed_at_its_longest_extent(extractor):
    """省交通运输厅规划处处长: the title's body is the division, named in full (GOLD.md lists
    names at their longest written extent)."""
    article = extractor.extract("省交通运输厅规划处处长王强出席。法院民事审判第二庭庭长李明主持。")
    assert [o.name for o in article.organizations] == ["省交通运输厅规划处"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "张明远同志1984年7月至1992年3月，历任县委办公室秘书、副主任；"
            "1992年3月至1998年5月，任县委副书记。",
            {"张明远": ["县委办公室秘书", "副主任", "县委副书记"]},
            id="a-career-whose-clauses-open-with-their-dates",
        ),
        pytest.param(
            "原省政协副主席刘建国同志因病逝世。刘建国同志1958年参加工作。"
            "1978年至1985年，任县委副书记；1985年至1990年，历任地委副书记、行署专员，"
            "后任省农业厅厅长；1990年5月至1998年3月，任湘潭市委常委、副市长，市委副书记、市长。"
            "1998年退休。",
            {
                "刘建国": [
                    "原省政协副主席",
                    "县委副书记",
                    "地委副书记",
                    "行署专员",
                    "省农业厅厅长",
                    "湘潭市委常委",
                    "副市长",
                    "市委副书记",
                    "市长",
                ]
            },
            id="an-obituary-s-career-in-sentences-without-a-subject",
        ),
        pytest.param(
            "王强，男，汉族，1975年8月生，大学学历。1998.07-2003.10，任县财政局科员、副股长。"
            "现任县财政局局长，拟任县政府副县长。",
            {"王强": ["县财政局科员", "副股长", "县财政局局长", "县政府副县长"]},
            id="a-profile-runs-to-the-end-of-its-paragraph",
        ),
        pytest.param(
            "萧明远简历：\n萧明远，男，汉族，1964年6月生，江西兴国人。\n"
            "1992年3月至1998年6月，任兴国县埠头乡党委副书记、乡长；"
            "2004年1月至2011年8月，任瑞金市委副书记、市长。",
            {"萧明远": ["兴国县埠头乡党委副书记", "乡长", "瑞金市委副书记", "市长"]},
            id="a-resume-s-career-in-the-paragraph-after-its-profile",
        ),
        pytest.param(
            "谭立新，男，汉族，1976年5月生，湖南浏阳人，现任湖南省交通运输厅副厅长。\n"
            "简历：1998.07—2003.03 湖南省公路管理局规划科科员；"
            "2016.05—2021.11 邵阳市人民政府副市长；2021.11— 湖南省交通运输厅副厅长。",
            {
                "谭立新": [
                    "湖南省交通运输厅副厅长",
                    "湖南省公路管理局规划科科员",
                    "邵阳市人民政府副市长",
                ]
            },
            id="a-resume-s-lines-of-spans-and-posts",
        ),
        pytest.param(
            "乌力吉巴图同志1935年4月出生，1953年7月加入中国共产党。\n"
            "1990年至1998年，任内蒙古自治区民族事务委员会主任、党组书记。",
            {"乌力吉巴图": ["内蒙古自治区民族事务委员会主任", "党组书记"]},
            id="a-mongolian-comrade-s-career",
        ),
        pytest.param(
            "李明，男，汉族，1975年3月生，历任城关镇干部、团县委副书记；"
            "2005.03—2011.09 县财政局干事、科员、副局长。",
            {"李明": ["城关镇干部", "团县委副书记", "县财政局干事", "科员", "副局长"]},
            id="a-career-s-staff-posts",
        ),
        pytest.param(
            "李振华，男，汉族，1948年5月生，陕西子长人。\n主要经历：\n"
            "1984年—2008年 子长县栾家坪乡寺湾村党支部书记\n2023年至今 退休",
            {"李振华": ["子长县栾家坪乡寺湾村党支部书记"]},
            id="a-resume-headed-main-experience",
        ),
        pytest.param(
            "王德林同志，男，汉族，1934年8月生。\n王德林同志简历：\n"
            "1962.08—1970.05 汝州市委组织部干事、副科长\n"
            "1978.12—1984.04 中共汝州市委常委、汝州市副市长\n1994.12 退休\n"
            "王德林同志遗体告别仪式定于10月16日举行。",
            {"王德林": ["汝州市委组织部干事", "副科长", "中共汝州市委常委", "汝州市副市长"]},
            id="a-resume-one-span-a-line-under-its-heading",
        ),
        pytest.param(
            "2023年3月，湘西州财政局干部龙晓峰到菖蒲塘村任驻村第一书记、工作队队长。",
            {"龙晓峰": ["驻村第一书记", "工作队队长"]},
            id="sent-to-a-village-to-hold-posts",
        ),
        pytest.param(
            "一、刘建华，原漕河镇党委副书记、镇长，在农村改厕项目中履职不力问题。\n"
            "四、李德胜，县自然资源和规划局原所长，在宅基地审批中吃拿卡要问题。\n"
            "（二）张伟，县农业农村局原副局长。",
            {
                "刘建华": ["原漕河镇党委副书记", "镇长"],
                "李德胜": ["县自然资源和规划局原所长"],
                "张伟": ["县农业农村局原副局长"],
            },
            id="posts-between-commas-after-a-listed-name",
        ),
        pytest.param(
            "李明，省委书记王强出席。会上，王强，县长，作了讲话。",
            {"李明": [], "王强": ["省委书记"]},
            id="a-comma-then-another-s-title-guard",
        ),
        pytest.param(
            "中共百色市委组织部干部任前公示\n县委组织部干部王强出席。",
            {"王强": []},
            id="a-body-s-staff-outside-a-career-is-no-title-guard",
        ),
        pytest.param(
            "县长李明出席会议。\n会议要求，各单位要抓好落实。\n2019年，任务完成。"
            "2020年任务更重。",
            {"李明": ["县长"]},
            id="no-career-two-paragraphs-on-guard",
        ),
        pytest.param(
            "李明同志任县长。2019年，县委书记王华到任。",
            {"李明": ["县长"], "王华": ["县委书记"]},
            id="a-dated-clause-naming-its-subject-guard",
        ),
        pytest.param(
            "县长李明出席。会议要求，2024年任务要细化到人。",
            {"李明": ["县长"]},
            id="a-year-before-a-word-opening-with-任-guard",
        ),
    ],
)
def test_the_posts_of_a_career(extractor, text, expected):
    found, _ = people_of(extractor, text)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "县委宣传部副部长、县网信办主任（县新闻办主任）刘海波通报了有关情况。",
            {"刘海波": ["县委宣传部副部长", "县网信办主任（县新闻办主任）"]},
            id="a-post-held-under-the-office-s-second-name",
        ),
        pytest.param(
            "石翠兰，女，苗族，1981年8月生，现任湖南省民族宗教事务委员会副主任（副厅长级）。",
            {"石翠兰": ["湖南省民族宗教事务委员会副主任（副厅长级）"]},
            id="a-post-held-at-a-rank",
        ),
        pytest.param(
            "全国总工会副主席（兼）彭国华、车永刚等出席大会。",
            {"彭国华": ["全国总工会副主席（兼）"], "车永刚": ["全国总工会副主席（兼）"]},
            id="a-post-held-besides-another",
        ),
        pytest.param(
            "商务部副部长兼国际贸易谈判副代表李成钢会见了代表团。",
            {"李成钢": ["商务部副部长兼国际贸易谈判副代表"]},
            id="the-trade-representative",
        ),
        pytest.param(
            "浙江省杭州市市长王明出席。阿坝藏族羌族自治州汶川县县长王华主持。",
            {"王明": ["浙江省杭州市市长"], "王华": ["阿坝藏族羌族自治州汶川县县长"]},
            id="places-inside-places-before-a-post",
        ),
        pytest.param(
            "全国总工会副主席、书记处第一书记公孙明礼出席并讲话。",
            {"公孙明礼": ["全国总工会副主席", "书记处第一书记"]},
            id="the-secretariat-of-the-body-before",
        ),
        pytest.param(
            "刑侦支队支队长夏侯振任副组长。“分工明确。”刑侦支队反诈大队大队长钱立介绍。"
            "“意识很强。”刑侦支队二大队大队长尉迟斌说。",
            {
                "夏侯振": ["刑侦支队支队长", "副组长"],
                "钱立": ["刑侦支队反诈大队大队长"],
                "尉迟斌": ["刑侦支队二大队大队长"],
            },
            id="detachments-and-their-brigades",
        ),
        pytest.param(
            "县人大常委会主任王立山、县政协主席张德厚等县四大家领导出席。",
            {"王立山": ["县人大常委会主任"], "张德厚": ["县政协主席"]},
            id="a-name-of-jieba-s-dictionary-the-model-reads-as-a-place",
        ),
        pytest.param(
            "南京钢铁股份有限公司首席工程师姚振江牵头完成。",
            {"姚振江": ["南京钢铁股份有限公司首席工程师"]},
            id="a-chief-engineer",
        ),
        pytest.param(
            "总经理韩子谦出席并见证签约，集团公司党组成员、副总经理欧阳建新主持签约仪式。",
            {"韩子谦": ["总经理"], "欧阳建新": ["集团公司党组成员", "副总经理"]},
            id="a-member-of-the-group-company-s-party-group",
        ),
    ],
)
def test_titles_with_brackets_nested_places_and_units(extractor, text, expected):
    found, _ = people_of(extractor, text)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param(
            "喀什地区第一人民医院党委副书记、院长阿不都热合曼·麦麦提出席。",
            ["阿不都热合曼·麦麦提"],
            id="a-uyghur-name-before-a-verb-opening-with-its-last-character",
        ),
        pytest.param(
            "在江孜县，农业技术推广站站长德吉央宗正带领技术人员开展测产。",
            ["德吉央宗"],
            id="a-tibetan-name-before-an-adverb",
        ),
        pytest.param(
            "阿苏木呷，男，彝族，1980年2月生，四川九龙人，大学学历。",
            ["阿苏木呷"],
            id="a-yi-profile",
        ),
        pytest.param(
            "任弼时同志同毛泽东、刘少奇、周恩来、朱德等同志一道，作出了贡献。",
            ["任弼时", "毛泽东", "刘少奇", "周恩来", "朱德"],
            id="a-name-jieba-tags-as-a-time-word",
        ),
        pytest.param(
            "“这项成果解决了难题。”皇甫院士说。欧阳书记强调，要抓好落实。",
            [],
            id="a-compound-surname-alone-before-a-post",
        ),
        pytest.param(
            "杭黔协作结硕果。余庆至凯里高速公路（以下简称“余凯高速”）建成。余凯高速的建成通车，"
            "使车程缩短。国庆黄金周期间，游客增多。",
            [],
            id="a-pair-of-places-a-highway-and-a-holiday",
        ),
        pytest.param(
            "各乡镇要压紧压实“县领导包乡镇、乡镇干部包村”责任。", [], id="levels-are-no-given-name"
        ),
        pytest.param(
            "景洪市曼听村村民岩罕家的民宿今年节前就已订满。", [], id="someone-s-home-is-no-name"
        ),
        pytest.param(
            "中央军委主席程立昆向晋升上将军衔的军官颁发命令状。两位军官向程主席敬礼。",
            ["程立昆"],
            id="a-preposition-before-a-verb-or-a-known-surname",
        ),
    ],
)
def test_minority_names_and_what_no_name_is(extractor, text, people):
    assert [p.name for p in extractor.extract(text).people] == people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "四郎泽仁当选为理塘县人大常委会主任；格桑拉姆、杨永明、尼玛次仁当选为县人大常委会副主任。"
            "降央多吉当选为理塘县人民政府县长。",
            {
                "四郎泽仁": ["理塘县人大常委会主任"],
                "格桑拉姆": ["县人大常委会副主任"],
                "杨永明": ["县人大常委会副主任"],
                "尼玛次仁": ["县人大常委会副主任"],
                "降央多吉": ["理塘县人民政府县长"],
            },
            id="tibetan-names-listed-before-their-election",
        ),
        pytest.param(
            "他以全票当选为县长。张三高票当选为主席。习近平致电米拉诺维奇，祝贺他当选连任总统。"
            "国家副主席韩正出席就职典礼。在美期间，韩正同当选副总统万斯举行会见。",
            {
                "张三": [],
                "习近平": [],
                "米拉诺维奇": [],
                "韩正": ["国家副主席"],
                "万斯": ["副总统"],
            },
            id="words-before-being-elected-guard",
        ),
    ],
)
def test_names_listed_before_their_election(extractor, text, expected):
    found, _ = people_of(extractor, text)
    assert found == expected
