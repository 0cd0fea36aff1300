import pytest


def statements_of(extractor, text):
    return [(s.speaker, s.speaker_kind, s.text) for s in extractor.extract(text).statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "省长陈为民出席会议。陈为民强调,要狠抓落实。",
            [("陈为民", "person", "要狠抓落实。")],
            id="reported-speech-person",
        ),
        pytest.param(
            "村党支部书记张寿文告诉记者，去年以来，村里举办赛事30余场。",
            [("张寿文", "person", "去年以来，村里举办赛事30余场。")],
            id="told-reporters",
        ),
        pytest.param(
            "会议要求，各部门要加强协作。会议号召，全省上下要团结一心。",
            [("会议", "meeting", "各部门要加强协作。"), ("会议", "meeting", "全省上下要团结一心。")],
            id="a-call-to-the-province",
        ),
        pytest.param(
            "代表王志杰告诉记者，这是一个缩影。\n代表陈凡来自实验室。他告诉记者，种子经过选育。",
            [("王志杰", "person", "这是一个缩影。"), ("陈凡", "person", "种子经过选育。")],
            id="a-pronoun-after-a-person-named-since-the-last-speech",
        ),
        pytest.param(
            "王毅表示，中方愿同美国总统特朗普保持沟通。他强调，要相互尊重。",
            [("王毅", "person", "中方愿同美国总统特朗普保持沟通。他强调，要相互尊重。")],
            id="a-pronoun-after-a-person-named-in-the-speech-guard",
        ),
        pytest.param(
            "会长纳瑟尔等先后发言。\n他们表示，中国是投资热土。",
            [],
            id="they-is-no-one-speaker",
        ),
        pytest.param(
            "会议指出,要充分认识重要意义。会议强调,要压实责任。",
            [("会议", "meeting", "要充分认识重要意义。"), ("会议", "meeting", "要压实责任。")],
            id="meeting-two-cues-one-paragraph",
        ),
        pytest.param(
            "书记刘东升调研。他要求,各村要责任上肩。",
            [("刘东升", "person", "各村要责任上肩。")],
            id="pronoun-resolved",
        ),
        pytest.param(
            "省统计局相关负责人表示,经济运行总体平稳。",
            [("省统计局", "organization", "经济运行总体平稳。")],
            id="spokesperson-speaks-for-organisation",
        ),
        pytest.param(
            "俄罗斯军方称,俄军击退了攻势。",
            [("俄罗斯军方", "organization", "俄军击退了攻势。")],
            id="a-country-s-military-speaks",
        ),
        pytest.param(
            "以色列国防军称,以军打死1名指挥官。",
            [("以色列国防军", "organization", "以军打死1名指挥官。")],
            id="a-country-s-armed-forces-speak",
        ),
        pytest.param(
            "美国中央司令部2024年12月31日发表声明称,美军对也门发动打击。",
            [("美国中央司令部", "organization", "美军对也门发动打击。")],
            id="a-date-in-the-gap-does-not-count",
        ),
        pytest.param(
            "发言人刘涵对记者说:“今年粮食生产形势总体较好。”据介绍,该项目总投资12亿元。",
            [("刘涵", "person", "今年粮食生产形势总体较好。")],
            id="a-quotation-ends-at-its-closing-mark",
        ),
        pytest.param(
            "书记尹建业强调:“六清”行动是重中之重。",
            [("尹建业", "person", "“六清”行动是重中之重。")],
            id="a-quoted-term-opening-the-statement-stays",
        ),
        pytest.param(
            "会议强调,习近平总书记的重要讲话具有很强的指导性。",
            [("会议", "meeting", "习近平总书记的重要讲话具有很强的指导性。")],
            id="what-was-said-opens-with-a-name",
        ),
        pytest.param(
            "据市统计局局长王明介绍今年全市经济运行稳中有进。",
            [("王明", "person", "今年全市经济运行稳中有进。")],
            id="after-ju-no-punctuation-before-the-speech",
        ),
        pytest.param(
            "习近平在主持召开深入推进京津冀协同发展座谈会时强调，要加快建设科技创新中心。",
            [("习近平", "person", "要加快建设科技创新中心。")],
            id="a-meeting-inside-a-clause-of-when-is-no-speaker",
        ),
        pytest.param(
            "李强在出席中国发展高层论坛2025年年会开幕式时表示，中国经济将保持稳定。",
            [("李强", "person", "中国经济将保持稳定。")],
            id="the-speaker-before-a-long-clause-of-when",
        ),
        pytest.param(
            "国务院副总理刘国中参加河南代表团审议时说，完全赞成政府工作报告。",
            [("刘国中", "person", "完全赞成政府工作报告。")],
            id="a-delegation-inside-a-clause-of-when-is-no-speaker",
        ),
        pytest.param(
            "习近平在今年全国两会期间，参加江苏代表团审议时指出，科技创新是基本路径。",
            [("习近平", "person", "科技创新是基本路径。")],
            id="a-clause-of-when-with-no-subject-of-its-own",
        ),
        pytest.param(
            "发言人朱凤莲就民进党当局近期涉“台独”言行回答记者提问时表示，两岸同属一个中国。",
            [("朱凤莲", "person", "两岸同属一个中国。")],
            id="a-clause-of-what-the-speech-answers-with-a-quoted-word",
        ),
        pytest.param(
            "俄武装力量总参谋长格拉西莫夫向俄罗斯总统普京汇报称，俄军已经夺回了领土。",
            [("格拉西莫夫", "person", "俄军已经夺回了领土。")],
            id="whom-the-speaker-reports-to-is-no-speaker",
        ),
        pytest.param(
            "李强表示，习近平主席同特朗普总统通电话时强调，中美两国可以成为伙伴。",
            [("李强", "person", "习近平主席同特朗普总统通电话时强调，中美两国可以成为伙伴。"),
             ("习近平", "person", "中美两国可以成为伙伴。")],
            id="whom-the-speaker-talks-with-is-no-speaker",
        ),
        pytest.param(
            "黎巴嫩真主党领导人卡西姆23日在该组织前领导人纳斯鲁拉的葬礼上称，抵抗行动仍将继续。",
            [("卡西姆", "person", "抵抗行动仍将继续。")],
            id="a-name-inside-a-clause-of-where-is-no-speaker",
        ),
        pytest.param(
            "伊朗最高领导人哈梅内伊当天会见苏达尼时表示，美国军队在伊拉克的存在是非法的。\n"
            "乌总统办公室主任叶尔马克19日与到访的美国特使凯洛格举行会谈时表示，双方将合作。",
            [("哈梅内伊", "person", "美国军队在伊拉克的存在是非法的。"),
             ("叶尔马克", "person", "双方将合作。")],
            id="whom-the-speaker-meets-is-no-speaker",
        ),
        pytest.param(
            "王伟中表示，习近平总书记在民营企业座谈会上的重要讲话，为广东提供了行动指南。",
            [("王伟中", "person", "习近平总书记在民营企业座谈会上的重要讲话，为广东提供了行动指南。")],
            id="a-speech-after-de-is-a-noun",
        ),
        pytest.param(
            "泽连斯基在离开白宫后表示，他不认为需要道歉。",
            [("泽连斯基", "person", "他不认为需要道歉。")],
            id="a-clause-of-after-is-skipped-whole",
        ),
        pytest.param(
            "中国疾控中心相关专家介绍，流感处于中等水平。",
            [("中国疾控中心", "organization", "流感处于中等水平。")],
            id="a-body-s-expert-speaks-for-it-guard",
        ),
        pytest.param(
            "行政院長卓榮泰今日主持院會。卓院長表示，本次修法延後期限。",
            [("卓榮泰", "person", "本次修法延後期限。")],
            id="a-surname-and-a-post-for-the-one-person-of-that-surname",
        ),
        pytest.param(
            "省长王浩会见了刘燕玲一行。\n王浩对刘燕玲一行来访表示欢迎。他说，两地交往密切。",
            [("王浩", "person", "两地交往密切。")],
            id="a-pronoun-is-the-subject-of-the-sentence-before",
        ),
        pytest.param(
            "欧阳泽华委员代表民革中央发言说，推进能源消费革命。焦红委员代表农工党中央发言说，人口发展事关强国建设。",
            [
                ("欧阳泽华", "person", "推进能源消费革命。"),
                ("焦红", "person", "人口发展事关强国建设。"),
            ],
            id="a-member-speaking-for-a-party-s-central-committee",
        ),
        pytest.param(
            "记者周萌来到村民李梅家中。周萌问她今年收成如何，她回答说，今年收成很好。",
            [("李梅", "person", "今年收成很好。")],
            id="a-pronoun-the-subject-s-sentence-used-as-an-object",
        ),
        pytest.param(
            "省长王强会见了德国大使施密特女士。她表示，愿意深化合作。",
            [("施密特", "person", "愿意深化合作。")],
            id="she-is-the-woman-just-named",
        ),
        pytest.param(
            "省长王浩会见了刘燕玲一行。王浩感谢其他同志的支持。他说，两地交往密切。",
            [("王浩", "person", "两地交往密切。")],
            id="qita-is-no-pronoun-guard",
        ),
        pytest.param(
            "蔡达峰致辞。\n在听取蔡达峰致辞后，习近平发表重要讲话。他强调，这是不平凡的一年。",
            [("习近平", "person", "这是不平凡的一年。")],
            id="the-subject-after-a-clause-of-when-guard",
        ),
        pytest.param(
            "“中国的发展令人印象深刻。”埃及开罗大学教授哈桑·拉吉卜对记者说。",
            [("哈桑·拉吉卜", "person", "中国的发展令人印象深刻。")],
            id="a-quote-then-a-dotted-name-telling-reporters",
        ),
        pytest.param(
            "“今年我们村种了800多亩优质稻。”桃花村党支部书记、村委会主任黄建国笑着说。",
            [("黄建国", "person", "今年我们村种了800多亩优质稻。")],
            id="a-quote-then-a-name-with-two-titles",
        ),
        pytest.param(
            "获得金奖的“智慧稻田”项目负责人、浙江大学教授何勇介绍，该项目已推广50余万亩。",
            [("何勇", "person", "该项目已推广50余万亩。")],
            id="a-quoted-name-the-words-after-it-go-on-from",
        ),
        pytest.param(
            "“现在在家门口就能看上专家门诊。”62岁的村民罗春生说。",
            [("罗春生", "person", "现在在家门口就能看上专家门诊。")],
            id="a-quote-then-a-speaker-s-age",
        ),
        pytest.param(
            "“我们一定要把这件事办好”王毅说。",
            [("王毅", "person", "我们一定要把这件事办好")],
            id="a-quote-glued-to-its-speaker-guard",
        ),
        pytest.param(
            "美国库恩基金会主席罗伯特·库恩坦言，唱衰论调站不住脚。",
            [("罗伯特·库恩", "person", "唱衰论调站不住脚。")],
            id="a-speech-verb-ends-a-dotted-name",
        ),
    ],
)
def test_reported_speech(extractor, text, expected):
    assert statements_of(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("市长赵永强表示诚挚慰问。", id="verb-followed-by-noun"),
        pytest.param("警方说,案件正在侦办中。", id="generic-speaker"),
        pytest.param("数据显示,全市经济平稳。", id="data-shows"),
        pytest.param(
            "省委书记孙建华主持并讲话,副省长何平出席会议。", id="speech-verb-then-list-of-people"
        ),
        pytest.param(
            "根据省委书记孙建华要求,副省长何平赶赴现场指导救援。", id="clause-cites-a-request"
        ),
        pytest.param(
            "有关负责人1月10日在国新办新闻发布会上介绍,财政政策将更加积极。",
            id="a-body-after-zai-is-where-not-who",
        ),
        pytest.param("据了解今年全市经济运行稳中有进。", id="ju-without-a-speaker"),
        pytest.param("何光华代表根据调研提出建议。", id="ju-inside-genju-opens-no-speech"),
        pytest.param("港澳台各界人士表示，讲话鼓舞人心。", id="people-of-a-group-after-a-name"),
        pytest.param(
            "新华社北京3月6日电（记者 李晓）多位外国专家近日接受新华社记者采访时表示，经济有韧性。",
            id="the-interviewing-agency-and-its-reporter-do-not-speak",
        ),
        pytest.param(
            "广州市公安局天河区分局接群众报警称，天河区一餐饮店内有人持刀伤人。",
            id="a-caller-s-words-are-not-the-police-s",
        ),
    ],
)
def test_not_statements(extractor, text):
    assert statements_of(extractor, text) == []


