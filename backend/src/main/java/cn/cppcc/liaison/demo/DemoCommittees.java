package cn.cppcc.liaison.demo;

import static cn.cppcc.liaison.demo.DemoCommittee.township;

import cn.cppcc.liaison.demo.DemoCommittee.Group;
import cn.cppcc.liaison.demo.DemoCommittee.Sector;
import java.time.LocalDate;
import java.util.List;

/** The two committees of the seed articles: 铁力市政协 ("四个一") and 岳塘区政协 ("三动四线"). */
final class DemoCommittees {

    private DemoCommittees() {
    }

    static List<DemoCommittee> all() {
        return List.of(tieli(), yuetang());
    }

    /** 185 members in 7 sector activity groups, one "协骊"联合体 per township. */
    static DemoCommittee tieli() {
        List<Sector> sectors = List.of(
                new Sector("经济界", List.of("%s发展和改革局", "%s财政局", "中国农业银行%s支行", "%s农村信用合作联社", "%s统计局"),
                        List.of("局长", "副局长", "行长", "副行长", "理事长", "科长")),
                new Sector("农业界", List.of("%s农业农村局", "%s林业局", "王杨乡建设村", "双丰镇建国村", "%s水务局", "%s绿源大豆种植专业合作社"),
                        List.of("副局长", "党支部书记", "村委会主任", "理事长", "高级农艺师")),
                new Sector("科技界", List.of("%s科学技术局", "%s农业技术推广中心", "%s气象局", "%s林业科学研究所"),
                        List.of("局长", "高级农艺师", "高级工程师", "所长", "副主任")),
                new Sector("文化艺术界", List.of("%s文化广电和旅游局", "%s文化馆", "%s图书馆", "%s作家协会", "%s书法家协会"),
                        List.of("馆长", "副馆长", "主席", "副局长", "国家二级演员")),
                new Sector("工商界", List.of("%s工商业联合会", "黑龙江北林米业有限公司", "%s兴安木业有限公司", "%s蓝莓产业园有限公司", "%s商务局"),
                        List.of("董事长", "总经理", "副主席", "副局长")),
                new Sector("教育界", List.of("%s第一中学", "%s第二中学", "%s实验小学", "%s职业技术教育中心", "%s教育局"),
                        List.of("校长", "副校长", "高级教师", "主任", "副局长")),
                new Sector("医药卫生界", List.of("%s人民医院", "%s中医医院", "%s疾病预防控制中心", "%s妇幼保健院"),
                        List.of("院长", "副院长", "主任医师", "主任", "副主任护师")),
                new Sector("中国共产党界", List.of("中共%s委办公室", "中共%s委统战部", "%s人民政府办公室"),
                        List.of("主任", "副部长", "副主任")),
                new Sector("特邀界", List.of("%s人民法院", "%s人民检察院", "%s公安局", "%s退役军人事务局"),
                        List.of("副院长", "副检察长", "副局长", "局长")));
        List<Group> groups = List.of(
                new Group("经济界别活动组", "经济界", "孙立军", "经济委员会主任"),
                new Group("农业界别活动组", "农业界", "韩德成", "农业和农村委员会主任"),
                new Group("科技界别活动组", "科技界", "赵春梅", "科技委员会主任"),
                new Group("文化艺术界别活动组", "文化艺术界", "刘丽华", "文化文史和学习委员会主任"),
                new Group("工商界别活动组", "工商界", "马国庆", "提案委员会主任"),
                new Group("教育界别活动组", "教育界", "张秀兰", "教科卫体委员会主任"),
                new Group("医药卫生界别活动组", "医药卫生界", "陈志刚", "社会和法制委员会主任"));
        String platform = "“协骊”联合体";
        return new DemoCommittee("政协铁力市第九届委员会", "铁力市", 9, LocalDate.of(2021, 12, 20), 185, sectors, groups,
                List.of(township("王杨乡", platform, "建设村", "王杨村", "东升村", "永安村"),
                        township("桃山镇", platform, "桃山村", "红旗村", "新兴村"),
                        township("双丰镇", platform, "建国村", "双丰村", "富强村", "光明村"),
                        township("工农乡", platform, "北星村", "新华村", "工农村"),
                        township("铁力镇", platform, "民主村", "前进村", "胜利村"),
                        township("朗乡镇", platform, "朗乡村", "东兴村"),
                        township("神树镇", platform, "神树村", "新合村"),
                        township("年丰朝鲜族乡", platform, "年丰村", "朝阳村")),
                List.of("汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "满族", "满族", "朝鲜族", "回族", "蒙古族"),
                new DemoCommittee.Parent("政协伊春市委员会", "伊春市", 11, LocalDate.of(2021, 12, 27)));
    }

    /** 181 members; the street groups (政协小组) work with the communities. */
    static DemoCommittee yuetang() {
        List<Sector> sectors = List.of(
                new Sector("经济界", List.of("%s发展和改革局", "%s财政局", "湘潭农村商业银行岳塘支行", "%s统计局"),
                        List.of("局长", "副局长", "行长", "科长")),
                new Sector("工商联界", List.of("%s工商业联合会", "湘潭钢铁集团有限公司", "湖南华菱线缆股份有限公司", "湘潭竹埠港建设开发有限公司", "%s商务局"),
                        List.of("董事长", "总经理", "副总经理", "副主席", "高级工程师")),
                new Sector("科技界", List.of("%s科学技术局", "湘潭高新技术产业开发区管委会", "湘潭市产品质量监督检验所"),
                        List.of("副局长", "高级工程师", "副主任", "所长")),
                new Sector("教育界", List.of("%s教育局", "湘潭市第十中学", "岳塘区友谊小学", "岳塘区建设路小学", "湘潭市岳塘区职业中专"),
                        List.of("校长", "副校长", "高级教师", "副局长")),
                new Sector("医药卫生界", List.of("湘潭市中心医院", "%s人民医院", "%s疾病预防控制中心", "%s书院路社区卫生服务中心"),
                        List.of("院长", "副院长", "主任医师", "主任")),
                new Sector("文化艺术界", List.of("%s文化旅游广电体育局", "%s文化馆", "湘潭市书法家协会", "湘潭市作家协会"),
                        List.of("馆长", "主席", "副主席", "副局长")),
                new Sector("社会福利和社会保障界", List.of("%s民政局", "%s人力资源和社会保障局", "湘潭志愿者协会", "%s残疾人联合会"),
                        List.of("副局长", "会长", "理事长", "主任")),
                new Sector("农业界", List.of("%s农业农村局", "昭山镇楠木村", "双马街道新华村", "%s蔬菜种植专业合作社"),
                        List.of("党总支书记", "村委会主任", "理事长", "副局长")),
                new Sector("中国共产党界", List.of("中共%s委办公室", "中共%s委统战部", "%s人民政府办公室"),
                        List.of("主任", "副部长", "副主任")));
        List<Group> groups = List.of(
                new Group("书院路街道政协小组", "教育界", "周建华", "提案委员会主任"),
                new Group("五里堆街道政协小组", "医药卫生界", "易红梅", "教科卫体和文化文史委员会主任"),
                new Group("双马街道政协小组", "农业界", "谭志强", "农业农村委员会主任"),
                new Group("建设路街道政协小组", "经济界", "曾立新", "经济科技委员会主任"),
                new Group("东坪街道政协小组", "工商联界", "彭海涛", "经济科技委员会副主任"),
                new Group("岳塘街道政协小组", "社会福利和社会保障界", "罗桂英", "社会和法制委员会主任"),
                new Group("宝塔街道政协小组", "文化艺术界", "贺文斌", "学习和联络委员会主任"),
                new Group("霞城街道政协小组", "科技界", "黎国平", "经济科技委员会副主任"));
        String platform = "政协委员之家";
        return new DemoCommittee("政协湘潭市岳塘区第五届委员会", "岳塘区", 5, LocalDate.of(2021, 10, 28), 181, sectors, groups,
                List.of(township("书院路街道", platform, "葩金社区", "书院路社区", "友谊社区"),
                        township("五里堆街道", platform, "江滨社区", "向阳社区", "五里堆社区"),
                        township("双马街道", platform, "新华村", "双马社区", "栗塘社区"),
                        township("建设路街道", platform, "建设路社区", "杉山社区", "雨湖社区"),
                        township("东坪街道", platform, "东坪社区", "燕子社区"),
                        township("岳塘街道", platform, "岳塘社区", "湖湘社区"),
                        township("宝塔街道", platform, "宝塔社区", "竹埠港社区"),
                        township("霞城街道", platform, "霞城社区", "荷塘社区")),
                List.of("汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "土家族", "苗族", "回族"),
                new DemoCommittee.Parent("政协湘潭市委员会", "湘潭市", 12, LocalDate.of(2021, 12, 28)));
    }
}
