namespace Douyin.Eligibility.Rules.Workflows;

/// <summary>The object a message is about, e.g. <c>rule 'R1'</c>, or <c>a rule</c> while its name is unknown.</summary>
/// <param name="Kind">One of <c>workflow</c>, <c>rule</c>, <c>input</c>, <c>local param</c>, <c>global param</c>.</param>
/// <param name="Name">The object's name, or null while it is unknown.</param>
internal readonly record struct ObjectOwner(string Kind, string? Name)
{
    /// <summary>The owner inside a sentence (<c>rule 'R1'</c>, <c>a rule</c>), in the reader's language.</summary>
    public LocalizableText Text => Name is not null
        ? Messages.Get("Owner_Named", KindText(Kind), Name)
        : Messages.Get(Key("Owner_", Kind));

    /// <summary>The owner for the start of a sentence: <c>Rule 'R1'</c> or <c>A rule</c>.</summary>
    public LocalizableText Sentence => Messages.Capitalized(Text);

    /// <summary>The noun for a kind of rule-file object (<c>rule</c>, <c>local param</c>), in the reader's language.</summary>
    public static LocalizableText KindText(string kind) => Messages.Get(Key("Kind_", kind));

    private static string Key(string prefix, string kind) => kind switch
    {
        "workflow" => prefix + "Workflow",
        "rule" => prefix + "Rule",
        "input" => prefix + "Input",
        "local param" => prefix + "LocalParam",
        "global param" => prefix + "GlobalParam",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of rule-file object."),
    };
}
