namespace SampleDataGenerator;

/// <summary>Word lists for realistic Chinese shop, product and company names.</summary>
internal static class Names
{
    public static readonly string[] ShopPrefixes =
    [
        "山野", "江南", "蜀香", "北纬", "云岭", "青禾", "闽南", "岭南", "塞北", "东海", "徽州", "滇红", "洱海", "长白山",
        "太湖", "西湖", "天府", "锦绣", "小满", "知味", "悦享", "木子", "花间", "半亩", "初见", "拾光", "南山", "禾田",
        "素心", "良品", "暖阳", "星河", "喜鹊", "九州", "潮汕", "湘西", "陇原", "黔山", "海岛", "竹里",
    ];

    public static readonly string[] ShopSuffixes = ["旗舰店", "官方旗舰店", "专营店", "专卖店", "小店", "优选店", "工厂店", "生活馆"];

    public static readonly string[] VirtualShopCores = ["数字卡券", "话费充值", "影视会员", "知识付费", "在线课堂", "游戏点卡", "电影票务"];

    public static readonly string[] Cities = ["杭州", "广州", "深圳", "上海", "北京", "成都", "武汉", "南京", "厦门", "长沙", "苏州", "西安", "郑州", "义乌", "合肥", "重庆"];

    public static readonly string[] CompanyWords = ["星河", "云帆", "织梦", "蓝鲸", "青橙", "聚星", "优创", "极光", "鼎盛", "百川", "启明", "乐享", "新禾", "海纳", "凌云", "方圆"];

    public static readonly string[] BrandProviderKinds = ["品牌服务", "品牌管理", "数字营销", "电商服务", "品牌运营"];

    public static readonly string[] StoreOperationKinds = ["电商代运营", "网络科技", "电子商务", "店铺运营服务", "数字科技"];

    /// <summary>A category: the shop-name core, the platform category path, product titles and the quality-return-rate limit.</summary>
    public sealed record Category(string ShopCore, string Path, decimal ReturnRateLimit, string[] Titles);

    public static readonly Category[] Categories =
    [
        new("茶舍", "茶/绿茶", 0.015m, ["明前龙井 特级 250g 礼盒装", "碧螺春 一级 125g 罐装", "黄山毛峰 特级 100g", "信阳毛尖 雨前 250g"]),
        new("茶社", "茶/白茶", 0.015m, ["白毫银针 散装 100g", "福鼎白茶 寿眉饼 357g", "白牡丹 2019年 老白茶 200g"]),
        new("食品", "食品/休闲零食", 0.02m, ["手工牛轧糖 500g 袋装", "麻辣牛肉干 250g", "每日坚果 30袋 礼盒", "山楂条 无添加 400g"]),
        new("农场", "生鲜/水果", 0.05m, ["赣南脐橙 5斤 现摘", "阳光玫瑰葡萄 2斤装", "烟台红富士 10斤 礼盒", "海南金煌芒 5斤"]),
        new("服饰", "服饰/女装", 0.03m, ["法式碎花连衣裙 夏季新款", "高腰直筒牛仔裤 女", "真丝衬衫 长袖 通勤", "针织开衫 宽松 秋冬"]),
        new("男装", "服饰/男装", 0.03m, ["纯棉圆领T恤 男 短袖", "商务休闲裤 免烫", "羽绒服 男 加厚 连帽"]),
        new("美妆", "美妆/护肤", 0.01m, ["玻尿酸补水面膜 10片", "烟酰胺精华液 30ml", "氨基酸洁面乳 120g", "防晒霜 SPF50+ 50ml"]),
        new("家居", "家居/床上用品", 0.025m, ["全棉四件套 1.8m 床", "乳胶枕 护颈 一对装", "蚕丝被 春秋被 2kg"]),
        new("母婴", "母婴/奶粉辅食", 0.008m, ["婴儿米粉 高铁 250g", "宝宝手口湿巾 80抽×6包", "儿童保温杯 吸管 350ml"]),
        new("数码", "数码/手机配件", 0.02m, ["20W 快充充电头 Type-C", "磁吸无线充电宝 10000mAh", "降噪蓝牙耳机 半入耳"]),
        new("鞋业", "鞋靴/运动鞋", 0.035m, ["透气跑步鞋 男女同款", "小白鞋 真皮 百搭", "老爹鞋 增高 厚底"]),
        new("宠物", "宠物/猫粮", 0.012m, ["全价冻干猫粮 2kg", "膨润土猫砂 10kg", "鸡肉冻干 宠物零食 500g"]),
        new("厨具", "厨具/锅具", 0.02m, ["不粘炒锅 32cm 麦饭石", "304不锈钢蒸锅 三层", "陶瓷刀具 五件套"]),
        new("户外", "运动户外/露营", 0.025m, ["自动帐篷 3-4人 防雨", "折叠露营椅 铝合金", "登山杖 碳纤维 伸缩"]),
    ];

    public static readonly (string Title, string Path)[] VirtualProducts =
    [
        ("视频会员 月卡 自动到账", "虚拟/影视会员"), ("话费充值 100元 全国通用", "虚拟/话费充值"),
        ("Python 入门到实战 网课", "虚拟/在线教育"), ("电影票 通兑券 2D", "虚拟/电影票"),
        ("游戏点卡 100元", "虚拟/游戏点卡"),
    ];

    public static readonly string[] PenaltyDescriptions =
    [
        "虚假发货：承诺时效内未揽收", "商品描述与实物不符", "诱导好评返现", "发布规避信息：引导站外交易", "售后超时未处理",
        "违规使用极限词", "出售假冒商品", "泄露消费者信息",
    ];
}