def test_department_section(extractor):
    text = "精彩发言\n\n市委网信办:集中整治违规网站\n\n全市网信系统坚持依法治理。\n\n结束语"
    article = extractor.extract(text)
    (statement,) = article.statements
    assert statement.speaker == "市委网信办"
    assert statement.kind == "section"
    assert statement.text.startswith("集中整治违规网站")
    assert statement.text.endswith("坚持依法治理。")
    assert text[statement.start : statement.end] == statement.text
    assert "市委网信办" in [o.name for o in article.organizations]


def test_department_sections_headed_by_the_name_alone_or_in_brackets(extractor):
    text = (
        "交流发言\n市检察院\n全年批捕涉恶犯罪嫌疑人45人。\n"
        "【市法院】提升审判质效\n市法院审结涉黑涉恶案件28件。"
    )
    statements = [(s.speaker, s.kind, s.text) for s in extractor.extract(text).statements]
    assert statements == [
        ("市检察院", "section", "全年批捕涉恶犯罪嫌疑人45人。"),
        ("市法院", "section", "提升审判质效\n市法院审结涉黑涉恶案件28件。"),
    ]


def test_cities_and_counties_head_their_sections_among_speeches(extractor):
    text = (
        "会议在长沙召开。长沙市、湘潭县作典型发言。\n精彩发言\n"
        "长沙市：以“无废城市”建设推动绿色低碳发展\n长沙市大力推进固体废物综合利用。\n"
        "湘潭县\n湘潭县坚持精准治污。"
    )
    article = extractor.extract(text)
    assert [(s.speaker, s.speaker_kind, s.text) for s in article.statements] == [
        ("长沙市", "place", "以“无废城市”建设推动绿色低碳发展\n长沙市大力推进固体废物综合利用。"),
        ("湘潭县", "place", "湘潭县坚持精准治污。"),
    ]
    assert "长沙市" not in [o.name for o in article.organizations]


