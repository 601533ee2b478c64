namespace Douyin.Eligibility.Rules.Workflows;

/// <summary>The object a message is about, e.g. <c>rule 'R1'</c>, or <c>a rule</c> while its name is unknown.</summary>
internal readonly record struct ObjectOwner(string Kind, string? Name)
{
    /// <summary>The owner for the start of a sentence: <c>Rule 'R1'</c> or <c>A rule</c>.</summary>
    public string Sentence => char.ToUpperInvariant(ToString()[0]) + ToString()[1..];

    /// <summary>The owner in Chinese: <c>规则 'R1'</c>, or just <c>规则</c> while its name is unknown.</summary>
    public string Zh => Name is not null ? $"{KindZh(Kind)} '{Name}'" : KindZh(Kind);

    /// <summary><see cref="Zh"/> followed by the space a quoted name needs before Chinese text: <c>规则 'R1' </c>, <c>规则</c>.</summary>
    public string ZhSubject => Name is not null ? Zh + " " : Zh;

    /// <summary>The Chinese noun for a kind of rule-file object (<c>rule</c> → <c>规则</c>).</summary>
    public static string KindZh(string kind) => kind switch
    {
        "workflow" => "工作流",
        "rule" => "规则",
        "input" => "输入",
        "local param" => "局部参数",
        "global param" => "全局参数",
        _ => kind,
    };

    public override string ToString()
        => Name is not null ? $"{Kind} '{Name}'" : $"{("aeiou".Contains(Kind[0]) ? "an" : "a")} {Kind}";
}
