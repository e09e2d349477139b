"""Simplified Chinese. Written without spaces, so cue words match anywhere in a question."""

from __future__ import annotations

import re

from tools.languages import AnswerWords, ChatWords, LanguagePack, OrdinalRule
from tools.languages.zh.appeal import APPEAL
from tools.languages.zh.messages import GLOSSARY, MESSAGES
from tools.languages.zh.reviews import REVIEWS


def _numerals_as_digits(text: str) -> str:
    """Chinese numerals in digits ("打包五百单" -> "打包500单", "三种" -> "3种"), by cn2an; text without Chinese
    numerals is returned as it is."""
    if not _CHINESE_NUMERAL.search(text):
        return text
    import warnings

    import cn2an

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # cn2an warns about words it leaves alone ("万一")
        return str(cn2an.transform(text, "cn2an"))


_CHINESE_NUMERAL = re.compile("[零一二两三四五六七八九十百千万亿]")
_NUMERALS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

PACK = LanguagePack(
    appeal=APPEAL,
    answers=AnswerWords(
        review_decisions={
            # "可以举报" and "可举报" say the review is still within its window, not that it should be reported.
            "report": (r"(?<!不)(?:建议|应该|应当|值得|最好)[：:]?\s*(?:你|您)?(?:去)?举报",),
            "check_first": (r"先(?:核实|核查|核对|查证)", r"举报前(?:请|要|应)?先?(?:核实|核查|确认|检查|核对)"),
            "do_not_report": (r"(?:不要|别|不建议|不用|不需要|没必要|无需|不必|不值得|不应该?|切勿)(?:去)?举报",),
        },
    ),
    reviews=REVIEWS,
    code="zh",
    name="中文",
    locale="zh_Hans_CN",
    order=1,
    unspaced=True,
    numerals_as_digits=_numerals_as_digits,
    messages=MESSAGES,
    glossary=GLOSSARY,
    chat=ChatWords(
        intent_cues={
            "review_appeal": ("申诉", "上诉", "举报这条"),
            "review_assess": ("恶意", "差评是不是", "这条评价", "这个评价", "这条差评"),
            "review_triage": ("哪些评价", "哪些差评", "可以举报", "哪些能举报", "哪些能投诉", "哪些可以投诉"),
            "early_warnings": ("预警", "上升", "变多"),
            "video_detail": ("视频v-*", "改进视频"),
            "video_overview": ("视频", "短视频"),
            "help": ("定义", "规定", "怎么算", "如何计算", "是什么意思", "什么意思", "啥意思", "什么是", "规则", "标准", "怎么定", "政策", "算不算",
                     "怎么判定", "依据什么", "区别", "差别", "有什么不同", "踩线", "被判", "怎么划", "怎么分的", "咋算", "咋定"),
            "playbook": ("怎么解决", "如何改善", "怎么办", "怎么改", "别的商家", "其他商家", "其他卖家", "别人怎么", "别人是怎么", "别家怎么", "成功案例", "成功的例子", "案例", "经验"),
            "voc_product": ("为什么", "有什么问题"),
            "voc_overview": ("哪些商品", "哪几个商品", "哪几款", "先处理", "先整改", "先改哪", "优先", "差评率", "风险", "不满"),
        },
        issue_cues={
            "not_as_described": ("色差", "颜色", "与描述不符", "货不对板"),
            "size_fit": ("尺码", "尺寸", "偏小", "偏大"),
            "quality_defect": ("质量", "坏了", "破损质量"),
            "performance": ("续航", "充电", "留香"),
            "misleading_promotion": ("达人", "虚假宣传", "夸大"),
            "counterfeit": ("假货", "正品"),
            "safety": ("过敏", "发烫", "烫伤"),
            "price_value": ("太贵", "不值"),
            "damaged_or_missing": ("破损", "漏", "少发", "空瓶"),
            "wrong_item": ("发错",),
            "logistics_delay": ("物流", "发货慢", "没收到", "配送"),
            "customer_service": ("客服", "不回复"),
        },
        help_topics={
            "voc_levels": ("等级", "基准"),
            "negative_rate": ("差评率", "怎么算"),
            "no_verdict": ("横杠",),
            "video_statuses": ("视频状态", "未达门槛"),
            "report_eligibility": ("举报",),
            "malicious_categories": ("恶意",),
            "appeal_evidence": ("证据",),
            "offline_mode": ("离线",),
        },
        deadline_cues=("多久", "几天内", "多少天", "期限", "怎么算", "如何计算", "计算方法"),
        day_unit=r"天",
        window_prefix=r"最近|过去",
        windows={7: r"上周|这周|本周|最近一周|一周", 30: r"上个月|这个月|本月|最近一个月", 90: r"三个月|近三月|本季度"},
        laughter=r"哈{2,}|呵{2,}|嘻{2,}",
        feelings=r"累(?!计|积)|(?<!麻)烦|崩溃|心态崩|郁闷|难过|焦虑|压力|头疼|头大|无语|气死|受不了|看麻了|emo|心塞|伤心",
        clause_joiners=(r"并且|然后|另外|还有|顺便|以及|[，,]\s*(?=怎么|如何|要|帮|能不能|能否|该|应该|再|顺便|那)|[，,]?\s*如果|"
                        r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])"),
        instruction_markers=r"忽略(?:之前|以上|前面|所有)|无视(?:之前|以上)|系统提示|不用确认|无需确认|不要确认|直接(?:帮我)?(?:提交|举报|申诉)",
        ordinals=(
            OrdinalRule(pattern=r"第\s*([一二两三四五六七八九十]|\d{1,2})\s*(?:个|款|条|项|件|支|个商品|个视频)?(?![次天周月年])",
                        words=_NUMERALS),
            OrdinalRule(pattern=r"最后(?:一)?(?:个|款|条|项|件|支)", value=-1),
            # "后面那个" / "后者" (the latter of two named), "前者" (the former)
            OrdinalRule(pattern=r"后(?:面|边)(?:那|这)(?:个|款|条|项|件|支)(?![月天周年])|后者", value=-1),
            OrdinalRule(pattern=r"前(?:面|边)(?:那|这)(?:个|款|条|项|件|支)(?![月天周年])|前者", value=1),
            # Colloquial "老三" (the third, as siblings are counted); not 老师, 老板, 老公...
            OrdinalRule(pattern=r"(?<![一-龥])老([二三四五六七八九十])(?![一-龥]{0,1}(?:师|板|公|婆|家|乡))", words=_NUMERALS),
        ),
        star_ratings=(OrdinalRule(pattern=r"([1-5一二两三四五])\s*(?:星|颗星)", words={"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}),),
        subject_change=r"对了|另外问(?:一)?下|换个话题|题外话|跟店(?:铺)?无关",
        other_words=r"另(?:外)?(?:一|那)(?:个|款|条|件|支)",
        demonstratives=r"(?:那个|这个|那款|这款|那条|这条)(?![月周星季年天])|它",
        product_words=r"商品|产品|宝贝|东西|链接|(?<=[个款])品(?![质牌类])",
        video_words=r"视频|影片",
        review_words=r"评价|差评|评论|好评|中评",
        level_names={"At Risk": r"高风险|有风险|风险高", "Needs Attention": r"需(?:要)?(?:关注|留意|注意)", "Below Average": r"低于(?:市场)?(?:平均|均值)"},
        shop_words=r"店铺|店|短(?=视频)",
        head_last=True,
        improve_words=r"怎么|改进|提升|为什么",
        underperforming_words=r"差|不好|不行|拉胯",
        item_joiners=r"和|跟|与|或|还是|对比|比一下|vs",
        report_words=r"举报|申诉|投诉|上诉|删|恶意",
        ability_words=r"能不能|可不可以|能否|可以.{0,8}[吗嘛么]|能.{0,8}[吗嘛么]|行不行|(?:能|可以).{0,6}不(?=[?？!！,，。\s]|$)",
        draft_words=r"写|起草|拟|申诉书|申诉稿|整理一份",
        conditional_words=r"能\w{0,4}的话|可以\w{0,4}的话|如果可以|如果能|如果是|是的话|要是能|要是可以|行的话",
        action_requests=r"(?:帮我|替我|给我|直接|你去|你帮|麻烦)?(?:投|开|买|加)(?:个|点|一下)?(?:千川)?(?:广告|投流|dou\+|DOU\+)|(?:帮我|替我|给我|直接|你去|你帮|麻烦)?(?:开|投|跑)(?:个|一个|一下)?\s*GMV\s*Max|(?:广告|投放|ads)预算[^，。,.!?！？]{0,8}(?:加到|调到|提到|改成|降到)|(?:帮我|替我|给我|直接|你去|你帮|麻烦)(?:把[^，。,.!?！？]{0,15})?(?:退款|退钱|回复|回一下|联系|私信|改价|改个价|改一下价|发货|补发|取消订单)|(?:帮我|替我|直接|麻烦你?|你)(?:给|帮)[^，。,.!?！？]{0,20}?(?:他|她|买家|顾客|客户)(?:退款|退钱|补发|回复|回个|发(?:个|条|一条)?(?:消息|信息|私信)|留言)|(?:帮我|替我|给我|直接|你去|你帮)[^，。,.!?！？]{0,6}(?:删掉|删除|删了)|^(?:删掉|删除|删了)|(?<!怎么)(?<!如何)(?<!怎样)(?<!能不能)把[^，。,.!?！？]{0,20}?(?:删掉|删除|删了)|(?:价格|价钱|售价)(?:改成|改为|调成|调到|降到|涨到|改到)|改价|调价到|降价到|查(?:一?下)?(?:物流|快递|单号)|催(?:一?下)?(?:快递|物流|发货)|(?:改|修改)(?:一?下)?(?:商品)?(?:标题|详情页|主图)|(?:帮我|替我|给我|直接|你帮|麻烦)(?:改|修改)(?:一?下)?(?:视频)?文案|千川[^，。,.!?！？]{0,20}(?:开|建|投|跑)(?:个|一个|一下)?(?:计划|广告)|帮我投上|(?:^|帮我|替我|给我|直接|你去|你帮|麻烦)(?:设置|搞|弄|开|建|创建)(?:一?个|一下)?[^，。,.!?！？]{0,10}(?:优惠券|券|折扣码)|库存(?:加到|改成|改为|调到|补到|加)|(?:帮我|替我|给我|你帮我|麻烦你?)(?:上传|发布|发)(?:一?个|一条)?新?(?:视频|商品|链接)",
    ),
    digit_words={"零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"},
)