def test_a_district_opening_its_paragraph_among_speeches_speaks(extractor):
    text = (
        "会上，市发展改革委和高新区作交流发言。\n【交流发言摘登】\n"
        "市发展改革委：梳理公布首批重点事项13项。\n"
        "高新区：设立企业服务专员，今年已为企业解决各类问题316个。"
    )
    assert statements_of(extractor, text) == [
        ("市发展改革委", "organization", "梳理公布首批重点事项13项。"),
        ("高新区", "place", "设立企业服务专员，今年已为企业解决各类问题316个。"),
    ]


def test_a_district_opening_a_paragraph_outside_speeches_is_no_speaker_guard(extractor):
    text = "高新区：设立企业服务专员，今年已为企业解决各类问题316个。"
    assert extractor.extract(text).statements == []


def test_a_headline_naming_a_body_is_its_statement_and_leaves_the_lead_to_its_speakers(
    extractor,
):
    text = (
        "國台辦：民進黨當局謀「獨」挑釁注定失敗\n"
        "國務院台灣事務辦公室發言人陳斌華13日表示，兩岸同屬一個中國。"
    )
    assert statements_of(extractor, text) == [
        ("國台辦", "organization", "民進黨當局謀「獨」挑釁注定失敗"),
        ("陳斌華", "person", "兩岸同屬一個中國。"),
    ]


def test_a_city_heads_no_section_outside_speeches_guard(extractor):
    text = "长沙市：以“无废城市”建设推动绿色低碳发展\n长沙市大力推进固体废物综合利用。"
    assert extractor.extract(text).statements == []


def test_a_name_alone_on_a_line_heads_no_section_outside_speeches(extractor):
    assert extractor.extract("市检察院\n全年批捕涉恶犯罪嫌疑人45人。").statements == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "省长李明华今天视察了园区。并表示,要加快建设进度。",
            [("李明华", "要加快建设进度。")],
            id="continuation-after-a-sentence-about-a-person",
        ),
        pytest.param("会议由市政府主持。并要求,各部门抓好落实。", [], id="no-person-before"),
        pytest.param(
            "市长周建国出席。\n\n并表示,要抓好落实。", [], id="person-in-another-paragraph"
        ),
        pytest.param(
            "书记刘东升强调,要抓好调研成果转化。他要求,各部门合力保障要素供给。",
            [("刘东升", "要抓好调研成果转化。他要求,各部门合力保障要素供给。")],
            id="same-speaker-goes-on",
        ),
        pytest.param(
            "书记刘东升强调,要抓好转化。\n他要求,各部门合力保障。",
            [("刘东升", "要抓好转化。"), ("刘东升", "各部门合力保障。")],
            id="pronoun-cue-in-the-next-paragraph",
        ),
        pytest.param(
            "书记刘东升强调,要抓好转化。王建国表示,全力保障。",
            [("刘东升", "要抓好转化。"), ("王建国", "全力保障。")],
            id="another-speaker-ends-it",
        ),
        pytest.param(
            "书记刘东升强调,要抓好转化。副省长、省公安厅厅长秦义指出,全力保障。",
            [("刘东升", "要抓好转化。"), ("秦义", "全力保障。")],
            id="at-the-titles-of-another-speaker",
        ),
        pytest.param(
            "代表李红梅建议，加大支持力度。代表、修水县县长刘海波表示，将抓好落实。",
            [("李红梅", "加大支持力度。"), ("刘海波", "将抓好落实。")],
            id="at-the-sentence-end-before-a-speaker-s-descriptors",
        ),
        pytest.param(
            "苏丹快速支援部队领导人达加洛表示，该武装已撤出喀土穆。但达加洛强调，将返回首都。",
            [("达加洛", "该武装已撤出喀土穆。"), ("达加洛", "将返回首都。")],
            id="at-the-sentence-end-before-a-conjunction",
        ),
        pytest.param(
            "局長許正宇指出，要確保稅基穩定。多名議員支持草案，議員陳克勤認為，修訂有助發展。",
            [("許正宇", "要確保稅基穩定。"), ("陳克勤", "修訂有助發展。")],
            id="at-the-sentence-end-before-a-clause-that-leads-to-a-speaker",
        ),
        pytest.param(
            "王鸿飞要求，要做好流感防控。石家庄市卫健委、邯郸市疾控中心作典型发言。",
            [("王鸿飞", "要做好流感防控。")],
            id="before-a-sentence-that-only-says-who-spoke",
        ),
        pytest.param(
            "王鸿飞要求，要做好流感防控，让群众敢于发言。",
            [("王鸿飞", "要做好流感防控，让群众敢于发言。")],
            id="speaking-in-what-is-said-guard",
        ),
        pytest.param(
            "书记刘东升强调，要抓好转化，副省长秦义指出，全力保障。",
            [("刘东升", "要抓好转化，"), ("秦义", "全力保障。")],
            id="at-the-cue-within-a-sentence-guard",
        ),
        pytest.param(
            "张三表示：“要做好工作。”代表、县长李四说，要加强监督。",
            [("张三", "要做好工作。"), ("李四", "要加强监督。")],
            id="a-quote-after-a-colon-is-not-the-next-speaker-s",
        ),
        pytest.param(
            "书记刘东升强调,要抓好转化。(江西日报记者 陈利光)",
            [("刘东升", "要抓好转化。")],
            id="reporter-credit-is-not-said",
        ),
        pytest.param(
            "书记刘东升强调,要抓好转化(试点)",
            [("刘东升", "要抓好转化(试点)")],
            id="bracket-without-a-person-stays",
        ),
    ],
)
def test_continuations_and_where_a_statement_ends(extractor, text, expected):
    found = [(s.speaker, s.text) for s in extractor.extract(text).statements]
    assert found == expected



@pytest.mark.parametrize(
    "text",
    ["省委书记张三主持会议并讲话，各地各部门要抓好落实。", "市长李四出席会议并讲话，全市上下要迅速行动。"],
)
def test_a_meeting_chaired_or_attended_is_no_speaker(extractor, text):
    assert "会议" not in [s.speaker for s in extractor.extract(text).statements]


def test_a_department_opening_a_paragraph_speaks_it(extractor):
    text = (
        "精彩发言\n市应急管理局：聚焦重点行业领域，共检查企业1.2万家次。\n"
        "市住建局：严格落实建筑施工安全管理。\n联系单位：市应急管理局。"
    )
    found = [(s.speaker, s.kind, s.text) for s in extractor.extract(text).statements]
    assert found == [
        ("市应急管理局", "section", "聚焦重点行业领域，共检查企业1.2万家次。"),
        ("市住建局", "section", "严格落实建筑施工安全管理。"),
    ]



def test_a_speaker_under_a_short_form_is_named_in_full(extractor):
    """The people list names 杰弗里·戈德伯格 once, in full; so do his statements."""
    article = extractor.extract(
        "美国《大西洋月刊》总编辑杰弗里·戈德伯格24日称，他被拉入群聊。"
        "戈德伯格称，他起初以为该群聊信息并不真实。"
    )
    assert [s.speaker for s in article.statements] == ["杰弗里·戈德伯格"] * 2
    assert [(p.name, p.roles) for p in article.people] == [("杰弗里·戈德伯格", ["spoke"])]


def test_a_titled_person_heading_a_section_speaks_it(extractor):
    """发言摘登: the heading names a person with titles; the heading's title and the
    paragraph under it are what that person said."""
    text = (
        "发言摘登\n县公安局党委书记、局长马建平：深挖彻查，保持严打高压态势\n"
        "我们坚持依法严打，一季度立案侦办涉恶案件9起。\n"
        "县人民法院党组书记、院长陈静：依法从严从快审判涉黑涉恶案件\n"
        "一季度审结涉黑涉恶案件5件。"
    )
    article = extractor.extract(text)
    found = [(s.speaker, s.kind, s.text) for s in article.statements]
    assert found == [
        (
            "马建平",
            "section",
            "深挖彻查，保持严打高压态势\n我们坚持依法严打，一季度立案侦办涉恶案件9起。",
        ),
        ("陈静", "section", "依法从严从快审判涉黑涉恶案件\n一季度审结涉黑涉恶案件5件。"),
    ]
    assert {p.name: p.roles for p in article.people} == {"马建平": ["spoke"], "陈静": ["spoke"]}


def test_a_quote_closing_a_paragraph_is_not_the_next_speaker_s(extractor):
    """A villager's words end one paragraph; the first secretary speaks in the next."""
    text = (
        "村民李扎戈家种了15亩茶。“现在做成干茶在网上卖，价格翻了好几倍。”\n\n"
        "欧阳晓峰说，“直播只是一个窗口，关键是把品质和品牌做起来。”"
    )
    article = extractor.extract(text)
    assert [(s.speaker, s.text) for s in article.statements] == [
        ("欧阳晓峰", "直播只是一个窗口，关键是把品质和品牌做起来。")
    ]


def test_a_quote_then_its_speaker_in_one_paragraph_guard(extractor):
    text = "“直播只是一个窗口，关键是把品质做起来。”欧阳晓峰说。"
    article = extractor.extract(text)
    assert [(s.speaker, s.text) for s in article.statements] == [
        ("欧阳晓峰", "直播只是一个窗口，关键是把品质做起来。")
    ]


def test_a_compound_surname_and_a_post_name_the_one_person_of_that_surname(extractor):
    text = (
        "省委书记欧阳明、院士皇甫立新出席。\n欧阳书记强调，要抓好落实。\n"
        "“这项成果解决了难题。”皇甫院士说。"
    )
    article = extractor.extract(text)
    assert [(s.speaker, s.text) for s in article.statements] == [
        ("欧阳明", "要抓好落实。"),
        ("皇甫立新", "这项成果解决了难题。"),
    ]
